package render

import (
	"bytes"
	"errors"
	"testing"
)

// TestDeflateContentsMatchesFpdf checks that compressing page contents after
// fpdf gives byte for byte the file fpdf writes when it compresses them.
func TestDeflateContentsMatchesFpdf(t *testing.T) {
	docs := map[string][]byte{
		"small":  []byte("Hello **world**."),
		"kinds":  readTestdata(t, "kinds.md"),
		"table":  bigTable(60),
		"empty":  nil,
		"links":  []byte("# Top\n\nSee [top](#top) and <https://example.com>.\n\n" + string(bigTable(20))),
		"nohead": []byte("plain `code` and *italic*"),
	}
	for name, md := range docs {
		t.Run(name, func(t *testing.T) {
			r := New(WithCreationDate(fixedDate), WithHeader("Smith v. Acme Corp., No. 1:24-cv-00123", "Response Chart"))
			var ours, theirs bytes.Buffer
			if err := r.pdf(&ours, md, false); err != nil {
				t.Fatal(err)
			}
			if err := r.pdf(&theirs, md, true); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ours.Bytes(), theirs.Bytes()) {
				t.Errorf("output differs from fpdf's own compression: %d bytes vs %d", ours.Len(), theirs.Len())
			}
			if n := bytes.Count(ours.Bytes(), []byte("/Filter /FlateDecode /Length")); n != pagesIn(ours.Bytes()) {
				t.Errorf("%d compressed page streams for %d pages", n, pagesIn(ours.Bytes()))
			}
		})
	}
}

func TestDeflateContentsBadInput(t *testing.T) {
	good := renderPDF(t, []byte("Hello"))
	for name, pdf := range map[string][]byte{
		"empty":       nil,
		"no xref":     []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
		"truncated":   good[:len(good)/2],
		"bad xref at": bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1),
	} {
		if _, err := deflateContents(pdf); !errors.Is(err, errLayout) {
			t.Errorf("%s: got %v, want errLayout", name, err)
		}
	}
}

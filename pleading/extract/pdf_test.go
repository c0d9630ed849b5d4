package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// pdfReaders are the readers the PDF tests run with; pdftotext is skipped
// when poppler is not installed.
func pdfReaders(t *testing.T) []string {
	rs := []string{ReaderGo}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		rs = append(rs, ReaderPdftotext)
	} else {
		t.Log("pdftotext not installed (apt-get install poppler-utils): testing the pure-Go reader only")
	}
	return rs
}

// blocks splits text into paragraphs, each with its lines joined by spaces
// and form feeds removed.
func blocks(text string) []string {
	var out []string
	for _, b := range strings.Split(strings.TrimSpace(text), "\n\n") {
		b = strings.ReplaceAll(b, "\f", "")
		out = append(out, strings.Join(strings.Fields(b), " "))
	}
	return out
}

var (
	onlyNumberRE = regexp.MustCompile(`(?m)^\f?\s*\d+\s*$`)
	stampLineRE  = regexp.MustCompile(`(?m)Case\s+\S+\s+Document\s+\d+\s+Filed`)
)

func TestPDFPleadingPaper(t *testing.T) {
	for _, o := range []fixtureOpts{{}, {pages: 3}, {utf8Font: true}, {pages: 4, utf8Font: true}, {justify: true}, {justify: true, utf8Font: true}, {sideStamp: true}, {sideStamp: true, utf8Font: true}, {sansFont: true, pages: 5}, {sansFont: true, justify: true, pages: 3}, {noNumbers: true, pages: 2}, {sansFont: true, fontName: "Garamond", pages: 5}, {stampForm: true}} {
		data, paras, st := buildPleadingPDF(t, o)
		if st.hyphens == 0 || st.pages < 2 || (st.crossings == 0 && !o.sansFont) {
			t.Fatalf("fixture does not test what it should: %+v", st)
		}
		for _, rd := range pdfReaders(t) {
			t.Run(rd, func(t *testing.T) {
				res, err := PDF(bytes.NewReader(data), int64(len(data)), Options{Reader: rd})
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]string{ReaderGo: ReaderGoPDF, ReaderPdftotext: ReaderPdftotext}[rd]
				if res.Reader != want {
					t.Errorf("Reader = %q, want %q", res.Reader, want)
				}
				if res.Pages != st.pages {
					t.Errorf("Pages = %d, want %d", res.Pages, st.pages)
				}
				if n := strings.Count(res.Text, "\f"); n != st.pages-1 {
					t.Errorf("%d form feeds, want %d", n, st.pages-1)
				}
				for _, l := range strings.Split(res.Text, "\n") {
					if strings.Contains(l, "\f") && !strings.HasPrefix(l, "\f") {
						t.Errorf("form feed inside a line: %q", l)
					}
				}
				if m := stampLineRE.FindString(res.Text); m != "" {
					t.Errorf("e-filing stamp left in: %q", m)
				}
				if m := onlyNumberRE.FindString(res.Text); m != "" {
					t.Errorf("line or page number left in: %q", m)
				}
				if len(res.Stamps) != st.pages || !strings.HasPrefix(res.Stamps[0], "Case 1:25-cv-01234-ABC Document 1 Filed 03/03/25 Page 1 of") {
					t.Errorf("Stamps = %q", res.Stamps)
				}
				if strings.Contains(res.Text, "\nCOMPLAINT\n") {
					t.Errorf("running footer left in")
				}
				got := blocks(res.Text)
				var wantBlocks []string
				for _, p := range paras {
					wantBlocks = append(wantBlocks, p.want())
				}
				if len(got) != len(wantBlocks) {
					t.Errorf("%d paragraphs, want %d", len(got), len(wantBlocks))
				}
				for i := 0; i < min(len(got), len(wantBlocks)); i++ {
					if got[i] != wantBlocks[i] {
						t.Errorf("paragraph %d:\n got %q\nwant %q", i+1, got[i], wantBlocks[i])
						break
					}
				}
				var notes []string
				for _, n := range res.Notes {
					if strings.HasPrefix(n, "footnote") {
						notes = append(notes, n)
					}
				}
				if strings.Join(notes, "\n") != strings.Join(st.notes, "\n") || len(st.notes) == 0 {
					t.Errorf("footnotes:\n got %q\nwant %q", notes, st.notes)
				}
				// a paragraph continued on the next page stays one block
				cont := false
				for _, b := range strings.Split(res.Text, "\n\n") {
					if i := strings.Index(b, "\f"); i > 0 {
						cont = true
					}
				}
				if !cont && st.crossings > 0 {
					t.Errorf("no paragraph continues across a page break")
				}
			})
		}
	}
}

func TestFileDispatch(t *testing.T) {
	dir := t.TempDir()
	data, _, _ := buildPleadingPDF(t, fixtureOpts{})
	pdfPath := filepath.Join(dir, "complaint.pdf")
	if err := os.WriteFile(pdfPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := File(pdfPath, Options{Reader: ReaderGo})
	if err != nil || res.Reader != ReaderGoPDF || !strings.Contains(res.Text, "Acme Widgets") {
		t.Fatalf("File(pdf, go) = %q, %v", res.Reader, err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		res, err := File(pdfPath, Options{})
		if err != nil || res.Reader != ReaderPdftotext {
			t.Fatalf("File(pdf, auto) = %q, %v", res.Reader, err)
		}
	}
	txt := filepath.Join(dir, "answer.txt")
	os.WriteFile(txt, []byte("\xEF\xBB\xBF1. Admitted.\r\n\r\n2. Denied \x93in part\x94.\r\n"), 0o644)
	res, err = File(txt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "1. Admitted.\n\n2. Denied “in part”.\n"; res.Text != want || res.Reader != ReaderText {
		t.Errorf("text file: %q (%s), want %q", res.Text, res.Reader, want)
	}
	if _, err := File(txt, Options{MaxBytes: 10}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), txt) {
		t.Errorf("text over MaxBytes: %v, want ErrTooLarge naming the file", err)
	}
	if _, err := File(filepath.Join(dir, "missing.pdf"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	odd := filepath.Join(dir, "x.xlsx")
	os.WriteFile(odd, []byte{1, 2, 3, 0}, 0o644)
	if _, err := File(odd, Options{}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("xlsx: %v, want ErrUnsupported", err)
	}
}

// scannedPDF is a page with only a filled rectangle: no text layer.
func scannedPDF(t testing.TB, stamp bool) []byte {
	pdf := fpdf.New("P", "pt", "Letter", "")
	for i := 0; i < 2; i++ {
		pdf.AddPage()
		pdf.SetFillColor(200, 200, 200)
		pdf.Rect(72, 72, 468, 600, "F")
		if stamp {
			pdf.SetFont("Helvetica", "", 9)
			pdf.Text(108, 28, "Case 4:09-cv-00033-WRW Document 1 Filed 01/16/09 Page 1 of 2")
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func encryptedPDF(t testing.TB) []byte { return protectedPDF(t, "user-secret") }

// protectedPDF is encrypted with an owner password and the given user
// password ("" lets anyone open it, as "secured" court PDFs do).
func protectedPDF(t testing.TB, user string) []byte {
	pdf := fpdf.New("P", "pt", "Letter", "")
	pdf.SetProtection(fpdf.CnProtectPrint, user, "owner-secret")
	pdf.AddPage()
	pdf.SetFont("Times", "", 12)
	pdf.Text(72, 72, "1. Confidential allegation.")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPDFBlankPage: a page without text still counts: the text after it
// starts with two form feeds, and Notes names the page.
func TestPDFBlankPage(t *testing.T) {
	pdf := fpdf.New("P", "pt", "Letter", "")
	pdf.SetFont("Times", "", 12)
	for i, s := range []string{"1. First page allegation.", "", "2. Third page allegation."} {
		pdf.AddPage()
		if s == "" {
			pdf.Rect(72, 72, 300, 300, "F") // an exhibit scanned as an image
			continue
		}
		pdf.Text(108, 100, s)
		pdf.Text(300, 750, fmt.Sprint(i+1))
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	for _, rd := range pdfReaders(t) {
		res, err := PDF(bytes.NewReader(buf.Bytes()), int64(buf.Len()), Options{Reader: rd})
		if err != nil {
			t.Fatal(err)
		}
		if want := "1. First page allegation.\n\n\f\f2. Third page allegation.\n"; res.Text != want {
			t.Errorf("%s: %q, want %q", rd, res.Text, want)
		}
		if res.Pages != 3 || len(res.Notes) != 1 || res.Notes[0] != "no text on page 2 of 3 (blank, or scanned: OCR them)" {
			t.Errorf("%s: pages %d notes %q", rd, res.Pages, res.Notes)
		}
	}
}

// TestPDFOwnerPassword: a PDF anyone may open but not edit (an owner
// password, no user password) is read by every reader: 40-bit RC4 (what
// fpdf writes) and 256-bit AES (qpdf's default) are the two the pure-Go
// reader could not decrypt by itself (#18).
func TestPDFOwnerPassword(t *testing.T) {
	aes256, err := os.ReadFile(filepath.Join("testdata", "owner-password-aes256.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"rc4-40": protectedPDF(t, ""), "aes-256": aes256} {
		for _, rd := range pdfReaders(t) {
			res, err := PDF(bytes.NewReader(data), int64(len(data)), Options{Reader: rd})
			if err != nil || !strings.Contains(res.Text, "Confidential allegation") {
				t.Errorf("%s, %s reader: %q, %v", name, rd, res.Text, err)
			}
		}
	}
}

func TestPDFBadInput(t *testing.T) {
	good, _, _ := buildPleadingPDF(t, fixtureOpts{})
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"scanned", scannedPDF(t, false), ErrScanned},
		{"scanned with e-filing stamp", scannedPDF(t, true), ErrScanned},
		{"encrypted", encryptedPDF(t), ErrEncrypted},
		{"truncated", good[:len(good)*2/3], ErrCorrupt},
		{"truncated header", good[:3], ErrCorrupt},
		{"html", []byte("<!DOCTYPE html><html>login</html>"), ErrCorrupt},
		{"empty", nil, ErrCorrupt},
		{"garbage with markers", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"), ErrCorrupt},
	}
	dir := t.TempDir()
	for _, c := range cases {
		for _, rd := range pdfReaders(t) {
			t.Run(c.name+"/"+rd, func(t *testing.T) {
				_, err := PDF(bytes.NewReader(c.data), int64(len(c.data)), Options{Reader: rd})
				if !errors.Is(err, c.want) {
					t.Fatalf("err = %v, want %v", err, c.want)
				}
				// through File, the error names the file and is one line
				p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".pdf")
				os.WriteFile(p, c.data, 0o644)
				_, err = File(p, Options{Reader: rd})
				if !errors.Is(err, c.want) || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("File: err = %v, want %v naming %s on one line", err, c.want, p)
				}
			})
		}
	}
}

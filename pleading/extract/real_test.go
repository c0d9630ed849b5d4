package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pleadingsDir is the folder of real pleadings shared with the project.
func pleadingsDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "pleadings")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real pleadings not found at %s: %v", dir, err)
	}
	return dir
}

var (
	headingRE  = regexp.MustCompile(`^(COUNT [IVX]+|[IVX]+\. [A-Z ,]+|PRAYER FOR RELIEF|SECOND AMENDED COMPLAINT)$`)
	numberedRE = regexp.MustCompile(`^\d+\. `)
	markupRE   = regexp.MustCompile(`\*\*|</?i>`)
)

// liveparsonParas turns the body of the LivePerson complaint (one
// paragraph a line) into fixture paragraphs: headings centred, numbered
// paragraphs and prayer items with a first-line indent, other text flush.
func livepersonParas(t testing.TB) []fixturePara {
	data, err := os.ReadFile(filepath.Join(pleadingsDir(t), "liveperson-v-247", "complaint.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "\nSECOND AMENDED COMPLAINT\n")
	end := strings.Index(text, "\nDated: February 4, 2015")
	if start < 0 || end < start {
		t.Fatal("LivePerson complaint: body not found")
	}
	var paras []fixturePara
	afterCount := false
	for _, l := range strings.Split(text[start:end], "\n") {
		l = strings.TrimSpace(markupRE.ReplaceAllString(l, ""))
		if l == "" {
			continue
		}
		first := []rune(l)[0]
		switch {
		case len(paras) > 0 && first >= 'a' && first <= 'z':
			// a paragraph the page break split in the source text
			paras[len(paras)-1].Text += " " + l
		case headingRE.MatchString(l) || afterCount:
			paras = append(paras, fixturePara{Text: l, Centered: len(l) < 70})
			afterCount = strings.HasPrefix(l, "COUNT ")
		case numberedRE.MatchString(l):
			paras = append(paras, fixturePara{Text: l, Indent: true})
		default:
			paras = append(paras, fixturePara{Text: l, Indent: !regexp.MustCompile(`^[A-Z]\. `).MatchString(l)})
		}
	}
	return paras
}

// TestPDFRealText draws the LivePerson complaint on pleading paper, with
// stamps, line numbers and footers, and expects every paragraph back.
func TestPDFRealText(t *testing.T) {
	paras := livepersonParas(t)
	data, paras, st := buildPleadingPDF(t, fixtureOpts{utf8Font: true, paras: paras})
	t.Logf("%d paragraphs on %d pages, %d hyphenated line ends", len(paras), st.pages, st.hyphens)
	for _, rd := range pdfReaders(t) {
		t.Run(rd, func(t *testing.T) {
			res, err := PDF(bytes.NewReader(data), int64(len(data)), Options{Reader: rd})
			if err != nil {
				t.Fatal(err)
			}
			got := blocks(res.Text)
			bad := 0
			for i := 0; i < max(len(got), len(paras)) && bad < 3; i++ {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(paras) {
					w = paras[i].want()
				}
				if g != w {
					t.Errorf("paragraph %d:\n got %q\nwant %q", i+1, g, w)
					bad++
				}
			}
		})
	}
}

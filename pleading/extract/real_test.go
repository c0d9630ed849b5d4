package extract

import (
	"bytes"
	"encoding/xml"
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
	numberedRE = regexp.MustCompile(`^\d+\. `)
	markupRE   = regexp.MustCompile(`\*|</?i>`)
	letterRE   = regexp.MustCompile(`^[A-Z]\. `)
)

// textParas turns a pleading stored one paragraph a line (the LivePerson
// pair) into fixture paragraphs, from the line that is from to the line
// that starts with to: headings (no lower-case letters, or a parenthesized
// title under one) centred, headings of a letter flush left, everything
// else with a first-line indent. A line starting in lower case continues
// the paragraph before it (the source split it at a page break).
func textParas(t testing.TB, file, from, to string) []fixturePara {
	data, err := os.ReadFile(filepath.Join(pleadingsDir(t), file))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "\n"+from+"\n")
	end := strings.Index(text, "\n"+to)
	if start < 0 || end < start {
		t.Fatalf("%s: %q … %q not found", file, from, to)
	}
	var paras []fixturePara
	heading := false
	for _, l := range strings.Split(text[start:end], "\n") {
		l = strings.Join(strings.Fields(markupRE.ReplaceAllString(l, "")), " ")
		if l == "" {
			continue
		}
		first := []rune(l)[0]
		switch {
		case len(paras) > 0 && first >= 'a' && first <= 'z':
			paras[len(paras)-1].Text += " " + l
		case strings.ToUpper(l) == l && strings.ContainsAny(l, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || heading && first == '(':
			paras = append(paras, fixturePara{Text: l, Centered: len(l) < 70})
			heading = !heading
			continue
		case numberedRE.MatchString(l):
			paras = append(paras, fixturePara{Text: l, Indent: true})
		default:
			paras = append(paras, fixturePara{Text: l, Indent: !letterRE.MatchString(l)})
		}
		heading = false
	}
	return paras
}

func livepersonParas(t testing.TB) []fixturePara {
	return textParas(t, "liveperson-v-247/complaint.txt", "SECOND AMENDED COMPLAINT", "Dated: February 4, 2015")
}

// TestPDFRealText draws the LivePerson complaint and answer on pleading
// paper, with stamps, line numbers and footers, and expects every
// paragraph back.
func TestPDFRealText(t *testing.T) {
	for _, doc := range []struct {
		name  string
		paras []fixturePara
	}{
		{"complaint", livepersonParas(t)},
		{"answer", textParas(t, "liveperson-v-247/answer.txt", "ANSWER", "Dated:")},
	} {
		// the answer in a CID font whose name says nothing of its metrics
		data, paras, st := buildPleadingPDF(t, fixtureOpts{sansFont: doc.name == "answer", fontName: "Garamond", utf8Font: true, paras: doc.paras})
		t.Logf("%s: %d paragraphs on %d pages, %d hyphenated line ends", doc.name, len(paras), st.pages, st.hyphens)
		for _, rd := range pdfReaders(t) {
			t.Run(doc.name+"/"+rd, func(t *testing.T) {
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
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// TestDOCXRealText writes the LivePerson complaint as Word would: the
// paragraph numbers and prayer numbers as automatic numbering (two lists),
// a tracked insertion and deletion, a footnote. The text must come back
// with the numbers Word shows.
func TestDOCXRealText(t *testing.T) {
	paras := livepersonParas(t)
	var body strings.Builder
	var want []string
	prayer := false
	for i, fp := range paras {
		text := fp.Text
		props := ""
		if m := numberedRE.FindString(text); m != "" {
			text = strings.TrimPrefix(text, m)
			numID := "1"
			if prayer {
				numID = "6" // the prayer's own list, from 1 again
			}
			props = num(numID, "0")
		}
		if strings.HasPrefix(text, "WHEREFORE") {
			prayer = true
		}
		runs := r(xmlText(text))
		w := fp.Text
		switch i {
		case 5: // a tracked insertion and deletion
			runs += `<w:ins w:id="90" w:author="Co-Counsel"><w:r><w:t xml:space="preserve"> Inserted by co-counsel.</w:t></w:r></w:ins>` +
				`<w:del w:id="91" w:author="Co-Counsel"><w:r><w:delText xml:space="preserve"> Struck by co-counsel.</w:delText></w:r></w:del>`
			w += " Inserted by co-counsel."
		case 6:
			runs += `<w:r><w:footnoteReference w:id="7"/></w:r>`
		}
		body.WriteString(p(props, runs))
		want = append(want, w)
	}
	numbering := strings.Replace(testNumbering, `</w:numbering>`, `<w:abstractNum w:abstractNumId="60"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="6"><w:abstractNumId w:val="60"/></w:num></w:numbering>`, 1)
	data := makeDOCX(t, map[string]string{
		"word/document.xml":  `<w:document ` + wNS + `><w:body>` + body.String() + `</w:body></w:document>`,
		"word/numbering.xml": numbering,
		"word/styles.xml":    testStyles,
		"word/footnotes.xml": testFootnotes,
	})
	res, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := blocks(res.Text)
	if len(got) != len(want) {
		t.Errorf("%d paragraphs, want %d", len(got), len(want))
	}
	for i := 0; i < min(len(got), len(want)); i++ {
		if got[i] != strings.Join(strings.Fields(want[i]), " ") {
			t.Fatalf("paragraph %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}
	if len(res.Notes) != 1 {
		t.Errorf("notes: %q", res.Notes)
	}
}

// TestTextRealPleadings: the real .txt pleadings come through File as they
// are (line ends normalized); their furniture is the parser's to remove.
func TestTextRealPleadings(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(pleadingsDir(t), "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no .txt pleadings")
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		res, err := File(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.ReplaceAll(string(data), "\r\n", "\n"); res.Text != want || res.Reader != ReaderText {
			t.Errorf("%s: text changed (%d → %d bytes)", f, len(want), len(res.Text))
		}
	}
}

package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/text"
)

// FuzzPDF renders arbitrary Markdown to PDF: it must never panic or fail.
// Embedding the fonts (parsing and subsetting them) costs a hundred times
// a small page, which left this target a few dozen executions a minute; so
// the inputs are drawn into one document, each as its own section, and the
// document is finished (fonts, outline, compression) and checked at the
// first input of each worker and every 200th: an input replayed alone is
// always finished.
func FuzzPDF(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.md")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("| a | b |\n|---|:-:|\n| <a id=x>1</a> | `c` **d** ~~e~~ |\n"))
	f.Add([]byte("- [x] <b>one<br>two</i>\n  1. ```\n     code\n     ```\n> # quote\n"))
	r := New(WithCreationDate(fixedDate))
	cfg := r.Config()
	var d *docWriter
	n := 0
	f.Fuzz(func(t *testing.T, md []byte) {
		if d == nil {
			var err error
			if d, err = newDocWriter(&cfg); err != nil {
				t.Fatal(err)
			}
		}
		d.beginSection(&cfg, "")
		doc := r.md.Parser().Parse(text.NewReader(md))
		if err := r.md.Renderer().Render(d, md, doc); err != nil {
			t.Fatalf("render: %v", err)
		}
		d.endSection()
		if err := d.pdf.Error(); err != nil {
			t.Fatalf("fpdf: %v", err)
		}
		if n++; n%200 != 1 {
			return
		}
		var buf bytes.Buffer
		err := d.finish(&buf)
		d = nil
		if err != nil {
			t.Fatalf("PDF: %v", err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}

// FuzzLayout checks the line breaker: no line is wider than the measure
// (unless a single character is), no piece starts left of it, and every
// non-space character comes out once, in order.
func FuzzLayout(f *testing.F) {
	f.Add("plain words that wrap", 100.0, true)
	f.Add("https://example.com/"+strings.Repeat("x", 200), 50.0, false)
	f.Add("*bold* _it_ `code span` mixed*words*here\nbreak", 30.0, true)
	f.Add("👍 漢字 \t tab", 5.0, false)
	m, err := faceMetrics()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, width float64, justify bool) {
		if !(width > 0 && width < 2000) || len(s) > 2000 {
			return
		}
		// '*', '_' and '`' toggle bold, italic and code; '\n' breaks.
		var ins []inline
		var st style
		var want strings.Builder
		for _, part := range strings.SplitAfter(s, "") {
			switch part {
			case "*":
				st.bold = !st.bold
				continue
			case "_":
				st.italic = !st.italic
				continue
			case "`":
				st.code = !st.code
				continue
			case "\n":
				ins = append(ins, inline{kind: inBreak})
				continue
			}
			txt := clean(m[st.face()], part)
			want.WriteString(strings.ReplaceAll(txt, " ", ""))
			if n := len(ins); n > 0 && ins[n-1].kind == inText && ins[n-1].st == st {
				ins[n-1].text += txt
			} else {
				ins = append(ins, inline{kind: inText, text: txt, st: st})
			}
		}
		const size = 11
		lines := layout(&m, ins, width, size, justify)
		var got strings.Builder
		for i, l := range lines {
			for _, p := range l.pieces {
				if p.x < -0.01 {
					t.Fatalf("line %d: piece %q at x=%f", i, p.text, p.x)
				}
				end := p.x + p.w
				if end > width+0.05 && !(p.x < 0.01 && len([]rune(p.text)) == 1) {
					t.Fatalf("line %d: piece %q ends at %f past width %f", i, p.text, end, width)
				}
				got.WriteString(strings.ReplaceAll(p.text, " ", ""))
			}
		}
		if got.String() != want.String() {
			t.Fatalf("text changed:\n got %q\nwant %q", got.String(), want.String())
		}
	})
}

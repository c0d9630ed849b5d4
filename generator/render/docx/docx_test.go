package docx_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/render/docx"
	"github.com/pleadkit/pleadkit/generator/render/opctest"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func render1(t *testing.T, md []byte, opts ...render.Option) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := docx.New(opts...).DOCX(&b, md); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestEveryKindHasRenderFunc walks the syntax tree of the test document:
// every node kind in it has a render func, and it holds every GFM kind.
func TestEveryKindHasRenderFunc(t *testing.T) {
	md := readTestdata(t, "kinds.md")
	if missing := docx.UnhandledKinds(md); len(missing) > 0 {
		t.Errorf("node kinds without a render func: %v", missing)
	}
	seen := map[ast.NodeKind]bool{}
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(md))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		seen[n.Kind()] = true
		return ast.WalkContinue, nil
	})
	for _, k := range []ast.NodeKind{
		ast.KindDocument, ast.KindHeading, ast.KindParagraph, ast.KindTextBlock, ast.KindThematicBreak,
		ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindBlockquote, ast.KindList, ast.KindListItem,
		ast.KindHTMLBlock, ast.KindText, ast.KindCodeSpan, ast.KindEmphasis, ast.KindLink, ast.KindImage,
		ast.KindAutoLink, ast.KindRawHTML,
		east.KindTable, east.KindTableHeader, east.KindTableRow, east.KindTableCell,
		east.KindStrikethrough, east.KindTaskCheckBox,
	} {
		if !seen[k] {
			t.Errorf("testdata/kinds.md never produces a %s node", k)
		}
	}
}

// TestKindsPackage renders every kind and checks the package as Word would.
func TestKindsPackage(t *testing.T) {
	data := render1(t, readTestdata(t, "kinds.md"), render.WithHeader("Smith v. Acme Corp., No. 1:24-cv-1", "Response Chart"), render.WithTitle("Response Chart"))
	p, err := opctest.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if errs := p.Validate(); len(errs) > 0 {
		for _, e := range errs {
			t.Error(e)
		}
	}
	text := p.Text()
	for _, want := range []string{
		"Response Chart — Smith v. Acme Corp.", // title
		"A pipe | and **stars** and <i> tags",  // escapes resolved, markup literal
		"§ 1983", "☐", "☒", "struck", "html bold", "a span anchor", "<blink>tag</blink>",
		"[Image: seal of the court]", `fmt.Println("hello")`, "An HTML block with bold text.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(text, "comment -->") || strings.Contains(text, "<br>") {
		t.Errorf("a comment or a <br> printed as text")
	}
	doc := p.Part("word/document.xml")
	for _, want := range []string{
		`<w:pStyle w:val="Title"/>`, `<w:pStyle w:val="Heading1"/>`, `<w:pStyle w:val="Heading2"/>`, `<w:pStyle w:val="Heading3"/>`,
		`<w:pStyle w:val="ListBullet"/>`, `<w:pStyle w:val="ListNumber"/>`, `<w:pStyle w:val="Quote"/>`,
		`<w:tblStyle w:val="TableGrid"/>`, `<w:tblHeader/>`, `w:anchor="p12"`, `w:name="p12"`, `<w:strike/>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if got := p.Part("docProps/core.xml"); !strings.Contains(got, "<dc:title>Response Chart</dc:title>") || !strings.Contains(got, "<dc:subject>Smith v. Acme Corp., No. 1:24-cv-1</dc:subject>") {
		t.Errorf("core properties lack title or case: %s", got)
	}
	if got := p.Part("word/header1.xml"); !strings.Contains(got, "Smith v. Acme Corp.") || !strings.Contains(got, "Response Chart") {
		t.Errorf("header lacks caption or title: %s", got)
	}
	if got := p.Part("word/footer1.xml"); !strings.Contains(got, `w:instr=" PAGE "`) || !strings.Contains(got, `w:instr=" NUMPAGES "`) {
		t.Errorf("footer lacks PAGE and NUMPAGES fields: %s", got)
	}
}

// TestPageSetup checks paper, orientation and margins in the section.
func TestPageSetup(t *testing.T) {
	tests := []struct {
		name string
		opts []render.Option
		want string
	}{
		{"letter portrait", nil, `<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"`},
		{"letter landscape", []render.Option{render.WithLandscape()}, `<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>`},
		{"a4 margins", []render.Option{render.WithPageSize("a4"), render.WithMargins(54, 36, 54, 36)}, `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1080" w:right="720" w:bottom="1080" w:left="720"`},
		{"legal", []render.Option{render.WithPageSize("legal")}, `<w:pgSz w:w="12240" w:h="20160"/>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := opctest.Open(render1(t, []byte("# T\n\ntext\n"), tt.opts...))
			if err != nil {
				t.Fatal(err)
			}
			if doc := p.Part("word/document.xml"); !strings.Contains(doc, tt.want) {
				t.Errorf("section lacks %s:\n%s", tt.want, doc[strings.Index(doc, "<w:sectPr>"):])
			}
		})
	}
}

// TestColumnWidths: a template's widths set the grid, else the content does.
func TestColumnWidths(t *testing.T) {
	md := []byte("| ¶ | Allegation |\n|---|---|\n| 1 | A long allegation that goes on and on for many words and more words still. |\n")
	doc := func(opts ...render.Option) string {
		p, err := opctest.Open(render1(t, md, opts...))
		if err != nil {
			t.Fatal(err)
		}
		return p.Part("word/document.xml")
	}
	if got := doc(render.WithColumnWidths(0, 1, 3)); !strings.Contains(got, `<w:gridCol w:w="2340"/><w:gridCol w:w="7020"/>`) {
		t.Errorf("widths 1:3 of 9360 twips not applied: %s", got)
	}
	got := doc()
	i := strings.Index(got, `<w:gridCol w:w="`)
	var a, b int
	if _, err := fmt.Sscanf(got[i:], `<w:gridCol w:w="%d"/><w:gridCol w:w="%d"/>`, &a, &b); err != nil || a >= b/4 {
		t.Errorf("content widths: ¶ column %d, allegation %d; want the allegation far wider", a, b)
	}
}

// TestOrderedListsRestart: each numbered list starts at its own number.
func TestOrderedListsRestart(t *testing.T) {
	p, err := opctest.Open(render1(t, []byte("1. a\n2. b\n\ntext\n\n7. c\n8. d\n")))
	if err != nil {
		t.Fatal(err)
	}
	num := p.Part("word/numbering.xml")
	if !strings.Contains(num, `<w:startOverride w:val="1"/>`) || !strings.Contains(num, `<w:startOverride w:val="7"/>`) {
		t.Errorf("numbering lacks a restart at 1 and at 7: %s", num)
	}
}

// TestOddInput: control characters, bad UTF-8, unbalanced HTML, empty
// input all make a valid package.
func TestOddInput(t *testing.T) {
	for _, md := range []string{"", "\x00\x01\x1f text \xff\xfe", "<a href=\"https://x.example\">open <b>never closed", "</a></b> stray closers", "[bad](javascript:alert(1)) and [rel](other.md)", "| a |\n|---|\n| b | c | d |\n"} {
		p, err := opctest.Open(render1(t, []byte(md)))
		if err != nil {
			t.Fatalf("%q: %v", md, err)
		}
		for _, e := range p.Validate() {
			t.Errorf("%q: %v", md, e)
		}
		if strings.Contains(p.Part("word/_rels/document.xml.rels"), "javascript") {
			t.Errorf("%q: a javascript: link became a hyperlink", md)
		}
	}
}

// TestDeterministic: the same input and date give the same bytes, and one
// Renderer serves goroutines at once.
func TestDeterministic(t *testing.T) {
	md := readTestdata(t, "kinds.md")
	r := docx.New(render.WithCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)))
	var first bytes.Buffer
	if err := r.DOCX(&first, md); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := r.DOCX(&b, md); err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(b.Bytes(), first.Bytes()) {
				t.Error("output differs between runs")
			}
		}()
	}
	wg.Wait()
}

func TestBookmarkName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"p12", "p12"},
		{"by-section", "by_section"},
		{"1-parties", "a1_parties"},
		{"défense", "d_fense"},
		{strings.Repeat("x", 50), strings.Repeat("x", 31) + "_"},
	}
	for _, tt := range tests {
		got := docx.BookmarkName(tt.in)
		if !strings.HasPrefix(got, tt.want) || len(got) > 40 {
			t.Errorf("BookmarkName(%q) = %q, want %q…, at most 40 characters", tt.in, got, tt.want)
		}
	}
}

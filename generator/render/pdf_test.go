package render

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var fixedDate = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// renderPDF renders md with a fixed date and opts.
func renderPDF(t testing.TB, md []byte, opts ...Option) []byte {
	t.Helper()
	var buf bytes.Buffer
	opts = append([]Option{WithCreationDate(fixedDate), WithHeader("Smith v. Acme Corp., No. 1:24-cv-00123", "Response Chart")}, opts...)
	if err := New(opts...).PDF(&buf, md); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return buf.Bytes()
}

// poppler runs a poppler tool on pdf and returns its output, skipping the
// test when the tool is not installed.
func poppler(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils): skipping PDF read-back", tool)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, append(args, path, "-")...).Output()
	if tool == "pdfinfo" {
		out, err = exec.Command(tool, path).Output()
	}
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	return string(out)
}

func pdfText(t *testing.T, pdf []byte) string { return poppler(t, pdf, "pdftotext", "-layout") }

// pageCount reads the page count with pdfinfo.
func pageCount(t *testing.T, pdf []byte) int {
	t.Helper()
	info := poppler(t, pdf, "pdfinfo")
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: no page count in %q", info)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// squash collapses runs of white space, for matching text across layout.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEveryKindHasRenderFunc walks the syntax tree of the test documents
// and fails on any node kind without a render func: goldmark would drop it.
func TestEveryKindHasRenderFunc(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	if len(files) == 0 {
		t.Fatal("no testdata/*.md")
	}
	seen := map[ast.NodeKind]bool{}
	for _, f := range files {
		md, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if missing := UnhandledKinds(md); len(missing) > 0 {
			t.Errorf("%s: no render func for %v", f, missing)
		}
		doc := newMarkdown().Parser().Parse(text.NewReader(md))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			seen[n.Kind()] = true
			return ast.WalkContinue, nil
		})
	}
	// The corpus must exercise every kind CommonMark and GFM produce.
	want := []ast.NodeKind{
		ast.KindDocument, ast.KindHeading, ast.KindParagraph, ast.KindTextBlock, ast.KindThematicBreak,
		ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindBlockquote, ast.KindList, ast.KindListItem,
		ast.KindHTMLBlock, ast.KindText, ast.KindCodeSpan, ast.KindEmphasis, ast.KindLink, ast.KindImage,
		ast.KindAutoLink, ast.KindRawHTML,
		east.KindTable, east.KindTableHeader, east.KindTableRow, east.KindTableCell,
		east.KindStrikethrough, east.KindTaskCheckBox,
	}
	for _, k := range want {
		if !seen[k] {
			t.Errorf("testdata never produces a %s node; extend testdata/kinds.md", k)
		}
	}
}

func TestPDFText(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want []string // each must appear (white space squashed)
		not  []string
	}{
		{"emphasis", "Some **bold**, *italic*, `code` and ~~gone~~ text.", []string{"Some bold, italic, code and gone text."}, []string{"**", "`", "~~"}},
		{"unescape", `A \| pipe, \*\*stars\*\*, &lt;i&gt;, \<b\>, &sect; 1983, &#167; 2, \&sect; and \_under\_.`, []string{"A | pipe, **stars**, <i>, <b>, § 1983, § 2, &sect; and _under_."}, nil},
		{"code span raw", "Run `a \\| b &amp; c`.", []string{`Run a \| b &amp; c.`}, nil},
		{"inline html", "<b>Bold</b>, <i>it</i>,<br>next <blink>x</blink> <!-- hidden --> end", []string{"Bold, it,", "next <blink>x</blink> end"}, []string{"hidden", "<b>", "<i>"}},
		{"heading and list", "# Title\n\n- one\n- two\n\n1. first\n2. second\n", []string{"Title", "• one", "• two", "1. first", "2. second"}, nil},
		{"task list", "- [ ] open\n- [x] done\n", []string{"open", "done"}, []string{"[ ]", "[x]"}},
		{"quote and rule", "> quoted words\n\n---\n\nafter", []string{"quoted words", "after"}, nil},
		{"image alt", "![court seal](seal.png)", []string{"[Image: court seal]"}, nil},
		{"autolink", "See <https://example.org/x> and www.example.net.", []string{"https://example.org/x", "www.example.net"}, nil},
		{"html block", "<div>\n<p>Block <b>html</b></p>\n</div>\n", []string{"Block html"}, []string{"<p>", "<div>"}},
		{"header footer", "Body.", []string{"Smith v. Acme Corp., No. 1:24-cv-00123", "Response Chart", "Page 1 of 1"}, nil},
		{"missing glyphs", "Thumbs 👍🏽 up ✓ and 漢字.", []string{"Thumbs □ up □ and □□."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := squash(pdfText(t, renderPDF(t, []byte(tt.md))))
			for _, w := range tt.want {
				if !strings.Contains(got, squash(w)) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("unexpected %q in:\n%s", n, got)
				}
			}
		})
	}
}

// TestAllegationLiteral: an allegation containing |, **, <i> and a newline,
// escaped by the template, prints literally in its cell.
func TestAllegationLiteral(t *testing.T) {
	got := pdfText(t, renderPDF(t, readTestdata(t, "allegation.md")))
	lines := strings.Split(got, "\n")
	var first, second string
	for i, l := range lines {
		if strings.Contains(l, "Defendant sold") {
			first = l
			if i+1 < len(lines) {
				second = lines[i+1]
			}
		}
	}
	if !strings.Contains(first, `Defendant sold the A|B **premium** line <i>without</i> consent;`) {
		t.Errorf("allegation line = %q", first)
	}
	if !strings.Contains(second, "it continued thereafter.") {
		t.Errorf("line after <br> = %q, want the text after the break on its own line", second)
	}
	if strings.Contains(got, `\|`) || strings.Contains(got, "&lt;") {
		t.Errorf("escapes leaked into the PDF:\n%s", got)
	}
}

// bigTable returns a Markdown table of n rows with long cells.
func bigTable(n int) []byte {
	var b strings.Builder
	b.WriteString("# Response Chart\n\n| ¶ | Allegation | Response | Answer |\n|---:|---|---|---|\n")
	words := strings.Fields("plaintiff defendant alleges that the corporation willfully infringed copyrighted works without license consent or authorization and continues thereby causing irreparable harm damages proven at trial")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "| <a id=\"p%d\"></a>%d | Row %d: ", i, i, i)
		for j := range 12 + (i*7)%60 {
			b.WriteString(words[(i+j*3)%len(words)])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "| %s | See [¶%d](#p%d); ", []string{"Admitted", "Denied", "Lacks knowledge"}[i%3], (i%n)+1, (i%n)+1)
		for j := range 3 + i%20 {
			b.WriteString(words[(i*5+j)%len(words)])
			b.WriteByte(' ')
		}
		b.WriteString("|\n")
	}
	return []byte(b.String())
}

// TestTableHeaderRepeats: a 300-row table with long cells spans many pages
// with its header row on each, and every row is printed once.
func TestTableHeaderRepeats(t *testing.T) {
	pdf := renderPDF(t, bigTable(300))
	n := pageCount(t, pdf)
	if n < 20 {
		t.Fatalf("300 long rows on %d pages, want many", n)
	}
	txt := pdfText(t, pdf)
	pages := strings.Split(txt, "\f")
	head := regexp.MustCompile(`¶\s+Allegation\s+Response\s+Answer`)
	for i, p := range pages[:n] {
		if !head.MatchString(p) {
			t.Errorf("page %d has no table header:\n%s", i+1, p)
		}
		if !strings.Contains(p, fmt.Sprintf("Page %d of %d", i+1, n)) {
			t.Errorf("page %d has no footer", i+1)
		}
	}
	for i := 1; i <= 300; i++ {
		if c := strings.Count(txt, fmt.Sprintf("Row %d:", i)); c != 1 {
			t.Errorf("Row %d printed %d times", i, c)
		}
	}
}

// TestTallRowSplits: a row taller than a page splits between lines, under
// a repeated header, and loses no text.
func TestTallRowSplits(t *testing.T) {
	long := strings.Repeat("word ", 2500)
	md := "| A | B |\n|---|---|\n| short | " + long + "END |\n| next | row |\n"
	pdf := renderPDF(t, []byte(md))
	if n := pageCount(t, pdf); n < 2 {
		t.Fatalf("pages = %d, want the tall row split over several", n)
	}
	txt := pdfText(t, pdf)
	if got := strings.Count(txt, "word"); got != 2500 {
		t.Errorf("%d words printed, want 2500", got)
	}
	for i, p := range strings.Split(txt, "\f") {
		if strings.TrimSpace(p) != "" && !regexp.MustCompile(`(?m)^\s*A\s+B\s*$`).MatchString(p) {
			t.Errorf("page %d lacks the header row", i+1)
		}
	}
	if !strings.Contains(txt, "END") || !strings.Contains(txt, "next") {
		t.Error("text after the split is missing")
	}
}

func TestDeterministic(t *testing.T) {
	md := append(readTestdata(t, "kinds.md"), bigTable(40)...)
	a := renderPDF(t, md)
	for range 3 {
		if b := renderPDF(t, md); !bytes.Equal(a, b) {
			t.Fatal("two renders of the same input differ")
		}
	}
	if !bytes.Contains(a, []byte("D:20260102030405")) {
		t.Error("creation date not taken from WithCreationDate")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	var buf bytes.Buffer
	if err := New().PDF(&buf, md); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("D:20231114221320")) {
		t.Error("creation date not taken from SOURCE_DATE_EPOCH")
	}
}

// TestParallel renders with one Renderer from many goroutines; run with -race.
func TestParallel(t *testing.T) {
	r := New(WithCreationDate(fixedDate))
	docs := [][]byte{readTestdata(t, "kinds.md"), readTestdata(t, "allegation.md"), bigTable(30)}
	want := make([][]byte, len(docs))
	for i, md := range docs {
		var b bytes.Buffer
		if err := r.PDF(&b, md); err != nil {
			t.Fatal(err)
		}
		want[i] = b.Bytes()
	}
	var wg sync.WaitGroup
	errs := make(chan error, 24)
	for g := range 24 {
		wg.Go(func() {
			i := g % len(docs)
			var b bytes.Buffer
			if err := r.PDF(&b, docs[i]); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(b.Bytes(), want[i]) {
				errs <- fmt.Errorf("goroutine %d: output differs from the serial render", g)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestNoOverflow checks with pdftotext -bbox that every word lies inside
// the margins (header and footer sit in the top and bottom margins).
func TestNoOverflow(t *testing.T) {
	md := string(readTestdata(t, "kinds.md")) + "\n\n" +
		"A paragraph with an unbreakable https://example.com/" + strings.Repeat("segment/", 40) + " URL and 1234567890" + strings.Repeat("1234567890", 20) + ".\n\n" +
		"| Narrow | Column | With | Many | Long | Words | Here |\n|---|---|---|---|---|---|---|\n" +
		"| " + strings.Repeat("Supercalifragilistic ", 3) + "| " + strings.Repeat("x", 300) + " | a | b | c | d | e |\n\n" +
		"- nested\n  - deeper\n    - deepest " + strings.Repeat("z", 400) + "\n\n" +
		"> " + strings.Repeat("y", 500) + "\n\n```\n" + strings.Repeat("code", 80) + "\n```\n\n" +
		strings.Repeat("> ", 40) + "deeply quoted " + strings.Repeat("q", 200) + "\n\n" +
		func() string {
			var b strings.Builder
			for i := range 30 {
				b.WriteString(strings.Repeat("  ", i) + "- level " + strings.Repeat("n", 60) + "\n")
			}
			return b.String()
		}()
	for _, landscape := range []bool{false, true} {
		var opts []Option
		if landscape {
			opts = append(opts, WithLandscape())
		}
		pdf := renderPDF(t, []byte(md), opts...)
		box := poppler(t, pdf, "pdftotext", "-bbox")
		pw, ph := 612.0, 792.0
		if landscape {
			pw, ph = ph, pw
		}
		re := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
		words := re.FindAllStringSubmatch(box, -1)
		if len(words) < 100 {
			t.Fatalf("only %d words read back", len(words))
		}
		for _, w := range words {
			x0, _ := strconv.ParseFloat(w[1], 64)
			y0, _ := strconv.ParseFloat(w[2], 64)
			x1, _ := strconv.ParseFloat(w[3], 64)
			y1, _ := strconv.ParseFloat(w[4], 64)
			if x0 < 72-0.5 || x1 > pw-72+0.5 || y0 < 0 || y1 > ph {
				t.Errorf("landscape=%v: word %q at x %.1f–%.1f y %.1f–%.1f overflows the margins", landscape, w[5], x0, x1, y0, y1)
			}
			inBody := y0 > 72-0.5 && y1 < ph-72+0.5
			inHeader := y1 < 72
			inFooter := y0 > ph-72
			if !inBody && !inHeader && !inFooter {
				t.Errorf("landscape=%v: word %q at y %.1f–%.1f straddles a margin", landscape, w[5], y0, y1)
			}
		}
	}
}

func TestPageSetup(t *testing.T) {
	tests := []struct {
		opts []Option
		want string
	}{
		{nil, "612 x 792 pts (letter)"},
		{[]Option{WithLandscape()}, "792 x 612 pts (letter)"},
		{[]Option{WithPageSize("a4")}, "595.28 x 841.89 pts (A4)"},
		{[]Option{WithPageSize("legal"), WithLandscape()}, "1008 x 612 pts"},
	}
	for _, tt := range tests {
		info := poppler(t, renderPDF(t, []byte("text"), tt.opts...), "pdfinfo")
		if !strings.Contains(info, tt.want) {
			t.Errorf("page size: want %q in\n%s", tt.want, info)
		}
	}
}

// TestLinksAndOutline checks the internal links resolve to destinations and
// headings become bookmarks.
func TestLinksAndOutline(t *testing.T) {
	md := "# One\n\n## Two\n\nGo to [row](#p3), [Two](#two), [nowhere](#missing) and [out](https://example.com).\n\n| ¶ | x |\n|---|---|\n| <span id=\"p3\"></span>3 | y |\n"
	pdf := renderPDF(t, []byte(md))
	if got := bytes.Count(pdf, []byte("/Subtype /Link /Rect")) - bytes.Count(pdf, []byte("/URI (")); got != 2 {
		t.Errorf("internal links with destinations = %d, want 2 (#p3, #two; #missing dropped)", got)
	}
	if !bytes.Contains(pdf, []byte("/URI (https://example.com)")) {
		t.Error("external link missing")
	}
	bad := renderPDF(t, []byte("[click](javascript:alert(1)) [data](data:text/html,x) [rel](other.pdf) [paren](https://e.com/a_(b))"))
	if bytes.Contains(bad, []byte("javascript")) || bytes.Contains(bad, []byte("data:")) {
		t.Error("unsafe link scheme made it into the PDF")
	}
	if !bytes.Contains(bad, []byte("/URI (other.pdf)")) || !bytes.Contains(bad, []byte(`/URI (https://e.com/a_\(b\))`)) {
		t.Error("relative link or link with parentheses missing")
	}
	if got := squash(pdfText(t, bad)); !strings.Contains(got, "click data rel paren") {
		t.Errorf("link text lost: %s", got)
	}
	if !bytes.Contains(pdf, []byte("/Outlines")) || bytes.Count(pdf, []byte("/Parent")) < 2 {
		t.Error("headings produced no outline")
	}
}

func TestEmptyAndOdd(t *testing.T) {
	for _, md := range []string{"", "\n\n", "|a|\n|-|\n", "<", "<a href=", "- [ ]", "```", "> ", "*", "&#0;&#xFFFFFF;&bogus;", "\x00\x01\t\v"} {
		pdf := renderPDF(t, []byte(md))
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Errorf("%q: not a PDF", md)
		}
	}
}

func TestBadMargins(t *testing.T) {
	var buf bytes.Buffer
	if err := New(WithMargins(400, 400, 400, 400)).PDF(&buf, []byte("x")); err == nil {
		t.Error("margins wider than the page: no error")
	}
}

// wordX returns the left edge of the first occurrence of word in pdf.
func wordX(t *testing.T, pdf []byte, word string) float64 {
	t.Helper()
	box := poppler(t, pdf, "pdftotext", "-bbox")
	m := regexp.MustCompile(`<word xMin="([\d.]+)"[^>]*>` + regexp.QuoteMeta(word) + `</word>`).FindStringSubmatch(box)
	if m == nil {
		t.Fatalf("word %q not found", word)
	}
	x, _ := strconv.ParseFloat(m[1], 64)
	return x
}

func TestColumnWidths(t *testing.T) {
	md := []byte("| Alpha | Beta |\n|---|---|\n| a | b |\n\n| Gamma | Delta |\n|---|---|\n| c | d |\n")
	pad := 11 * tableScale * cellPadX
	tests := []struct {
		name  string
		opts  []Option
		word  string
		wantX float64
	}{
		{"override first table", []Option{WithColumnWidths(0, 1, 3)}, "Beta", 72 + 468*0.25 + pad},
		{"override all tables", []Option{WithColumnWidths(AllTables, 3, 1)}, "Delta", 72 + 468*0.75 + pad},
		{"index beats all", []Option{WithColumnWidths(AllTables, 3, 1), WithColumnWidths(1, 1, 1)}, "Delta", 72 + 468*0.5 + pad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if x := wordX(t, renderPDF(t, md, tt.opts...), tt.word); x < tt.wantX-1 || x > tt.wantX+1 {
				t.Errorf("%s at x=%.1f, want %.1f", tt.word, x, tt.wantX)
			}
		})
	}
	// Content-based: a column of long text gets more room than one of short words.
	long := []byte("| N | Text |\n|---|---|\n| 1 | " + strings.Repeat("long words here ", 30) + "|\n")
	if x := wordX(t, renderPDF(t, long), "Text"); x > 72+468*0.15 {
		t.Errorf("Text column starts at %.1f: the short column is too wide", x)
	}
}

// TestLongOrderedList: three-digit item numbers stay inside the margin.
func TestLongOrderedList(t *testing.T) {
	var b strings.Builder
	b.WriteString("98. start\n")
	for range 5 {
		b.WriteString("1. item\n")
	}
	pdf := renderPDF(t, []byte(b.String()))
	if x := wordX(t, pdf, "103."); x < 72-0.5 {
		t.Errorf("marker 103. starts at x=%.1f, left of the margin", x)
	}
	if txt := squash(pdfText(t, pdf)); !strings.Contains(txt, "98. start 99. item") || !strings.Contains(txt, "103. item") {
		t.Errorf("numbering wrong: %s", txt)
	}
}

// TestHeadingInContainers: a heading that ends a block quote or list item
// prints inside it, before what follows the container.
func TestHeadingInContainers(t *testing.T) {
	md := "> quoted\n>\n> ## Quoted heading\n\nafter quote\n\n- item\n\n  ### Item heading\n- next item\n"
	got := squash(pdfText(t, renderPDF(t, []byte(md))))
	for _, want := range []string{"quoted Quoted heading after quote", "item Item heading • next item"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %s", want, got)
		}
	}
	if x := wordX(t, renderPDF(t, []byte(md)), "Quoted"); x < 72+5 {
		t.Errorf("quoted heading at x=%.1f, not indented inside the quote", x)
	}
}

// TestNoWidow: a paragraph's last line never sits alone at the top of a page.
func TestNoWidow(t *testing.T) {
	para := strings.Repeat("word ", 60) // four lines at 11 pt
	for fill := 30; fill < 48; fill++ {
		md := strings.Repeat("Filler line.\n\n", fill) + para + "LAST\n"
		pages := strings.Split(pdfText(t, renderPDF(t, []byte(md))), "\f")
		for i, p := range pages {
			if !strings.Contains(p, "LAST") || i == 0 {
				continue
			}
			if strings.Count(p, "word") < 8 {
				t.Errorf("fill %d: last line alone on page %d:\n%s", fill, i+1, p)
			}
		}
	}
}

// TestStackedHeadingsKeepWithText: a heading straight above another heading
// never ends a page alone; both go with the text that follows them.
func TestStackedHeadingsKeepWithText(t *testing.T) {
	for fill := 30; fill < 48; fill++ {
		md := strings.Repeat("Filler line.\n\n", fill) + "## OUTER\n\n### INNER\n\nBody text after both headings.\n"
		pages := strings.Split(pdfText(t, renderPDF(t, []byte(md))), "\f")
		for i, p := range pages {
			if strings.Contains(p, "OUTER") && (!strings.Contains(p, "INNER") || !strings.Contains(p, "Body text")) {
				t.Errorf("fill %d: page %d has OUTER without INNER and the text after them:\n%s", fill, i+1, p)
			}
		}
	}
}

func TestPageBreakOnRequest(t *testing.T) {
	md := "# A\n\nOne.\n\n<div class=\"page-break\"></div>\n\n<div class=\"page-break\"></div>\n\n## B\n\nTwo.\n\n<div class=\"page-break\"></div>\n"
	lay, err := New().Layout([]byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if len(lay.Pages) != 2 || !lay.Pages[0].Last || !lay.Pages[1].Last {
		t.Fatalf("want 2 pages, each the last of a section; got %+v", lay.Pages)
	}
	if it := lay.Pages[1].Items[0]; it.Kind != "heading" {
		t.Errorf("page 2 starts with a %s, want the heading B", it.Kind)
	}
	if got := pageCount(t, renderPDF(t, []byte(md))); got != 2 {
		t.Errorf("PDF has %d pages, want 2", got)
	}
}

func TestRowSplitsWithContinuedMark(t *testing.T) {
	// Filler fills most of the first page; the long row does not fit the
	// rest and is split under the repeated header.
	var b strings.Builder
	b.WriteString(strings.Repeat("Filler text of a paragraph that takes up room on the page. ", 40))
	b.WriteString("\n\n| ¶ | Allegation |\n|---|---|\n| 1 | ")
	for i := range 300 {
		fmt.Fprintf(&b, "word%d ", i)
	}
	b.WriteString("|\n| 2 | short |\n")
	md := []byte(b.String())
	lay, err := New().Layout(md)
	if err != nil {
		t.Fatal(err)
	}
	var rows []Item
	for _, p := range lay.Pages {
		for _, it := range p.Items {
			if it.Kind == "row" {
				rows = append(rows, it)
			}
		}
	}
	if len(rows) != 3 || rows[0].Block != rows[1].Block || rows[0].Lines < splitKeep || rows[1].Lines < splitKeep {
		t.Fatalf("want the long row in two pieces of 2+ lines and the short one whole, got %+v", rows)
	}
	if len(lay.Pages) != 2 || lay.Pages[0].BlankFoot() > 0.05 {
		t.Errorf("the first page should be full: %d pages, first %.0f%% blank", len(lay.Pages), lay.Pages[0].BlankFoot()*100)
	}
	text := squash(pdfText(t, renderPDF(t, md)))
	if strings.Count(text, "(continued)") != 1 || strings.Count(text, "¶ Allegation") != 2 {
		t.Errorf("want one (continued) mark and the header on both pages:\n%s", text)
	}
}

func TestLeadInKeepsWithNext(t *testing.T) {
	// A bold line alone heads the list after it: it must not end a page.
	filler := strings.Repeat("Filler text of a paragraph that takes up room on the page. ", 10)
	for n := 1; n < 30; n++ {
		md := []byte(strings.Repeat(filler+"\n\n", n) + "**Flags**\n\n- " + filler + "\n")
		lay, err := New().Layout(md)
		if err != nil {
			t.Fatal(err)
		}
		for pi, p := range lay.Pages {
			if last := p.Items[len(p.Items)-1]; last.Kind == "heading" {
				t.Fatalf("%d paragraphs: the lead-in ends page %d", n, pi+1)
			}
		}
	}
}

package tmpl

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

func TestCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"a | b", `a \| b`},
		{"**bold** and _under_", `\*\*bold\*\* and \_under\_`},
		{"<i>x</i>", `\<i\>x\</i\>`},
		{"`code`", "\\`code\\`"},
		{"[Ex. A](http://x)", `\[Ex. A\](http://x)`},
		{"# not a heading", `\# not a heading`},
		{"a # b", "a # b"},
		{"Count # ##", `Count \# \#\#`},
		{"- not a list", `\- not a list`},
		{"12. not a list", `12\. not a list`},
		{"¶ 12. ok", "¶ 12. ok"},
		{`back\slash`, `back\\slash`},
		{`trailing\`, `trailing&#92;`},
		{"AT&T &amp; &#92; &x", `AT&T \&amp; \&#92; &x`},
		{"  lots   of\t space  ", "lots of space"},
		{"line one\nline two", "line one<br>line two"},
		{"para one\r\n\r\npara two", "para one<br><br>para two"},
		{"~~struck~~", `\~\~struck\~\~`},
		{"nul\x00 and \x01bell", "nul\uFFFD and bell"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	} {
		if got := Cell(tc.in); got != tc.want {
			t.Errorf("Cell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := Inline("one\ntwo"); got != "one two" {
		t.Errorf("Inline keeps a line break: %q", got)
	}
}

// gfm converts Markdown as the HTML renderer does, keeping raw HTML (<br>).
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(ghtml.WithUnsafe()))

// tableCells parses a one-row table around cell and returns the body rows'
// cells rendered to HTML.
func tableCells(t testing.TB, cell string) [][]string {
	src := []byte("| ¶ | Allegation | Notes |\n|---|---|---|\n| 1 | " + cell + "| end |\n")
	doc := gfm.Parser().Parse(text.NewReader(src))
	var rows [][]string
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindDocument, east.KindTable:
			return ast.WalkContinue, nil
		case east.KindTableRow:
			var cells []string
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				var buf bytes.Buffer
				for k := c.FirstChild(); k != nil; k = k.NextSibling() {
					if err := gfm.Renderer().Render(&buf, src, k); err != nil {
						return ast.WalkStop, err
					}
				}
				cells = append(cells, buf.String())
			}
			rows = append(rows, cells)
			return ast.WalkSkipChildren, nil
		case east.KindTableHeader:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkStop, fmt.Errorf("unexpected %s node at top level", n.Kind())
	})
	if err != nil {
		t.Fatalf("%q: %v", cell, err)
	}
	return rows
}

var anchorTag = regexp.MustCompile(`</?a[^>]*>`)

// literal returns the text a reader sees in rendered cell HTML: links
// (autolinked URLs) unwrapped, <br> as a newline, entities decoded.
func literal(cellHTML string) string {
	s := anchorTag.ReplaceAllString(cellHTML, "")
	s = strings.ReplaceAll(s, "<br>", "\n")
	return html.UnescapeString(s)
}

// plainText is what Cell's input should read as: whitespace collapsed,
// a line break kept as "\n" (a blank line "\n\n"), control characters gone.
func plainText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	nl, space := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				nl++
			}
			continue
		}
		if r < 0x20 && r != 0 || r == 0x7f {
			continue
		}
		if r == 0 {
			r = '\uFFFD'
		}
		if space && b.Len() > 0 {
			switch {
			case nl == 0:
				b.WriteByte(' ')
			case nl == 1:
				b.WriteByte('\n')
			default:
				b.WriteString("\n\n")
			}
		}
		space, nl = false, 0
		b.WriteRune(r)
	}
	return b.String()
}

// checkOneCell fails unless Cell(s) stays one cell that reads as s.
func checkOneCell(t testing.TB, s string) {
	cell := Cell(s)
	rows := tableCells(t, cell)
	if len(rows) != 1 || len(rows[0]) != 3 {
		t.Fatalf("Cell(%q) = %q broke the table: rows %q", s, cell, rows)
	}
	got := rows[0][1]
	for _, tag := range []string{"<em>", "<strong>", "<code>", "<del>", "<img", "<i>", "<b>"} {
		if strings.Contains(got, tag) {
			t.Fatalf("Cell(%q) = %q renders markup %s: %s", s, cell, tag, got)
		}
	}
	if lit, want := literal(got), plainText(s); lit != want {
		t.Fatalf("Cell(%q) = %q reads %q, want %q", s, cell, lit, want)
	}
	if rows[0][2] != "end" {
		t.Fatalf("Cell(%q) = %q changed the next cell to %q", s, cell, rows[0][2])
	}
}

func TestCellInGFMTable(t *testing.T) {
	for _, s := range []string{
		"Defendant's *so-called* \"24|7\" <i>software</i> uses `eval` and __init__\nand a second | line",
		"**Plaintiff** admits _nothing_ ~~at all~~ [see Ex. A](http://example.com) ![img](x.png)",
		`a path C:\Users\ and a trailing backslash \`,
		"# 1. - + = > heading-like start",
		"1) numbered",
		"&sect; 1983 &amp; &#167; and AT&T",
		"see www.example.com/a_b|c or https://x.y/*z* or a@b.com_x",
		"<!-- comment --> <script>alert(1)</script> <https://auto.link>",
		"tabs\tand\u00a0nbsp\u2028separators",
		"para one\n\n\npara two\r\nline three\rline four",
		"\\|\\\\|\\\\\\|",
		"|||",
		"`` ` ``",
		"***",
		"---",
		"<br>",
		"[^1] footnote-like",
		"$x$ and :smile:",
	} {
		checkOneCell(t, s)
	}
}

// TestInlineInParagraph checks that md text placed at the start of a line
// stays one literal paragraph.
func TestInlineInParagraph(t *testing.T) {
	// In a heading, a trailing run of # must stay text.
	var buf bytes.Buffer
	if err := gfm.Convert([]byte("## "+Inline("Exhibit #")+"\n"), &buf); err != nil || buf.String() != "<h2>Exhibit #</h2>\n" {
		t.Errorf("heading with a trailing #: %q, %v", buf.String(), err)
	}
	for _, s := range []string{"# heading?", "- list?", "1. list?", "> quote?", "---", "===", "    code?", "| a | b |", "<div>html</div>", "*x*\n\n- y"} {
		src := "intro\n\n" + Inline(s) + "\n"
		var buf bytes.Buffer
		if err := gfm.Convert([]byte(src), &buf); err != nil {
			t.Fatal(err)
		}
		want := "<p>intro</p>\n<p>" + html.EscapeString(plainText(strings.ReplaceAll(s, "\n", " "))) + "</p>\n"
		want = strings.ReplaceAll(want, "&#34;", "&quot;")
		if buf.String() != want {
			t.Errorf("Inline(%q) = %q renders\n%s\nwant\n%s", s, Inline(s), buf.String(), want)
		}
	}
}

func FuzzCell(f *testing.F) {
	for _, s := range []string{"a | b", "**x** <i>y</i> `z` _w_\nnext", `x\`, "1. y", "&amp;", "www.a.com/_x_", "\x00", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) && len(s) > 200 {
			t.Skip()
		}
		checkOneCell(t, s)
	})
}

func BenchmarkCell(b *testing.B) {
	s := strings.Repeat("Defendant 24/7 admits that it *licensed* the software | denies the rest.\n", 8)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Cell(s)
	}
}

// checkInline fails unless Inline(s) is one literal paragraph and one literal heading.
func checkInline(t testing.TB, s string) {
	want := strings.ReplaceAll(plainText(s), "\n", " ")
	want = strings.ReplaceAll(want, "  ", " ")
	if want == "" {
		return
	}
	for _, c := range []struct{ prefix, open, close string }{{"intro\n\n", "<p>intro</p>\n<p>", "</p>\n"}, {"## ", "<h2>", "</h2>\n"}} {
		var buf bytes.Buffer
		if err := gfm.Convert([]byte(c.prefix+Inline(s)+"\n"), &buf); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.HasPrefix(out, c.open) || !strings.HasSuffix(out, c.close) {
			t.Fatalf("Inline(%q) = %q renders %q", s, Inline(s), out)
		}
		body := out[len(c.open) : len(out)-len(c.close)]
		for _, tag := range []string{"<em>", "<strong>", "<code>", "<del>", "<img", "<br", "<p>", "<h"} {
			if strings.Contains(body, tag) {
				t.Fatalf("Inline(%q) = %q renders markup %s: %s", s, Inline(s), tag, out)
			}
		}
		if lit := literal(body); lit != want {
			t.Fatalf("Inline(%q) = %q reads %q, want %q", s, Inline(s), lit, want)
		}
	}
}

func FuzzInline(f *testing.F) {
	for _, s := range []string{"# x #", "- y", "1. z", "> q", "a *b* _c_ `d` <e>", "===", "    code", "x  \ny", "Exhibit #"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkInline(t, s) })
}

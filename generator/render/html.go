package render

import (
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

//go:embed style.css
var stylesheet string

// htmlMarkdown converts GFM to HTML with heading ids; raw HTML passes
// through because templates put anchors (<a id="p12"></a>) and <br> in
// cells, and Sanitize then allows only safe tags and URLs. Bare URLs are
// not made links (GFM without linkify): a pleading's text must not put a
// live link into the work product.
var htmlMarkdown = goldmark.New(
	goldmark.WithExtensions(gfmWithoutLinkify...),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	goldmark.WithRendererOptions(ghtml.WithUnsafe()),
)

// HTML writes markdown as a standalone HTML page titled title, with a small
// embedded print-friendly stylesheet, in the default page setup.
func HTML(w io.Writer, markdown []byte, title string) error {
	return New(WithTitle(title)).HTML(w, markdown)
}

// HTML writes markdown as a standalone HTML page in the renderer's page
// setup, with a small embedded print-friendly stylesheet. The page title is
// the config's Title (else HeaderRight), then " — " and HeaderLeft if set.
func (r *Renderer) HTML(w io.Writer, markdown []byte) error {
	title := r.cfg.Title
	if title == "" {
		title = r.cfg.HeaderRight
	}
	switch {
	case title == "":
		title = r.cfg.HeaderLeft
	case r.cfg.HeaderLeft != "":
		title += " — " + r.cfg.HeaderLeft
	}
	doc := htmlMarkdown.Parser().Parse(text.NewReader(markdown))
	widths := r.cfg.classTables(doc)
	var body bytes.Buffer
	if err := htmlMarkdown.Renderer().Render(&body, markdown, doc); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	var page strings.Builder
	r.cfg.pageCSS(&page, widths)
	var b bytes.Buffer
	b.Grow(body.Len() + len(stylesheet) + 512)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", ContentSecurityPolicy)
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"pleadkit\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n", html.EscapeString(title))
	b.WriteString("<style>\n")
	b.WriteString(stylesheet)
	b.WriteString(page.String())
	b.WriteString("</style>\n</head>\n<body>\n<main>\n")
	b.WriteString(Sanitize(body.String()))
	b.WriteString("</main>\n</body>\n</html>\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

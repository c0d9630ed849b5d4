package render

import (
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
	// The page is written to w in three parts, and the body is rendered
	// into a Builder grown to about its size, so a large chart is held once
	// (plus its sanitized copy), not four or five times over.
	var body strings.Builder
	body.Grow(len(markdown) + len(markdown)/4)
	if err := htmlMarkdown.Renderer().Render(&body, markdown, doc); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	var page strings.Builder
	r.cfg.pageCSS(&page, widths)
	var head strings.Builder
	head.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&head, "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", ContentSecurityPolicy)
	head.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	head.WriteString("<meta name=\"generator\" content=\"pleadkit\">\n")
	fmt.Fprintf(&head, "<title>%s</title>\n", html.EscapeString(title))
	head.WriteString("<style>\n")
	head.WriteString(stylesheet)
	head.WriteString(page.String())
	head.WriteString("</style>\n</head>\n<body>\n<main>\n")
	clean := Sanitize(body.String())
	body.Reset()
	for _, part := range []string{head.String(), clean, "</main>\n</body>\n</html>\n"} {
		if _, err := io.WriteString(w, part); err != nil {
			return fmt.Errorf("write html: %w", err)
		}
	}
	return nil
}

package docx

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// run writes text as one run in the current inline style.
func (d *docWriter) run(s string) {
	if s == "" {
		return
	}
	if !d.inPara {
		d.openPara()
	}
	b := &d.body
	b.WriteString("<w:r>")
	d.runProps()
	for s != "" {
		i := strings.IndexAny(s, "\t\n\r")
		if i < 0 {
			d.textElem(s)
			break
		}
		d.textElem(s[:i])
		if s[i] == '\t' {
			b.WriteString("<w:tab/>")
		} else {
			d.textElem(" ")
		}
		s = s[i+1:]
	}
	b.WriteString("</w:r>")
}

// textElem writes a <w:t> holding s.
func (d *docWriter) textElem(s string) {
	if s == "" {
		return
	}
	d.body.WriteString(`<w:t xml:space="preserve">`)
	escape(&d.body, s)
	d.body.WriteString("</w:t>")
}

// runProps writes the run properties of the current inline style, in the
// order the schema requires.
func (d *docWriter) runProps() {
	var p strings.Builder
	switch {
	case d.link > 0:
		p.WriteString(`<w:rStyle w:val="Hyperlink"/>`)
		if d.code > 0 {
			p.WriteString(`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`)
		}
	case d.code > 0:
		p.WriteString(`<w:rStyle w:val="VerbatimChar"/>`)
	}
	if d.bold > 0 {
		p.WriteString("<w:b/><w:bCs/>")
	}
	if d.italic > 0 {
		p.WriteString("<w:i/><w:iCs/>")
	}
	if d.strike > 0 {
		p.WriteString("<w:strike/>")
	}
	if d.underline > 0 {
		p.WriteString(`<w:u w:val="single"/>`)
	}
	if p.Len() > 0 {
		d.body.WriteString("<w:rPr>" + p.String() + "</w:rPr>")
	}
}

// lineBreak writes a forced line break.
func (d *docWriter) lineBreak() {
	if !d.inPara {
		d.openPara()
	}
	d.body.WriteString("<w:r><w:br/></w:r>")
}

// openLink starts a hyperlink to dest (an http, https or mailto URL, or
// "#id" inside the document) and reports whether it did: links do not
// nest, and other targets print as plain text.
func (d *docWriter) openLink(dest string) bool {
	if d.link > 0 || dest == "" {
		return false
	}
	if !d.inPara {
		d.openPara()
	}
	if id, ok := strings.CutPrefix(dest, "#"); ok {
		name := BookmarkName(id)
		if name == "" {
			return false
		}
		d.body.WriteString(`<w:hyperlink w:anchor="` + name + `" w:history="1">`)
		d.link++
		return true
	}
	u, err := url.Parse(dest)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto", "ftp":
	default:
		return false
	}
	d.body.WriteString(`<w:hyperlink r:id="` + d.linkRel(u.String()) + `" w:history="1">`)
	d.link++
	return true
}

// closeLink ends the innermost hyperlink.
func (d *docWriter) closeLink() {
	if d.link > 0 {
		d.body.WriteString("</w:hyperlink>")
		d.link--
	}
}

// unescape resolves backslash escapes and entity and numeric character
// references, as goldmark's HTML writer does.
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = util.ResolveNumericReferences(v)
		v = util.ResolveEntityNames(v)
	}
	return string(v)
}

func (r *nodeRenderer) renderText(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	n := node.(*ast.Text)
	v := n.Segment.Value(source)
	if n.IsRaw() {
		d.run(string(v))
	} else {
		d.run(unescape(v))
	}
	switch {
	case n.HardLineBreak():
		d.lineBreak()
	case n.SoftLineBreak():
		d.run(" ")
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderString(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	n := node.(*ast.String)
	switch {
	case n.IsCode():
		d.code++
		d.run(string(n.Value))
		d.code--
	case n.IsRaw():
		d.run(string(n.Value))
	default:
		d.run(unescape(n.Value))
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderCodeSpan(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkSkipChildren, err
	}
	var b strings.Builder
	for c := node.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
		case *ast.String:
			b.Write(t.Value)
		}
	}
	d.code++
	d.run(strings.ReplaceAll(b.String(), "\n", " "))
	d.code--
	return ast.WalkSkipChildren, nil
}

// step adds one to n entering a node and takes one away leaving it.
func step(n *int, entering bool) {
	if entering {
		*n++
	} else if *n > 0 {
		*n--
	}
}

func (r *nodeRenderer) renderEmphasis(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if node.(*ast.Emphasis).Level >= 2 {
		step(&d.bold, entering)
	} else {
		step(&d.italic, entering)
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderStrikethrough(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	step(&d.strike, entering)
	return ast.WalkContinue, nil
}

// linkOpened is the attribute a Link node carries while its hyperlink is open.
var linkOpened = []byte("docx-link-open")

func (r *nodeRenderer) renderLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		if d.openLink(unescape(node.(*ast.Link).Destination)) {
			node.SetAttribute(linkOpened, true)
		}
		return ast.WalkContinue, nil
	}
	if _, ok := node.Attribute(linkOpened); ok {
		d.closeLink()
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderAutoLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkSkipChildren, err
	}
	n := node.(*ast.AutoLink)
	dest := string(n.URL(source))
	if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(dest), "mailto:") {
		dest = "mailto:" + dest
	}
	opened := d.openLink(dest)
	d.run(string(n.Label(source)))
	if opened {
		d.closeLink()
	}
	return ast.WalkSkipChildren, nil
}

// renderImage prints an image as its description in brackets: the
// document embeds no remote or local files.
func (r *nodeRenderer) renderImage(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.italic++
		d.run("[Image: ")
		return ast.WalkContinue, nil
	}
	d.run("]")
	d.italic--
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderTaskCheckBox(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	box := "☐"
	if node.(*east.TaskCheckBox).IsChecked {
		box = "☒"
	}
	d.run(box)
	d.body.WriteString("<w:r><w:tab/></w:r>")
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderRawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkSkipChildren, err
	}
	n := node.(*ast.RawHTML)
	var b strings.Builder
	for i := range n.Segments.Len() {
		seg := n.Segments.At(i)
		b.Write(seg.Value(source))
	}
	d.html(b.String())
	return ast.WalkSkipChildren, nil
}

// tagRe matches one HTML tag; attrRe one attribute inside it.
var (
	tagRe  = regexp.MustCompile(`^<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?)*)\s*(/?)>`)
	attrRe = regexp.MustCompile(`([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + "`" + `]+)))?`)
)

// html writes inline raw HTML: <b>, <strong>, <i>, <em>, <u>, <s>, <del>,
// <code> and <a href> format as in a browser, <br> breaks the line, an id
// (or <a name>) becomes a bookmark, comments vanish, <span> and similar
// are markup only, and any other tag prints literally so no text is lost.
func (d *docWriter) html(s string) {
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			d.run(unescape([]byte(s)))
			return
		}
		d.run(unescape([]byte(s[:i])))
		s = s[i:]
		if rest, ok := strings.CutPrefix(s, "<!--"); ok {
			end := strings.Index(rest, "-->")
			if end < 0 {
				return
			}
			s = rest[end+3:]
			continue
		}
		m := tagRe.FindStringSubmatch(s)
		if m == nil {
			d.run("<")
			s = s[1:]
			continue
		}
		if !d.applyTag(m[1] == "/", strings.ToLower(m[2]), m[3]) {
			d.run(m[0])
		}
		s = s[len(m[0]):]
	}
}

// applyTag applies a known tag and reports whether it knew it.
func (d *docWriter) applyTag(closing bool, name, attrs string) bool {
	var id, href string
	if !closing && attrs != "" {
		for _, a := range attrRe.FindAllStringSubmatch(attrs, -1) {
			v := a[2] + a[3] + a[4]
			switch strings.ToLower(a[1]) {
			case "id":
				id = v
			case "name":
				if name == "a" && id == "" {
					id = v
				}
			case "href":
				href = v
			}
		}
	}
	entering := !closing
	switch name {
	case "b", "strong":
		step(&d.bold, entering)
	case "i", "em", "cite", "var":
		step(&d.italic, entering)
	case "u", "ins":
		step(&d.underline, entering)
	case "s", "del", "strike":
		step(&d.strike, entering)
	case "code", "kbd", "tt", "samp":
		step(&d.code, entering)
	case "br":
		d.lineBreak()
	case "a":
		if closing {
			d.closeLink()
		} else if href != "" {
			d.openLink(unescape([]byte(href)))
		}
	case "span", "sup", "sub", "small", "mark", "abbr", "p", "div":
	default:
		return false
	}
	if id != "" {
		if !d.inPara {
			d.openPara()
		}
		d.bookmark(unescape([]byte(id)))
	}
	return true
}

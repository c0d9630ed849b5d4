package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// startInline begins collecting the inlines of a paragraph, heading or
// table cell whose text is in base style.
func (d *docWriter) startInline(base style) {
	d.ins = d.ins[:0:0]
	d.bold, d.italic, d.code, d.strike, d.underline = 0, 0, 0, 0, 0
	d.links, d.htmlLinks = d.links[:0], d.htmlLinks[:0]
	if base.bold {
		d.bold = 1
	}
	if base.italic {
		d.italic = 1
	}
}

// endInline returns the collected inlines, trailing breaks and spaces removed.
func (d *docWriter) endInline() []inline {
	ins := d.ins
	for len(ins) > 0 {
		last := &ins[len(ins)-1]
		if last.kind == inBreak {
			ins = ins[:len(ins)-1]
			continue
		}
		if last.kind == inText {
			last.text = strings.TrimRight(last.text, " ")
			if last.text == "" {
				ins = ins[:len(ins)-1]
				continue
			}
		}
		break
	}
	d.ins = nil
	return ins
}

// style returns the style of text added now.
func (d *docWriter) style() style {
	st := style{bold: d.bold > 0, italic: d.italic > 0, code: d.code > 0, strike: d.strike > 0, underline: d.underline > 0}
	if n := len(d.links); n > 0 {
		st.link = d.links[n-1]
	}
	return st
}

// addText appends text in the current style, made printable.
func (d *docWriter) addText(s string) {
	if s == "" {
		return
	}
	st := d.style()
	s = clean(d.m[st.face()], s)
	if n := len(d.ins); n > 0 && d.ins[n-1].kind == inText && d.ins[n-1].st == st {
		d.ins[n-1].text += s
		return
	}
	d.ins = append(d.ins, inline{kind: inText, text: s, st: st})
}

// addBreak appends a forced line break.
func (d *docWriter) addBreak() { d.ins = append(d.ins, inline{kind: inBreak}) }

// addAnchor appends a link target.
func (d *docWriter) addAnchor(id string) {
	if id != "" {
		d.ins = append(d.ins, inline{kind: inAnchor, text: id})
	}
}

func (r *nodeRenderer) renderText(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	n := node.(*ast.Text)
	v := n.Segment.Value(source)
	if n.IsRaw() {
		d.addText(string(v))
	} else {
		d.addText(unescape(v, true))
	}
	switch {
	case n.HardLineBreak():
		d.addBreak()
	case n.SoftLineBreak():
		d.addText(" ")
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
		d.addText(string(n.Value))
		d.code--
	case n.IsRaw():
		d.addText(string(n.Value))
	default:
		d.addText(unescape(n.Value, true))
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderCodeSpan(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	d.code++
	for c := node.FirstChild(); c != nil; c = c.NextSibling() {
		var v []byte
		switch t := c.(type) {
		case *ast.Text:
			v = t.Segment.Value(source)
		case *ast.String:
			v = t.Value
		}
		v = bytes.TrimSuffix(v, []byte("\n"))
		d.addText(string(v))
		if t, ok := c.(*ast.Text); ok && bytes.HasSuffix(t.Segment.Value(source), []byte("\n")) {
			d.addText(" ")
		}
	}
	d.code--
	return ast.WalkSkipChildren, nil
}

func (r *nodeRenderer) renderEmphasis(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	delta := 1
	if !entering {
		delta = -1
	}
	if node.(*ast.Emphasis).Level >= 2 {
		d.bold += delta
	} else {
		d.italic += delta
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderStrikethrough(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.strike++
	} else {
		d.strike--
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.links = append(d.links, unescape(node.(*ast.Link).Destination, true))
	} else if len(d.links) > 0 {
		d.links = d.links[:len(d.links)-1]
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderAutoLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	n := node.(*ast.AutoLink)
	url := string(n.URL(source))
	if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(url), "mailto:") {
		url = "mailto:" + url
	}
	d.links = append(d.links, url)
	d.addText(string(n.Label(source)))
	d.links = d.links[:len(d.links)-1]
	return ast.WalkSkipChildren, nil
}

// renderImage prints an image as its description in brackets, linked to
// its source: the PDF embeds no remote or local files.
func (r *nodeRenderer) renderImage(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.links = append(d.links, unescape(node.(*ast.Image).Destination, true))
		d.italic++
		d.addText("[Image: ")
		return ast.WalkContinue, nil
	}
	d.addText("]")
	d.italic--
	d.links = d.links[:len(d.links)-1]
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderTaskCheckBox(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	// The box opening a list item is drawn as the item's marker.
	if d.marker != nil && d.marker.box && len(d.ins) == 0 {
		return ast.WalkContinue, nil
	}
	checked := ""
	if node.(*east.TaskCheckBox).IsChecked {
		checked = "x"
	}
	d.ins = append(d.ins, inline{kind: inBox, text: checked})
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

// unescape resolves entity and numeric character references and, with
// backslash, backslash escapes of ASCII punctuation, as goldmark's HTML
// writer does.
func unescape(v []byte, backslash bool) string {
	if bytes.IndexByte(v, '&') < 0 && (!backslash || bytes.IndexByte(v, '\\') < 0) && bytes.IndexByte(v, 0) < 0 {
		return string(v)
	}
	var b strings.Builder
	b.Grow(len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && backslash && i+1 < len(v) && util.IsPunct(v[i+1]):
			b.WriteByte(v[i+1])
			i++
		case c == 0:
			b.WriteRune(utf8.RuneError)
		case c == '&':
			r, n := reference(v[i:])
			if n == 0 {
				b.WriteByte(c)
				continue
			}
			b.WriteString(r)
			i += n - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// reference decodes the character reference at the start of v ("&amp;",
// "&#167;", "&#xA7;"), returning its text and length, or length 0.
func reference(v []byte) (string, int) {
	end := bytes.IndexByte(v, ';')
	if end < 2 || end > 40 {
		return "", 0
	}
	body := string(v[1:end])
	if body[0] == '#' {
		base, digits := 10, body[1:]
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			base, digits = 16, digits[1:]
		}
		if digits == "" || len(digits) > 7 {
			return "", 0
		}
		n, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return "", 0
		}
		r := rune(n)
		if r == 0 || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return string(r), end + 1
	}
	for i := 0; i < len(body); i++ {
		if !util.IsAlphaNumeric(body[i]) {
			return "", 0
		}
	}
	if e, ok := util.LookUpHTML5EntityByName(body); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}

package docx

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer renders every CommonMark and GFM node kind as WordprocessingML.
type nodeRenderer struct{}

// RegisterFuncs registers one render func per node kind.
func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	// blocks
	reg.Register(ast.KindDocument, r.renderDocument)
	reg.Register(ast.KindHeading, r.renderHeading)
	reg.Register(ast.KindBlockquote, r.renderBlockquote)
	reg.Register(ast.KindCodeBlock, r.renderCodeBlock)
	reg.Register(ast.KindFencedCodeBlock, r.renderCodeBlock)
	reg.Register(ast.KindHTMLBlock, r.renderHTMLBlock)
	reg.Register(ast.KindList, r.renderList)
	reg.Register(ast.KindListItem, r.renderListItem)
	reg.Register(ast.KindParagraph, r.renderParagraph)
	reg.Register(ast.KindTextBlock, r.renderParagraph)
	reg.Register(ast.KindThematicBreak, r.renderThematicBreak)
	reg.Register(ast.KindLinkReferenceDefinition, r.renderLinkReferenceDefinition)
	// inlines
	reg.Register(ast.KindAutoLink, r.renderAutoLink)
	reg.Register(ast.KindCodeSpan, r.renderCodeSpan)
	reg.Register(ast.KindEmphasis, r.renderEmphasis)
	reg.Register(ast.KindImage, r.renderImage)
	reg.Register(ast.KindLink, r.renderLink)
	reg.Register(ast.KindRawHTML, r.renderRawHTML)
	reg.Register(ast.KindText, r.renderText)
	reg.Register(ast.KindString, r.renderString)
	// GFM
	reg.Register(east.KindTable, r.renderTable)
	reg.Register(east.KindTableHeader, r.renderTableHeader)
	reg.Register(east.KindTableRow, r.renderTableRow)
	reg.Register(east.KindTableCell, r.renderTableCell)
	reg.Register(east.KindStrikethrough, r.renderStrikethrough)
	reg.Register(east.KindTaskCheckBox, r.renderTaskCheckBox)
}

// Paragraph style ids (styles.xml defines each).
const (
	styleTitle     = "Title"
	styleListBul   = "ListBullet"
	styleListNum   = "ListNumber"
	styleListPara  = "ListParagraph"
	styleQuote     = "Quote"
	styleCode      = "Code"
	styleTableText = "TableText"
)

// listIndent is the indent of each list level, in twips.
const listIndent = 360

func (r *nodeRenderer) renderDocument(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	_, err := state(w)
	return ast.WalkContinue, err
}

// headingStyleID returns the Word style of a Markdown heading level: the
// document's # heading is its Title, ## to #### are Heading 1 to 3.
func headingStyleID(level int) string {
	switch level {
	case 1:
		return styleTitle
	case 2:
		return "Heading1"
	case 3:
		return "Heading2"
	}
	return "Heading3"
}

func (r *nodeRenderer) renderHeading(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if !entering {
		d.closePara()
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Heading)
	d.openParaStyle(`<w:pStyle w:val="` + headingStyleID(n.Level) + `"/>`)
	if id, ok := n.AttributeString("id"); ok {
		if b, ok := id.([]byte); ok {
			d.bookmark(string(b))
		}
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderParagraph(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.openPara()
	} else {
		d.closePara()
	}
	return ast.WalkContinue, nil
}

// openPara starts a paragraph styled for where the cursor is: a table
// cell, a list item, a block quote, or the body.
func (d *docWriter) openPara() {
	var ppr strings.Builder
	switch {
	case d.table != nil:
		ppr.WriteString(`<w:pStyle w:val="` + styleTableText + `"/>`)
		if jc := d.table.align(); jc != "" {
			ppr.WriteString(`<w:jc w:val="` + jc + `"/>`)
		}
	case len(d.lists) > 0:
		l := &d.lists[len(d.lists)-1]
		lvl := min(len(d.lists)-1, 8)
		left := (lvl + 1) * listIndent * 2
		switch {
		case l.first && l.task:
			// the checkbox stands in for the bullet, hanging in the margin
			ppr.WriteString(`<w:pStyle w:val="` + styleListPara + `"/><w:ind w:left="` + strconv.Itoa(left) + `" w:hanging="` + strconv.Itoa(listIndent) + `"/>`)
		case l.first:
			st := styleListBul
			if l.ordered {
				st = styleListNum
			}
			ppr.WriteString(`<w:pStyle w:val="` + st + `"/><w:numPr><w:ilvl w:val="` + strconv.Itoa(lvl) + `"/><w:numId w:val="` + strconv.Itoa(l.numID) + `"/></w:numPr>`)
		default:
			ppr.WriteString(`<w:pStyle w:val="` + styleListPara + `"/><w:ind w:left="` + strconv.Itoa(left) + `"/>`)
		}
		if l.tight {
			ppr.WriteString(`<w:contextualSpacing/>`)
		}
		l.first = false
	case d.quotes > 0:
		ppr.WriteString(`<w:pStyle w:val="` + styleQuote + `"/>`)
		if d.quotes > 1 {
			ppr.WriteString(`<w:ind w:left="` + strconv.Itoa(720*d.quotes) + `"/>`)
		}
	}
	d.openParaStyle(ppr.String())
}

// openParaStyle starts a paragraph with the given paragraph properties.
func (d *docWriter) openParaStyle(ppr string) {
	d.closePara()
	d.body.WriteString("<w:p>")
	if ppr != "" {
		d.body.WriteString("<w:pPr>" + ppr + "</w:pPr>")
	}
	d.inPara = true
	d.last = "p"
}

// closePara ends the open paragraph, closing any hyperlink left open.
func (d *docWriter) closePara() {
	if !d.inPara {
		return
	}
	for ; d.link > 0; d.link-- {
		d.body.WriteString("</w:hyperlink>")
	}
	d.body.WriteString("</w:p>")
	d.inPara = false
}

func (r *nodeRenderer) renderThematicBreak(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	d.openParaStyle(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A0A0A0"/></w:pBdr>`)
	d.closePara()
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderCodeBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkSkipChildren, err
	}
	lines := node.Lines()
	d.openParaStyle(`<w:pStyle w:val="` + styleCode + `"/>`)
	for i := range lines.Len() {
		seg := lines.At(i)
		line := strings.TrimRight(string(seg.Value(source)), "\r\n")
		if i > 0 {
			d.body.WriteString(`<w:r><w:br/></w:r>`)
		}
		d.run(strings.ReplaceAll(line, "\t", "    "))
	}
	d.closePara()
	return ast.WalkSkipChildren, nil
}

func (r *nodeRenderer) renderBlockquote(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.quotes++
	} else {
		d.quotes--
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderList(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if !entering {
		d.lists = d.lists[:len(d.lists)-1]
		return ast.WalkContinue, nil
	}
	n := node.(*ast.List)
	l := listState{ordered: n.IsOrdered(), tight: n.IsTight, numID: 1}
	if l.ordered {
		start := n.Start
		if start < 0 {
			start = 0
		}
		d.nums = append(d.nums, numInstance{ordered: true, level: min(len(d.lists), 8), start: start})
		l.numID = len(d.nums)
	}
	d.lists = append(d.lists, l)
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderListItem(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering || len(d.lists) == 0 {
		return ast.WalkContinue, err
	}
	l := &d.lists[len(d.lists)-1]
	l.first = true
	l.task = false
	if c := node.FirstChild(); c != nil {
		if _, ok := c.FirstChild().(*east.TaskCheckBox); ok {
			l.task = true
		}
	}
	if node.FirstChild() == nil {
		// an empty item still shows its bullet or number
		d.openPara()
		d.closePara()
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderHTMLBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkSkipChildren, err
	}
	n := node.(*ast.HTMLBlock)
	var b strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(source))
	}
	if n.HasClosure() {
		b.Write(n.ClosureLine.Value(source))
	}
	s := strings.TrimSpace(stripComments(b.String()))
	if s == "" {
		return ast.WalkSkipChildren, nil
	}
	d.openPara()
	d.html(strings.ReplaceAll(s, "\n", " "))
	d.closePara()
	return ast.WalkSkipChildren, nil
}

func (r *nodeRenderer) renderLinkReferenceDefinition(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	return ast.WalkSkipChildren, nil
}

// stripComments removes HTML comments; an unclosed one runs to the end.
func stripComments(s string) string {
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+4+j+3:]
	}
}

package render

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer is the goldmark NodeRenderer that prints onto fpdf. It has
// no fields: everything one document needs lives on its *docWriter.
type nodeRenderer struct{}

// RegisterFuncs registers a render func for every CommonMark and GFM node kind.
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
	reg.Register(ast.KindTextBlock, r.renderTextBlock)
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

// Sizes relative to the body font size.
const (
	paraAfter  = 0.55 // space after a paragraph
	tightAfter = 0.2  // space after an item of a tight list
	listIndent = 1.75 // indent per list level
	quoteInset = 1.4  // indent of a block quote
)

func (r *nodeRenderer) renderDocument(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	_, err := state(w)
	return ast.WalkContinue, err
}

// headingStyle returns the size multiplier, alignment and style of a heading level.
func headingStyle(level int) (scale float64, align string, st style) {
	switch level {
	case 1:
		return 1.5, "C", style{bold: true}
	case 2:
		return 1.27, "L", style{bold: true}
	case 3:
		return 1.1, "L", style{bold: true}
	case 4:
		return 1, "L", style{bold: true}
	case 5:
		return 1, "L", style{bold: true, italic: true}
	}
	return 1, "L", style{italic: true}
}

func (r *nodeRenderer) renderHeading(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	n := node.(*ast.Heading)
	scale, align, st := headingStyle(n.Level)
	if entering {
		d.startInline(st)
		return ast.WalkContinue, nil
	}
	ins := d.endInline()
	size := d.cfg.FontSize * scale
	lines := layout(d.m, ins, d.right-d.left, size, false)
	hd := &pendingHeading{
		left:   d.left,
		lines:  lines,
		size:   size,
		align:  align,
		before: size * 0.9,
		after:  size * 0.45,
		height: lineHeight(size) * float64(len(lines)),
		title:  plainText(ins),
		level:  n.Level,
	}
	if n.Level == 1 {
		hd.after = size * 0.7
	}
	hd.id = headingID(n)
	d.lastHeading = hd.id
	// It waits, with any heading just before it, for the block that follows.
	d.headings = append(d.headings, hd)
	return ast.WalkContinue, nil
}

// flushHeading prints a pending heading that nothing follows inside its
// container (a list item or block quote ends).
func (d *docWriter) flushHeading() {
	if len(d.headings) > 0 {
		d.block(0, 0)
	}
}

// pendingHeading is a heading laid out but not yet placed: it is printed by
// the next block, on the same page.
type pendingHeading struct {
	lines                       []line
	left                        float64 // left edge of the column it was laid out in
	size, before, after, height float64
	align, title, id            string
	level                       int
}

// drawHeading prints a heading at the cursor with its anchor and bookmark.
func (d *docWriter) drawHeading(hd *pendingHeading) {
	d.blockID++
	d.kind = "heading"
	d.setAnchor(hd.id, d.y)
	if hd.level > 0 { // a bold lead-in (level 0) is no outline entry
		level := min(hd.level-1+d.outline0, d.outline+1)
		d.outline = level
		d.setFont(serifRegular, d.cfg.FontSize) // Bookmark encodes titles as UTF-16 only for UTF-8 fonts
		d.bookmark(hd.title, level)
	}
	left, mk := d.left, d.marker
	d.left, d.marker = hd.left, nil // not indented by a list that follows it
	d.drawLines(hd.lines, hd.size, hd.align)
	d.left, d.marker = left, mk
}

func (r *nodeRenderer) renderParagraph(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.startInline(style{})
		return ast.WalkContinue, nil
	}
	ins := d.endInline()
	after := d.cfg.FontSize * paraAfter
	if d.inTightList() {
		after = d.cfg.FontSize * tightAfter
	}
	if len(d.lists) == 0 && len(d.quotes) == 0 && leadIn(ins) {
		// A line of bold text alone ("**Flags**") heads what follows:
		// like a heading, it waits to share the next block's page.
		size := d.cfg.FontSize
		lines := layout(d.m, ins, d.right-d.left, size, false)
		if len(lines) == 1 {
			d.headings = append(d.headings, &pendingHeading{
				left: d.left, lines: lines, size: size, align: "L", after: after,
				height: lineHeight(size), title: plainText(ins),
			})
			return ast.WalkContinue, nil
		}
	}
	d.paragraph(ins, d.cfg.FontSize, "J", 0, after)
	return ast.WalkContinue, nil
}

// leadIn reports whether a paragraph is bold text only, like "**Flags**"
// or "**To prove it**", which templates use as a small heading.
func leadIn(ins []inline) bool {
	n := 0
	for _, in := range ins {
		switch in.kind {
		case inText:
			if strings.TrimSpace(in.text) == "" {
				continue
			}
			if !in.st.bold || in.st.link != "" {
				return false
			}
			n += len(in.text)
		case inAnchor:
		default:
			return false
		}
	}
	return n > 0 && n <= 80
}

func (r *nodeRenderer) renderTextBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.startInline(style{})
		return ast.WalkContinue, nil
	}
	ins := d.endInline()
	d.paragraph(ins, d.cfg.FontSize, "J", 0, d.cfg.FontSize*tightAfter)
	return ast.WalkContinue, nil
}

func (d *docWriter) inTightList() bool {
	return len(d.lists) > 0 && d.lists[len(d.lists)-1].tight
}

func (r *nodeRenderer) renderThematicBreak(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	size := d.cfg.FontSize
	d.block(size*0.6, size)
	d.marker = nil
	y := d.y + size*0.5
	d.pdf.SetDrawColor(grayRule, grayRule, grayRule)
	d.pdf.SetLineWidth(0.6)
	d.pdf.Line(d.left, y, d.right, y)
	d.traceItem("rule", d.y, d.y+size, 0)
	d.y += size
	d.after(size * 0.6)
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderCodeBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	var ins []inline
	lines := node.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		s := strings.TrimRight(string(seg.Value(source)), "\r\n")
		s = expandTabs(s)
		s = clean(d.m[monoRegular], s)
		// Keep indentation: leading spaces become no-break spaces.
		t := strings.TrimLeft(s, " ")
		s = strings.Repeat("\u00a0", len(s)-len(t)) + t
		ins = append(ins, inline{kind: inText, text: s, st: style{code: true}}, inline{kind: inBreak})
	}
	size := d.cfg.FontSize * 0.95
	pad := size * 0.5
	lh := lineHeight(size * codeScale)
	// Code lines are laid out at their own size: the code style shrinks by codeScale.
	laid := layout(d.m, ins, d.right-d.left-2*pad, size, false)
	d.block(d.cfg.FontSize*0.3, lh*float64(min(len(laid), 3))+2*pad)
	for i := 0; i < len(laid); {
		// One shaded box per page segment.
		n := int((d.bottom - d.y - 2*pad) / lh)
		if n < 1 {
			d.newPage()
			continue
		}
		n = min(n, len(laid)-i)
		d.setFillColor([3]int{248, 248, 246})
		d.pdf.SetDrawColor(215, 215, 215)
		d.pdf.SetLineWidth(0.5)
		d.pdf.Rect(d.left, d.y, d.right-d.left, float64(n)*lh+2*pad, "FD")
		y := d.y + pad
		for j := i; j < i+n; j++ {
			d.drawCodeLine(&laid[j], d.left+pad, y, size*codeScale)
			y += lh
		}
		d.traceItem("code", d.y, y+pad, n)
		d.y = y + pad
		i += n
		if i < len(laid) {
			d.newPage()
		}
	}
	d.after(d.cfg.FontSize * paraAfter)
	return ast.WalkSkipChildren, nil
}

// drawCodeLine prints a line of a code block in the monospace face.
func (d *docWriter) drawCodeLine(l *line, x, y, size float64) {
	base := y + d.baseline(size)
	if d.marker != nil {
		d.drawMarker(base, d.cfg.FontSize)
	}
	d.setFont(monoRegular, size)
	d.setTextColor([3]int{})
	for _, p := range l.pieces {
		if p.kind == inText {
			d.text(x+p.x, base, p.text)
		}
	}
}

// expandTabs replaces tabs with spaces to the next multiple of four.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

func (r *nodeRenderer) renderBlockquote(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	size := d.cfg.FontSize
	if entering {
		d.block(size*0.2, lineHeight(size)*2)
		d.quotes = append(d.quotes, quoteState{page: d.pdf.PageNo(), y: d.y, x: d.left})
		d.left += d.indent(size * quoteInset)
		return ast.WalkContinue, nil
	}
	d.flushHeading()
	q := d.quotes[len(d.quotes)-1]
	d.quotes = d.quotes[:len(d.quotes)-1]
	d.left = q.x
	// Draw the bar on every page the quote spans.
	end, last := d.y, d.pdf.PageNo()
	d.pdf.SetDrawColor(grayRule, grayRule, grayRule)
	d.pdf.SetLineWidth(2)
	for p := q.page; p <= last; p++ {
		y0, y1 := d.top, d.bottom
		if p == q.page {
			y0 = q.y
		}
		if p == last {
			y1 = end
		}
		if y1 > y0 {
			d.pdf.SetPage(p)
			d.pdf.Line(q.x+size*0.35, y0, q.x+size*0.35, y1)
		}
	}
	d.pdf.SetPage(last)
	d.after(size * paraAfter)
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderList(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	n := node.(*ast.List)
	if entering {
		// A heading waiting for the list is printed by the first item's
		// first block, so it stays with as much of the item as that keeps.
		if len(d.headings) == 0 {
			d.block(0, lineHeight(d.cfg.FontSize)*2)
		}
		ls := listState{ordered: n.IsOrdered(), next: n.Start, tight: n.IsTight, indent: d.cfg.FontSize * listIndent}
		if ls.ordered {
			// Room for the widest number, so it never reaches into the margin.
			last := n.Start + n.ChildCount() - 1
			w := max(d.m[serifRegular].stringWidth(strconv.Itoa(last)+".", d.cfg.FontSize),
				d.m[serifRegular].stringWidth(strconv.Itoa(n.Start)+".", d.cfg.FontSize))
			ls.indent = max(ls.indent, w+d.cfg.FontSize*0.8)
		}
		d.lists = append(d.lists, ls)
		return ast.WalkContinue, nil
	}
	d.lists = d.lists[:len(d.lists)-1]
	if d.inTightList() {
		d.after(d.cfg.FontSize * tightAfter)
	} else {
		d.after(d.cfg.FontSize * paraAfter)
	}
	return ast.WalkContinue, nil
}

// bullets by nesting depth.
var bullets = []string{"\u2022", "\u2013", "\u25e6"}

func (r *nodeRenderer) renderListItem(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	l := &d.lists[len(d.lists)-1]
	if !entering {
		d.flushHeading()
		d.left -= l.applied
		d.marker = nil
		return ast.WalkContinue, nil
	}
	indent := d.indent(l.indent)
	l.applied = indent
	mk := &marker{x: d.left + indent - d.cfg.FontSize*0.45}
	if l.ordered {
		mk.text = strconv.Itoa(l.next) + "."
		l.next++
	} else {
		mk.text = bullets[(len(d.lists)-1)%len(bullets)]
	}
	if cb := firstCheckBox(node); cb != nil {
		mk.box, mk.checked = true, cb.IsChecked
	}
	d.marker = mk
	d.left += indent
	return ast.WalkContinue, nil
}

// indent returns how much of dx the text column can move right while
// keeping a quarter of the page's text width, so deep nesting never pushes
// text past the right margin.
func (d *docWriter) indent(dx float64) float64 {
	minW := (d.pageW - d.cfg.Margins.Left - d.cfg.Margins.Right) / 4
	return max(0, min(dx, d.right-d.left-minW))
}

// firstCheckBox returns the task-list checkbox that opens a list item.
func firstCheckBox(item ast.Node) *east.TaskCheckBox {
	if b := item.FirstChild(); b != nil {
		if cb, ok := b.FirstChild().(*east.TaskCheckBox); ok {
			return cb
		}
	}
	return nil
}

func (r *nodeRenderer) renderHTMLBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || !entering {
		return ast.WalkContinue, err
	}
	n := node.(*ast.HTMLBlock)
	var buf bytes.Buffer
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		buf.Write(seg.Value(source))
	}
	if n.HasClosure() {
		buf.Write(n.ClosureLine.Value(source))
	}
	if isPageBreak(buf.String()) {
		d.pageBreak()
		return ast.WalkSkipChildren, nil
	}
	d.startInline(style{})
	d.html(buf.String())
	ins := d.endInline()
	if len(ins) > 0 {
		d.paragraph(ins, d.cfg.FontSize, "L", 0, d.cfg.FontSize*paraAfter)
	}
	return ast.WalkSkipChildren, nil
}

func (r *nodeRenderer) renderLinkReferenceDefinition(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	// A definition prints nothing; links that use it carry its destination.
	_, err := state(w)
	return ast.WalkSkipChildren, err
}

// plainText returns the text of inlines, for bookmarks.
func plainText(ins []inline) string {
	var b strings.Builder
	for _, in := range ins {
		switch in.kind {
		case inText:
			b.WriteString(in.text)
		case inBreak:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// pageBreakRe matches the HTML a template writes to ask for a page break:
// an empty <div class="page-break"></div> (the pagebreak template function).
var pageBreakRe = regexp.MustCompile(`(?i)^\s*<div\s+class\s*=\s*["']?page-break["']?\s*/?>\s*(?:</div>)?\s*$`)

// isPageBreak reports whether an HTML block asks for a page break.
func isPageBreak(s string) bool { return pageBreakRe.MatchString(s) }

// pageBreak ends the page: what follows starts on a new one. A heading
// waiting for its text is printed first; a break at the top of a page, or
// with nothing after it, does nothing, so breaks never leave an empty page.
func (d *docWriter) pageBreak() {
	d.flushHeading()
	if d.y > d.top+0.01 {
		d.traceLast()
		d.breakNext = true
	}
}

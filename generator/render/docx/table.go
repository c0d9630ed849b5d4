package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// tableState is the table being written: its column widths and alignments
// and where the cursor is in it.
type tableState struct {
	widths []int // twips
	aligns []east.Alignment
	header bool
	col    int // the cell being written, 0-based
}

// align returns the w:jc value of the current cell, or "".
func (t *tableState) align() string {
	if t.col >= len(t.aligns) {
		return ""
	}
	switch t.aligns[t.col] {
	case east.AlignCenter:
		return "center"
	case east.AlignRight:
		return "right"
	}
	return ""
}

func (r *nodeRenderer) renderTable(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if !entering {
		d.body.WriteString("</w:tbl>")
		// A paragraph after every table: Word joins adjacent tables, and a
		// body or cell may not end with one.
		d.openParaStyle(`<w:spacing w:before="0" w:after="0"/><w:rPr><w:sz w:val="12"/></w:rPr>`)
		d.closePara()
		d.table = nil
		return ast.WalkContinue, nil
	}
	d.closePara()
	n := node.(*east.Table)
	cols := len(n.Alignments)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		cols = max(cols, c.ChildCount())
	}
	t := &tableState{aligns: n.Alignments}
	if fr := d.columnWidths(d.tables); len(fr) == cols {
		t.widths = fractions(fr, d.textWidth)
	} else {
		t.widths = contentWidths(n, source, cols, d.textWidth, d.cfg.FontSize)
	}
	d.tables++
	d.table = t
	b := &d.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="` + strconv.Itoa(d.textWidth) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range t.widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(wd) + `"/>`)
	}
	b.WriteString("</w:tblGrid>")
	return ast.WalkContinue, nil
}

// columnWidths returns the template's relative widths for table i, if any.
func (d *docWriter) columnWidths(i int) []float64 {
	if w, ok := d.cfg.ColumnWidths[i]; ok {
		return w
	}
	return d.cfg.ColumnWidths[-1]
}

func (r *nodeRenderer) renderTableHeader(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || d.table == nil {
		return ast.WalkContinue, err
	}
	if entering {
		d.table.header = true
		d.table.col = 0
		d.bold++
		// the header row repeats at the top of every page and never splits
		d.body.WriteString("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
		return ast.WalkContinue, nil
	}
	d.padRow()
	d.body.WriteString("</w:tr>")
	d.bold--
	d.table.header = false
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderTableRow(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || d.table == nil {
		return ast.WalkContinue, err
	}
	if entering {
		d.table.col = 0
		d.body.WriteString("<w:tr>")
		return ast.WalkContinue, nil
	}
	d.padRow()
	d.body.WriteString("</w:tr>")
	return ast.WalkContinue, nil
}

// padRow writes empty cells for the columns a row leaves out.
func (d *docWriter) padRow() {
	for d.table.col < len(d.table.widths) {
		d.openCell()
		d.openPara()
		d.closeCell()
	}
}

// openCell starts the current cell with its width and, in the header, its shading.
func (d *docWriter) openCell() {
	t := d.table
	wd := 0
	if t.col < len(t.widths) {
		wd = t.widths[t.col]
	}
	d.body.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(wd) + `" w:type="dxa"/>`)
	if t.header {
		d.body.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E2E2E2"/>`)
	}
	d.body.WriteString("</w:tcPr>")
}

// closeCell ends the current cell and moves to the next.
func (d *docWriter) closeCell() {
	d.closePara()
	d.body.WriteString("</w:tc>")
	d.table.col++
}

func (r *nodeRenderer) renderTableCell(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || d.table == nil {
		return ast.WalkContinue, err
	}
	if d.table.col >= len(d.table.widths) {
		return ast.WalkSkipChildren, nil // a cell past the delimiter row's columns
	}
	if entering {
		d.openCell()
		d.openPara()
		return ast.WalkContinue, nil
	}
	d.closeCell()
	return ast.WalkContinue, nil
}

// fractions turns relative widths into twips summing to total.
func fractions(fr []float64, total int) []int {
	sum := 0.0
	for _, f := range fr {
		sum += max(f, 0)
	}
	out := make([]int, len(fr))
	if sum == 0 {
		for i := range out {
			out[i] = total / len(fr)
		}
		return out
	}
	used := 0
	for i, f := range fr {
		out[i] = int(float64(total) * max(f, 0) / sum)
		used += out[i]
	}
	out[len(out)-1] += total - used
	return out
}

// contentWidths sizes the columns by their text: each gets room for its
// longest word, and the rest of the width goes to each column in
// proportion to how much longer its longest cell is than that.
func contentWidths(n *east.Table, source []byte, cols, total int, fontSize float64) []int {
	word := make([]float64, cols)
	long := make([]float64, cols)
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		i := 0
		for c := row.FirstChild(); c != nil && i < cols; c = c.NextSibling() {
			s := cellText(c, source)
			long[i] = max(long[i], float64(utf8.RuneCountInString(s)))
			for _, f := range strings.Fields(s) {
				word[i] = max(word[i], float64(utf8.RuneCountInString(f)))
			}
			i++
		}
	}
	// average character width about half the font size, plus cell margins
	charW := fontSize * 0.5 * twips
	pad := 2 * 108.0
	min := make([]float64, cols)
	want := make([]float64, cols)
	var sumMin, sumWant float64
	for i := range cols {
		// a word never breaks: room for it in bold capitals (header cells), and a little over
		min[i] = (max(word[i], 2)+1)*charW*1.15 + pad
		want[i] = max(long[i], 2)*charW + pad
		sumMin += min[i]
		sumWant += want[i]
	}
	fr := make([]float64, cols)
	switch {
	case sumWant <= float64(total):
		copy(fr, want)
	case sumMin >= float64(total):
		copy(fr, min)
	default:
		spare := float64(total) - sumMin
		extra := sumWant - sumMin
		for i := range cols {
			fr[i] = min[i] + spare*(want[i]-min[i])/extra
		}
	}
	return fractions(fr, total)
}

// cellText returns the text of a table cell as it prints (roughly: markup
// characters of the source are counted).
func cellText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.RawHTML:
			if t.Segments.Len() > 0 {
				seg := t.Segments.At(0)
				if strings.HasPrefix(strings.ToLower(string(seg.Value(source))), "<br") {
					b.WriteByte('\n')
				}
			}
		}
		return ast.WalkContinue, nil
	})
	// a <br> makes lines: the longest line is what the cell wants
	longest := ""
	for _, line := range strings.Split(b.String(), "\n") {
		if len(line) > len(longest) {
			longest = line
		}
	}
	return longest
}

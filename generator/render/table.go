package render

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// tableBuf collects a GFM table until it is complete: the column widths
// depend on every cell.
type tableBuf struct {
	align  []east.Alignment
	header [][]inline
	rows   [][][]inline
	cur    [][]inline
}

// Table geometry relative to the body font size.
const (
	tableScale = 0.9  // table text size
	cellPadX   = 0.45 // horizontal cell padding, in table text sizes
	cellPadY   = 0.3  // vertical cell padding
	maxMinCol  = 0.3  // a column's minimum width never exceeds this share of the table
)

func (r *nodeRenderer) renderTable(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil {
		return ast.WalkStop, err
	}
	if entering {
		d.table = &tableBuf{align: node.(*east.Table).Alignments}
		return ast.WalkContinue, nil
	}
	d.drawTable(d.table, d.tables)
	d.tables++
	d.table = nil
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderTableHeader(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || d.table == nil {
		return ast.WalkContinue, err
	}
	if entering {
		d.table.cur = nil
	} else {
		d.table.header = d.table.cur
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderTableRow(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || d.table == nil {
		return ast.WalkContinue, err
	}
	if entering {
		d.table.cur = nil
	} else {
		d.table.rows = append(d.table.rows, d.table.cur)
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderTableCell(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	d, err := state(w)
	if err != nil || d.table == nil {
		return ast.WalkContinue, err
	}
	if entering {
		_, inHeader := node.Parent().(*east.TableHeader)
		d.startInline(style{bold: inHeader})
		return ast.WalkContinue, nil
	}
	d.table.cur = append(d.table.cur, d.endInline())
	return ast.WalkContinue, nil
}

// tableLayout is a table measured and broken into lines.
type tableLayout struct {
	size, lh, padX, padY float64
	widths               []float64
	align                []string
	header               [][]line
	rows                 [][][]line
}

// rowLines returns the most lines of any cell in a row.
func rowLines(row [][]line) int {
	n := 0
	for _, c := range row {
		n = max(n, len(c))
	}
	return n
}

// drawTable lays out and prints table t, the index-th of the document.
func (d *docWriter) drawTable(t *tableBuf, index int) {
	size := d.cfg.FontSize * tableScale
	tl := &tableLayout{size: size, lh: lineHeight(size), padX: size * cellPadX, padY: size * cellPadY}
	ncols := len(t.align)
	ncols = max(ncols, len(t.header))
	for _, r := range t.rows {
		ncols = max(ncols, len(r))
	}
	if ncols == 0 {
		return
	}
	avail := d.right - d.left
	tl.widths = d.columnWidths(t, ncols, avail, tl, d.cfg.columnWidths(index))
	tl.align = make([]string, ncols)
	for c := range ncols {
		tl.align[c] = "L"
		if c < len(t.align) {
			switch t.align[c] {
			case east.AlignRight:
				tl.align[c] = "R"
			case east.AlignCenter:
				tl.align[c] = "C"
			}
		}
	}
	cells := func(row [][]inline) [][]line {
		out := make([][]line, ncols)
		for c := range ncols {
			var ins []inline
			if c < len(row) {
				ins = row[c]
			}
			out[c] = layout(d.m, ins, tl.widths[c]-2*tl.padX, size, false)
		}
		return out
	}
	tl.header = cells(t.header)
	tl.rows = make([][][]line, len(t.rows))
	for i, r := range t.rows {
		tl.rows[i] = cells(r)
	}

	headH := float64(rowLines(tl.header))*tl.lh + 2*tl.padY
	// Keep the header with the first row (or its first lines, if the row
	// is taller than a page and will be split anyway).
	first := 0.0
	if len(tl.rows) > 0 {
		first = float64(rowLines(tl.rows[0]))*tl.lh + 2*tl.padY
		if first > d.bottom-d.top-headH {
			first = 3*tl.lh + 2*tl.padY
		}
	}
	d.block(d.cfg.FontSize*0.4, headH+first)
	d.marker = nil
	d.drawTableHeader(tl)
	for i, row := range tl.rows {
		d.drawTableRow(tl, row, i, headH)
	}
	// Closing rule under the last row.
	d.pdf.SetDrawColor(90, 90, 90)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, d.y, d.left+sum(tl.widths), d.y)
	d.after(d.cfg.FontSize * paraAfter)
}

// drawTableHeader prints the shaded header row at the cursor.
func (d *docWriter) drawTableHeader(tl *tableLayout) {
	n := rowLines(tl.header)
	h := float64(n)*tl.lh + 2*tl.padY
	width := sum(tl.widths)
	d.setFillColor([3]int{grayHeader, grayHeader, grayHeader})
	d.pdf.Rect(d.left, d.y, width, h, "F")
	d.drawCells(tl, tl.header, 0, n, d.y)
	d.pdf.SetDrawColor(90, 90, 90)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, d.y, d.left+width, d.y)
	d.pdf.SetLineWidth(0.6)
	d.pdf.Line(d.left, d.y+h, d.left+width, d.y+h)
	d.y += h
}

// drawTableRow prints body row i, moving it to the next page (under a
// repeated header) if it does not fit, and splitting it between lines only
// if it is taller than a whole page.
func (d *docWriter) drawTableRow(tl *tableLayout, row [][]line, i int, headH float64) {
	n := rowLines(row)
	h := float64(n)*tl.lh + 2*tl.padY
	room := d.bottom - d.top - headH
	if d.y+h > d.bottom+0.01 && h <= room {
		d.newPage()
		d.drawTableHeader(tl)
	}
	for from := 0; from < n || n == 0; {
		fit := int((d.bottom - d.y - 2*tl.padY + 0.01) / tl.lh)
		fresh := d.y <= d.top+headH+0.5
		if !fresh && (fit < 1 || (fit < 3 && n-from > fit && from == 0)) {
			d.newPage()
			d.drawTableHeader(tl)
			continue
		}
		fit = max(fit, 1)
		to := min(n, from+fit)
		sh := float64(to-from)*tl.lh + 2*tl.padY
		width := sum(tl.widths)
		if i%2 == 1 {
			d.setFillColor([3]int{grayZebra, grayZebra, grayZebra})
			d.pdf.Rect(d.left, d.y, width, sh, "F")
		}
		d.drawCells(tl, row, from, to, d.y)
		d.y += sh
		d.pdf.SetDrawColor(205, 205, 205)
		d.pdf.SetLineWidth(0.4)
		d.pdf.Line(d.left, d.y, d.left+width, d.y)
		if n == 0 {
			break
		}
		from = to
		if from < n {
			d.newPage()
			d.drawTableHeader(tl)
		}
	}
}

// drawCells prints lines [from, to) of every cell of a row whose top is y.
func (d *docWriter) drawCells(tl *tableLayout, row [][]line, from, to int, y float64) {
	x := d.left
	for c, lines := range row {
		w := tl.widths[c]
		inner := w - 2*tl.padX
		ly := y + tl.padY
		for j := from; j < to && j < len(lines); j++ {
			l := &lines[j]
			lx := x + tl.padX
			switch tl.align[c] {
			case "R":
				lx += inner - l.width
			case "C":
				lx += (inner - l.width) / 2
			}
			d.drawLine(l, lx, ly, tl.size)
			ly += tl.lh
		}
		x += w
	}
}

// columnWidths sizes the columns of t within avail: from override
// (relative widths, filling avail) if given, else from the content (see
// autoWidths).
func (d *docWriter) columnWidths(t *tableBuf, ncols int, avail float64, tl *tableLayout, override []float64) []float64 {
	widths := make([]float64, ncols)
	if len(override) > 0 {
		total, known := 0.0, 0
		for c := range ncols {
			if c < len(override) && override[c] > 0 {
				total += override[c]
				known++
			}
		}
		if known > 0 {
			mean := total / float64(known)
			total = 0
			for c := range ncols {
				widths[c] = mean
				if c < len(override) && override[c] > 0 {
					widths[c] = override[c]
				}
				total += widths[c]
			}
			for c := range widths {
				widths[c] *= avail / total
			}
			return widths
		}
	}
	// One-line width of every cell, header first.
	rows := make([][]float64, 0, len(t.rows)+1)
	minW := make([]float64, ncols)
	measureRow := func(row [][]inline) {
		lens := make([]float64, ncols)
		for c, ins := range row {
			if c >= ncols {
				break
			}
			lo, hi := measure(d.m, ins, tl.size)
			minW[c] = max(minW[c], lo)
			lens[c] = hi
		}
		rows = append(rows, lens)
	}
	measureRow(t.header)
	for _, r := range t.rows {
		measureRow(r)
	}
	pad := 2 * tl.padX
	for c := range ncols {
		minW[c] = min(minW[c], avail*maxMinCol) + pad
	}
	return autoWidths(minW, rows, pad, avail)
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

package render

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
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
	d.drawTable(d.table, d.tables, d.lastHeading)
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
	name                 string
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

// drawTable lays out and prints table t, the index-th of the document,
// named name (the id of the heading above it).
func (d *docWriter) drawTable(t *tableBuf, index int, name string) {
	size := d.cfg.FontSize * tableScale
	tl := &tableLayout{name: name, size: size, lh: lineHeight(size), padX: size * cellPadX, padY: size * cellPadY}
	ncols := len(t.align)
	ncols = max(ncols, len(t.header))
	for _, r := range t.rows {
		ncols = max(ncols, len(r))
	}
	if ncols == 0 {
		return
	}
	avail := d.right - d.left
	tl.widths = d.columnWidths(t, ncols, avail, tl, d.cfg.columnWidths(index, name))
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

	headH := tl.rowH(rowLines(tl.header))
	d.block(d.cfg.FontSize*0.4, headH+tl.keepH(d.bottom-d.top-headH))
	d.marker = nil
	d.drawTableHeader(tl)
	for i, row := range tl.rows {
		// No single row alone on the last page: when the last row must
		// move whole to the next page, the row before it goes with it.
		if n := len(tl.rows); i == n-2 && i > 0 && d.y > d.top+headH+0.5 {
			h0, h1 := tl.rowH(rowLines(row)), tl.rowH(rowLines(tl.rows[i+1]))
			if d.y+h0 <= d.bottom+0.01 && d.y+h0+h1 > d.bottom+0.01 && !tl.splits(tl.rows[i+1]) && !tl.splits(row) {
				d.newPage()
				d.drawTableHeader(tl)
			}
		}
		d.drawTableRow(tl, row, i, headH)
	}
	// Closing rule under the last row.
	d.pdf.SetDrawColor(90, 90, 90)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, d.y, d.left+sum(tl.widths), d.y)
	d.after(d.cfg.FontSize * paraAfter)
}

// Splitting rows across pages.
const (
	splitMinLines = 4 // a row of fewer lines moves whole to the next page rather than split
	splitKeep     = 2 // lines of a split row kept together on each side of the break
)

// rowH returns the height of a row of n lines.
func (tl *tableLayout) rowH(n int) float64 { return float64(n)*tl.lh + 2*tl.padY }

// splits reports whether a row may be split across pages.
func (tl *tableLayout) splits(row [][]line) bool { return rowLines(row) >= splitMinLines }

// startH returns the height a row needs at a page foot to start there:
// all of it if it moves whole, else its first lines.
func (tl *tableLayout) startH(row [][]line) float64 {
	if tl.splits(row) {
		return tl.rowH(splitKeep)
	}
	return tl.rowH(rowLines(row))
}

// keepH returns the height the start of the table's body needs on the page
// of its header: its first two rows, or the first lines of a first row
// that will be split; never more than room.
func (tl *tableLayout) keepH(room float64) float64 {
	h := 0.0
	for i, row := range tl.rows {
		if i == 2 {
			break
		}
		h += tl.startH(row)
		if tl.splits(row) {
			break
		}
	}
	if h > room {
		return tl.rowH(splitKeep)
	}
	return h
}

// contH is the height of the "(continued)" strip over a split row's rest.
func (tl *tableLayout) contH() float64 { return lineHeight(contSize) }

// contSize is the type size of the "(continued)" mark.
const contSize = 6.5

// drawTableHeader prints the shaded header row at the cursor.
func (d *docWriter) drawTableHeader(tl *tableLayout) {
	n := rowLines(tl.header)
	h := tl.rowH(n)
	width := sum(tl.widths)
	d.setFillColor([3]int{grayHeader, grayHeader, grayHeader})
	d.pdf.Rect(d.left, d.y, width, h, "F")
	d.drawCells(tl, tl.header, 0, n, d.y)
	d.pdf.SetDrawColor(90, 90, 90)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, d.y, d.left+width, d.y)
	d.pdf.SetLineWidth(0.6)
	d.pdf.Line(d.left, d.y+h, d.left+width, d.y+h)
	d.traceItem("table-header", d.y, d.y+h, n)
	if d.trace != nil {
		pg := &d.trace.Pages[d.pdf.PageNo()-1]
		it := &pg.Items[len(pg.Items)-1]
		it.Name = tl.name
		for _, w := range tl.widths {
			it.Widths = append(it.Widths, w/sum(tl.widths))
		}
	}
	d.y += h
}

// drawTableRow prints body row i. A row that does not fit the rest of the
// page is split between lines, its rest continuing on the next page under
// the repeated header with a "(continued)" mark; a row of fewer than
// splitMinLines lines moves whole instead, and a split leaves at least
// splitKeep lines on each side.
func (d *docWriter) drawTableRow(tl *tableLayout, row [][]line, i int, headH float64) {
	d.blockID++
	n := max(rowLines(row), 1)
	width := sum(tl.widths)
	cont := false
	for from := 0; from < n; {
		fresh := d.y <= d.top+headH+0.5
		top := 0.0
		if cont {
			top = tl.contH()
		}
		fit := int((d.bottom - d.y - top - 2*tl.padY + 0.01) / tl.lh)
		rest := n - from
		take := rest
		if rest > fit {
			take = fit
			if rest-take < splitKeep {
				take = rest - splitKeep
			}
			if !fresh && (take < splitKeep || (from == 0 && !tl.splits(row))) {
				d.newPage()
				d.drawTableHeader(tl)
				continue
			}
			take = max(take, 1) // a fresh page must make progress
		}
		sh := float64(take)*tl.lh + 2*tl.padY + top
		if i%2 == 1 {
			d.setFillColor([3]int{grayZebra, grayZebra, grayZebra})
			d.pdf.Rect(d.left, d.y, width, sh, "F")
		}
		if cont {
			d.drawContinued(tl)
		}
		d.drawCells(tl, row, from, from+take, d.y+top)
		d.traceItem("row", d.y, d.y+sh, take)
		d.y += sh
		d.pdf.SetDrawColor(205, 205, 205)
		d.pdf.SetLineWidth(0.4)
		d.pdf.Line(d.left, d.y, d.left+width, d.y)
		from += take
		if from < n {
			d.newPage()
			d.drawTableHeader(tl)
			cont = true
		}
	}
}

// drawContinued prints the thin "(continued)" mark at the top of the rest
// of a split row.
func (d *docWriter) drawContinued(tl *tableLayout) {
	const mark = "(continued)"
	d.setFont(serifItalic, contSize)
	d.setTextColor([3]int{grayMeta, grayMeta, grayMeta})
	d.text(d.left+tl.padX, d.y+tl.padY*0.5+d.baseline(contSize), mark)
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

// TableInfo describes a table of a Markdown document.
type TableInfo struct {
	Index   int    // 0-based, in document order
	Name    string // id of the nearest heading above it ("chart" for "## Chart"), or ""
	Columns int
}

// headingID returns the id goldmark gave a heading, or "" when it has none.
func headingID(n *ast.Heading) string {
	if id, ok := n.AttributeString("id"); ok {
		if s, ok := id.([]byte); ok {
			return string(s)
		}
	}
	return ""
}

// Tables lists the GFM tables of markdown in order, named as the PDF and
// HTML renderers name them for column widths.
func Tables(markdown []byte) []TableInfo {
	doc := newMarkdown().Parser().Parse(text.NewReader(markdown))
	var out []TableInfo
	name := ""
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			name = headingID(n)
		case *east.Table:
			out = append(out, TableInfo{Index: len(out), Name: name, Columns: tableColumns(n)})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// tableColumns returns the columns of a table: its widest row.
func tableColumns(t *east.Table) int {
	n := len(t.Alignments)
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		n = max(n, r.ChildCount())
	}
	return n
}

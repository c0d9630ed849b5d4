package render

import (
	"io"
)

// Layout is where the blocks of a rendered PDF landed on its pages, for
// tests and tools that check pagination (blank page feet, headings
// stranded at a page foot).
type Layout struct {
	Pages []PageLayout
}

// PageLayout is one page: its content area and what was printed in it, in
// order, all in points from the top of the page.
type PageLayout struct {
	Top, Bottom float64 // the content area between the margins
	// End is the foot of the lowest thing printed (Top on an empty page).
	End float64
	// Last is true on the last page of a section: the end of the document
	// or a page ended by a requested page break.
	Last  bool
	Items []Item
}

// Item is a piece of a block printed on one page: a heading, the lines of
// a paragraph or list item on that page, a table's header, a row (or the
// part of a split row) of a table.
type Item struct {
	Kind   string // "heading", "paragraph", "table-header", "row", "code", "rule"
	Block  int    // number of the block it belongs to; the pieces of a split block share it
	Top    float64
	Bottom float64
	Lines  int // lines of text in this piece
	// Name and Widths, on a table-header: the table's name (the id of the
	// heading above it) and its column widths as shares of its width.
	Name   string
	Widths []float64
}

// BlankFoot returns the share of the page's content height left empty below
// the last thing printed.
func (p PageLayout) BlankFoot() float64 {
	h := p.Bottom - p.Top
	if h <= 0 {
		return 0
	}
	return max(0, p.Bottom-p.End) / h
}

// Layout renders markdown as PDF (discarding the file) and returns where
// its blocks landed.
func (r *Renderer) Layout(markdown []byte) (*Layout, error) {
	lay := &Layout{}
	if err := r.book(io.Discard, []Section{{Config: r.cfg, Markdown: markdown}}, false, nil, lay); err != nil {
		return nil, err
	}
	return lay, nil
}

// traceItem records a printed piece on the current page when tracing.
func (d *docWriter) traceItem(kind string, top, bottom float64, lines int) {
	if d.trace == nil {
		return
	}
	p := d.pdf.PageNo() - 1
	for len(d.trace.Pages) <= p {
		d.trace.Pages = append(d.trace.Pages, PageLayout{Top: d.top, Bottom: d.bottom, End: d.top})
	}
	pg := &d.trace.Pages[p]
	pg.End = max(pg.End, bottom)
	if n := len(pg.Items); n > 0 && pg.Items[n-1].Block == d.blockID && pg.Items[n-1].Kind == kind && kind != "row" {
		pg.Items[n-1].Bottom = bottom
		pg.Items[n-1].Lines += lines
		return
	}
	pg.Items = append(pg.Items, Item{Kind: kind, Block: d.blockID, Top: top, Bottom: bottom, Lines: lines})
}

// traceLast marks the current page as the last of a section.
func (d *docWriter) traceLast() {
	if d.trace == nil {
		return
	}
	d.traceItem("end", d.top, d.top, 0) // makes sure the page exists
	pg := &d.trace.Pages[d.pdf.PageNo()-1]
	pg.Items = pg.Items[:len(pg.Items)-1]
	pg.Last = true
}

package render

import (
	"codeberg.org/go-pdf/fpdf"
)

// setFont selects a face and size, registering the face on first use.
func (d *docWriter) setFont(f face, size float64) {
	if !d.fonts[f] {
		d.pdf.AddUTF8FontFromBytes(faceFamily[f].family, faceFamily[f].style, faceTTF(f))
		d.fonts[f] = true
	} else if f == d.curFace && size == d.curSize {
		return
	}
	d.pdf.SetFont(faceFamily[f].family, faceFamily[f].style, size)
	d.curFace, d.curSize = f, size
}

// setFillColor selects the fill color of the shapes drawn next.
func (d *docWriter) setFillColor(c [3]int) {
	d.pdf.SetFillColor(c[0], c[1], c[2])
	d.fill = c
}

// text prints s at x, y in the current font and text color. PDF paints text
// with the fill color, so while the two differ fpdf wraps every text in
// q ... Q to set its color; making the fill color the text color first
// (fills set their own color before drawing) saves that on each text.
func (d *docWriter) text(x, y float64, s string) {
	if d.fill != d.curColor {
		d.setFillColor(d.curColor)
	}
	d.pdf.Text(x, y, s)
}

// setTextColor selects the text color.
func (d *docWriter) setTextColor(c [3]int) {
	if c != d.curColor {
		d.pdf.SetTextColor(c[0], c[1], c[2])
		d.curColor = c
	}
}

// lineHeight returns the height of a line of text at size pt.
func lineHeight(size float64) float64 { return size * leading }

// baseline returns the baseline offset from the top of a line at size pt.
func (d *docWriter) baseline(size float64) float64 {
	m := d.m[serifRegular]
	asc, desc := m.ascent*size/1000, m.descent*size/1000
	return (lineHeight(size)-asc-desc)/2 + asc
}

// drawLine prints one laid-out line with its top at y, starting at x.
func (d *docWriter) drawLine(l *line, x, y, size float64) {
	base := y + d.baseline(size)
	lh := lineHeight(size)
	if d.marker != nil {
		d.drawMarker(base, size)
	}
	for i := range l.pieces {
		p := &l.pieces[i]
		if p.kind == inText && p.st.code {
			d.setFillColor([3]int{grayCode, grayCode, grayCode})
			d.pdf.Rect(x+p.x-1, y+lh*0.08, p.w+2, lh*0.84, "F")
		}
	}
	for i := range l.pieces {
		p := &l.pieces[i]
		px := x + p.x
		switch p.kind {
		case inAnchor:
			d.setAnchor(p.text, y)
			continue
		case inBox:
			d.drawBox(px, base, size, p.text != "")
			continue
		}
		sz := textSize(p.st, size)
		d.setFont(p.st.face(), sz)
		if p.st.link != "" {
			d.setTextColor(linkColor)
			d.linkAt = append(d.linkAt, linkRect{d.pdf.PageNo(), px, y, p.w, lh, p.st.link})
		} else {
			d.setTextColor([3]int{})
		}
		d.text(px, base, p.text)
		if p.st.underline || p.st.strike {
			d.pdf.SetDrawColor(d.curColor[0], d.curColor[1], d.curColor[2])
			d.pdf.SetLineWidth(sz * 0.05)
			if p.st.underline {
				d.pdf.Line(px, base+sz*0.12, px+p.w, base+sz*0.12)
			}
			if p.st.strike {
				d.pdf.Line(px, base-sz*0.25, px+p.w, base-sz*0.25)
			}
		}
	}
}

// drawMarker prints the pending list marker beside a line.
func (d *docWriter) drawMarker(base, size float64) {
	mk := d.marker
	d.marker = nil
	if mk.box {
		d.drawBox(mk.x-boxSize(size), base, size, mk.checked)
		return
	}
	d.setFont(serifRegular, size)
	d.setTextColor([3]int{})
	t := clean(d.m[serifRegular], mk.text)
	d.text(mk.x-d.m[serifRegular].stringWidth(t, size), base, t)
}

// drawBox draws a checkbox whose left edge is x, sitting on baseline base;
// a checked box holds a tick.
func (d *docWriter) drawBox(x, base, size float64, checked bool) {
	s := boxSize(size)
	top := base - s*0.95
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetLineWidth(size * 0.055)
	d.pdf.Rect(x, top, s, s, "D")
	if checked {
		d.pdf.SetLineWidth(size * 0.09)
		d.pdf.SetLineCapStyle("round")
		d.pdf.SetLineJoinStyle("round")
		d.pdf.Polygon([]fpdf.PointType{
			{X: x + s*0.2, Y: top + s*0.52},
			{X: x + s*0.42, Y: top + s*0.78},
			{X: x + s*0.82, Y: top + s*0.2},
		}, "")
		d.pdf.SetLineCapStyle("butt")
		d.pdf.SetLineJoinStyle("miter")
	}
}

// setAnchor records where the element with id starts (first one wins).
func (d *docWriter) setAnchor(id string, y float64) {
	if id == "" {
		return
	}
	if _, ok := d.anchors[id]; !ok {
		d.anchors[id] = anchor{d.pdf.PageNo(), y}
	}
}

// paragraph lays out the collected inlines at size pt and prints them,
// breaking pages between lines. align is "J", "L", "C" or "R".
func (d *docWriter) paragraph(ins []inline, size float64, align string, before, after float64) {
	lines := layout(d.m, ins, d.right-d.left, size, align == "J")
	// Keep two lines together at a page foot (no single orphaned line), and
	// a three-line paragraph whole (else it would leave a widow).
	d.block(before, lineHeight(size)*float64(keepLines(len(lines))))
	d.drawLines(lines, size, align)
	d.after(after)
}

// keepLines returns how many of a paragraph's n lines must start it on a
// page so that neither page holds a single line of it.
func keepLines(n int) int {
	if n <= 3 {
		return n
	}
	return 2
}

// drawLines prints lines at the cursor, breaking pages between lines.
func (d *docWriter) drawLines(lines []line, size float64, align string) {
	width := d.right - d.left
	lh := lineHeight(size)
	// No widow: if only the last line would go over, take two.
	early := -1
	if fit := int((d.bottom - d.y + 0.01) / lh); len(lines) >= 3 && len(lines)-fit == 1 && fit >= 2 {
		early = fit - 1 // two lines go over
		if early < 2 {
			early = 0 // that would leave one here: all go
		}
	}
	for i := range lines {
		if (d.y+lh > d.bottom+0.01 || i == early) && d.y > d.top {
			d.newPage()
		}
		x := d.left
		switch align {
		case "C":
			x += (width - lines[i].width) / 2
		case "R":
			x += width - lines[i].width
		}
		d.drawLine(&lines[i], x, d.y, size)
		d.traceItem(d.kind, d.y, d.y+lh, 1)
		d.y += lh
	}
}

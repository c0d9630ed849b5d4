package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// newPage starts a page and puts the cursor at the top of its content area.
func (d *docWriter) newPage() {
	d.pdf.AddPageFormat(d.cfg.orientation(), fpdf.SizeType{Wd: d.cfg.Page.Width, Ht: d.cfg.Page.Height})
	d.pageCfg = append(d.pageCfg, d.cfg)
	d.y = d.top
	d.space = 0
}

// need breaks the page unless h points fit below the cursor (after the
// space owed). Content taller than a page is let through at the top.
func (d *docWriter) need(h float64) {
	if d.y > d.top && d.y+d.space+h > d.bottom {
		d.newPage()
	}
}

// block starts a block needing h points on its page: it settles the space
// owed and breaks the page if needed.
func (d *docWriter) block(before, h float64) {
	if d.breakNext {
		d.breakNext = false
		d.newPage()
	}
	if hs := d.headings; len(hs) > 0 {
		// Headings wait for what follows them, so they share its page: a
		// heading straight above another heading stays with both.
		d.headings = nil
		total := 0.0
		for i, hd := range hs {
			if i > 0 {
				total += max(hs[i-1].after, hd.before)
			}
			total += hd.height
		}
		d.space = max(d.space, hs[0].before)
		d.need(total + max(hs[len(hs)-1].after, before) + h)
		d.settle()
		for i, hd := range hs {
			if i > 0 {
				d.space = max(d.space, hd.before)
				d.settle()
			}
			d.drawHeading(hd)
			d.after(hd.after)
		}
	}
	d.blockID++
	d.kind = "paragraph"
	d.space = max(d.space, before)
	d.need(h)
	d.settle()
}

// settle adds the space owed, unless the cursor is at the top of a page.
func (d *docWriter) settle() {
	if d.y > d.top {
		d.y += d.space
	}
	d.space = 0
}

// after records the space owed after a block.
func (d *docWriter) after(s float64) { d.space = max(d.space, s) }

// largeDocPages is the page count above which fpdf compresses the pages
// itself, so that the uncompressed file is never held in memory.
const largeDocPages = 200

// finish draws the running header and footer on every page and writes the
// PDF to w.
func (d *docWriter) finish(w io.Writer) error {
	pages := d.pdf.PageCount()
	for p := 1; p <= pages; p++ {
		d.pdf.SetPage(p)
		d.decorate(d.pageCfg[p-1], p, pages)
	}
	// fpdf places bookmarks with the height of the page it began last.
	_, hNow := d.pdf.GetPageSize()
	for _, b := range d.marks {
		d.pdf.SetPage(b.page)
		_, h := d.pageCfg[b.page-1].pageDims()
		d.pdf.Bookmark(b.title, b.level, b.y+(hNow-h))
	}
	d.pdf.SetPage(pages)
	if d.fpdfDeflate || pages > largeDocPages {
		// A large document is compressed page by page by fpdf as it writes
		// the file: a new zlib writer a page costs little beside the
		// hundreds of megabytes an uncompressed copy of the file would
		// take (the bytes are the same either way).
		d.pdf.SetCompression(true)
		if err := d.pdf.Output(w); err != nil {
			return fmt.Errorf("write pdf: %w", err)
		}
		return nil
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	// fpdf's pages and its own copy of the file are garbage now: let them
	// go before the compressed copy is made (a 3,000-page chart holds
	// hundreds of megabytes of uncompressed page content).
	d.pdf = nil
	out, err := deflateContents(buf.Bytes())
	if err != nil {
		// fpdf's output is not laid out as expected (a newer fpdf?): its
		// uncompressed file is still a valid PDF, so write that.
		out = buf.Bytes()
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

// placeLinks makes the links of the current section clickable: external
// ones as URI actions, internal ones to the section's anchors.
func (d *docWriter) placeLinks() {
	if len(d.linkAt) == 0 {
		return
	}
	last := d.pdf.PageNo()
	ids := map[string]int{}
	for _, l := range d.linkAt {
		d.pdf.SetPage(l.page)
		target, internal := strings.CutPrefix(l.target, "#")
		if !internal {
			if safeURI(l.target) {
				d.pdf.LinkString(l.x, l.y, l.w, l.h, l.target)
			}
			continue
		}
		a, ok := d.lookupAnchor(target)
		if !ok {
			continue
		}
		id, ok := ids[target]
		if !ok {
			id = d.pdf.AddLink()
			d.pdf.SetLink(id, max(a.y-4, 0), a.page)
			ids[target] = id
		}
		d.pdf.Link(l.x, l.y, l.w, l.h, id)
	}
	d.pdf.SetPage(last)
	d.linkAt = nil
}

// safeURI reports whether a link target may become a PDF URI action: web,
// mail, FTP and phone links, and relative references. Others (javascript:,
// data:, ...) keep their text but lose the link.
func safeURI(u string) bool {
	i := strings.IndexAny(u, ":/?#")
	if i < 0 || u[i] != ':' {
		return true // no scheme: a relative reference
	}
	switch strings.ToLower(u[:i]) {
	case "http", "https", "mailto", "ftp", "tel":
		return true
	}
	return false
}

// lookupAnchor finds an anchor by id, falling back to a case-insensitive match.
func (d *docWriter) lookupAnchor(id string) (anchor, bool) {
	if a, ok := d.anchors[id]; ok {
		return a, true
	}
	best, found := "", false
	for k := range d.anchors {
		if strings.EqualFold(k, id) && (!found || k < best) {
			best, found = k, true // the smallest key, so output never depends on map order
		}
	}
	return d.anchors[best], found
}

// decorate draws the running header and the "Page X of Y" footer.
func (d *docWriter) decorate(cfg *Config, page, pages int) {
	const size = 8.5
	mg := cfg.Margins
	pageW, pageH := cfg.pageDims()
	gray := [3]int{grayMeta, grayMeta, grayMeta}
	d.curSize = 0 // the page's content stream has its own font state
	d.curColor = [3]int{-1}
	d.fill = [3]int{-1}
	d.setTextColor(gray)
	// fpdf turns y into PDF space with the height of the page it began
	// last, so a page of another orientation shifts by the difference.
	_, hNow := d.pdf.GetPageSize()
	dy := hNow - pageH
	left, right := cfg.HeaderLeft, cfg.HeaderRight
	if left != "" || right != "" {
		base := mg.Top*0.55 + dy
		width := pageW - mg.Left - mg.Right
		// Both sides in the regular face, which every document loads for
		// its footer: an italic title would embed the italic face (a few
		// milliseconds of fpdf's font parsing and subsetting) into
		// documents whose body has no italic.
		m := d.m[serifRegular]
		d.setFont(serifRegular, size)
		rt := clean(m, right)
		rt, rw := fitText(m, rt, size, width*0.45, m.stringWidth(rt, size))
		lt := clean(m, left)
		lt, _ = fitText(m, lt, size, width-rw-18, m.stringWidth(lt, size))
		d.text(mg.Left, base, lt)
		d.text(pageW-mg.Right-rw, base, rt)
		d.pdf.SetDrawColor(grayRule, grayRule, grayRule)
		d.pdf.SetLineWidth(0.5)
		d.pdf.Line(mg.Left, base+5, pageW-mg.Right, base+5)
	}
	d.setFont(serifRegular, size)
	foot := fmt.Sprintf("Page %d of %d", page, pages)
	fw := d.m[serifRegular].stringWidth(foot, size)
	d.text((pageW-fw)/2, pageH-mg.Bottom*0.5+dy, foot)
}

// fitText shortens s with an ellipsis until it is at most max wide.
func fitText(m *metrics, s string, size, maxW, w float64) (string, float64) {
	if w <= maxW {
		return s, w
	}
	r := []rune(s)
	for len(r) > 0 {
		r = r[:len(r)-1]
		t := strings.TrimRight(string(r), " ") + "…"
		if tw := m.stringWidth(t, size); tw <= maxW {
			return t, tw
		}
	}
	return "", 0
}

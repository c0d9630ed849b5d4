package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Renderer turns GitHub-flavored Markdown into PDF. It holds only its
// configuration, so one Renderer may serve many goroutines at once.
type Renderer struct {
	cfg Config
	md  goldmark.Markdown
}

// New returns a Renderer with NewConfig's defaults changed by opts.
func New(opts ...Option) *Renderer {
	cfg := NewConfig()
	for _, o := range opts {
		o(&cfg)
	}
	cfg.ColumnWidths = maps.Clone(cfg.ColumnWidths)
	return &Renderer{cfg: cfg, md: newMarkdown(renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{}, 100)))}
}

// newMarkdown returns goldmark with the GFM extensions and heading ids.
func newMarkdown(opts ...renderer.Option) goldmark.Markdown {
	gm := []goldmark.Option{
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	}
	if len(opts) > 0 {
		gm = append(gm, goldmark.WithRenderer(renderer.NewRenderer(opts...)))
	}
	return goldmark.New(gm...)
}

// Config returns the renderer's page setup.
func (r *Renderer) Config() Config {
	c := r.cfg
	c.ColumnWidths = maps.Clone(c.ColumnWidths)
	return c
}

// PDF renders markdown as a PDF document onto w.
func (r *Renderer) PDF(w io.Writer, markdown []byte) error {
	return r.pdf(w, markdown, false)
}

// pdf renders markdown onto w; fpdfDeflate leaves the compression of page
// contents to fpdf (tests compare the two ways).
func (r *Renderer) pdf(w io.Writer, markdown []byte, fpdfDeflate bool) (err error) {
	// A panic inside fpdf must fail this document, not a whole batch.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render pdf: internal error: %v", p)
		}
	}()
	d, err := newDocWriter(&r.cfg)
	if err != nil {
		return err
	}
	d.fpdfDeflate = fpdfDeflate
	d.pdf.SetCompression(fpdfDeflate)
	doc := r.md.Parser().Parse(text.NewReader(markdown))
	if err := r.md.Renderer().Render(d, markdown, doc); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return d.finish(w)
}

// Leading is the line height as a multiple of the font size.
const leading = 1.22

// Colors, as 0–255 gray levels or RGB.
const (
	grayRule   = 160 // table rules, block-quote bar
	grayHeader = 226 // table header fill
	grayZebra  = 245 // alternate table rows
	grayCode   = 240 // code background
	grayMeta   = 90  // running header and footer text
)

var linkColor = [3]int{0, 51, 153}

// docWriter is the state of one PDF being rendered: the fpdf document, the
// cursor, the style stack, and what is being collected. It implements
// util.BufWriter so goldmark hands it to every render func of one Render.
type docWriter struct {
	cfg   *Config
	m     *[numFaces]*metrics
	pdf   *fpdf.Fpdf
	fonts [numFaces]bool // registered with fpdf

	fpdfDeflate bool // fpdf compresses page contents (else deflateContents does)

	pageW, pageH float64
	top, bottom  float64 // content area on each page
	left, right  float64 // current text column (moves with lists and quotes)
	y            float64
	space        float64 // vertical space owed before the next block

	// text state while printing
	curFace  face
	curSize  float64
	curColor [3]int
	fill     [3]int // fill color last set in fpdf; {-1} when unknown

	// inline collection
	bold, italic, code, strike, underline int
	links                                 []string
	htmlLinks                             []bool // per open <a>: did it push a link
	ins                                   []inline

	lists    []listState
	marker   *marker
	quotes   []quoteState
	table    *tableBuf
	headings []*pendingHeading // headings waiting for what follows them
	tables   int               // tables seen, for column-width overrides
	outline  int               // level of the last bookmark, -1 before the first

	anchors map[string]anchor
	linkAt  []linkRect
}

type listState struct {
	ordered bool
	next    int
	tight   bool
	indent  float64 // of each item's text from the list's left edge
	applied float64 // indent of the current item, less if the column is narrow
}

// marker is a list item's bullet, number or checkbox, printed beside the
// first line of the item's first block.
type marker struct {
	text    string
	box     bool
	checked bool
	x       float64 // right edge of the marker
}

type quoteState struct {
	page int
	y, x float64
}

type anchor struct {
	page int
	y    float64
}

type linkRect struct {
	page       int
	x, y, w, h float64
	target     string
}

func newDocWriter(cfg *Config) (*docWriter, error) {
	m, err := faceMetrics()
	if err != nil {
		return nil, err
	}
	pw, ph := cfg.pageDims()
	mg := cfg.Margins
	if pw-mg.Left-mg.Right < 72 || ph-mg.Top-mg.Bottom < 72 {
		return nil, fmt.Errorf("margins leave less than an inch of %s page", cfg.Page.Name)
	}
	orient := "P"
	if cfg.Landscape {
		orient = "L"
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: orient,
		UnitStr:        "pt",
		Size:           fpdf.SizeType{Wd: cfg.Page.Width, Ht: cfg.Page.Height},
	})
	pdf.SetMargins(mg.Left, mg.Top, mg.Right)
	pdf.SetAutoPageBreak(false, mg.Bottom)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(cfg.CreationDate)
	pdf.SetModificationDate(cfg.CreationDate)
	pdf.SetCreator("pleadkit", true)
	pdf.SetProducer("pleadkit (go-pdf/fpdf)", true)
	title := cfg.Title
	if title == "" {
		title = cfg.HeaderRight
	}
	if title != "" {
		pdf.SetTitle(title, true)
	}
	pdf.SetDisplayMode("fullwidth", "continuous")
	d := &docWriter{
		cfg:     cfg,
		m:       &m,
		pdf:     pdf,
		pageW:   pw,
		pageH:   ph,
		top:     mg.Top,
		bottom:  ph - mg.Bottom,
		left:    mg.Left,
		right:   pw - mg.Right,
		outline: -1,
		anchors: map[string]anchor{},
	}
	d.newPage()
	return d, nil
}

// util.BufWriter: goldmark only calls Flush; markup written by other
// renderers is ignored.
func (d *docWriter) Write(p []byte) (int, error)       { return len(p), nil }
func (d *docWriter) WriteString(s string) (int, error) { return len(s), nil }
func (d *docWriter) WriteByte(byte) error              { return nil }
func (d *docWriter) WriteRune(r rune) (int, error)     { return len(string(r)), nil }
func (d *docWriter) Available() int                    { return 1 << 20 }
func (d *docWriter) Buffered() int                     { return 0 }
func (d *docWriter) Flush() error                      { return d.pdf.Error() }

var errWriter = errors.New("pdf render funcs need the writer made by Renderer.PDF")

// state returns the document writer goldmark passes to render funcs.
func state(w util.BufWriter) (*docWriter, error) {
	d, ok := w.(*docWriter)
	if !ok {
		return nil, errWriter
	}
	return d, d.pdf.Error()
}

// newPage starts a page and puts the cursor at the top of its content area.
func (d *docWriter) newPage() {
	d.pdf.AddPage()
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
	// Keep two lines together at a page foot (no single orphaned line).
	d.block(before, lineHeight(size)*float64(min(len(lines), 2)))
	d.drawLines(lines, size, align)
	d.after(after)
}

// drawLines prints lines at the cursor, breaking pages between lines.
func (d *docWriter) drawLines(lines []line, size float64, align string) {
	width := d.right - d.left
	lh := lineHeight(size)
	// No widow: if only the last line would go over, take two.
	early := -1
	if fit := int((d.bottom - d.y + 0.01) / lh); len(lines) >= 3 && len(lines)-fit == 1 && fit >= 2 {
		early = fit - 1
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
		d.y += lh
	}
}

// finish draws the running header and footer on every page, places the
// links, and writes the PDF to w.
func (d *docWriter) finish(w io.Writer) error {
	d.flushHeading() // a heading that ends the document
	pages := d.pdf.PageCount()
	for p := 1; p <= pages; p++ {
		d.pdf.SetPage(p)
		d.decorate(p, pages)
	}
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
	d.pdf.SetPage(pages)
	if d.fpdfDeflate {
		if err := d.pdf.Output(w); err != nil {
			return fmt.Errorf("write pdf: %w", err)
		}
		return nil
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
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
func (d *docWriter) decorate(page, pages int) {
	const size = 8.5
	mg := d.cfg.Margins
	gray := [3]int{grayMeta, grayMeta, grayMeta}
	d.curSize = 0 // the page's content stream has its own font state
	d.curColor = [3]int{-1}
	d.fill = [3]int{-1}
	d.setTextColor(gray)
	left, right := d.cfg.HeaderLeft, d.cfg.HeaderRight
	if left != "" || right != "" {
		base := mg.Top * 0.55
		width := d.pageW - mg.Left - mg.Right
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
		d.text(d.pageW-mg.Right-rw, base, rt)
		d.pdf.SetDrawColor(grayRule, grayRule, grayRule)
		d.pdf.SetLineWidth(0.5)
		d.pdf.Line(mg.Left, base+5, d.pageW-mg.Right, base+5)
	}
	d.setFont(serifRegular, size)
	foot := fmt.Sprintf("Page %d of %d", page, pages)
	fw := d.m[serifRegular].stringWidth(foot, size)
	d.text((d.pageW-fw)/2, d.pageH-mg.Bottom*0.5, foot)
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

// kindRecorder records the node kinds a NodeRenderer registers.
type kindRecorder map[ast.NodeKind]bool

func (k kindRecorder) Register(kind ast.NodeKind, _ renderer.NodeRendererFunc) { k[kind] = true }

// UnhandledKinds returns the names of node kinds in the syntax tree of
// markdown that the PDF renderer has no render func for (goldmark would
// silently drop them). It is empty for any CommonMark and GFM input; tests
// of Markdown producers can assert that.
func UnhandledKinds(markdown []byte) []string {
	known := kindRecorder{}
	(&nodeRenderer{}).RegisterFuncs(known)
	doc := newMarkdown().Parser().Parse(text.NewReader(markdown))
	seen := map[string]bool{}
	var missing []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && !known[n.Kind()] && !seen[n.Kind().String()] {
			seen[n.Kind().String()] = true
			missing = append(missing, n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return missing
}

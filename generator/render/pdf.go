package render

import (
	"errors"
	"fmt"
	"io"
	"maps"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
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
	cfg.NamedWidths = maps.Clone(cfg.NamedWidths)
	return &Renderer{cfg: cfg, md: newPDFMarkdown()}
}

// newPDFMarkdown returns goldmark rendering onto a docWriter.
func newPDFMarkdown() goldmark.Markdown {
	return newMarkdown(renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{}, 100)))
}

// newMarkdown returns goldmark with the GFM extensions and heading ids.
func newMarkdown(opts ...renderer.Option) goldmark.Markdown {
	gm := []goldmark.Option{
		goldmark.WithExtensions(gfmWithoutLinkify...),
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
	c.NamedWidths = maps.Clone(c.NamedWidths)
	return c
}

// PDF renders markdown as a PDF document onto w.
func (r *Renderer) PDF(w io.Writer, markdown []byte) error {
	return r.pdf(w, markdown, false)
}

// pdf renders markdown onto w; fpdfDeflate leaves the compression of page
// contents to fpdf (tests compare the two ways).
func (r *Renderer) pdf(w io.Writer, markdown []byte, fpdfDeflate bool) error {
	return r.book(w, []Section{{Config: r.cfg, Markdown: markdown}}, fpdfDeflate, nil, nil)
}

// Section is one part of a book: Markdown with its own page setup.
type Section struct {
	// Config is the section's page setup: paper, orientation, margins,
	// running header, font size and column widths. The first section's
	// Title and CreationDate are the whole document's.
	Config   Config
	Markdown []byte
	// Bookmark, when set, is a top-level entry of the PDF outline at the
	// section's first page; the section's headings nest under it.
	Bookmark string
}

// Book renders sections into one PDF onto w, each starting on a new page in
// its own page setup (portrait and landscape pages mix in one file), with
// page numbers running through: "Page X of Y" counts the whole book. Links
// to ids (#p12) resolve within their own section. It returns the page
// number (1-based) on which each section starts, so a caller can render a
// table of contents and render again with the numbers filled in.
func Book(w io.Writer, sections []Section) ([]int, error) {
	if len(sections) == 0 {
		return nil, errors.New("render pdf: a book needs at least one section")
	}
	starts := make([]int, len(sections))
	r := &Renderer{md: newPDFMarkdown()}
	return starts, r.book(w, sections, false, starts, nil)
}

// book renders sections onto w, recording in starts (if not nil) the first
// page of each, and in trace (if not nil) where the blocks landed.
func (r *Renderer) book(w io.Writer, sections []Section, fpdfDeflate bool, starts []int, trace *Layout) (err error) {
	// A panic inside fpdf must fail this document, not a whole batch.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render pdf: internal error: %v", p)
		}
	}()
	for i := range sections {
		if err := sections[i].Config.check(); err != nil {
			if len(sections) > 1 {
				return fmt.Errorf("render pdf: section %d: %w", i+1, err)
			}
			return err
		}
	}
	d, err := newDocWriter(&sections[0].Config)
	if err != nil {
		return err
	}
	d.fpdfDeflate = fpdfDeflate
	d.pdf.SetCompression(fpdfDeflate)
	d.trace = trace
	for i := range sections {
		s := &sections[i]
		d.beginSection(&s.Config, s.Bookmark)
		if starts != nil {
			starts[i] = d.pdf.PageNo()
		}
		doc := r.md.Parser().Parse(text.NewReader(s.Markdown))
		if err := r.md.Renderer().Render(d, s.Markdown, doc); err != nil {
			return fmt.Errorf("render pdf: %w", err)
		}
		d.endSection()
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

	lists       []listState
	marker      *marker
	quotes      []quoteState
	table       *tableBuf
	headings    []*pendingHeading // headings waiting for what follows them
	tables      int               // tables seen, for column-width overrides
	lastHeading string            // id of the last heading, naming the tables under it
	breakNext   bool              // a page break was asked for: the next block starts a page
	outline     int               // level of the last bookmark, -1 before the first
	outline0    int               // outline level of the section's first-level headings

	anchors map[string]anchor // of the current section
	linkAt  []linkRect        // of the current section
	linkIDs int               // internal link targets made so far

	pageCfg []*Config // page setup of each page, for its header and footer
	marks   []mark    // outline entries, placed when the pages are done

	trace   *Layout // where blocks landed, when asked for (Renderer.Layout)
	blockID int     // number of the block being printed, for the trace
	kind    string  // kind of the lines drawLines prints, for the trace
}

// mark is an entry of the PDF outline.
type mark struct {
	title string
	level int
	page  int
	y     float64
}

// bookmark adds an outline entry at the cursor.
func (d *docWriter) bookmark(title string, level int) {
	d.marks = append(d.marks, mark{title, level, d.pdf.PageNo(), d.y})
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

// check returns an error if the margins leave too little of the page.
func (c *Config) check() error {
	pw, ph := c.pageDims()
	mg := c.Margins
	if pw-mg.Left-mg.Right < 72 || ph-mg.Top-mg.Bottom < 72 {
		return fmt.Errorf("margins leave less than an inch of %s page", c.Page.Name)
	}
	return nil
}

// newDocWriter starts a PDF with the document-wide settings of cfg (its
// title and dates, and its paper as the default); beginSection adds pages.
func newDocWriter(cfg *Config) (*docWriter, error) {
	m, err := faceMetrics()
	if err != nil {
		return nil, err
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	mg := cfg.Margins
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: cfg.orientation(),
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
	return &docWriter{m: &m, pdf: pdf, outline: -1}, nil
}

// beginSection starts a section in page setup cfg on a new page; a
// bookmark, if given, heads the section in the PDF outline.
func (d *docWriter) beginSection(cfg *Config, bookmark string) {
	pw, ph := cfg.pageDims()
	mg := cfg.Margins
	d.cfg = cfg
	d.pageW, d.pageH = pw, ph
	d.top, d.bottom = mg.Top, ph-mg.Bottom
	d.left, d.right = mg.Left, pw-mg.Right
	d.tables = 0
	d.lastHeading = ""
	d.breakNext = false
	d.breakNext = false
	d.anchors = map[string]anchor{}
	d.linkAt = nil
	d.pdf.SetMargins(mg.Left, mg.Top, mg.Right)
	d.newPage()
	d.outline0 = 0
	if bookmark != "" {
		d.setFont(serifRegular, cfg.FontSize) // Bookmark encodes titles as UTF-16 only for UTF-8 fonts
		d.bookmark(bookmark, 0)
		d.outline0, d.outline = 1, 0
	}
}

// endSection prints a heading still waiting and places the section's links.
func (d *docWriter) endSection() {
	d.flushHeading() // a heading that ends the section
	d.traceLast()
	d.placeLinks()
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

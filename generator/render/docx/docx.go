package docx

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Renderer turns GitHub-flavored Markdown into a Word document. It holds
// only its configuration, so one Renderer may serve many goroutines at once.
type Renderer struct {
	cfg render.Config
	md  goldmark.Markdown
}

// New returns a Renderer with render.NewConfig's defaults changed by opts.
func New(opts ...render.Option) *Renderer {
	cfg := render.NewConfig()
	for _, o := range opts {
		o(&cfg)
	}
	cfg.ColumnWidths = maps.Clone(cfg.ColumnWidths)
	return &Renderer{cfg: cfg, md: newMarkdown(renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{}, 100)))}
}

// newMarkdown returns goldmark with the GFM extensions and heading ids,
// as the PDF renderer parses.
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

// DOCX renders markdown as a Word document onto w.
func (r *Renderer) DOCX(w io.Writer, markdown []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render docx: internal error: %v", p)
		}
	}()
	d, err := newDocWriter(&r.cfg)
	if err != nil {
		return err
	}
	doc := r.md.Parser().Parse(text.NewReader(markdown))
	if err := r.md.Renderer().Render(d, markdown, doc); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	return d.finish(w)
}

// UnhandledKinds returns the names of node kinds in the syntax tree of
// markdown that the DOCX renderer has no render func for (goldmark would
// drop them silently); empty when every node is rendered.
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

// kindRecorder records the kinds a node renderer registers.
type kindRecorder map[ast.NodeKind]bool

func (k kindRecorder) Register(kind ast.NodeKind, _ renderer.NodeRendererFunc) { k[kind] = true }

// Twips per point (OOXML measures pages and indents in twentieths of a point).
const twips = 20

// docWriter is the state of one document being rendered: the body XML
// written so far, the inline style counters, the containers open around
// the cursor, and what the package parts need (hyperlink targets,
// numbering instances). It implements util.BufWriter so goldmark hands it
// to every render func of one Render.
type docWriter struct {
	cfg  *render.Config
	body bytes.Buffer

	textWidth int // twips between the margins

	// inline state
	bold, italic, code, strike, underline int
	inPara                                bool // a <w:p> is open
	link                                  int  // open <w:hyperlink> elements in this paragraph
	pendingBox                            string

	lists  []listState
	quotes int
	table  *tableState
	tables int // tables seen, for column-width overrides
	last   string

	bookmarks map[string]bool // bookmark names used
	nextMark  int
	links     []string // external link targets, relationship rId(i+firstLinkRel)
	linkIDs   map[string]int
	nums      []numInstance // numbering instances (w:num), numId i+1
}

type listState struct {
	ordered bool
	numID   int
	tight   bool
	task    bool // the current item starts with a task checkbox
	first   bool // the current item's first block is still to come
}

// numInstance is one w:num: which abstract list it uses and where it starts.
type numInstance struct {
	ordered bool
	level   int
	start   int
}

func newDocWriter(cfg *render.Config) (*docWriter, error) {
	pw, ph := pageDims(cfg)
	mg := cfg.Margins
	if pw-mg.Left-mg.Right < 72 || ph-mg.Top-mg.Bottom < 72 {
		return nil, fmt.Errorf("margins leave less than an inch of %s page", cfg.Page.Name)
	}
	d := &docWriter{
		cfg:       cfg,
		textWidth: int((pw - mg.Left - mg.Right) * twips),
		bookmarks: map[string]bool{},
		linkIDs:   map[string]int{},
		nums:      []numInstance{{ordered: false}}, // numId 1: every bullet list
	}
	d.body.Grow(64 << 10)
	return d, nil
}

// pageDims returns the page width and height in points after orientation.
func pageDims(cfg *render.Config) (w, h float64) {
	w, h = cfg.Page.Width, cfg.Page.Height
	if cfg.Landscape {
		w, h = h, w
	}
	return w, h
}

// util.BufWriter: goldmark only calls Flush; markup written by other
// renderers is ignored.
func (d *docWriter) Write(p []byte) (int, error)       { return len(p), nil }
func (d *docWriter) WriteString(s string) (int, error) { return len(s), nil }
func (d *docWriter) WriteByte(byte) error              { return nil }
func (d *docWriter) WriteRune(r rune) (int, error)     { return len(string(r)), nil }
func (d *docWriter) Available() int                    { return 1 << 20 }
func (d *docWriter) Buffered() int                     { return 0 }
func (d *docWriter) Flush() error                      { return nil }

var errWriter = errors.New("docx render funcs need the writer made by Renderer.DOCX")

// state returns the document writer goldmark passes to render funcs.
func state(w util.BufWriter) (*docWriter, error) {
	d, ok := w.(*docWriter)
	if !ok {
		return nil, errWriter
	}
	return d, nil
}

// linkRel returns the relationship id of an external link target.
func (d *docWriter) linkRel(target string) string {
	i, ok := d.linkIDs[target]
	if !ok {
		i = len(d.links)
		d.links = append(d.links, target)
		d.linkIDs[target] = i
	}
	return "rIdL" + strconv.Itoa(i+1)
}

// bookmark writes a bookmark named for id (a heading id or an HTML anchor)
// at the cursor, once per name.
func (d *docWriter) bookmark(id string) {
	name := BookmarkName(id)
	if name == "" || d.bookmarks[name] {
		return
	}
	d.bookmarks[name] = true
	d.nextMark++
	n := strconv.Itoa(d.nextMark)
	d.body.WriteString(`<w:bookmarkStart w:id="` + n + `" w:name="` + name + `"/><w:bookmarkEnd w:id="` + n + `"/>`)
}

// BookmarkName turns an HTML id into a Word bookmark name: letters, digits
// and underscores, starting with a letter, at most 40 characters. Links to
// "#id" use the same name, so they find their target.
func BookmarkName(id string) string {
	if id == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range id {
		switch {
		case r < utf8.RuneSelf && (r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := b.String()
	if c := s[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		s = "a" + s
	}
	if len(s) > 40 {
		h := fnv.New32a()
		h.Write([]byte(id))
		s = s[:31] + "_" + fmt.Sprintf("%08x", h.Sum32())
	}
	return s
}

// escape writes s as XML character data: markup characters escaped,
// characters XML forbids dropped, invalid UTF-8 as U+FFFD.
func escape(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				b.WriteString("&amp;")
			case c == '<':
				b.WriteString("&lt;")
			case c == '>':
				b.WriteString("&gt;")
			case c == '"':
				b.WriteString("&quot;")
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
				// not allowed in XML 1.0
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == 0xFFFE || r == 0xFFFF:
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// attr returns s escaped for an XML attribute value.
func attr(s string) string {
	var b bytes.Buffer
	escape(&b, s)
	return b.String()
}

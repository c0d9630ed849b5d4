package render

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// PageSize is a named paper size in points.
type PageSize struct {
	Name          string
	Width, Height float64
}

// Paper sizes accepted by WithPageSize and ParsePageSize.
var (
	Letter = PageSize{"letter", 612, 792}
	A4     = PageSize{"a4", 595.28, 841.89}
	Legal  = PageSize{"legal", 612, 1008}
)

// ParsePageSize returns the paper size named letter, a4 or legal (any case).
func ParsePageSize(name string) (PageSize, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "letter", "":
		return Letter, nil
	case "a4":
		return A4, nil
	case "legal":
		return Legal, nil
	}
	return PageSize{}, fmt.Errorf("unknown page size %q (want letter, a4 or legal)", name)
}

// Margins are page margins in points.
type Margins struct {
	Top, Right, Bottom, Left float64
}

// AllTables, as the table index of WithColumnWidths, applies widths to every
// table that has no widths of its own.
const AllTables = -1

// Config is the page setup of a document, one type for every format: the
// PDF and HTML renderers here read it, and the DOCX and XLSX writers beside
// this package take the same values (paper, orientation, margins, running
// header, column widths). Build it with NewConfig and Options; a book of
// Sections gives each part its own.
type Config struct {
	Page      PageSize
	Landscape bool
	FontSize  float64 // body text size in points
	Margins   Margins
	// HeaderLeft and HeaderRight are the running header on every page
	// (conventionally the case caption and the product title); both empty
	// means no header.
	HeaderLeft, HeaderRight string
	// Title is the PDF document title (metadata); HeaderRight when empty.
	Title string
	// CreationDate is written as the PDF creation and modification date;
	// zero means now. NewConfig sets it from SOURCE_DATE_EPOCH when set.
	CreationDate time.Time
	// ColumnWidths maps a table's index in the document (0-based, or
	// AllTables) to relative column widths overriding the content-based ones.
	ColumnWidths map[int][]float64
	// NamedWidths maps a table's name, the id of the heading above it
	// ("## Chart" names the table under it "chart"), to relative column
	// widths; they win over ColumnWidths.
	NamedWidths map[string][]float64
}

// NewConfig returns the defaults: Letter portrait, 11 pt, 1-inch margins,
// and the creation date from SOURCE_DATE_EPOCH if that is set.
func NewConfig() Config {
	c := Config{
		Page:     Letter,
		FontSize: 11,
		Margins:  Margins{72, 72, 72, 72},
	}
	if t, ok := SourceDateEpoch(); ok {
		c.CreationDate = t
	}
	return c
}

// SourceDateEpoch returns the time in the SOURCE_DATE_EPOCH environment
// variable (reproducible-builds.org), if it is set to a valid Unix time.
func SourceDateEpoch() (time.Time, bool) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, false
	}
	t, err := ParseSourceDateEpoch(v)
	return t, err == nil
}

// Option changes a Config.
type Option func(*Config)

// WithPageSize sets the paper size by name (letter, a4, legal); an unknown
// name leaves the size unchanged (use ParsePageSize to validate input).
func WithPageSize(name string) Option {
	return func(c *Config) {
		if p, err := ParsePageSize(name); err == nil {
			c.Page = p
		}
	}
}

// WithLandscape turns the pages sideways.
func WithLandscape() Option { return func(c *Config) { c.Landscape = true } }

// WithFontSize sets the body text size in points (clamped to 6–24).
func WithFontSize(pt float64) Option {
	return func(c *Config) { c.FontSize = min(max(pt, 6), 24) }
}

// WithMargins sets the page margins in points.
func WithMargins(top, right, bottom, left float64) Option {
	return func(c *Config) { c.Margins = Margins{top, right, bottom, left} }
}

// WithHeader sets the running header: left (case caption) and right
// (product title).
func WithHeader(left, right string) Option {
	return func(c *Config) { c.HeaderLeft, c.HeaderRight = left, right }
}

// WithTitle sets the PDF document title.
func WithTitle(title string) Option { return func(c *Config) { c.Title = title } }

// WithCreationDate fixes the PDF creation and modification date, making
// output byte-for-byte reproducible.
func WithCreationDate(t time.Time) Option { return func(c *Config) { c.CreationDate = t } }

// WithColumnWidths sets relative column widths for the table with the given
// 0-based index in the document, or for every table with AllTables.
func WithColumnWidths(table int, widths ...float64) Option {
	return func(c *Config) {
		if c.ColumnWidths == nil {
			c.ColumnWidths = map[int][]float64{}
		}
		c.ColumnWidths[table] = append([]float64(nil), widths...)
	}
}

// Dimensions returns the page width and height in points, after orientation.
func (c Config) Dimensions() (w, h float64) {
	w, h = c.Page.Width, c.Page.Height
	if c.Landscape {
		w, h = h, w
	}
	return w, h
}

// WithTableWidths sets relative column widths for the tables named name:
// those under a heading whose id is name ("chart" for "## Chart").
func WithTableWidths(name string, widths ...float64) Option {
	return func(c *Config) {
		if c.NamedWidths == nil {
			c.NamedWidths = map[string][]float64{}
		}
		c.NamedWidths[name] = append([]float64(nil), widths...)
	}
}

// pageDims returns the page width and height after orientation.
func (c *Config) pageDims() (w, h float64) { return c.Dimensions() }

// TextWidth returns the width between the left and right margins, in points.
func (c Config) TextWidth() float64 {
	w, _ := c.Dimensions()
	return w - c.Margins.Left - c.Margins.Right
}

// TableWidths returns the column widths set for the index-th table of the
// document (0-based), named name (see Tables), as fractions of the text
// width summing to 1, or nil when none are set or they do not fit its ncols
// columns: the table is then sized from its content.
func (c Config) TableWidths(index int, name string, ncols int) []float64 {
	w := c.columnWidths(index, name)
	if len(w) != ncols || ncols == 0 {
		return nil
	}
	total := sum(w)
	if total <= 0 {
		return nil
	}
	out := make([]float64, ncols)
	for i, x := range w {
		out[i] = x / total
	}
	return out
}

// orientation returns fpdf's orientation code: "P" or "L".
func (c *Config) orientation() string {
	if c.Landscape {
		return "L"
	}
	return "P"
}

// columnWidths returns the override for table index i named name, if any.
func (c *Config) columnWidths(i int, name string) []float64 {
	if w, ok := c.NamedWidths[name]; ok && name != "" {
		return w
	}
	if w, ok := c.ColumnWidths[i]; ok {
		return w
	}
	return c.ColumnWidths[AllTables]
}

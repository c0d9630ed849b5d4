package tmpl

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Page is how a template's output is laid out on paper (PDF) and, where it
// applies, on screen (HTML).
type Page struct {
	Size         string    `toml:"size"`          // letter (default), a4 or legal
	Orientation  string    `toml:"orientation"`   // portrait (default) or landscape
	FontSize     float64   `toml:"font_size"`     // body text, in points (default 11)
	Margins      Margins   `toml:"margins"`       // in inches (default 1 on every side)
	ColumnWidths []float64 `toml:"column_widths"` // relative widths for tables with this many columns
	// Tables sets the layout of single tables, under [page.tables.NAME]:
	// NAME is the id of the heading above the table ("chart" for
	// "## Chart") or its number in the output (1 is the first table).
	Tables map[string]TablePage `toml:"tables"`
}

// TablePage is the layout of one table of a template's output.
type TablePage struct {
	ColumnWidths []float64 `toml:"column_widths"` // relative widths, one per column
	Pos          Pos       `toml:"-"`             // where column_widths is written, for errors
}

// Margins are the page margins in inches. In TOML, margins is either one
// number for every side or a table {top, right, bottom, left}.
type Margins struct {
	Top, Right, Bottom, Left float64
	unknown                  []string // keys of the TOML table that are not sides
}

// The page defaults, used for every setting a template leaves out.
const (
	DefaultSize     = "letter"
	DefaultFontSize = 11.0
	DefaultMargin   = 1.0 // inches
)

// pageSizes are the paper sizes in points, portrait.
var pageSizes = map[string][2]float64{
	"letter": {612, 792},
	"legal":  {612, 1008},
	"a4":     {595.28, 841.89},
}

// UnmarshalTOML reads margins from one number or a {top, right, bottom, left} table.
func (m *Margins) UnmarshalTOML(v any) error {
	if f, ok := number(v); ok {
		*m = Margins{Top: f, Right: f, Bottom: f, Left: f}
		return nil
	}
	t, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("margins must be a number of inches or a table {top, right, bottom, left}, not %s", tomlType(v))
	}
	*m = Margins{Top: -1, Right: -1, Bottom: -1, Left: -1}
	for k, x := range t {
		side := map[string]*float64{"top": &m.Top, "right": &m.Right, "bottom": &m.Bottom, "left": &m.Left}[k]
		if side == nil {
			m.unknown = append(m.unknown, k)
			continue
		}
		f, ok := number(x)
		if !ok {
			return fmt.Errorf("margins.%s must be a number of inches, not %s", k, tomlType(x))
		}
		*side = f
	}
	sort.Strings(m.unknown)
	return nil
}

// Points returns the margins in points (72 to the inch): top, right, bottom, left.
func (m Margins) Points() (top, right, bottom, left float64) {
	return m.Top * 72, m.Right * 72, m.Bottom * 72, m.Left * 72
}

// Landscape reports whether the page is turned on its side.
func (p Page) Landscape() bool { return p.Orientation == "landscape" }

// Dimensions returns the page width and height in points, after orientation.
func (p Page) Dimensions() (width, height float64) {
	wh, ok := pageSizes[p.Size]
	if !ok {
		wh = pageSizes[DefaultSize]
	}
	if p.Landscape() {
		return wh[1], wh[0]
	}
	return wh[0], wh[1]
}

// ColumnWidthsFor returns the template's column widths as fractions summing
// to 1 when a table has exactly that many columns, or nil: the renderer then
// sizes the columns by their content.
func (p Page) ColumnWidthsFor(columns int) []float64 {
	if columns == 0 || len(p.ColumnWidths) != columns {
		return nil
	}
	sum := 0.0
	for _, w := range p.ColumnWidths {
		sum += w
	}
	out := make([]float64, columns)
	for i, w := range p.ColumnWidths {
		out[i] = w / sum
	}
	return out
}

// WidthsFor returns the relative column widths the page sets for a table
// of the output, numbered number (1-based) and named name (the id of the
// heading above it) with columns columns: its [page.tables] entry by name,
// else by number, else column_widths when that lists exactly as many
// columns; nil sizes the table by its content. An entry whose widths do not
// match the table's columns is an error at the entry's line.
func (p Page) WidthsFor(number int, name string, columns int) ([]float64, error) {
	key := name
	tp, ok := p.Tables[name]
	if !ok || name == "" {
		key = strconv.Itoa(number)
		tp, ok = p.Tables[key]
	}
	if !ok {
		return p.ColumnWidthsFor(columns), nil
	}
	if len(tp.ColumnWidths) != columns {
		return nil, &Error{Pos: tp.Pos, Kind: ErrInvalid,
			Err:  fmt.Errorf("page.tables.%s.column_widths lists %d widths, but table %d (%q) has %d columns", key, len(tp.ColumnWidths), number, name, columns),
			Hint: fmt.Sprintf("give %d widths, one per column", columns)}
	}
	return slices.Clone(tp.ColumnWidths), nil
}

// locate records where each table's column_widths is written.
func (p *Page) locate(origin string, s *source) {
	for name, tp := range p.Tables {
		line, col := s.keyPos("page.tables." + name + ".column_widths")
		tp.Pos = Pos{File: origin, Line: line, Col: col}
		p.Tables[name] = tp
	}
}

// fill sets the defaults for every setting left out; marginsSet says the
// file sets margins (a side it leaves out is -1).
func (p *Page) fill(marginsSet bool) {
	if p.Size == "" {
		p.Size = DefaultSize
	}
	if p.Orientation == "" {
		p.Orientation = "portrait"
	}
	if p.FontSize == 0 {
		p.FontSize = DefaultFontSize
	}
	if !marginsSet {
		p.Margins = Margins{Top: DefaultMargin, Right: DefaultMargin, Bottom: DefaultMargin, Left: DefaultMargin}
	}
	for _, side := range []*float64{&p.Margins.Top, &p.Margins.Right, &p.Margins.Bottom, &p.Margins.Left} {
		if *side < 0 {
			*side = DefaultMargin
		}
	}
}

// validate returns what is wrong with p, one problem per entry, keyed by
// the TOML key at fault.
func (p *Page) validate() []problem {
	var out []problem
	if _, ok := pageSizes[p.Size]; !ok {
		out = append(out, problem{"page.size", fmt.Sprintf("unknown page size %q", p.Size), "use letter, a4 or legal", nil})
	}
	if p.Orientation != "portrait" && p.Orientation != "landscape" {
		out = append(out, problem{"page.orientation", fmt.Sprintf("unknown orientation %q", p.Orientation), "use portrait or landscape", nil})
	}
	if p.FontSize < 6 || p.FontSize > 24 {
		out = append(out, problem{"page.font_size", fmt.Sprintf("font size %g is out of range", p.FontSize), "give a size in points from 6 to 24", nil})
	}
	for _, k := range p.Margins.unknown {
		out = append(out, problem{"page.margins." + k, fmt.Sprintf("margins has no side %q", k), "use top, right, bottom and left", ErrUnknownKey})
	}
	w, h := p.Dimensions()
	m := p.Margins
	for _, side := range []struct {
		name string
		v    float64
	}{{"top", m.Top}, {"right", m.Right}, {"bottom", m.Bottom}, {"left", m.Left}} {
		if side.v < 0.25 || side.v > 3 {
			out = append(out, problem{"page.margins", fmt.Sprintf("%s margin %g in is out of range", side.name, side.v), "margins are in inches, from 0.25 to 3", nil})
		}
	}
	if (m.Left+m.Right)*72 > w-144 || (m.Top+m.Bottom)*72 > h-144 {
		out = append(out, problem{"page.margins", "margins leave less than 2 inches for the text", "make the margins smaller", nil})
	}
	for i, cw := range p.ColumnWidths {
		if cw <= 0 {
			out = append(out, problem{"page.column_widths", fmt.Sprintf("column width %d is %g", i+1, cw), "column widths are relative sizes: give positive numbers, e.g. [6, 40, 12, 22, 20]", nil})
			break
		}
	}
	names := slices.Sorted(maps.Keys(p.Tables))
	for _, name := range names {
		key := "page.tables." + name + ".column_widths"
		ws := p.Tables[name].ColumnWidths
		if len(ws) == 0 {
			out = append(out, problem{"page.tables." + name, fmt.Sprintf("table %q has no column_widths", name), "give relative widths, one per column, e.g. column_widths = [6, 40, 12, 22, 20]", nil})
		}
		for i, cw := range ws {
			if cw <= 0 {
				out = append(out, problem{key, fmt.Sprintf("column width %d of table %q is %g", i+1, name, cw), "column widths are relative sizes: give positive numbers", nil})
				break
			}
		}
	}
	return out
}

// problem is an invalid value at a TOML key.
type problem struct {
	key, msg, hint string
	kind           error // ErrInvalid when nil
}

// number returns v as a float64 when it is a TOML integer or float.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// tomlType names the TOML type of a decoded value, for messages.
func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return strings.TrimPrefix(fmt.Sprintf("%T", v), "*")
}

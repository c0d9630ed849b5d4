package generator

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/render/docx"
	"github.com/pleadkit/pleadkit/generator/render/sheet"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// Output is one rendered work product in one format.
type Output struct {
	Format tmpl.Format
	Name   string // file name: the template's output stem and the format's extension
	Data   []byte
}

// Render runs template t on data and renders the Markdown to each of
// formats (the template's own formats when formats is empty). header is the
// running header's left side in the PDF (the case caption); the template's
// title is its right side and the HTML page title.
func Render(t *tmpl.Template, data any, formats []tmpl.Format, header string) ([]Output, error) {
	return RenderWith(t, data, formats, RenderOptions{Header: header})
}

// RenderOptions are the settings of RenderWith.
type RenderOptions struct {
	Header string // the case caption: running header of PDF and DOCX, subject of DOCX and XLSX
	Stem   string // output file stem; "" means the template's own (its output key)
	CSVBOM bool   // start CSV files with a UTF-8 byte-order mark, for Excel
	// Created is the creation date written into PDF, DOCX and XLSX files (a
	// build passes the pleadings' latest modification time, so the same
	// inputs give the same bytes); SOURCE_DATE_EPOCH overrides it; zero means now.
	Created time.Time
}

// RenderWith is Render with options. XLSX and CSV hold the product's tables
// (see Tables) rather than its Markdown: one workbook with a sheet per
// table, or one CSV file per table named STEM-TABLE.csv.
func RenderWith(t *tmpl.Template, data any, formats []tmpl.Format, opts RenderOptions) ([]Output, error) {
	if len(formats) == 0 {
		formats = t.Formats
	}
	header := opts.Header
	stem := opts.Stem
	if stem == "" {
		stem = t.Output
	}
	md, err := t.Execute(data)
	if err != nil {
		return nil, err
	}
	created := opts.Created
	if sde, ok := render.SourceDateEpoch(); ok {
		created = sde
	}
	var page []render.Option // the page setup of PDF, HTML and DOCX
	if slices.Contains(formats, tmpl.PDF) || slices.Contains(formats, tmpl.HTML) || slices.Contains(formats, tmpl.DOCX) {
		if page, err = PageOptions(t, md, header); err != nil {
			return nil, err
		}
		if !created.IsZero() {
			page = append(page, render.WithCreationDate(created))
		}
	}
	outs := make([]Output, 0, len(formats))
	for _, f := range formats {
		o := Output{Format: f, Name: stem + "." + string(f)}
		switch f {
		case tmpl.Markdown:
			o.Data = md
		case tmpl.PDF:
			var b bytes.Buffer
			if err := render.New(page...).PDF(&b, md); err != nil {
				return nil, fmt.Errorf("%s: %w", t.Origin, err)
			}
			o.Data = b.Bytes()
		case tmpl.HTML:
			var b bytes.Buffer
			b.Grow(len(md) + len(md)/4 + 16<<10) // the page is about the size of its Markdown
			if err := render.New(page...).HTML(&b, md); err != nil {
				return nil, fmt.Errorf("%s: %w", t.Origin, err)
			}
			o.Data = b.Bytes()
		case tmpl.DOCX:
			var b bytes.Buffer
			if err := docx.New(page...).DOCX(&b, md); err != nil {
				return nil, fmt.Errorf("%s: %w", t.Origin, err)
			}
			o.Data = b.Bytes()
		case tmpl.XLSX, tmpl.CSV:
			tables, err := Tables(data, t.Name)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", t.Origin, err)
			}
			if f == tmpl.CSV {
				for _, tb := range tables {
					var b bytes.Buffer
					if err := sheet.CSV(&b, tb, opts.CSVBOM); err != nil {
						return nil, fmt.Errorf("%s: %w", t.Origin, err)
					}
					outs = append(outs, Output{Format: f, Name: stem + "-" + fileSlug(tb.Name) + ".csv", Data: b.Bytes()})
				}
				continue
			}
			var b bytes.Buffer
			if err := sheet.XLSX(&b, tables, sheet.Props{Title: t.Title, Subject: header, Created: created}); err != nil {
				return nil, fmt.Errorf("%s: %w", t.Origin, err)
			}
			o.Data = b.Bytes()
		default:
			return nil, fmt.Errorf("%s: unknown format %q (want md, pdf, html, docx, xlsx or csv)", t.Origin, f)
		}
		outs = append(outs, o)
	}
	return outs, nil
}

// PDFOptions is PageOptions without its error: a [page.tables] entry that
// does not fit its table is left out, and the table sized by its content.
func PDFOptions(t *tmpl.Template, md []byte, header string) []render.Option {
	opts, _ := PageOptions(t, md, header)
	return opts
}

// PageOptions turns a template's [page] settings into the renderer's page
// setup (one config for PDF and HTML) for its Markdown output md: paper,
// orientation, font size, margins, running header, and the column widths
// of each table ([page.tables.NAME], else column_widths for every table
// with that many columns). A width list that does not match its table's
// columns is an error naming the template line; the options returned with
// it leave that list out.
func PageOptions(t *tmpl.Template, md []byte, header string) ([]render.Option, error) {
	p := t.Page
	top, right, bottom, left := p.Margins.Points()
	opts := []render.Option{
		render.WithPageSize(p.Size),
		render.WithMargins(top, right, bottom, left),
		render.WithHeader(header, t.Title),
		render.WithTitle(t.Title),
	}
	if p.FontSize > 0 {
		opts = append(opts, render.WithFontSize(p.FontSize))
	}
	if p.Landscape() {
		opts = append(opts, render.WithLandscape())
	}
	var first error
	if len(p.ColumnWidths) > 0 || len(p.Tables) > 0 {
		for _, tb := range render.Tables(md) {
			w, err := p.WidthsFor(tb.Index+1, tb.Name, tb.Columns)
			if err != nil && first == nil {
				first = err
			}
			if w != nil {
				opts = append(opts, render.WithColumnWidths(tb.Index, w...))
			}
		}
	}
	return opts, first
}

// WriteOutputs writes each output into dir (created if needed) as a set:
// every file goes to a temporary file first, and only when all are written
// are they renamed into place, so a full disk leaves the old outputs, not a
// mix of old and new. It returns the paths written.
func WriteOutputs(dir string, outs []Output) ([]string, error) {
	s, err := StageOutputs(dir, outs)
	if err != nil {
		return nil, err
	}
	return s.Commit()
}

// Staged is a set of outputs written to temporary files beside their final
// names, waiting to be renamed into place by Commit (or removed by Discard).
// Staging lets a caller drop each output's bytes as soon as they are on
// disk and still put a product's files in place as a set.
type Staged struct {
	dir   string
	names []string // final file names
	temps []string // temporary files, one per name
}

// StageOutputs writes each output to a temporary file in dir (created if
// needed); nothing is in place until Commit. On error no temporary file is left.
func StageOutputs(dir string, outs []Output) (*Staged, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output directory: %w", err)
	}
	s := &Staged{dir: dir}
	for _, o := range outs {
		t, err := writeTemp(filepath.Join(dir, o.Name), o.Data)
		if err != nil {
			s.Discard()
			return nil, err
		}
		s.names = append(s.names, o.Name)
		s.temps = append(s.temps, t)
	}
	return s, nil
}

// Names returns the file names the staged outputs will have.
func (s *Staged) Names() []string { return s.names }

// Commit renames the staged files into place and returns their paths. On
// error the files not yet renamed are removed.
func (s *Staged) Commit() ([]string, error) {
	paths := make([]string, 0, len(s.names))
	for i, name := range s.names {
		p := filepath.Join(s.dir, name)
		if err := os.Rename(s.temps[i], p); err != nil {
			s.temps = s.temps[i:]
			s.Discard()
			return paths, fmt.Errorf("write %s: %w", p, err)
		}
		paths = append(paths, p)
	}
	s.temps = nil
	return paths, nil
}

// Discard removes the staged files that were not committed.
func (s *Staged) Discard() {
	for _, t := range s.temps {
		os.Remove(t)
	}
	s.temps = nil
}

// writeTemp writes data to a new temporary file beside path and returns its name.
func writeTemp(path string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, 0o644)
	}
	if werr != nil {
		os.Remove(name)
		return "", fmt.Errorf("write %s: %w", path, werr)
	}
	return name, nil
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory and a rename, so a reader never sees a half-written file.
func WriteFileAtomic(path string, data []byte) error {
	name, err := writeTemp(path, data)
	if err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// fileSlug makes a name fit for a file name: lower case, letters and
// digits, words joined by hyphens ("No knowledge" → "no-knowledge").
func fileSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

package generator

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// BinderName is the product name of a case's binder, for file names.
const BinderName = "binder"

// Binder renders a case's binder: one PDF with a cover page (the caption,
// court, case number and the date built), a table of contents with the page
// each product starts on, then each template's product in its own page
// setup (portrait and landscape pages in one file), page numbers running
// through and every product a top-level entry of the PDF outline. c is the
// analyzed case; built is the date on the cover (zero: now, or
// SOURCE_DATE_EPOCH when set).
func Binder(templates []*tmpl.Template, c *Case, built time.Time) ([]byte, error) {
	if len(templates) == 0 {
		return nil, fmt.Errorf("binder: no products to bind")
	}
	if built.IsZero() {
		if t, ok := render.SourceDateEpoch(); ok {
			built = t
		} else {
			built = time.Now()
		}
	}
	header := c.Header()
	products := make([]render.Section, len(templates))
	for i, t := range templates {
		md, err := t.Execute(c)
		if err != nil {
			return nil, err
		}
		cfg := render.NewConfig()
		for _, o := range PDFOptions(t, md, header) {
			o(&cfg)
		}
		products[i] = render.Section{Config: cfg, Markdown: md, Bookmark: t.Title}
	}
	cover := render.NewConfig()
	cover.Title = "Binder — " + c.Title
	cover.CreationDate = built
	sections := make([]render.Section, 0, len(products)+2)
	sections = append(sections, render.Section{Config: cover, Markdown: binderCover(c, built, len(templates)), Bookmark: "Cover"})
	toc := render.NewConfig()
	toc.HeaderLeft, toc.HeaderRight = header, "Binder"
	toc.ColumnWidths = map[int][]float64{0: {85, 15}}
	sections = append(sections, render.Section{Config: toc, Bookmark: "Contents"})
	sections = append(sections, products...)
	// Render once to learn where each product starts, then again with the
	// page numbers in the contents (whose length does not change).
	var b bytes.Buffer
	starts := make([]int, len(templates))
	for pass := 0; pass < 2; pass++ {
		sections[1].Markdown = binderContents(templates, starts)
		b.Reset()
		got, err := render.Book(&b, sections)
		if err != nil {
			return nil, fmt.Errorf("binder: %w", err)
		}
		copy(starts, got[2:])
	}
	return b.Bytes(), nil
}

// binderCover is the cover page's Markdown.
func binderCover(c *Case, built time.Time, n int) []byte {
	var b strings.Builder
	b.WriteString("# " + tmpl.Inline(c.Title) + "\n\n")
	if court := c.Caption.Court; court != "" {
		b.WriteString("**" + tmpl.Inline(court) + "**\n\n")
	}
	if no := c.Caption.CaseNumber; no != "" {
		b.WriteString("Case No. " + tmpl.Inline(no) + "\n\n")
	}
	b.WriteString("***\n\n")
	b.WriteString("## Case binder\n\n")
	fmt.Fprintf(&b, "%d work %s built from the complaint", n, plural(n, "product", "products"))
	if c.Complaint != nil && c.Complaint.Title != "" {
		b.WriteString(" (" + tmpl.Inline(c.Complaint.Title) + ")")
	}
	b.WriteString(" and the answer")
	if c.Answer != nil && c.Answer.Title != "" {
		b.WriteString(" (" + tmpl.Inline(c.Answer.Title) + ")")
	}
	b.WriteString(".\n\n")
	b.WriteString("Built " + built.Format("January 2, 2006") + " by pleadkit.\n")
	return []byte(b.String())
}

// binderContents is the table of contents: each product with the page it
// starts on (blank before the first pass).
func binderContents(templates []*tmpl.Template, starts []int) []byte {
	var b strings.Builder
	b.WriteString("# Contents\n\n| Product | Page |\n|---|---:|\n")
	for i, t := range templates {
		page := ""
		if starts[i] > 0 {
			page = strconv.Itoa(starts[i])
		}
		b.WriteString("| " + tmpl.Cell(t.Title) + " | " + page + " |\n")
	}
	return []byte(b.String())
}

// plural returns one or many by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

package render

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// pageCSS writes the print stylesheet of the page setup: paper and
// orientation, margins, the running header (case caption left, product
// title right) and the "Page X of Y" footer as CSS paged media, the body
// size, and the column widths of the tables that have them (classed
// pk-tN by classTables).
func (c *Config) pageCSS(b *strings.Builder, widths map[int][]float64) {
	orient := "portrait"
	if c.Landscape {
		orient = "landscape"
	}
	size := c.Page.Name
	switch size {
	case "letter", "legal", "a4":
	default:
		size = fmt.Sprintf("%sin %sin", inches(c.Page.Width), inches(c.Page.Height))
	}
	mg := c.Margins
	fmt.Fprintf(b, "@page {\n  size: %s %s;\n  margin: %sin %sin %sin %sin;\n", size, orient, inches(mg.Top), inches(mg.Right), inches(mg.Bottom), inches(mg.Left))
	const box = "font-family: \"Liberation Serif\", \"Times New Roman\", Times, serif; font-size: 8.5pt; color: #5a5a5a;"
	if c.HeaderLeft != "" || c.HeaderRight != "" {
		fmt.Fprintf(b, "  @top-left { content: %s; %s vertical-align: bottom; padding-bottom: 0.12in; border-bottom: 0.5pt solid #a0a0a0; }\n", cssString(c.HeaderLeft), box)
		fmt.Fprintf(b, "  @top-right { content: %s; %s vertical-align: bottom; padding-bottom: 0.12in; border-bottom: 0.5pt solid #a0a0a0; }\n", cssString(c.HeaderRight), box)
	}
	fmt.Fprintf(b, "  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); %s }\n}\n", box)
	// On screen the text is as wide as on paper; printed, the body has the
	// PDF's type size and leading, so pages hold what the PDF's hold.
	fmt.Fprintf(b, "main { max-width: %sin; }\n", inches(c.TextWidth()))
	fmt.Fprintf(b, "@media print {\n  body { font-size: %spt; line-height: %s; }\n}\n", strconv.FormatFloat(c.FontSize, 'f', -1, 64), strconv.FormatFloat(leading, 'f', -1, 64))
	for _, i := range slices.Sorted(maps.Keys(widths)) {
		w := widths[i]
		total := sum(w)
		fmt.Fprintf(b, "table.pk-t%d { table-layout: fixed; }\n", i)
		for col, x := range w {
			fmt.Fprintf(b, "table.pk-t%d th:nth-child(%d) { width: %s%%; }\n", i, col+1, strconv.FormatFloat(x/total*100, 'f', 2, 64))
		}
	}
}

// inches formats points as inches.
func inches(pt float64) string { return strconv.FormatFloat(pt/72, 'f', -1, 64) }

// cssString quotes s as a CSS string: quotes and backslashes escaped,
// control characters made spaces, and "<" escaped so no text can end the
// <style> element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '<':
			b.WriteString(`\3c `)
		case r < ' ' || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// classTables gives each table of doc that has column widths in the
// config the class pk-tN (N its 0-based index, as the PDF counts tables)
// and returns the widths by index.
func (c *Config) classTables(doc ast.Node) map[int][]float64 {
	if len(c.ColumnWidths) == 0 && len(c.NamedWidths) == 0 {
		return nil
	}
	out := map[int][]float64{}
	index, name := 0, ""
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			name = headingID(n)
		case *east.Table:
			if w := c.TableWidths(index, name, tableColumns(n)); w != nil {
				n.SetAttributeString("class", []byte("pk-t"+strconv.Itoa(index)))
				out[index] = w
			}
			index++
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

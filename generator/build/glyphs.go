package build

import (
	"fmt"
	"strings"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/pleading"
)

// glyphWarnings warns of the characters of the pleadings the PDF fonts
// cannot print (emoji, Arabic, CJK print as □), naming the file and line
// of the first use of each. A build calls it when it rendered a PDF.
func glyphWarnings(f *Folder) []string {
	var warns []string
	for _, doc := range []*pleading.Document{f.Complaint, f.Answer} {
		if doc == nil {
			continue
		}
		var found []string
		seen := map[rune]bool{}
		check := func(text string, line int) {
			for _, r := range render.Unprintable(text, 0) {
				if !seen[r] && len(found) < 12 {
					seen[r] = true
					found = append(found, fmt.Sprintf("%s at line %d", render.DescribeRunes([]rune{r}), line))
				}
			}
		}
		check(doc.Title, 1)
		for _, p := range doc.Paragraphs {
			check(p.Text, p.Line)
		}
		for _, r := range doc.Responses {
			check(r.Text, r.Line)
		}
		if len(found) > 0 {
			warns = append(warns, fmt.Sprintf("%s: the PDF fonts cannot print %s; they show as □ in the PDFs (the Markdown, HTML and Word files keep them)", doc.File, strings.Join(found, ", ")))
		}
	}
	return warns
}

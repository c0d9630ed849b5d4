package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// layoutCase is a case folder whose products the layout tests render.
type layoutCase struct{ name, complaint, answer string }

// layoutCases returns the samples and the real pleadings (when present).
func layoutCases(t *testing.T) []layoutCase {
	t.Helper()
	var cases []layoutCase
	samples := filepath.Join("..", "..", "samples")
	dirs, _ := filepath.Glob(filepath.Join(samples, "*"))
	more, _ := filepath.Glob(filepath.Join(samples, "batch", "*"))
	for _, d := range append(dirs, more...) {
		f, err := LoadFolder(d)
		if err != nil || f.Complaint == nil || f.Answer == nil {
			continue // not a case folder (batch/, gen/)
		}
		cases = append(cases, layoutCase{filepath.Base(d), f.Complaint.File, f.Answer.File})
	}
	real := filepath.Join("..", "..", "..", "shared", "pleadings")
	entries, err := os.ReadDir(real)
	if err != nil {
		t.Logf("real pleadings not found at %s: checking the samples only", real)
	}
	for _, e := range entries {
		if e.IsDir() {
			d := filepath.Join(real, e.Name())
			cases = append(cases, layoutCase{e.Name(), filepath.Join(d, "complaint.txt"), filepath.Join(d, "answer.txt")})
		}
	}
	if len(cases) < 4 {
		t.Fatalf("only %d case folders found", len(cases))
	}
	return cases
}

// productLayouts lays out every built-in product of every case as PDF and
// calls check with each.
func productLayouts(t *testing.T, check func(name string, lay *render.Layout)) {
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range layoutCases(t) {
		cdoc, err := pleading.ParseFile(cs.complaint)
		if err != nil {
			t.Fatal(err)
		}
		adoc, err := pleading.ParseFile(cs.answer)
		if err != nil {
			t.Fatal(err)
		}
		c, err := generator.Analyze(cdoc, adoc)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range store.List() {
			md, err := tp.Execute(c)
			if err != nil {
				t.Errorf("%s on %s: %v", tp.Name, cs.name, err)
				continue
			}
			lay, err := render.New(generator.PDFOptions(tp, md, c.Header())...).Layout(md)
			if err != nil {
				t.Errorf("%s on %s: %v", tp.Name, cs.name, err)
				continue
			}
			check(cs.name+"/"+tp.Name, lay)
		}
	}
}

// TestProductPagesFilled: no page of a built-in product is more than 30%
// blank at its foot, except the last page of a section; the seed chart's
// pages are at most 5% blank at the foot on average; every case summary
// is one page.
func TestProductPagesFilled(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out every product of every case")
	}
	seen := false
	productLayouts(t, func(name string, lay *render.Layout) {
		if strings.HasSuffix(name, "/case-summary") && len(lay.Pages) != 1 {
			// The case summary promises one page.
			t.Errorf("%s: %d pages, want 1", name, len(lay.Pages))
		}
		total, n := 0.0, 0
		for i, p := range lay.Pages {
			if p.Last {
				continue
			}
			b := p.BlankFoot()
			total += b
			n++
			if b > 0.30 {
				t.Errorf("%s: page %d of %d is %.0f%% blank at its foot", name, i+1, len(lay.Pages), b*100)
			}
		}
		if name == "liveperson-v-247/response-chart" {
			seen = true
			notes := -1.0
			for _, p := range lay.Pages {
				for _, it := range p.Items {
					if it.Kind == "table-header" && it.Name == "chart" && notes < 0 {
						notes = it.Widths[len(it.Widths)-1]
					}
				}
			}
			t.Logf("%s: the Notes column takes %.1f%% of the chart's width", name, notes*100)
			if notes < 0 || notes > 0.15 {
				t.Errorf("%s: the Notes column takes %.1f%% of the chart's width, want at most 15%%", name, notes*100)
			}
			mean := total / float64(max(n, 1))
			t.Logf("%s: %d pages, mean blank foot %.1f%%", name, len(lay.Pages), mean*100)
			if mean > 0.05 {
				t.Errorf("%s: mean blank foot %.1f%%, want at most 5%%", name, mean*100)
			}
		}
	})
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "pleadings", "liveperson-v-247")); err == nil && !seen {
		t.Error("the seed case's response chart was not laid out")
	}
}

// TestHeadingsKeepWithNext: no heading ends a page without the first lines
// of what follows it: at least two lines of a paragraph (or all of a
// shorter one), or a table's header with its first row.
func TestHeadingsKeepWithNext(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out every product of every case")
	}
	productLayouts(t, func(name string, lay *render.Layout) {
		lines := map[int]int{} // lines of each block over all pages
		for _, p := range lay.Pages {
			for _, it := range p.Items {
				lines[it.Block] += it.Lines
			}
		}
		for pi, p := range lay.Pages {
			for i, it := range p.Items {
				if it.Kind != "heading" {
					continue
				}
				if err := keptWithNext(p.Items[i+1:], lines); err != "" && (pi < len(lay.Pages)-1 || i < len(p.Items)-1) {
					foot := (it.Top - p.Top) / (p.Bottom - p.Top)
					t.Errorf("%s: heading on page %d at %.0f%% of the page: %s", name, pi+1, foot*100, err)
				}
			}
		}
	})
}

// keptWithNext checks what follows a heading on its page; it returns what
// is wrong, or "".
func keptWithNext(next []render.Item, lines map[int]int) string {
	for i, it := range next {
		switch it.Kind {
		case "heading":
			continue
		case "paragraph":
			if it.Lines < min(2, lines[it.Block]) {
				return fmt.Sprintf("only %d line of the next paragraph follows it", it.Lines)
			}
		case "table-header":
			if i+1 >= len(next) || next[i+1].Kind != "row" {
				return "the next table's header follows it without a row"
			}
		}
		return ""
	}
	return "nothing follows it on its page"
}

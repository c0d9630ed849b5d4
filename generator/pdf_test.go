package generator

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// TestSeedChartPDF reads back the seed case's chart as PDF: landscape pages,
// the chart's header row on every page the chart runs over, and every
// allegation's paragraph number in the text.
func TestSeedChartPDF(t *testing.T) {
	cd, ad := loadCase(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	c, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := Render(chartTemplate(t, nil), c, []tmpl.Format{tmpl.PDF}, c.Header())
	if err != nil {
		t.Fatal(err)
	}
	data := outs[0].Data
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	n := r.NumPage()
	if n < 10 {
		t.Fatalf("%d pages: the chart of 101 allegations cannot fit", n)
	}
	const header = "¶ Allegation Response Admitted Notes"
	first, depo := 0, 0
	texts := make([]string, n+1)
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		box := p.V.Key("MediaBox")
		if box.IsNull() {
			box = p.V.Key("Parent").Key("MediaBox")
		}
		if w, h := box.Index(2).Float64(), box.Index(3).Float64(); w <= h {
			t.Errorf("page %d is %gx%g, not landscape", i, w, h)
		}
		text, err := p.GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		texts[i] = strings.Join(strings.Fields(text), " ")
		if first == 0 && strings.Contains(texts[i], header) {
			first = i
		}
		if depo == 0 && strings.Contains(texts[i], "Admissions to lock in") {
			depo = i
		}
	}
	if first == 0 || depo <= first {
		t.Fatalf("chart pages not found (first %d, deposition lists %d)", first, depo)
	}
	chartPages := depo - first
	for i := first; i < depo; i++ {
		if !strings.Contains(texts[i], header) {
			t.Errorf("chart page %d does not repeat the header row %q", i, header)
		}
	}
	all := strings.Join(texts, " ")
	for _, want := range []string{"Lack-of-knowledge responses to test", "Denials to probe", "it has developed its own competing technology"} {
		if !strings.Contains(all, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if chartPages < 5 {
		t.Errorf("the chart runs over %d pages, want several", chartPages)
	}
}

package generator

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/pleadkit/pleadkit/generator/render"
)

func BenchmarkAnalyzeSeed(b *testing.B) {
	cd, ad := loadCase(b, filepath.Join(pleadingsDir, "liveperson-v-247"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(cd, ad); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChartSeed is the response chart of the seed case from parsed
// pleadings to Markdown and PDF: analyze, execute the template, render.
func BenchmarkChartSeed(b *testing.B) {
	cd, ad := loadCase(b, filepath.Join(pleadingsDir, "liveperson-v-247"))
	t := chartTemplate(b, nil)
	b.ReportAllocs()
	for b.Loop() {
		c, err := Analyze(cd, ad)
		if err != nil {
			b.Fatal(err)
		}
		md, err := t.Execute(c)
		if err != nil {
			b.Fatal(err)
		}
		var pdf bytes.Buffer
		if err := render.New(PDFOptions(t, md, c.Header())...).PDF(&pdf, md); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChartSeedMarkdown is BenchmarkChartSeed without the PDF.
func BenchmarkChartSeedMarkdown(b *testing.B) {
	cd, ad := loadCase(b, filepath.Join(pleadingsDir, "liveperson-v-247"))
	t := chartTemplate(b, nil)
	b.ReportAllocs()
	for b.Loop() {
		c, err := Analyze(cd, ad)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := t.Execute(c); err != nil {
			b.Fatal(err)
		}
	}
}

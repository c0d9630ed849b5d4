package render

import (
	"bytes"
	"regexp"
	"testing"
)

// pagesIn counts the pages of a PDF made by fpdf.
func pagesIn(pdf []byte) int { return len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1)) }

// benchPDF renders md b.N times and reports pages per second.
func benchPDF(b *testing.B, md []byte, opts ...Option) {
	r := New(append([]Option{WithCreationDate(fixedDate), WithHeader("Smith v. Acme Corp., No. 1:24-cv-00123", "Response Chart")}, opts...)...)
	var pages int
	b.SetBytes(int64(len(md)))
	for b.Loop() {
		var buf bytes.Buffer
		if err := r.PDF(&buf, md); err != nil {
			b.Fatal(err)
		}
		pages = pagesIn(buf.Bytes())
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPDF100Pages renders a response-chart-like table of about 100 pages.
func BenchmarkPDF100Pages(b *testing.B) { benchPDF(b, bigTable(680)) }

// BenchmarkPDFKinds renders the one-page document using every node kind.
func BenchmarkPDFKinds(b *testing.B) { benchPDF(b, readTestdata(b, "kinds.md")) }

// BenchmarkPDFSmall shows the fixed cost of a document (fonts, setup).
func BenchmarkPDFSmall(b *testing.B) { benchPDF(b, []byte("Hello **world**.")) }

func BenchmarkHTML100Pages(b *testing.B) {
	md := bigTable(680)
	b.SetBytes(int64(len(md)))
	for b.Loop() {
		var buf bytes.Buffer
		if err := HTML(&buf, md, "Chart"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDFParallel renders the ~100-page document from all CPUs with
// one shared Renderer, as a batch over many cases would.
func BenchmarkPDFParallel(b *testing.B) {
	r := New(WithCreationDate(fixedDate))
	md := bigTable(680)
	b.SetBytes(int64(len(md)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			var buf bytes.Buffer
			if err := r.PDF(&buf, md); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkPDFTable300 renders the 300-row landscape table that the
// comparison with pandoc uses (README, "Development"): the work of
// `pleadkit md2pdf t300.md --landscape` without the process start.
func BenchmarkPDFTable300(b *testing.B) { benchPDF(b, bigTable(300), WithLandscape()) }

//go:build unix

package generator

import (
	"bytes"
	"syscall"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/render/docx"
	"github.com/pleadkit/pleadkit/generator/render/sheet"
)

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per operation to a benchmark's result: on a
// shared, loaded machine the wall-clock ns/op counts time spent waiting for
// a core; cpu-ms/op is the work itself.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkChartSeedDOCX renders the seed case's response chart (its
// Markdown made once) as a Word document.
func BenchmarkChartSeedDOCX(b *testing.B) {
	c := officeSeed(b)
	t := chartTemplate(b, nil)
	md, err := t.Execute(c)
	if err != nil {
		b.Fatal(err)
	}
	r := docx.New(PDFOptions(t, md, c.Header())...)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		var out bytes.Buffer
		if err := r.DOCX(&out, md); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkChartSeedXLSX writes the seed case's chart tables (rows,
// findings, deposition lists) as a workbook, tables gathered each time.
func BenchmarkChartSeedXLSX(b *testing.B) {
	c := officeSeed(b)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		tables, err := Tables(c, "response-chart")
		if err != nil {
			b.Fatal(err)
		}
		var out bytes.Buffer
		if err := sheet.XLSX(&out, tables, sheet.Props{Title: "Response Chart"}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

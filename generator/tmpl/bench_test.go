package tmpl

import (
	"fmt"
	"strings"
	"testing"
)

// chartData is a chart of n rows with long allegations, like a big complaint.
func chartData(n int) map[string]any {
	rows := make([]row, n)
	for i := range rows {
		rows[i] = row{N: i + 1, Text: fmt.Sprintf("On or about March %d, 2013, Defendant 24/7 | [24]7 *knowingly* accessed LivePerson's <servers> and copied its `code`. ", i%28+1) +
			strings.Repeat("The allegation goes on at length. ", 6)}
	}
	return map[string]any{"Rows": rows}
}

// BenchmarkExecuteChart executes a 300-row chart template (truncate + cell per row).
func BenchmarkExecuteChart(b *testing.B) {
	tp, err := Parse("chart.toml", []byte(chartTOML))
	if err != nil {
		b.Fatal(err)
	}
	tp, err = tp.WithOptions(map[string]any{"words": int64(40)})
	if err != nil {
		b.Fatal(err)
	}
	data := chartData(300)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tp.Execute(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteCaseSummary executes the built-in case summary.
func BenchmarkExecuteCaseSummary(b *testing.B) {
	s, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	tp, _ := s.Get("case-summary")
	data := testCase()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tp.Execute(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadBuiltins parses every built-in template file.
func BenchmarkLoadBuiltins(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(""); err != nil {
			b.Fatal(err)
		}
	}
}

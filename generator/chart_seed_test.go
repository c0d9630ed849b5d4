package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
)

// TestSeedChartRows checks the seed chart rows issue #12 names: the answer's
// own words reach the chart data, ¶13/¶15 (jurisdiction admitted) are no
// denials to probe, ¶72 carries the FRCP 9(c) flag, and pin cites carry no
// text-file line numbers.
func TestSeedChartRows(t *testing.T) {
	complaint, answer := loadCase(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	c, err := Analyze(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Denials {
		if p.Paragraph == 13 || p.Paragraph == 15 {
			t.Errorf("¶%d, whose jurisdiction the answer admits, is a denial to probe", p.Paragraph)
		}
	}
	flag := false
	for _, f := range c.Findings {
		if f.Code == chart.CodeConditionPrecedent && f.Paragraph == 72 {
			flag = true
		}
	}
	if !flag {
		t.Error("¶72's lack of knowledge of conditions precedent is not flagged under FRCP 9(c)")
	}
	words := map[int]string{}
	for _, r := range c.Rows {
		for _, rr := range r.Responses {
			words[r.Number] += rr.Text
		}
		if strings.Contains(r.PinCite(), "line") {
			t.Errorf("¶%d pin cite %q carries a line number", r.Number, r.PinCite())
		}
	}
	if !strings.Contains(words[69], "termination of the Co-Marketing Agreement effective November 2, 2007") {
		t.Errorf("¶69's response words lack the termination: %q", words[69])
	}
	if !strings.Contains(words[35], "took nothing from LivePerson") {
		t.Errorf("¶35's response words lack 'took nothing': %q", words[35])
	}
}

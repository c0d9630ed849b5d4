package generator

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// chartTemplate loads the built-in response-chart template, with opts over its defaults.
func chartTemplate(t testing.TB, opts map[string]any) *tmpl.Template {
	t.Helper()
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := store.Get("response-chart")
	if err != nil {
		t.Fatal(err)
	}
	if opts != nil {
		if tp, err = tp.WithOptions(opts); err != nil {
			t.Fatal(err)
		}
	}
	return tp
}

// chartRows returns the chart's table lines keyed by paragraph number.
func chartRows(md string) map[string]string {
	rows := map[string]string{}
	re := regexp.MustCompile(`^\| <a id="p(\d+)"></a>`)
	for _, line := range strings.Split(md, "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			rows[m[1]] = line
		}
	}
	return rows
}

func TestResponseChartTemplate(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	tp := chartTemplate(t, nil)
	if !tp.Page.Landscape() {
		t.Error("response-chart is not landscape")
	}
	md, err := tp.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	out := string(md)
	rows := chartRows(out)
	if len(rows) != len(c.Rows) {
		t.Errorf("chart has %d rows, want %d", len(rows), len(c.Rows))
	}
	for _, want := range []string{
		"| Admitted in part | 2 | 4–5 |",
		"| **Total** | **10** | |",
		"| PARTIES | 1–2 | 0 | 0 | 0 | 2 |",
		"| COUNT I — Breach of Contract | 8–10 |",
		"### Admissions to lock in",
		"| [¶4](#p4) | “\\[24\\]7 admits that this Court has personal jurisdiction over \\[24\\]7",
		"### Denials to probe",
		"### Lack-of-knowledge responses to test",
		"| ¶ | Allegation | Why 24/7 should know |",
		"deemed admitted (FRCP 8(b)(6))",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chart lacks %q", want)
		}
	}
	for n, want := range map[string]string{
		"2":  "Lack of knowledge of its own facts",
		"5":  "Copied response",
		"8":  "Incorporation range",
		"10": "Not answered (deemed admitted)",
		"4":  "Ans. ¶4; Compl. ¶4",
	} {
		if !strings.Contains(rows[n], want) {
			t.Errorf("row ¶%s lacks %q: %s", n, want, rows[n])
		}
	}
	// Every ¶ link has a target.
	for _, m := range regexp.MustCompile(`\(#p(\d+)\)`).FindAllStringSubmatch(out, -1) {
		if _, ok := rows[m[1]]; !ok {
			t.Errorf("link to ¶%s has no row", m[1])
		}
	}
}

func TestResponseChartAllegationWords(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	md, err := chartTemplate(t, map[string]any{"allegation_words": int64(3)}).Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	row := chartRows(string(md))["2"]
	if !strings.Contains(row, "| 24/7 is a…") || strings.Contains(row, "Campbell, California. |") {
		t.Errorf("allegation not cut to 3 words: %s", row)
	}
}

func TestResponseChartFindingsList(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	for _, on := range []bool{true, false} {
		md, err := chartTemplate(t, map[string]any{"findings_list": on}).Execute(c)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(md), "## Findings"); got != on {
			t.Errorf("findings_list = %v: Findings section present = %v", on, got)
		}
		if !strings.Contains(chartRows(string(md))["8"], "Incorporation range") {
			t.Errorf("findings_list = %v: the chart's Notes lost the finding", on)
		}
	}
}

func TestResponseChartEscapes(t *testing.T) {
	c, a := testComplaint(), testAnswer()
	c.Paragraphs[6].Text = "Acme's *customers* | pay $5 <b>now</b>."
	cs, err := Analyze(c, a)
	if err != nil {
		t.Fatal(err)
	}
	md, err := chartTemplate(t, nil).Execute(cs)
	if err != nil {
		t.Fatal(err)
	}
	row := chartRows(string(md))["7"]
	if strings.Count(row, " | ") != 4 && !strings.Contains(row, `\|`) {
		t.Errorf("a | in the allegation splits the row: %s", row)
	}
	if strings.Contains(row, "<b>") || strings.Contains(row, " *customers* ") {
		t.Errorf("allegation markup not escaped: %s", row)
	}
}

// updateChart rewrites the golden chart: go test ./generator -run Golden -update-chart
var updateChart = flag.Bool("update-chart", false, "rewrite testdata/response-chart.golden.md")

// TestResponseChartGolden compares the chart of the small constructed case
// with testdata/response-chart.golden.md.
func TestResponseChartGolden(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	md, err := chartTemplate(t, nil).Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "response-chart.golden.md")
	if *updateChart {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := WriteFileAtomic(golden, md); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-chart to create it)", err)
	}
	if !bytes.Equal(md, want) {
		t.Errorf("chart differs from %s (run with -update-chart if the change is right):\n%s", golden, firstDiff(string(want), string(md)))
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %q\ngot  %q", i+1, w, g)
		}
	}
	return ""
}

// TestCaseJSON checks the snake_case field names `pleadkit analyze --json` prints.
func TestCaseJSON(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "caption", "complaint", "answer", "answering_party", "rows", "summary", "findings", "admissions", "denials", "no_knowledge"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	row := m["rows"].([]any)[3].(map[string]any)
	for _, k := range []string{"number", "allegation", "line", "class", "class_text", "admitted", "responses", "findings"} {
		if _, ok := row[k]; !ok {
			t.Errorf("row JSON lacks %q", k)
		}
	}
	sum := m["summary"].(map[string]any)
	for _, k := range []string{"paragraphs", "by_class", "by_section", "by_count", "not_answered", "deemed_admitted"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary JSON lacks %q", k)
		}
	}
	f := m["findings"].([]any)[0].(map[string]any)
	for _, k := range []string{"code", "severity", "paragraph", "complaint_line", "message", "label"} {
		if _, ok := f[k]; !ok {
			t.Errorf("finding JSON lacks %q", k)
		}
	}
}

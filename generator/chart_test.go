package generator

import (
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
		"| [¶4](#p4) | “this Court has personal jurisdiction over \\[24\\]7",
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
		"4":  "Answer ¶4, line 108",
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

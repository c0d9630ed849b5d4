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
	asserted := map[int]string{}
	for _, st := range c.Assertions {
		asserted[st.Paragraph] += st.Text + " | "
	}
	for n, want := range map[int]string{
		69: "gave notice of termination of the Co-Marketing Agreement effective November 2, 2007",
		35: "[24]7 took nothing from LivePerson, and [24]7 spent many years and millions of dollars",
		11: "462 Seventh Ave, 3rd Floor",
		4:  "[24]7 brought predictive analysis technology to its relationship with LivePerson",
		24: "[24]7 has provided predictive analytics as part of its business services for many years",
	} {
		if !strings.Contains(asserted[n], want) {
			t.Errorf("the assertions of ¶%d lack %q: %q", n, want, asserted[n])
		}
	}
	denied := map[int][]string{}
	for _, st := range c.SpecificDenials {
		denied[st.Paragraph] = append(denied[st.Paragraph], st.Text)
	}
	if len(denied[5]) != 4 {
		t.Errorf("¶5 makes four specific denials, the list has %d: %q", len(denied[5]), denied[5])
	}
	if !strings.Contains(strings.Join(denied[32], " "), "source code") {
		t.Errorf("¶32's denial of access to source code is not listed: %q", denied[32])
	}
	for _, r := range c.Rows {
		if r.Number != 49 {
			continue
		}
		got := strings.Join(r.Admitted, " ")
		for _, want := range []string{"“the first predictive, real-time customer assistance solution for chat”", "“[24]7 Assist, the industry’s first smart chat platform"} {
			if !strings.Contains(got, want) {
				t.Errorf("¶49's admission lacks %s: %q", want, got)
			}
		}
	}
}

// TestSeedDepositionLists checks the seed's deposition lists tied to the
// matrix: admissions grouped with the count elements first and the parties,
// jurisdiction and venue last; denials only of real denials, ranked by how
// much a count depends on them; and every discovery suggestion drawn from
// its allegation — one repeated across rows only where those rows share the
// words it names.
func TestSeedDepositionLists(t *testing.T) {
	complaint, answer := loadCase(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	c, err := Analyze(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	d, err := c.Deposition()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Groups) < 3 || d.Groups[0].Count == "" || d.Groups[len(d.Groups)-1].Label != "Parties, jurisdiction and venue" {
		t.Fatalf("groups %d, first %q, last %q", len(d.Groups), d.Groups[0].Label, d.Groups[len(d.Groups)-1].Label)
	}
	n := 0
	for _, g := range d.Groups {
		n += len(g.Admissions)
	}
	if n != len(c.Admissions) {
		t.Errorf("the groups hold %d admissions, the chart %d", n, len(c.Admissions))
	}
	class := map[int]string{}
	allegation := map[int]string{}
	for _, r := range c.Rows {
		class[r.Number] = string(r.Class)
		allegation[r.Number] = strings.ToLower(r.Allegation)
		if p := complaint.Paragraph(r.Number); p != nil {
			allegation[r.Number] += " " + strings.ToLower(strings.Join(p.Exhibits, " "))
		}
	}
	rows := map[string][]int{}
	for i, p := range d.Denials {
		if class[p.Paragraph] == "admitted" || p.Paragraph == 13 || p.Paragraph == 15 {
			t.Errorf("¶%d (%s) is a denial to probe", p.Paragraph, class[p.Paragraph])
		}
		if i > 0 && p.Weight > d.Denials[i-1].Weight {
			t.Errorf("¶%d (weight %.2f) ranks below ¶%d (%.2f)", p.Paragraph, p.Weight, d.Denials[i-1].Paragraph, d.Denials[i-1].Weight)
		}
		for _, r := range p.Reasons {
			rows[r] = append(rows[r], p.Paragraph)
		}
	}
	if len(d.Denials) != len(c.Denials) || len(d.Denials) == 0 {
		t.Errorf("%d ranked denials, %d denials", len(d.Denials), len(c.Denials))
	}
	for r, ns := range rows {
		if len(ns) < 2 {
			continue
		}
		// The words of the suggestion its rows' allegations hold: they
		// must be words every one of those allegations holds.
		var shared []string
		for _, w := range strings.FieldsFunc(strings.ToLower(r), func(c rune) bool { return !(c >= 'a' && c <= 'z' || c == '-') }) {
			if len(w) < 4 || templateWords[w] {
				continue
			}
			stem := w[:min(len(w), 4)] // "loss" for "losses", "misr" for "misrepresentations"
			in := 0
			for _, n := range ns {
				if strings.Contains(allegation[n], stem) {
					in++
				}
			}
			if in == len(ns) {
				shared = append(shared, w)
			}
		}
		if len(shared) == 0 {
			t.Errorf("%q is repeated for ¶¶%v, whose allegations share none of its words", r, ns)
		}
	}
}

// templateWords are the words of the discovery suggestions' own wording.
var templateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`alleged records request production custodians identify search their mailboxes subpoenas customers
		others named books plaintiff's plaintiff interrogatory topic conduct deposition documents showing inspection access logs
		captures internet archive wrote approved drafts communications about referred admission disputes really facts which
		witnesses prove every denies knowledge contention rule names allegation with them when whose instruction know says knew
		incident complaint files investigated force following`) {
		templateWords[w] = true
	}
}

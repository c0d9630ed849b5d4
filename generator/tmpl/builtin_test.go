package tmpl

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The shapes the case summary reads, named as in package pleading (the
// real pleadings are tested in ./realdata, so that this package's tests do
// not depend on the parser building).
type (
	party struct {
		Name    string
		Aliases []string
	}
	judge struct {
		Name, Initials, Title string
	}
	caption struct {
		Court, CaseNumber      string
		Plaintiffs, Defendants []party
		Judges                 []judge
	}
	count struct {
		Number         int
		Title, Statute string
		First, Last    int
	}
	prayerItem struct{ Number, Text string }
	counsel    struct {
		Names []string
		Firm  string
	}
	defense struct {
		Number      int
		Title, Text string
	}
	document struct {
		Title      string
		Caption    caption
		Date       string
		JuryDemand bool
		Paragraphs []struct{}
		Counts     []count
		Prayer     []prayerItem
		Responses  []struct{}
		Defenses   []defense
		Counsel    []counsel
	}
)

// summaryCase has the shape of the analyzed case the generator passes to a
// template: the two pleadings side by side.
type summaryCase struct {
	Complaint *document
	Answer    *document
	Firm      Firm
}

func testCase() summaryCase {
	complaint := &document{
		Title: "Complaint for Copyright Infringement",
		Caption: caption{
			Court:      "United States District Court, Southern District of New York",
			CaseNumber: "1:14-cv-01559-RWS",
			Plaintiffs: []party{{Name: "LivePerson, Inc.", Aliases: []string{"LivePerson", "Plaintiff"}}},
			Defendants: []party{{Name: "24/7 Customer, Inc.", Aliases: []string{"[24]7", "24/7 | Defendant"}}},
			Judges:     []judge{{Initials: "RWS", Title: "Judge"}},
		},
		Date:       "2014-03-06",
		JuryDemand: true,
		Counsel:    []counsel{{Names: []string{"Mark S. Cohen", "Sandra C. McCallion"}, Firm: "Cohen & Gresser LLP"}},
		Paragraphs: make([]struct{}, 101),
		Counts: []count{
			{Number: 1, Title: "Copyright Infringement", Statute: "17 U.S.C. § 501", First: 56, Last: 67},
			{Number: 2, Title: "Misappropriation of *Trade Secrets*", First: 68, Last: 81},
		},
		Prayer: []prayerItem{
			{Number: "a", Text: "An injunction against further use of LivePerson's _confidential_ information;"},
			{Number: "b", Text: "Damages in an amount to be determined at trial, together with interest, costs and the reasonable attorneys' fees that the statute allows, and such other relief as the Court deems just and proper under the circumstances of this case."},
		},
	}
	answer := &document{
		Title:     "Answer and Affirmative Defenses",
		Date:      "2014-04-01",
		Responses: make([]struct{}, 99),
		Counsel:   []counsel{{Names: []string{"Mark E. Miller"}, Firm: "O'Melveny & Myers LLP"}},
		Defenses: []defense{
			{Number: 1, Title: "Failure to State a Claim"},
			{Number: 2, Title: "Statute of Limitations"},
		},
	}
	return summaryCase{Complaint: complaint, Answer: answer}
}

// TestCaseSummaryGolden renders the built-in case summary; -update rewrites
// the golden file.
func TestCaseSummaryGolden(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := s.Get("case-summary")
	if err != nil {
		t.Fatal(err)
	}
	got, err := tp.Execute(testCase())
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "case-summary.golden.md")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/tmpl -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("case summary differs from %s (run with -update if the change is right):\n%s", golden, got)
	}
	// The parts a reader relies on, asserted apart from the golden file.
	for _, w := range []string{
		"Case No. 1:14-cv-01559-RWS",
		"| Defendant | 24/7 Customer, Inc. | \\[24\\]7; 24/7 \\| Defendant |",
		"| II | Misappropriation of \\*Trade Secrets\\* |  | 68–81 |",
		"filed March 6, 2014: 101 paragraphs, 2 counts; jury demanded.",
		"Answer and Affirmative Defenses, filed April 1, 2014.",
		"**Plaintiff's counsel:** Mark S. Cohen, Sandra C. McCallion (Cohen & Gresser LLP).",
		"**Defense counsel:** Mark E. Miller (O'Melveny & Myers LLP).",
		"99 responses, 2 affirmative defenses: 1. Failure to State a Claim; 2. Statute of Limitations.",
	} {
		if !bytes.Contains(got, []byte(w)) {
			t.Errorf("summary lacks %q", w)
		}
	}

	if w := "Case No. 1:14-cv-01559-RWS · Judge RWS (initials in the case number)"; !bytes.Contains(got, []byte(w)) {
		t.Errorf("summary lacks the judge's initials %q", w)
	}

	// The judge the answer's caption names wins over the complaint's
	// initials; a second is the magistrate judge.
	c := testCase()
	c.Answer.Caption.Judges = []judge{{Name: "Robert W. Sweet", Title: "Judge"}, {Name: "Jane Doe", Title: "Magistrate Judge"}}
	got, err = tp.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	if w := "· Judge Robert W. Sweet, Magistrate Judge Jane Doe\n"; !bytes.Contains(got, []byte(w)) || bytes.Contains(got, []byte("initials")) {
		t.Errorf("summary with the answer's judges:\n%s", got)
	}

	// A case without an answer or counts still renders.
	c = testCase()
	c.Answer = nil
	c.Complaint.Counts = nil
	c.Complaint.Prayer = nil
	got, err = tp.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got, []byte("no numbered counts")) || bytes.Contains(got, []byte("## Answer")) {
		t.Errorf("summary without answer and counts:\n%s", got)
	}

	// The prayer_words option shortens the prayer items.
	short, err := tp.WithOptions(map[string]any{"prayer_words": int64(3)})
	if err != nil {
		t.Fatal(err)
	}
	got, err = short.Execute(testCase())
	if err != nil {
		t.Fatal(err)
	}
	// Each prayer item is numbered once, by its own number, on its own line.
	if !bytes.Contains(got, []byte("<br>\n(b) Damages in an…")) || bytes.Contains(got, []byte("- (")) {
		t.Errorf("prayer_words = 3:\n%s", got)
	}
}

// TestCaseSummaryTables checks every table of the summary parses as a GFM
// table with the right number of cells in every row.
func TestCaseSummaryTables(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, _ := s.Get("case-summary")
	got, err := tp.Execute(testCase())
	if err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := gfm.Convert(got, &html); err != nil {
		t.Fatal(err)
	}
	out := html.String()
	if n := strings.Count(out, "<table>"); n != 2 {
		t.Errorf("%d tables, want 2 (parties, counts)", n)
	}
	rows := regexp.MustCompile(`(?s)<tr>.*?</tr>`).FindAllString(out, -1)
	for _, r := range rows {
		if n := strings.Count(r, "<td") + strings.Count(r, "<th"); n != 3 && n != 4 {
			t.Errorf("row with %d cells: %s", n, r)
		}
	}
	for _, bad := range []string{"<em>", "<strong>Trade", "<del>"} {
		if strings.Contains(out, bad) {
			t.Errorf("pleading text rendered as markup %s:\n%s", bad, out)
		}
	}
}

// TestREADMEExample parses and runs the example template of README-section.md.
func TestREADMEExample(t *testing.T) {
	sec, err := os.ReadFile("README-section.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```toml\n(.*?)```").FindSubmatch(sec)
	if m == nil {
		t.Fatal("README-section.md has no ```toml example")
	}
	tp, err := Parse("README-section.md", m[1])
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"Title": "LivePerson v. 24/7", "Rows": []map[string]any{
		{"Number": 1, "Allegation": "Plaintiff | is *here*", "ClassText": "Admitted"},
	}}
	got, err := tp.Execute(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `| <a id="p1"></a>1 | Plaintiff \| is \*here\* | Admitted |`) {
		t.Errorf("README example gives:\n%s", got)
	}
	if !tp.Page.Landscape() || tp.Page.ColumnWidthsFor(3) == nil {
		t.Errorf("README example page = %+v", tp.Page)
	}
}

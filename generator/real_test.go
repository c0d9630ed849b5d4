package generator

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

// pleadingsDir is the shared folder of real pleadings, beside the repository.
var pleadingsDir = filepath.Join("..", "..", "shared", "pleadings")

// loadCase parses the complaint and answer of a case folder, skipping the
// test when the folder is absent.
func loadCase(t testing.TB, dir string) (complaint, answer *pleading.Document) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("pleadings not available (%v): the real-case tests need %s", err, dir)
	}
	// Every pleading of the folder, told apart by what the parser says it is
	// (the file names do not always say: doc1.txt, answer-after-removal.txt).
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	mds, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	for _, f := range append(files, mds...) {
		base := filepath.Base(f)
		if base == "EXPECTED.md" || base == "README.md" || base == "SOURCES.md" {
			continue
		}
		d, err := pleading.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch d.Kind {
		case pleading.KindComplaint:
			complaint = d
		case pleading.KindAnswer:
			answer = d
		}
	}
	if complaint == nil || answer == nil {
		t.Fatalf("%s: need a complaint and an answer (found complaint %v, answer %v)", dir, complaint != nil, answer != nil)
	}
	return complaint, answer
}

// findingParas returns the complaint paragraphs that have a finding with code.
func findingParas(c *Case, code string) []int {
	var out []int
	for _, f := range c.Findings {
		if f.Code == code {
			out = append(out, f.Paragraph)
		}
	}
	return out
}

// checkRows asserts one row per complaint paragraph, in order, each with its
// source line, and the class counts adding up.
func checkRows(t *testing.T, c *Case) {
	t.Helper()
	if len(c.Rows) != len(c.Complaint.Paragraphs) {
		t.Errorf("%d rows for %d complaint paragraphs", len(c.Rows), len(c.Complaint.Paragraphs))
	}
	for i, r := range c.Rows {
		if p := c.Complaint.Paragraphs[i]; r.Number != p.Number || r.Line != p.Line || r.Allegation == "" {
			t.Errorf("row %d is ¶%d line %d, want ¶%d line %d", i, r.Number, r.Line, p.Number, p.Line)
		}
		for _, rr := range r.Responses {
			if rr.Line <= 0 {
				t.Errorf("¶%d: answer ¶%d has no source line", r.Number, rr.Paragraph)
			}
		}
	}
	checkSummary(t, c)
}

func TestSeedCase(t *testing.T) {
	cd, ad := loadCase(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	c, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	checkRows(t, c)
	if len(c.Rows) != 101 {
		t.Fatalf("%d rows, want 101", len(c.Rows))
	}
	for i, r := range c.Rows {
		if r.Number != i+1 {
			t.Errorf("row %d is ¶%d", i+1, r.Number)
		}
		if r.Class == pleading.ClassNotAnswered || len(r.Responses) == 0 {
			t.Errorf("¶%d has no response", r.Number)
		}
	}
	for n, want := range map[int]string{
		35: "it has developed its own competing technology, and that it competes with LivePerson in some markets",
		47: "it has advertised itself as creating the first predictive or smart chat program",
	} {
		if got := strings.Join(c.Rows[n-1].Admitted, " | "); !strings.Contains(got, want) {
			t.Errorf("¶%d admitted = %q, want it to quote %q", n, got, want)
		}
	}
	tests := []struct {
		code string
		want []int
	}{
		{chart.CodeIncorporationRange, []int{68, 82}},
		{chart.CodeCopiedResponse, []int{16, 84}},
		{chart.CodeNotAnswered, nil},
		{chart.CodeUnknownParagraph, nil},
		{chart.CodeCaptionMismatch, nil},
		{chart.CodeAnsweredTwice, nil},
	}
	for _, tt := range tests {
		if got := findingParas(c, tt.code); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s findings on ¶¶%v, want ¶¶%v", tt.code, got, tt.want)
		}
	}
	if self := findingParas(c, chart.CodeSelfKnowledge); !slices.Contains(self, 14) {
		t.Errorf("¶14 (diversity of citizenship denied for lack of knowledge) not flagged; self-knowledge on ¶¶%v", self)
	}
	for _, f := range c.Findings {
		if f.Paragraph > 0 && (f.ComplaintLine == 0 || f.AnswerLine == 0) {
			t.Errorf("finding %s on ¶%d lacks a source line: %+v", f.Code, f.Paragraph, f)
		}
	}
	if c.AnsweringParty != "24/7" || c.Title != "LivePerson, Inc. v. 24/7 Customer, Inc." {
		t.Errorf("party %q, title %q", c.AnsweringParty, c.Title)
	}

	md, err := chartTemplate(t, nil).Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	rows := chartRows(string(md))
	if len(rows) != 101 {
		t.Errorf("chart has %d rows, want 101", len(rows))
	}
	if !strings.Contains(rows["35"], "it has developed its own competing technology") || !strings.Contains(rows["35"], "| “") {
		t.Errorf("chart row ¶35 does not quote the admission: %s", rows["35"])
	}
	for _, n := range []string{"68", "82"} {
		if !strings.Contains(rows[n], "Incorporation range") {
			t.Errorf("chart row ¶%s lacks the incorporation finding", n)
		}
	}
}

// TestRealCases checks every real case: a row for every allegation, and the
// classes of responses a lawyer has read.
func TestRealCases(t *testing.T) {
	tests := []struct {
		dir     string
		rows    int
		classes map[int]pleading.Class
	}{
		{"usa-v-arkansas", 36, map[int]pleading.Class{2: pleading.ClassAdmitted, 1: pleading.ClassPartlyAdmitted, 3: pleading.ClassDenied, 11: pleading.ClassAdmitted, 12: pleading.ClassAdmitted}},
		{"eeoc-v-rv-fun", 13, map[int]pleading.Class{1: pleading.ClassAdmitted, 7: pleading.ClassAdmitted, 8: pleading.ClassDenied, 9: pleading.ClassPartlyAdmitted, 13: pleading.ClassDenied}},
		{"usa-v-denka", 66, map[int]pleading.Class{4: pleading.ClassDenied, 6: pleading.ClassPartlyAdmitted, 20: pleading.ClassNoKnowledge}},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			cd, ad := loadCase(t, filepath.Join(pleadingsDir, tt.dir))
			c, err := Analyze(cd, ad)
			if err != nil {
				t.Fatal(err)
			}
			checkRows(t, c)
			if len(c.Rows) != tt.rows {
				t.Errorf("%d rows, want %d", len(c.Rows), tt.rows)
			}
			for n, want := range tt.classes {
				if n > len(c.Rows) {
					t.Errorf("no row ¶%d", n)
					continue
				}
				if got := c.Rows[n-1].Class; got != want {
					t.Errorf("¶%d class %s, want %s", n, got, want)
				}
			}
			if na := findingParas(c, chart.CodeNotAnswered); len(na) > 0 {
				t.Errorf("paragraphs not answered: %v", na)
			}
			md, err := chartTemplate(t, nil).Execute(c)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(chartRows(string(md))); got != len(c.Rows) {
				t.Errorf("chart has %d rows, want %d", got, len(c.Rows))
			}
		})
	}
}

// TestSampleCase checks the deliberate flaws of the sample case (see its EXPECTED.md).
func TestSampleCase(t *testing.T) {
	cd, ad := loadCase(t, filepath.Join("..", "samples", "acme-v-brightline"))
	c, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	checkRows(t, c)
	has := func(code string, n int) bool { return slices.Contains(findingParas(c, code), n) }
	if !has(chart.CodeIncorporationRange, 47) {
		t.Error("F1: answer ¶47's range 1-41 (complaint: 1-46) not flagged")
	}
	if !has(chart.CodeSelfKnowledge, 8) {
		t.Error("F3: lack of knowledge of Brightline's own citizenship (¶8) not flagged")
	}
	if !has(chart.CodeNotAnswered, 33) && !has(chart.CodeGeneralDenialOnly, 33) {
		t.Error("F4: ¶33 not flagged as unanswered")
	}
	if !has(chart.CodeUnknownParagraph, 59) {
		t.Error("F5: answer ¶59 (the complaint has 58) not flagged")
	}
	if got := findingParas(c, chart.CodeCopiedResponse); len(got) > 1 {
		t.Errorf("copied responses flagged on ¶¶%v, want at most ¶20", got)
	}
	t.Run("F2", func(t *testing.T) {
		if c.Complaint.Paragraph(19) == nil {
			t.Skip("parser: complaint ¶19 of samples/acme-v-brightline is missing from the parse")
		}
		if !has(chart.CodeCopiedResponse, 20) {
			t.Error("F2: answer ¶20 copies ¶19 but is not flagged")
		}
	})
	t.Run("general denial", func(t *testing.T) {
		if c.Answer.GeneralDenial == "" {
			t.Skip("parser: the answer's GENERAL DENIAL (answer.md line 167) is not in Document.GeneralDenial")
		}
		if !has(chart.CodeGeneralDenialOnly, 33) || has(chart.CodeNotAnswered, 33) {
			t.Error("¶33 should be covered by the general denial only")
		}
	})
}

// TestBatchSamples checks the fictional cases in other pleading styles (see
// each folder's EXPECTED.md): a row for every allegation, and their flaws found.
func TestBatchSamples(t *testing.T) {
	tests := []struct {
		dir  string
		rows int
		code string // the deliberate flaw's finding
		para int
	}{
		{"pruitt-v-cardinal-ridge", 0, "", 0},
		{"quillhaven-v-quill-and-haven", 0, chart.CodeIncorporationRange, 26},
		{"tidewater-v-coldspire", 0, chart.CodeGeneralDenialOnly, 42},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			cd, ad := loadCase(t, filepath.Join("..", "samples", "batch", tt.dir))
			c, err := Analyze(cd, ad)
			if err != nil {
				t.Fatal(err)
			}
			checkRows(t, c)
			if tt.code != "" && !slices.Contains(findingParas(c, tt.code), tt.para) {
				t.Errorf("no %s finding on ¶%d; findings:\n%s", tt.code, tt.para, dumpFindings(c))
			}
			if tt.dir == "tidewater-v-coldspire" && !slices.Contains(findingParas(c, chart.CodeAnsweredTwice), 41) {
				t.Errorf("answer ¶42 responds to ¶41 again (flaw FB1) but ¶41 is not flagged as answered twice")
			}
			if tt.dir != "tidewater-v-coldspire" {
				if got := findingParas(c, chart.CodeAnsweredTwice); len(got) > 0 {
					t.Errorf("answered-twice findings on ¶¶%v, want none", got)
				}
			}
			if na := findingParas(c, chart.CodeNotAnswered); len(na) > 0 {
				t.Errorf("paragraphs not answered and not covered by a general denial: %v", na)
			}
			for _, f := range c.Findings {
				if f.Code == chart.CodeCaptionMismatch && f.Severity != joined.SeverityInfo {
					t.Errorf("caption mismatch reported as %s: %s", f.Severity, f.Message)
				}
			}
		})
	}
}

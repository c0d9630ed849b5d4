package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/pleading"
)

// TestChartFindingsOtherCourts checks the chart slips issue #12 found on
// chestnut-v-merrill: ¶9 is answered (not deemed admitted), the general
// denial pleaded as the first affirmative defense counts, a copied-response
// finding never fires on the answer's boilerplate, and "speaks for itself"
// is no warning on a statement of law or beside a general denial.
func TestChartFindingsOtherCourts(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "chestnut-v-merrill"))
	if r := rowOf(t, c, 9); r.DeemedAdmitted || len(r.Responses) == 0 {
		t.Errorf("chestnut ¶9: deemed admitted %v, %d responses: Answer ¶9 answers it", r.DeemedAdmitted, len(r.Responses))
	}
	if c.GeneralDenial == "" {
		t.Error("chestnut: the general denial of Affirmative Defense 1 is not seen")
	}
	for _, f := range c.Findings {
		switch {
		case f.Code == chart.CodeNotAnswered:
			t.Errorf("chestnut ¶%d flagged not answered: %s", f.Paragraph, f.Message)
		case f.Code == chart.CodeCopiedResponse:
			t.Errorf("chestnut ¶%d: copied-response on boilerplate: %s", f.Paragraph, f.Message)
		case f.Code == chart.CodeRefersToDocument && f.Severity != joined.SeverityInfo:
			t.Errorf("chestnut ¶%d: %s %s", f.Paragraph, f.Severity, f.Message)
		}
	}
	// The seed's two real copies stay flagged.
	seed := analyzeDir(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	got := map[int]bool{}
	for _, f := range seed.Findings {
		if f.Code == chart.CodeCopiedResponse {
			got[f.Paragraph] = true
		}
	}
	if !got[16] || !got[84] || len(got) != 2 {
		t.Errorf("seed copied responses %v, want ¶16 and ¶84", got)
	}
}

// TestNoKnowledgeJudgedOnClause checks the seed's lack-of-knowledge list:
// "does not name 24/7" never said of text that names it, the responses the
// tool judges proper marked so the chart can leave them out, and ¶72's
// conditions precedent not among them.
func TestNoKnowledgeJudgedOnClause(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	proper := 0
	for _, p := range c.NoKnowledge {
		judged := p.Allegation
		if p.Scope != "" {
			judged = p.Scope
		}
		for _, r := range p.Reasons {
			if strings.Contains(r, "does not name 24/7") && strings.Contains(r, "(the allegation does not name") && strings.Contains(judged, "24/7") {
				t.Errorf("¶%d: %q, but the allegation names 24/7", p.Paragraph, r)
			}
			if strings.Contains(r, "the allegation does not name") && p.Scope != "" {
				t.Errorf("¶%d: %q said of the allegation, though the clause covers only %q", p.Paragraph, r, p.Scope)
			}
		}
		if p.Proper {
			proper++
			if p.Paragraph == 72 {
				t.Error("¶72 (conditions precedent, FRCP 9(c)) is judged proper")
			}
		}
	}
	if proper == 0 || proper == len(c.NoKnowledge) {
		t.Errorf("%d of %d lack-of-knowledge responses judged proper", proper, len(c.NoKnowledge))
	}
	if n := len(c.NoKnowledgeToTest()); n != len(c.NoKnowledge)-proper {
		t.Errorf("NoKnowledgeToTest has %d, want %d", n, len(c.NoKnowledge)-proper)
	}
}

// TestPinCitesPages checks that the chart's pin cites carry the page of the
// filing: the CM/ECF stamp of a text file (chestnut), and the PDF page for
// pleadings read from PDF (the sample case, printed to PDF here).
func TestPinCitesPages(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "chestnut-v-merrill"))
	if got := rowOf(t, c, 9).PinCite(); got != "Ans. ¶9, p. 3; Compl. ¶9, p. 3" {
		t.Errorf("chestnut ¶9 pin cite %q, want the stamped pages (Ans. p. 3, Compl. p. 3)", got)
	}
	dir := t.TempDir()
	var docs []*pleading.Document
	for _, name := range []string{"complaint", "answer"} {
		md, err := os.ReadFile(filepath.Join("..", "samples", "acme-v-brightline", name+".md"))
		if err != nil {
			t.Fatal(err)
		}
		var pdf bytes.Buffer
		if err := render.New().PDF(&pdf, md); err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(f, pdf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := pleading.ParseFile(f)
		if err != nil {
			t.Skipf("the PDF reader is not available here: %v", err)
		}
		docs = append(docs, d)
	}
	pc, err := Analyze(docs[0], docs[1])
	if err != nil {
		t.Fatal(err)
	}
	last := pc.Rows[len(pc.Rows)-1]
	if last.Page < 2 || len(last.Responses) == 0 || last.Responses[0].Page < 2 {
		t.Fatalf("PDF input: the last row sits on complaint page %d, answer page %v: want the PDF pages", last.Page, last.Responses)
	}
	if !strings.Contains(last.PinCite(), ", p. ") {
		t.Errorf("PDF input: pin cite %q carries no page", last.PinCite())
	}
}

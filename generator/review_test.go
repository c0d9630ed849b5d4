package generator

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

// Regressions from reading the charts of the real cases row by row.

// analyzeDir parses and joins the pleadings of a case folder.
func analyzeDir(t *testing.T, dir string) *Case {
	t.Helper()
	complaint, answer := loadCase(t, dir)
	c, err := Analyze(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// rowOf returns the chart row of complaint paragraph n.
func rowOf(t *testing.T, c *Case, n int) joined.Row {
	t.Helper()
	for _, r := range c.Rows {
		if r.Number == n {
			return r
		}
	}
	t.Fatalf("no row for ¶%d", n)
	return joined.Row{}
}

func TestReviewSeedSelfKnowledge(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	self := findingParas(c, chart.CodeSelfKnowledge)
	// ¶14 (diversity) and ¶75 (24/7's own awareness, only partly admitted) stay.
	for _, n := range []int{14, 75} {
		if !slices.Contains(self, n) {
			t.Errorf("¶%d not flagged for lack of knowledge of its own facts: %v", n, self)
		}
	}
	// ¶33: the only sentence about 24/7 ("24/7 is afforded access solely as a
	// subcontractor") is denied in words; "Except as so admitted or denied"
	// does not reach it.
	if slices.Contains(self, 33) {
		t.Errorf("¶33 flagged although the response denies the statement about 24/7: %v", self)
	}
	// ¶25: the admission stops before "and respectfully refers the Court".
	for _, s := range rowOf(t, c, 25).Admitted {
		if strings.Contains(s, "refers the Court") {
			t.Errorf("¶25 admission runs into the reference to the contract: %q", s)
		}
	}
}

func TestReviewDenkaPartialWithoutDenial(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "usa-v-denka"))
	// Answer ¶34 admits part and refers to the order; it denies nothing. An
	// admission beside only "speaks for itself" is admitted (GOLD.md), and
	// the response text says the admission is narrower than the allegation.
	r := rowOf(t, c, 34)
	if r.Class != pleading.ClassAdmitted || !strings.Contains(r.ResponseText, "narrower words") {
		t.Errorf("¶34 class %s, response text %q: want admitted, in narrower words", r.Class, r.ResponseText)
	}
	// ¶41: "admits only that EPA published the 2010 Review in 2010, but DPE avers ...".
	for _, s := range rowOf(t, c, 41).Admitted {
		if strings.Contains(s, "avers") {
			t.Errorf("¶41 admission runs into DPE's averment: %q", s)
		}
	}
}

func TestReviewEEOCAdmissionCut(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "eeoc-v-rv-fun"))
	r := rowOf(t, c, 9)
	if len(r.Admitted) != 1 || !strings.HasSuffix(r.Admitted[0], "worked in a cleaning capacity for RV Fun …") {
		t.Errorf("¶9 admitted %q: want the admission cut before “but, upon information and belief, alleges”", r.Admitted)
	}
}

// discoveryOf returns the discovery suggested for denied ¶n, joined.
func discoveryOf(t *testing.T, c *Case, n int) string {
	t.Helper()
	for _, p := range c.Denials {
		if p.Paragraph == n {
			return strings.Join(p.Reasons, " | ")
		}
	}
	t.Fatalf("¶%d is not among the denials to probe", n)
	return ""
}

func TestReviewSeedDiscovery(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	for _, tt := range []struct {
		n         int
		want, not string
	}{
		// LivePerson's own business, 24/7 not named: not 24/7's mailboxes or systems.
		{1, "LivePerson's own", "mailboxes"},
		{17, "LivePerson's own", "FRCP 34 inspection"},
		// "Co-Marketing Agreement" names a contract, not marketing materials.
		{25, "Exhibit A", "web pages"},
		{69, "Co-Marketing Agreement", "web pages"},
		// "through the filing of this action" is not a document to request.
		{59, "", "the filing referred to"},
		// "24/7’s false advertisements" (curly apostrophe) names 24/7.
		{50, "advertisements", "LivePerson's own"},
	} {
		got := discoveryOf(t, c, tt.n)
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("¶%d discovery %q: want %q", tt.n, got, tt.want)
		}
		if strings.Contains(got, tt.not) {
			t.Errorf("¶%d discovery %q: should not say %q", tt.n, got, tt.not)
		}
	}
}

func TestReviewSampleLackOfKnowledgeReasons(t *testing.T) {
	c := analyzeDir(t, filepath.Join("..", "samples", "acme-v-brightline"))
	for _, p := range c.NoKnowledge {
		got := strings.Join(p.Reasons, " | ")
		switch p.Paragraph {
		case 13: // "Acme was founded in Cleveland in 2009 ...": Acme's own business
			if !strings.Contains(got, "Acme's own business") {
				t.Errorf("¶13 reasons %q: want the plaintiff's own business said", got)
			}
		case 8: // Brightline's own incorporation
			if strings.Contains(got, "Acme's own business") || !strings.Contains(got, "Brightline itself") {
				t.Errorf("¶8 reasons %q", got)
			}
		}
	}
}

func TestReviewDefenseNegativeWithAffirmativeReason(t *testing.T) {
	_, cl := realChecklist(t, "eeoc-v-rv-fun")
	// "Christiaan Calhoon is not a qualified individual with a disability
	// because he posed a direct threat ...": direct threat is the employer's
	// affirmative defense; the defense is not a mere denial.
	d := cl.Defense(2)
	if d == nil {
		t.Fatal("no defense 2")
	}
	if d.Negative || d.Kind != "affirmative" {
		t.Errorf("defense 2: negative %v, kind %q; want an affirmative defense (direct threat)", d.Negative, d.Kind)
	}
	// Defense 3 ("does not suffer from a disability") stays a negative defense.
	if d := cl.Defense(3); d == nil || !d.Negative {
		t.Errorf("defense 3 should be negative")
	}

	_, cl = realChecklist(t, "usa-v-arkansas")
	// "Failure To State A Claim - Eleventh Amendment Immunity": negative in part.
	d = cl.Defense(9)
	if d == nil || !d.Negative {
		t.Fatal("arkansas defense 9 should keep its negative flag (its title names failure to state a claim)")
	}
	for _, f := range d.Flags {
		if f.Code == checklist.FlagNegative && !strings.Contains(f.Message, "Eleventh Amendment") {
			t.Errorf("defense 9 negative flag %q does not say the immunity it also pleads is affirmative", f.Message)
		}
	}
}

func TestReviewArkansasAdmissionsWhole(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "usa-v-arkansas"))
	for _, n := range []int{13, 15, 16, 17, 18} {
		r := rowOf(t, c, n)
		if len(r.Admitted) == 0 || !strings.Contains(r.Admitted[0], "other State officials who operate the CHDC") {
			t.Errorf("¶%d admission cut inside “and other State officials”: %q", n, r.Admitted)
		}
	}
}

func TestReviewCaptionFirstPartyOnly(t *testing.T) {
	// The answer's caption is "STATE OF ARKANSAS, et al.": FRCP 10(a) lets a
	// later pleading name only the first party on each side.
	c := analyzeDir(t, filepath.Join(pleadingsDir, "usa-v-arkansas"))
	for _, f := range c.Findings {
		if f.Code == chart.CodeCaptionMismatch {
			t.Errorf("caption finding on an answer that names the first defendant: %s", f.Message)
		}
	}
}

func TestReviewEEOCTextCleanup(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "eeoc-v-rv-fun"))
	if a := rowOf(t, c, 6).Allegation; strings.Contains(a, ". . .") || !strings.HasSuffix(a, "12111(2).") {
		t.Errorf("¶6 allegation keeps the page's dot leaders: %q", a)
	}
	// The count's label and title are both "STATEMENT OF CLAIMS": said once.
	if ct := rowOf(t, c, 8).CountTitle; strings.Count(ct, "STATEMENT OF CLAIMS") != 1 {
		t.Errorf("count label %q repeats its title", ct)
	}
}

func TestReviewDenkaOwnLease(t *testing.T) {
	// ¶24: "DuPont Specialty Products leases to Denka the land upon which the
	// neoprene manufacturing operations are located." DPE pleads lack of
	// knowledge of the first and second sentences: of its own lease.
	c := analyzeDir(t, filepath.Join(pleadingsDir, "usa-v-denka"))
	self := findingParas(c, chart.CodeSelfKnowledge)
	if !slices.Contains(self, 24) {
		t.Errorf("¶24 (Denka's own lease) not flagged: %v", self)
	}
	// ¶18 and ¶23 are about DuPont Specialty Products, a co-defendant: no flag.
	for _, n := range []int{18, 23} {
		if slices.Contains(self, n) {
			t.Errorf("¶%d flagged, but it is about the co-defendant: %v", n, self)
		}
	}
}

func TestReviewPurportsIsNoAdmission(t *testing.T) {
	// Pruitt ¶1: "Defendant ADMITS that Plaintiff purports to bring this
	// action under Title VII and the FLSA." Nothing to lock in.
	c := analyzeDir(t, filepath.Join("..", "samples", "batch", "pruitt-v-cardinal-ridge"))
	for _, ad := range c.Admissions {
		if ad.Paragraph == 1 {
			t.Errorf("¶1 listed as an admission to lock in: %q", ad.Statements)
		}
	}
	if r := rowOf(t, c, 1); !strings.Contains(r.ResponseText, "only that the complaint purports") {
		t.Errorf("¶1 response text %q does not say only the complaint's purport is admitted", r.ResponseText)
	}
}

func TestReviewIncorporatedAnswerNotBare(t *testing.T) {
	// Arkansas First Affirmative Defense: "Defendants incorporate their
	// Answer by reference": negative (redundant), but its facts are the answer's.
	_, cl := realChecklist(t, "usa-v-arkansas")
	d := cl.Defense(1)
	if d == nil || !d.Negative || d.Bare {
		t.Errorf("defense 1: %+v; want negative, not bare", d)
	}
}

func TestReviewNarrowerAdmission(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	// ¶11 alleges a principal place of business at 482 Seventh Avenue; the
	// answer admits only "an office on Seventh Avenue".
	if r := rowOf(t, c, 11); !strings.Contains(r.ResponseText, "narrower words") {
		t.Errorf("¶11 response text %q: want the narrower admission said", r.ResponseText)
	}
	// ¶12 is admitted in the allegation's own words.
	if r := rowOf(t, c, 12); strings.Contains(r.ResponseText, "narrower") {
		t.Errorf("¶12 response text %q", r.ResponseText)
	}
}

func TestReviewWholeAdmission(t *testing.T) {
	// EEOC answer ¶2: "RV Fun admits the allegations of paragraphs 1 through
	// 7": each of ¶¶1–7 is admitted whole, like a bare "ADMITTED".
	c := analyzeDir(t, filepath.Join(pleadingsDir, "eeoc-v-rv-fun"))
	if !rowOf(t, c, 3).Whole {
		t.Error("¶3 not marked admitted whole")
	}
	if rowOf(t, c, 9).Whole {
		t.Error("¶9 (admitted in part) marked whole")
	}
	md, err := chartTemplate(t, nil).Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	if row := chartRows(string(md))["3"]; !strings.Contains(row, "*The whole allegation.*") {
		t.Errorf("¶3 row does not say the whole allegation is admitted: %s", row)
	}
}

func TestReviewDenkaLegalConclusionAndLackOfKnowledge(t *testing.T) {
	c := analyzeDir(t, filepath.Join(pleadingsDir, "usa-v-denka"))
	// ¶18: "legal conclusions to which no response is required. Further, DPE
	// lacks knowledge ... of Paragraph 18": lack of knowledge pleaded outright
	// (not only "to the extent a response is required") decides the class.
	// ¶26 also denies "to the extent a response is required", which is a
	// denial (GOLD.md): it is denied, in part for lack of knowledge.
	for n, want := range map[int]pleading.Class{18: pleading.ClassNoKnowledge, 26: pleading.ClassDenied} {
		r := rowOf(t, c, n)
		if r.Class != want || !strings.Contains(r.ResponseText, "legal conclusion") {
			t.Errorf("¶%d: class %s, want %s; response text %q", n, r.Class, want, r.ResponseText)
		}
	}
}

func TestReviewLicenseAnswersUnjustEnrichment(t *testing.T) {
	// Seed Eighth Affirmative Defense (Authorization/License): consent to the
	// use answers the common-law unfair competition (VII) and unjust
	// enrichment (VIII) counts, not only copyright, trade secret and contract.
	_, cl := realChecklist(t, "liveperson-v-247")
	d := cl.Defense(8)
	if d == nil {
		t.Fatal("no defense 8")
	}
	for _, n := range []int{1, 2, 3, 7, 8} {
		if !slices.Contains(d.Counts, n) {
			t.Errorf("defense 8 does not answer Count %d: %v", n, d.Counts)
		}
	}
}

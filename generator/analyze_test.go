package generator

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

// testComplaint is a small complaint exercising every check.
func testComplaint() *pleading.Document {
	p := func(n int, section string, count int, text string) pleading.Paragraph {
		return pleading.Paragraph{Number: n, Text: text, Line: 10 * n, Section: section, Count: count}
	}
	d := &pleading.Document{
		File:  "complaint.txt",
		Kind:  pleading.KindComplaint,
		Title: "COMPLAINT",
		Caption: pleading.Caption{
			Court:      "UNITED STATES DISTRICT COURT",
			CaseNumber: "14-cv-01559-RWS",
			Plaintiffs: []pleading.Party{{Name: "Acme Corp.", Aliases: []string{"Acme", "Plaintiff"}}},
			Defendants: []pleading.Party{{Name: "24/7 Customer, Inc.", Aliases: []string{"24/7", "Defendant"}}},
		},
		Paragraphs: []pleading.Paragraph{
			p(1, "PARTIES", 0, "Acme is a Delaware corporation."),
			p(2, "PARTIES", 0, "24/7 is a California corporation with its principal place of business in Campbell, California."),
			p(3, "JURISDICTION", 0, "This Court has jurisdiction under 28 U.S.C. § 1332 because there is complete diversity of citizenship between the parties."),
			p(4, "JURISDICTION", 0, "This Court has personal jurisdiction over 24/7 because 24/7 conducts business in New York and commits torts in this district."),
			p(5, "JURISDICTION", 0, "Venue is proper under 28 U.S.C. § 1391 because a substantial part of the events giving rise to the claims occurred in this district."),
			p(6, "FACTS", 0, "24/7 signed the Master Services Agreement (Exhibit A) and accessed Acme's servers without permission."),
			p(7, "FACTS", 0, "Acme's customers enjoy the benefits of its technology."),
			p(8, "COUNT I", 1, "Acme incorporates and re-alleges the allegations of paragraphs 1-7, inclusive."),
			p(9, "COUNT I", 1, "24/7 breached the agreement by emailing Acme's customers false statements."),
			p(10, "COUNT I", 1, "Acme has been damaged in an amount to be proved at trial."),
		},
		Counts: []pleading.Count{{Number: 1, Label: "COUNT I", Title: "Breach of Contract", First: 8, Last: 10, Incorporates: &pleading.Range{First: 1, Last: 7}}},
	}
	d.Paragraphs[7].Incorporates = &pleading.Range{First: 1, Last: 7}
	d.Paragraphs[5].Exhibits = []string{"Exhibit A"}
	return d
}

// testAnswer answers testComplaint, with one mistake per check.
func testAnswer() *pleading.Document {
	const deny = " Except as so admitted, [24]7 denies each and every allegation set forth in Paragraph %d."
	jur := "In answer to Paragraph %d, [24]7 admits that this Court has personal jurisdiction over [24]7 because [24]7 conducts business in New York." + deny
	r := func(n int, class pleading.Class, text string) pleading.Response {
		return pleading.Response{Paragraph: n, Answers: []int{n}, Class: class, Text: strings.ReplaceAll(text, "%d", strconv.Itoa(n)), Line: 100 + 2*n}
	}
	lack := "In answer to Paragraph %d, [24]7 lacks knowledge or information sufficient to form a belief as to the truth of the allegations therein, and therefore denies them."
	d := &pleading.Document{
		File:  "answer.txt",
		Kind:  pleading.KindAnswer,
		Title: "ANSWER",
		Caption: pleading.Caption{
			CaseNumber: "14-CV-01559-RWS",
			Plaintiffs: []pleading.Party{{Name: "ACME CORP", Aliases: []string{"Acme"}}},
			Defendants: []pleading.Party{{Name: "[24]7 Customer, Inc.", Aliases: []string{"[24]7", "Defendant"}}},
		},
		Responses: []pleading.Response{
			r(1, pleading.ClassNoKnowledge, lack),
			r(2, pleading.ClassNoKnowledge, lack),
			r(3, pleading.ClassNoKnowledge, "In answer to Paragraph %d, [24]7 denies for lack of knowledge or information the allegations therein."),
			r(4, pleading.ClassPartlyAdmitted, jur),
			r(5, pleading.ClassPartlyAdmitted, jur),
			r(6, pleading.ClassNoResponseRequired, "In answer to Paragraph %d, [24]7 respectfully refers the Court to the Master Services Agreement for its terms."),
			r(7, pleading.ClassNoKnowledge, "In answer to Paragraph %d, [24]7 lacks knowledge or information sufficient to form a belief as to the truth of the allegations regarding Acme's customers, and therefore denies them."),
			r(8, pleading.ClassIncorporated, "In answer to Paragraph %d, [24]7 incorporates its responses to paragraphs 1-8, inclusive."),
			r(9, pleading.ClassDenied, "In answer to Paragraph %d, [24]7 denies each and every allegation set forth therein."),
			r(12, pleading.ClassDenied, "In answer to Paragraph %d, [24]7 denies each and every allegation set forth therein."),
		},
	}
	for _, i := range []int{1, 2, 6} {
		d.Responses[i].LacksKnowledge = true
		d.Responses[i].Denies = true
	}
	d.Responses[0].LacksKnowledge, d.Responses[0].Denies = true, true
	d.Responses[3].Admits, d.Responses[3].Denies = true, true
	d.Responses[4].Admits, d.Responses[4].Denies = true, true
	adm := "this Court has personal jurisdiction over [24]7 because [24]7 conducts business in New York"
	d.Responses[3].Admitted = []string{adm}
	d.Responses[4].Admitted = []string{adm}
	d.Responses[5].RefersToDocument = true
	d.Responses[7].Incorporates = &pleading.Range{First: 1, Last: 8}
	d.Responses[8].Denies = true
	d.Responses[9].Denies = true
	return d
}

func hasFinding(c *Case, code string, para int) bool {
	for _, f := range c.Findings {
		if f.Code == code && (para == 0 || f.Paragraph == para) {
			return true
		}
	}
	return false
}

func TestAnalyzeFindings(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(complaint, answer *pleading.Document)
		code   string
		para   int
		want   bool
	}{
		{"self-knowledge: own incorporation", nil, chart.CodeSelfKnowledge, 2, true},
		{"self-knowledge: diversity between the parties", nil, chart.CodeSelfKnowledge, 3, true},
		{"self-knowledge: not about the party", nil, chart.CodeSelfKnowledge, 1, false},
		{"self-knowledge: specific clause about the other side", nil, chart.CodeSelfKnowledge, 7, false},
		{"self-knowledge: own conduct", func(c, a *pleading.Document) {
			a.Responses[8].LacksKnowledge = true
			a.Responses[8].Text = "In answer to Paragraph 9, [24]7 lacks knowledge or information sufficient to form a belief as to the truth of the allegations in Paragraph 9, and therefore denies them."
		}, chart.CodeSelfKnowledge, 9, true},
		{"self-knowledge: possessive is not the subject", func(c, a *pleading.Document) {
			c.Paragraphs[8].Text = "Acme lost clients to 24/7's misappropriated technology."
			a.Responses[8].LacksKnowledge = true
			a.Responses[8].Text = "In answer to Paragraph 9, [24]7 lacks knowledge or information sufficient to form a belief as to the truth of the allegations in Paragraph 9, and therefore denies them."
		}, chart.CodeSelfKnowledge, 9, false},
		{"self-knowledge: named sentence", func(c, a *pleading.Document) {
			c.Paragraphs[6].Text = "Acme's customers enjoy its technology. 24/7 knew of those customers."
			a.Responses[6].Text = "DPE admits the first sentence. [24]7 lacks knowledge or information sufficient to form a belief about the truth of the allegations of the second sentence of Paragraph 7."
		}, chart.CodeSelfKnowledge, 7, true},
		{"copied response", nil, chart.CodeCopiedResponse, 5, true},
		{"copied response: original not flagged", nil, chart.CodeCopiedResponse, 4, false},
		{"copied response: similar allegations", func(c, a *pleading.Document) {
			c.Paragraphs[4].Text = c.Paragraphs[3].Text
		}, chart.CodeCopiedResponse, 5, false},
		{"copied response: boilerplate denials", nil, chart.CodeCopiedResponse, 12, false},
		{"copied response: admissions of numbered sentences", func(c, a *pleading.Document) {
			for _, i := range []int{0, 6} {
				a.Responses[i].Admits = true
				a.Responses[i].Text = strings.ReplaceAll("DPE admits the allegations of the first sentence of Paragraph %d. DPE admits the allegations of the second sentence of Paragraph %d. DPE admits the allegations of the third sentence of Paragraph %d.", "%d", strconv.Itoa(a.Responses[i].Paragraph))
			}
		}, chart.CodeCopiedResponse, 7, false},
		{"incorporation range", nil, chart.CodeIncorporationRange, 8, true},
		{"incorporation range: matching", func(c, a *pleading.Document) {
			a.Responses[7].Incorporates = &pleading.Range{First: 1, Last: 7}
		}, chart.CodeIncorporationRange, 8, false},
		{"refers to document", nil, chart.CodeRefersToDocument, 6, true},
		{"not answered", nil, chart.CodeNotAnswered, 10, true},
		{"not answered: general denial", func(c, a *pleading.Document) {
			a.GeneralDenial = "denies each and every allegation not expressly admitted"
		}, chart.CodeNotAnswered, 10, false},
		{"general denial only", func(c, a *pleading.Document) {
			a.GeneralDenial = "denies each and every allegation not expressly admitted"
		}, chart.CodeGeneralDenialOnly, 10, true},
		{"unknown paragraph", nil, chart.CodeUnknownParagraph, 12, true},
		{"answered twice", func(c, a *pleading.Document) {
			a.Responses = append(a.Responses, pleading.Response{Paragraph: 10, Answers: []int{9}, Class: pleading.ClassDenied, Denies: true, Text: "10. Defendant denies the allegations of Paragraph 9.", Line: 130})
		}, chart.CodeAnsweredTwice, 9, true},
		{"answered twice: a range response is not", func(c, a *pleading.Document) {
			a.Responses = append(a.Responses, pleading.Response{Paragraph: 13, Answers: []int{9, 10}, Class: pleading.ClassDenied, Denies: true, Text: "13. Defendant denies paragraphs 9 and 10.", Line: 130})
		}, chart.CodeAnsweredTwice, 9, false},
		{"caption: case number spelled differently", nil, chart.CodeCaptionMismatch, 0, false},
		{"caption: case number differs", func(c, a *pleading.Document) {
			a.Caption.CaseNumber = "15-cv-00001-XYZ"
		}, chart.CodeCaptionMismatch, 0, true},
		{"caption: party differs", func(c, a *pleading.Document) {
			a.Caption.Plaintiffs = []pleading.Party{{Name: "Other Corp."}}
		}, chart.CodeCaptionMismatch, 0, true},
		{"caption: removed case is a note", func(c, a *pleading.Document) {
			c.Caption.Court, c.Caption.CaseNumber = "Superior Court of the State of California", "24CV441872"
			a.Caption.Court = "United States District Court Northern District of California"
			a.Caption.CaseNumber = "5:25-cv-01288-NC"
		}, chart.CodeCaptionMismatch, 0, true},
		{"caption: OCR-style case number", func(c, a *pleading.Document) {
			c.Caption.CaseNumber = "4:09-cv-00033-WRW"
			a.Caption.CaseNumber = "4:09CV00033 WRW"
		}, chart.CodeCaptionMismatch, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a := testComplaint(), testAnswer()
			if tt.mutate != nil {
				tt.mutate(c, a)
			}
			got, err := Analyze(c, a)
			if err != nil {
				t.Fatal(err)
			}
			if has := hasFinding(got, tt.code, tt.para); has != tt.want {
				t.Errorf("finding %s on ¶%d = %v, want %v; findings:\n%s", tt.code, tt.para, has, tt.want, dumpFindings(got))
			}
		})
	}
}

func dumpFindings(c *Case) string {
	var b strings.Builder
	for _, f := range c.Findings {
		b.WriteString("  " + string(f.Severity) + " " + f.Code + " ¶" + strconv.Itoa(f.Paragraph) + ": " + f.Message + "\n")
	}
	return b.String()
}

func TestAnalyzeRows(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rows) != 10 {
		t.Fatalf("rows = %d, want 10", len(c.Rows))
	}
	wantClass := map[int]pleading.Class{
		1: pleading.ClassNoKnowledge, 4: pleading.ClassPartlyAdmitted, 8: pleading.ClassIncorporated,
		9: pleading.ClassDenied, 10: pleading.ClassNotAnswered,
	}
	for n, want := range wantClass {
		if got := c.Rows[n-1].Class; got != want {
			t.Errorf("¶%d class = %s, want %s", n, got, want)
		}
	}
	if r := c.Rows[9]; !r.DeemedAdmitted || len(r.Responses) != 0 {
		t.Errorf("¶10: deemed admitted = %v, responses = %d", r.DeemedAdmitted, len(r.Responses))
	}
	if r := c.Rows[3]; len(r.Admitted) != 1 || !strings.Contains(r.Admitted[0], "personal jurisdiction") {
		t.Errorf("¶4 admitted = %q", r.Admitted)
	}
	if r := c.Rows[3]; r.Responses[0].Line != 108 || r.Line != 40 || r.Sources() != "Answer ¶4, line 108" {
		t.Errorf("¶4 lines: complaint %d, answer %d, %q", r.Line, r.Responses[0].Line, r.Sources())
	}
	if c.Title != "Acme Corp. v. 24/7 Customer, Inc." {
		t.Errorf("title = %q", c.Title)
	}
	if c.AnsweringParty != "24/7" {
		t.Errorf("answering party = %q", c.AnsweringParty)
	}
	// Findings are copied onto their rows.
	if fs := c.Rows[1].Findings; len(fs) != 1 || fs[0].Code != chart.CodeSelfKnowledge || fs[0].AnswerLine != 104 || fs[0].ComplaintLine != 20 {
		t.Errorf("¶2 findings = %+v", fs)
	}
	checkSummary(t, c)
	s := c.Summary
	if s.NotAnswered != 1 || s.DeemedAdmitted != 1 || s.PartlyAdmitted != 2 || s.Incorporated != 1 {
		t.Errorf("summary = %+v", s)
	}
	if len(s.BySection) != 4 || s.BySection[1].Label != "JURISDICTION" || s.BySection[1].Range() != "3–5" {
		t.Errorf("by section = %+v", s.BySection)
	}
	if len(s.ByCount) != 1 || s.ByCount[0].Paragraphs != 3 || s.ByCount[0].Label != "COUNT I — Breach of Contract" {
		t.Errorf("by count = %+v", s.ByCount)
	}
}

// checkSummary asserts that the class counts add up to the rows, overall and per group.
func checkSummary(t *testing.T, c *Case) {
	t.Helper()
	total := 0
	for _, cc := range c.Summary.ByClass {
		total += cc.N
	}
	if total != len(c.Rows) || c.Summary.Paragraphs != len(c.Rows) {
		t.Errorf("class counts add up to %d, want %d rows", total, len(c.Rows))
	}
	plain := c.Summary.Admitted + c.Summary.PartlyAdmitted + c.Summary.Denied + c.Summary.NoKnowledge +
		c.Summary.Incorporated + c.Summary.NoResponseRequired + c.Summary.NotAnswered
	if plain != total {
		t.Errorf("named class fields add up to %d, want %d", plain, total)
	}
	secs := 0
	for _, g := range c.Summary.BySection {
		sum := g.Admitted + g.PartlyAdmitted + g.Denied + g.NoKnowledge + g.Incorporated + g.NoResponseRequired + g.NotAnswered
		if sum != g.Paragraphs {
			t.Errorf("section %q: classes add up to %d, want %d", g.Label, sum, g.Paragraphs)
		}
		secs += g.Paragraphs
	}
	if secs != len(c.Rows) {
		t.Errorf("sections hold %d rows, want %d", secs, len(c.Rows))
	}
}

func TestAnalyzeDepositionLists(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Admissions) != 2 || c.Admissions[0].Paragraph != 4 || !strings.Contains(c.Admissions[0].Statements[0], "personal jurisdiction") {
		t.Errorf("admissions = %+v", c.Admissions)
	}
	var den9 *chart.Probe
	for i := range c.Denials {
		if c.Denials[i].Paragraph == 9 {
			den9 = &c.Denials[i]
		}
	}
	if den9 == nil {
		t.Fatalf("¶9 missing from denials: %+v", c.Denials)
	}
	joined := strings.Join(den9.Reasons, " ")
	for _, want := range []string{"Request for production", "30(b)(6)", "Emails"} {
		if !strings.Contains(joined, want) {
			t.Errorf("¶9 discovery lacks %q: %q", want, den9.Reasons)
		}
	}
	nok := map[int]chart.Probe{}
	for _, p := range c.NoKnowledge {
		nok[p.Paragraph] = p
	}
	for _, n := range []int{1, 2, 3, 7} {
		if _, ok := nok[n]; !ok {
			t.Errorf("¶%d missing from the lack-of-knowledge list", n)
		}
	}
	if nok[7].Scope != "Acme's customers" || nok[2].Scope != "" {
		t.Errorf("lack-of-knowledge scopes: ¶7 %q (want the clause's subject), ¶2 %q (want the whole allegation)", nok[7].Scope, nok[2].Scope)
	}
	if r := strings.Join(nok[2].Reasons, " "); !strings.Contains(r, "about 24/7 itself") {
		t.Errorf("¶2 reason = %q", r)
	}
}

func TestAnalyzeErrors(t *testing.T) {
	tests := []struct {
		name              string
		complaint, answer *pleading.Document
		want              error
		wantText          string
	}{
		{"nil", nil, testAnswer(), nil, "need both"},
		{"swapped", testAnswer(), testComplaint(), ErrSwapped, "answer.txt"},
		{"no paragraphs", &pleading.Document{File: "empty.txt"}, testAnswer(), pleading.ErrNoParagraphs, "empty.txt"},
		{"no responses", testComplaint(), &pleading.Document{File: "a.txt", Kind: pleading.KindAnswer}, nil, "a.txt"},
		{"two answers", testAnswer(), testAnswer(), nil, "reads as an answer"},
		{"two complaints", testComplaint(), testComplaint(), nil, "reads as a complaint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a := tt.complaint, tt.answer
			if tt.name == "swapped" {
				c.Kind, a.Kind = pleading.KindAnswer, pleading.KindComplaint
			}
			_, err := Analyze(c, a)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v is not %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.wantText) {
				t.Errorf("error %q does not name %q", err, tt.wantText)
			}
		})
	}
}

func TestAnalyzeDoesNotModifyInputs(t *testing.T) {
	c, a := testComplaint(), testAnswer()
	c2, a2 := testComplaint(), testAnswer()
	if _, err := Analyze(c, a); err != nil {
		t.Fatal(err)
	}
	if c.Paragraphs[1].Text != c2.Paragraphs[1].Text || len(a.Responses) != len(a2.Responses) || a.Caption.Defendants[0].Aliases[0] != a2.Caption.Defendants[0].Aliases[0] || len(c.Caption.Defendants[0].Aliases) != 2 {
		t.Error("Analyze modified its inputs")
	}
}

func TestAllWholesale(t *testing.T) {
	tests := []struct {
		stmts []string
		want  bool
	}{
		{[]string{"RV Fun admits the allegations of paragraphs 1 through 7 of the Complaint."}, true},
		{[]string{"DPE admits the allegations of the Paragraph 22."}, true},
		{[]string{"Defendant admits the allegations contained in Paragraph 5"}, true},
		{[]string{"DPE admits the allegations of the second sentence of Paragraph 2: “x”"}, false},
		{[]string{"[24]7 admits that it has developed its own competing technology"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := joined.AllWholesale(tt.stmts); got != tt.want {
			t.Errorf("allWholesale(%q) = %v, want %v", tt.stmts, got, tt.want)
		}
	}
}

package pleading

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realDir returns the folder of real pleadings beside the checkout, skipping the test when it is absent.
func realDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "pleadings")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real pleadings not found at %s (they live in ../shared/pleadings beside the checkout): %v", dir, err)
	}
	return dir
}

func parseReal(t testing.TB, rel string) *Document {
	t.Helper()
	doc, err := ParseFile(filepath.Join(realDir(t), rel))
	if err != nil {
		t.Fatalf("parse %s: %v", rel, err)
	}
	return doc
}

func TestRealPleadingTotals(t *testing.T) {
	tests := []struct {
		file                                  string
		kind                                  Kind
		paragraphs, counts, prayer, responses int
		defenses, counterclaims               int
		caseNumber                            string
	}{
		{"liveperson-v-247/complaint.txt", KindComplaint, 101, 8, 15, 0, 0, 0, "14-CV-1559-RWS"},
		{"liveperson-v-247/answer.txt", KindAnswer, 0, 8, 1, 101, 26, 0, "14-CV-1559-RWS"},
		{"usa-v-arkansas/complaint.txt", KindComplaint, 36, 3, 3, 0, 0, 0, "4:09-CV-33-WRW"},
		{"usa-v-arkansas/answer.txt", KindAnswer, 0, 0, 1, 28, 13, 0, "4:09-CV-33-WRW"},
		{"eeoc-v-rv-fun/complaint.txt", KindComplaint, 13, 1, 7, 0, 0, 0, "06-CV-1675-PCT-EHC"},
		{"eeoc-v-rv-fun/answer.txt", KindAnswer, 0, 0, 3, 6, 7, 0, "06-CV-1675-PCT-EHC"},
		{"usa-v-denka/complaint.txt", KindComplaint, 66, 1, 2, 0, 0, 0, "2:23-CV-735"},
		{"usa-v-denka/answer.txt", KindAnswer, 0, 0, 1, 66, 10, 119, "2:23-CV-735"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := parseReal(t, tt.file)
			got := []int{len(d.Paragraphs), len(d.Counts), len(d.Prayer), len(d.Responses), len(d.Defenses), len(d.Counterclaims)}
			want := []int{tt.paragraphs, tt.counts, tt.prayer, tt.responses, tt.defenses, tt.counterclaims}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("paragraphs, counts, prayer, responses, defenses, counterclaims = %v, want %v", got, want)
			}
			if d.Kind != tt.kind {
				t.Errorf("kind = %s, want %s", d.Kind, tt.kind)
			}
			if n := NormalizeCaseNumber(d.Caption.CaseNumber); n != tt.caseNumber {
				t.Errorf("case number %q normalizes to %q, want %q", d.Caption.CaseNumber, n, tt.caseNumber)
			}
			for i, p := range d.Paragraphs {
				if p.Number != i+1 {
					t.Fatalf("paragraph %d is numbered %d", i+1, p.Number)
				}
				if isStamp(p.Text) || stampRe.MatchString(p.Text) || strings.Contains(p.Text, "Document 1 Filed") {
					t.Errorf("¶%d holds an e-filing stamp: %q", p.Number, p.Text)
				}
			}
			for _, r := range d.Responses {
				if r.Class == "" {
					t.Errorf("response %d has no class", r.Paragraph)
				}
				if strings.Contains(r.Text, "Filed 0") && strings.Contains(r.Text, "Page") {
					t.Errorf("response %d holds an e-filing stamp: %q", r.Paragraph, r.Text)
				}
			}
		})
	}
}

func TestSeedComplaint(t *testing.T) {
	d := parseReal(t, "liveperson-v-247/complaint.txt")
	if d.Title != "SECOND AMENDED COMPLAINT" {
		t.Errorf("title = %q", d.Title)
	}
	if !d.JuryDemand || d.Date != "2015-02-04" {
		t.Errorf("jury = %v, date = %q", d.JuryDemand, d.Date)
	}
	if !strings.Contains(d.Caption.Court, "Southern District of New York") {
		t.Errorf("court = %q", d.Caption.Court)
	}
	if len(d.Caption.Plaintiffs) != 1 || !d.Caption.Plaintiffs[0].Matches("LivePerson") || !d.Caption.Plaintiffs[0].Matches("Plaintiff") {
		t.Errorf("plaintiffs = %+v", d.Caption.Plaintiffs)
	}
	if len(d.Caption.Defendants) != 1 || !d.Caption.Defendants[0].Matches("24/7") || !d.Caption.Defendants[0].Matches("[24]7") || !d.Caption.Defendants[0].Matches("Defendant") {
		t.Errorf("defendants = %+v", d.Caption.Defendants)
	}
	ranges := []string{"56-61", "62-67", "68-73", "74-81", "82-89", "90-94", "95-98", "99-101"}
	for i, c := range d.Counts {
		if got := fmt.Sprintf("%d-%d", c.First, c.Last); got != ranges[i] {
			t.Errorf("%s covers %s, want %s", c.Label, got, ranges[i])
		}
		if c.Incorporates == nil || c.Incorporates.First != 1 || c.Incorporates.Last != c.First-1 {
			t.Errorf("%s incorporates %v, want 1-%d", c.Label, c.Incorporates, c.First-1)
		}
	}
	if d.Counts[0].Title != "Copyright Infringement" || d.Counts[0].Statute != "17 U.S.C. § 101 et seq." {
		t.Errorf("count I = %q / %q", d.Counts[0].Title, d.Counts[0].Statute)
	}
	if d.Counts[5].Statute != "28 U.S.C. § 1125(a)" {
		t.Errorf("count VI statute = %q", d.Counts[5].Statute)
	}
	// Page breaks inside paragraphs join; a block starting with a capital continues too.
	continued := map[int]string{
		8:  "in order to gather information regarding",
		17: "allowing businesses to engage their online customers",
		20: "relevant type of assistance.",
		28: "solely for the purposes set forth",
		43: "methodologies that LivePerson pioneered, and to save itself",
		58: "to LivePerson's servers, for the apparent purpose",
		64: "disclosure was made.",
		84: "in all accounts where 24/7 provides",
	}
	for n, want := range continued {
		if p := d.Paragraph(n); p == nil || !strings.Contains(p.Text, want) {
			t.Errorf("¶%d does not contain %q", n, want)
		}
	}
	headings := map[int]string{
		36: "24/7 exploits its access to LivePerson's technology for improper purposes",
		40: "24/7 injects spyware into LivePerson's technology",
		44: "24/7 deliberately sabotages LivePerson's technology",
		11: "II. PARTIES, JURISDICTION, AND VENUE",
		25: "B. The Parties' Contractual and Co-Located Relationships",
	}
	for n, want := range headings {
		if p := d.Paragraph(n); p == nil || p.Heading != want {
			t.Errorf("¶%d heading = %q, want %q", n, p.Heading, want)
		}
	}
	for _, p := range d.Paragraphs {
		for _, h := range d.Headings {
			if strings.Contains(p.Text, h.Text) && len(h.Text) > 12 {
				t.Errorf("¶%d contains heading %q", p.Number, h.Text)
			}
		}
		if strings.Contains(p.Text, "PRAYER") || strings.Contains(p.Text, "COUNT ") {
			t.Errorf("¶%d holds a heading: %q", p.Number, p.Text)
		}
	}
	if p := d.Paragraph(13); p == nil || fmt.Sprint(p.Statutes) != "[28 U.S.C. §§ 1331 and 1338 17 U.S.C. § 101 et seq. 15 U.S.C. § 1051, et seq. 28 U.S.C. § 1338 28 U.S.C. § 1367]" {
		t.Errorf("¶13 statutes = %q", p.Statutes)
	}
	if p := d.Paragraph(25); p == nil || fmt.Sprint(p.Exhibits) != "[Exhibit A]" {
		t.Errorf("¶25 exhibits = %v", p.Exhibits)
	}
	if p := d.Paragraph(57); p.Count != 1 || p.Heading != "COUNT I" {
		t.Errorf("¶57 count = %d heading %q", p.Count, p.Heading)
	}
	if d.Prayer[0].Number != "1" || !strings.HasPrefix(d.Prayer[0].Text, "Find 24/7 liable for copyright") || d.Prayer[14].Number != "15" || strings.Contains(d.Prayer[14].Text, "jury") {
		t.Errorf("prayer = %+v ... %+v", d.Prayer[0], d.Prayer[14])
	}
	if len(d.Counsel) < 2 || d.Counsel[0].Firm != "COHEN & GRESSER LLP" || len(d.Counsel[0].Emails) != 2 {
		t.Errorf("counsel = %+v", d.Counsel)
	}
}

func TestSeedAnswer(t *testing.T) {
	d := parseReal(t, "liveperson-v-247/answer.txt")
	if d.Title != "ANSWER" || d.Date != "2015-02-18" {
		t.Errorf("title %q date %q", d.Title, d.Date)
	}
	for i, r := range d.Responses {
		if len(r.Answers) != 1 || r.Answers[0] != i+1 {
			t.Errorf("response %d answers %v", r.Paragraph, r.Answers)
		}
	}
	classes := map[int]Class{
		1: ClassPartlyAdmitted, 2: ClassNoKnowledge, 7: ClassDenied, 11: ClassAdmitted, 12: ClassAdmitted,
		20: ClassNoKnowledge, 35: ClassPartlyAdmitted, 47: ClassPartlyAdmitted, 56: ClassIncorporated,
		72: ClassNoKnowledge, 82: ClassIncorporated, 101: ClassDenied,
	}
	for n, want := range classes {
		if got := d.Responses[n-1].Class; got != want {
			t.Errorf("¶%d class = %s, want %s", n, got, want)
		}
	}
	r35 := d.Responses[34]
	if len(r35.Admitted) != 1 || !strings.HasPrefix(r35.Admitted[0], "[24]7 admits that it has developed its own competing technology, and that it competes with LivePerson in some markets") {
		t.Errorf("¶35 admitted = %q", r35.Admitted)
	}
	if r := d.Responses[46]; len(r.Admitted) != 1 || !strings.Contains(r.Admitted[0], "advertised itself as creating the first predictive or smart chat program") {
		t.Errorf("¶47 admitted = %q", r.Admitted)
	}
	if r := d.Responses[24]; !r.RefersToDocument || !r.Admits {
		t.Errorf("¶25 facets = %+v", r)
	}
	if r := d.Responses[67]; r.Incorporates == nil || *r.Incorporates != (Range{1, 68}) {
		t.Errorf("¶68 incorporates %v, want 1-68 (the answer's own slip)", r.Incorporates)
	}
	if r := d.Responses[13]; !r.LacksKnowledge {
		t.Errorf("¶14 lacks knowledge = false")
	}
	titles := []string{"Failure to State a Claim", "Statute of Limitations", "Laches", "Waiver and/or Estoppel"}
	for i, want := range titles {
		if d.Defenses[i].Title != want || d.Defenses[i].Number != i+1 {
			t.Errorf("defense %d = %d %q, want %q", i+1, d.Defenses[i].Number, d.Defenses[i].Title, want)
		}
	}
	last := d.Defenses[25]
	if last.Number != 26 || last.Ordinal != "TWENTY-SIXTH" || last.Title != "Lack of Particularity; Reservation of Rights" || !strings.HasPrefix(last.Text, "The Complaint does not describe") {
		t.Errorf("defense 26 = %+v", last)
	}
	if !strings.Contains(d.Defenses[0].Text, "therein, fails to state any claim") {
		t.Errorf("defense 1 text not joined across the page break: %q", d.Defenses[0].Text)
	}
	if !strings.HasPrefix(d.PrayerResponse, "Defendants deny that plaintiff is entitled") {
		t.Errorf("prayer response = %q", d.PrayerResponse)
	}
	if d.GeneralDenial != "" {
		t.Errorf("general denial = %q, want none", d.GeneralDenial)
	}
}

func TestOtherAnswerStyles(t *testing.T) {
	ark := parseReal(t, "usa-v-arkansas/answer.txt")
	byPara := map[int]Response{}
	for _, r := range ark.Responses {
		byPara[r.Paragraph] = r
	}
	if r := byPara[11]; fmt.Sprint(r.Answers) != "[11 12]" || r.Class != ClassAdmitted {
		t.Errorf("Arkansas 11-12 = %v %s", r.Answers, r.Class)
	}
	if r := byPara[20]; fmt.Sprint(r.Answers) != "[20 21 22 23 24 25 26]" || r.Class != ClassDenied {
		t.Errorf("Arkansas 20-26 = %v %s", r.Answers, r.Class)
	}
	if r := byPara[27]; r.Incorporates == nil || *r.Incorporates != (Range{13, 26}) {
		t.Errorf("Arkansas 27 incorporates %v", r.Incorporates)
	}
	if r := byPara[1]; r.Class != ClassPartlyAdmitted || len(r.Admitted) == 0 {
		t.Errorf("Arkansas 1 = %s %q", r.Class, r.Admitted)
	}
	if r := byPara[38]; r.Target != "general denial" || len(r.Answers) != 0 {
		t.Errorf("Arkansas 38 = %+v", r)
	}
	if ark.Defenses[3].Title != "Professional Judgment" || !strings.HasPrefix(ark.Defenses[8].Title, "Failure To State A Claim - Eleventh Amendment Immunity") {
		t.Errorf("Arkansas defenses: %q, %q", ark.Defenses[3].Title, ark.Defenses[8].Title)
	}

	eeoc := parseReal(t, "eeoc-v-rv-fun/answer.txt")
	if r := eeoc.Responses[1]; fmt.Sprint(r.Answers) != "[1 2 3 4 5 6 7]" || r.Class != ClassAdmitted {
		t.Errorf("EEOC 2 = %v %s", r.Answers, r.Class)
	}
	if r := eeoc.Responses[0]; r.Target != "Nature of the Action" || len(r.Answers) != 0 {
		t.Errorf("EEOC 1 = %+v", r)
	}
	if r := eeoc.Responses[4]; fmt.Sprint(r.Answers) != "[10 11 12 13]" {
		t.Errorf("EEOC 5 = %v", r.Answers)
	}
	if eeoc.GeneralDenial == "" {
		t.Error("EEOC general denial not found")
	}

	denka := parseReal(t, "usa-v-denka/answer.txt")
	if !strings.Contains(denka.GeneralDenial, "denies each and every allegation contained in the Complaint") {
		t.Errorf("Denka general denial = %q", denka.GeneralDenial)
	}
	if r := denka.Responses[59]; r.Class != ClassIncorporated || r.Incorporates == nil || *r.Incorporates != (Range{1, 59}) {
		t.Errorf("Denka 60 = %s %v", r.Class, r.Incorporates)
	}
	// "... legal conclusions to which no response is required. To the extent a
	// response is required, ... denies": a conditional denial is a denial (GOLD.md).
	if r := denka.Responses[60]; r.Class != ClassDenied || !r.LegalConclusion {
		t.Errorf("Denka 61 = %s", r.Class)
	}
	if r := denka.Responses[16]; r.Class != ClassAdmitted {
		t.Errorf("Denka 17 = %s", r.Class)
	}
	if c := denka.Counterclaims[0]; c.Number != 1 || !strings.HasPrefix(c.Text, "DPE operates a manufacturing facility") {
		t.Errorf("Denka counterclaim 1 = %+v", c)
	}
}

func TestOtherComplaints(t *testing.T) {
	ark := parseReal(t, "usa-v-arkansas/complaint.txt")
	want := []string{"27-29", "30-32", "33-35"}
	for i, c := range ark.Counts {
		if got := fmt.Sprintf("%d-%d", c.First, c.Last); got != want[i] {
			t.Errorf("Arkansas %s = %s, want %s", c.Label, got, want[i])
		}
		if c.Incorporates == nil || *c.Incorporates != (Range{13, 26}) {
			t.Errorf("Arkansas %s incorporates %v", c.Label, c.Incorporates)
		}
	}
	if ark.Counts[1].Title != "Violations of the Americans with Disabilities Act" {
		t.Errorf("Arkansas count two = %q", ark.Counts[1].Title)
	}
	if p := ark.Paragraph(1); !strings.Contains(p.Text, "depriving individuals housed in Conway") {
		t.Errorf("Arkansas ¶1 not joined across the page: %q", p.Text)
	}
	if p := ark.Paragraph(36); p == nil || !strings.HasPrefix(p.Text, "The Attorney General is authorized") {
		t.Errorf("Arkansas ¶36 (under the prayer heading) = %+v", p)
	}
	eeoc := parseReal(t, "eeoc-v-rv-fun/complaint.txt")
	if p := eeoc.Paragraph(1); !strings.HasPrefix(p.Text, "Jurisdiction of this Court is invoked pursuant to 28 U.S.C. §§ 451, 1331, 1337, 1343 and 1345.") {
		t.Errorf("EEOC ¶1 = %q (pleading-paper line numbers left in?)", p.Text)
	}
	if p := eeoc.Paragraph(10); !strings.Contains(p.Text, "a. Denying Mr. Calhoon a reasonable accommodation;") {
		t.Errorf("EEOC ¶10 = %q", p.Text)
	}
	if eeoc.Title != "FIRST AMENDED COMPLAINT" || !eeoc.JuryDemand {
		t.Errorf("EEOC title %q jury %v", eeoc.Title, eeoc.JuryDemand)
	}
	denka := parseReal(t, "usa-v-denka/complaint.txt")
	if c := denka.Counts[0]; c.First != 60 || c.Last != 66 || c.Statute != "42 U.S.C. § 7603" {
		t.Errorf("Denka claim = %+v", c)
	}
	if len(denka.Caption.Defendants) != 2 || !denka.Caption.Defendants[0].Matches("Denka") {
		t.Errorf("Denka defendants = %+v", denka.Caption.Defendants)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data string
		err  error
		warn string
	}{
		{"empty.txt", "", ErrEmpty, ""},
		{"spaces.txt", "  \n\n\t\n", ErrEmpty, ""},
		{"binary.bin", "\x00\x01\x02PK\x03\x04\x00\x00garbage", ErrBinary, ""},
		{"prose.txt", "COMPLAINT\n\nThis is a letter with no numbered paragraphs at all.\n", ErrNoParagraphs, ""},
		{"skip.txt", "COMPLAINT\n\n1. First.\n\n2. Second.\n\n4. Fourth.\n", nil, "skipped"},
		{"dup.txt", "COMPLAINT\n\n1. First.\n\n2. Second.\n\n2. Second again.\n\n3. Third.\n", nil, "used twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.name, []byte(tt.data))
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				if !strings.Contains(err.Error(), tt.name) {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, w := range d.Warnings {
				found = found || strings.Contains(w.Message, tt.warn) && w.Line > 0
			}
			if !found {
				t.Errorf("warnings %+v lack %q", d.Warnings, tt.warn)
			}
		})
	}
}

func TestIncorporationForms(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want string
	}{
		{"LivePerson incorporates and re-alleges the allegations of paragraphs 1-55, inclusive.", 56, "1-55"},
		{"Plaintiff repeats and realleges each and every allegation contained in the preceding paragraphs as if fully set forth herein.", 30, "1-29"},
		{"Plaintiffs incorporate by reference the allegations set forth above.", 12, "1-11"},
		{"The United States incorporates by reference the allegations set forth in paragraphs 13 through 26 as if fully set forth herein.", 27, "13-26"},
		{"Paragraphs 1 through 59 are re-alleged and incorporated herein by reference.", 60, "1-59"},
		{"The Certificate of the Attorney General is appended to this Complaint and is incorporated herein.", 4, "<nil>"},
	}
	for _, tt := range tests {
		got := "<nil>"
		if r := incorporation(tt.text, tt.n); r != nil {
			got = r.String()
		}
		if got != tt.want {
			t.Errorf("incorporation(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestCaseNumbers(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"14-cv-01559-RWS", "14-CV-01559-RWS", true},
		{"4:09CV00033 WRW", "4:09-cv-00033-WRW", true},
		{"2:23-cv-735", "2:23-cv-00735-CJB-MBN", true},
		{"CV06-1675-PCT-EHC", "06-cv-1675", true},
		{"14-cv-01559", "14-cv-01560", false},
		{"1:14-cv-01559", "2:14-cv-01559", false},
	}
	for _, tt := range tests {
		if got := SameCase(tt.a, tt.b); got != tt.same {
			t.Errorf("SameCase(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
	if NormalizeCaseNumber("14-cv-01559-RWS") != NormalizeCaseNumber("14-CV-01559-RWS") {
		t.Error("case numbers differing in case normalize differently")
	}
}

func TestRefs(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"admits the allegations of paragraphs 1 through 7 of the Complaint", "[1 2 3 4 5 6 7]"},
		{"denies the allegations of paragraphs 10,11,12, and 13.", "[10 11 12 13]"},
		{"PARAGRAPHS TWENTY (20) THROUGH TWENTY-SIX (26) are DENIED", "[20 21 22 23 24 25 26]"},
		{"PARAGRAPH ONE (1) is ADMITTED", "[1]"},
		{"Answering paragraphs 12 through 15, Defendant denies", "[12 13 14 15]"},
		{"In answer to Paragraph 16, it admits", "[16]"},
		{"¶¶ 3-5 are denied", "[3 4 5]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(paragraphRefs(tt.in)); got != tt.want {
			t.Errorf("paragraphRefs(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestResponseStyles(t *testing.T) {
	src := `ANSWER

Defendant Acme Corp. ("Acme") answers the Complaint as follows:

1. Admitted.

2. Denied.

3. Acme is without knowledge or information sufficient to form a belief as to the truth of the allegations of Paragraph 3 and therefore denies them.

4. Paragraph 4 states legal conclusions to which no response is required. To the extent a response is required, Acme denies the allegations.

5. Answering paragraphs 5 through 7, Acme admits that it signed the Agreement, but denies the remaining allegations.

6. Acme respectfully refers the Court to the Agreement for its terms.

7. Acme incorporates its responses to paragraphs 1 through 6 as if fully set forth herein.

8. Acme denies the allegations of Paragraph 8, except admits that it shipped the goods on May 2, 2021.

9. Acme does not admit the allegations of Paragraph 9 and denies them.
`
	d, err := Parse("styles.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		answers string
		class   Class
	}{
		{"[1]", ClassAdmitted}, {"[2]", ClassDenied}, {"[3]", ClassNoKnowledge}, {"[4]", ClassDenied},
		{"[5 6 7]", ClassPartlyAdmitted}, {"[6]", ClassNoResponseRequired}, {"[1 2 3 4 5 6]", ClassIncorporated},
		{"[8]", ClassPartlyAdmitted}, {"[9]", ClassDenied},
	}
	if len(d.Responses) != len(want) {
		t.Fatalf("%d responses, want %d", len(d.Responses), len(want))
	}
	for i, w := range want {
		r := d.Responses[i]
		if r.Class != w.class {
			t.Errorf("response %d class = %s, want %s", i+1, r.Class, w.class)
		}
		if i != 6 && fmt.Sprint(r.Answers) != w.answers {
			t.Errorf("response %d answers %v, want %s", i+1, r.Answers, w.answers)
		}
	}
	if d.Responses[4].Admitted[0] != "Acme admits that it signed the Agreement." {
		t.Errorf("admitted = %q", d.Responses[4].Admitted)
	}
}

func TestRestatedAndKeyedAnswers(t *testing.T) {
	restated := `DEFENDANT'S ANSWER TO COMPLAINT

1. Plaintiff Acme, Inc. is a Delaware corporation that denies nothing.

ANSWER: Defendant lacks knowledge or information sufficient to form a belief about the truth of the allegations of Paragraph 1 and therefore denies them.

2. Defendant signed the Agreement on May 1, 2020.

ANSWER: Admitted.

3. Defendant breached the Agreement.

ANSWER: Denied.
`
	d, err := Parse("restated.txt", []byte(restated))
	if err != nil {
		t.Fatal(err)
	}
	want := []Class{ClassNoKnowledge, ClassAdmitted, ClassDenied}
	if len(d.Responses) != 3 {
		t.Fatalf("%d responses", len(d.Responses))
	}
	for i, w := range want {
		if d.Responses[i].Class != w || !strings.HasPrefix(d.Responses[i].Text, "Defendant lacks") && i == 0 {
			t.Errorf("response %d: %s %q, want %s", i+1, d.Responses[i].Class, d.Responses[i].Text, w)
		}
	}
	keyed := "ANSWER\n\nParagraph 1: Admitted.\n\nParagraph 2: Denied.\n\nParagraph 3: Defendant is without knowledge sufficient to admit or deny.\n"
	d, err = Parse("keyed.txt", []byte(keyed))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Responses) != 3 || d.Responses[0].Class != ClassAdmitted || d.Responses[1].Class != ClassDenied || d.Responses[2].Class != ClassNoKnowledge {
		t.Errorf("keyed responses = %+v", d.Responses)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("COMPLAINT\n\n1. First.\n\n2. Second.\n\nCOUNT I\n\nBreach\n\n3. Third.\n"))
	f.Add([]byte("ANSWER\n\n1. Admitted.\n\n11-12. PARAGRAPHS ELEVEN (11) and TWELVE (12) are ADMITTED.\n\nFIRST AFFIRMATIVE DEFENSE\n(Laches)\n\nBarred.\n"))
	f.Add([]byte("Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15 Page 3 of 27\n1 2 1. Text\n\fPRAYER FOR RELIEF\nWHEREFORE\na. b\n"))
	if dir := filepath.Join("..", "..", "shared", "pleadings", "liveperson-v-247", "answer.txt"); true {
		if data, err := os.ReadFile(dir); err == nil {
			f.Add(data[:min(len(data), 4000)])
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.txt", data)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *pleading.Error: %v", err)
			}
			return
		}
		for _, c := range d.Counts {
			if c.First > c.Last && c.First != 0 {
				t.Fatalf("count %s first %d > last %d", c.Label, c.First, c.Last)
			}
		}
	})
}

func BenchmarkParseSeedPair(b *testing.B) {
	dir := realDir(b)
	var files [][]byte
	size := 0
	for _, name := range []string{"complaint.txt", "answer.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, "liveperson-v-247", name))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, data := range files {
			if _, err := Parse("seed.txt", data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// syntheticComplaint writes a complaint of n paragraphs in counts of 50.
func syntheticComplaint(n int) []byte {
	var sb strings.Builder
	sb.WriteString("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nACME, INC., Plaintiff,\n\nv.\n\nBETA LLC, Defendant.\n\nCase No. 1:25-cv-01234\n\nCOMPLAINT\n\n")
	for i := 1; i <= n; i++ {
		if i%50 == 1 {
			fmt.Fprintf(&sb, "COUNT %d\n\nBreach of Contract\n\n", i/50+1)
		}
		fmt.Fprintf(&sb, "%d. Beta breached section %d of the Agreement dated January 2, 2020 (See Exhibit A), causing Acme damages under 28 U.S.C. § 1332 in an amount to be proven at trial, and continues to do so.\n\n", i, i)
	}
	sb.WriteString("PRAYER FOR RELIEF\n\nWHEREFORE, Acme asks the Court to:\n\n1. Award damages;\n\n2. Award costs.\n")
	return []byte(sb.String())
}

func BenchmarkParseSynthetic(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		data := syntheticComplaint(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				d, err := Parse("synthetic.txt", data)
				if err != nil || len(d.Paragraphs) != n {
					b.Fatalf("err %v, %d paragraphs", err, len(d.Paragraphs))
				}
			}
		})
	}
}

func TestReservationKeptApart(t *testing.T) {
	denka := parseReal(t, "usa-v-denka/answer.txt")
	last := denka.Defenses[len(denka.Defenses)-1]
	if strings.Contains(last.Text, "reserves the right") {
		t.Errorf("the closing reservation is glued onto the %s defense: %q", last.Ordinal, last.Text)
	}
	if !strings.HasPrefix(denka.Reservation, "DPE reserves the right to amend") || denka.ReservationLine == 0 {
		t.Errorf("reservation = %q (line %d)", denka.Reservation, denka.ReservationLine)
	}
	tide, err := ParseFile(filepath.Join("..", "samples", "batch", "tidewater-v-coldspire", "answer-after-removal.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tide.Defenses); n != 10 || strings.Contains(tide.Defenses[9].Text, "RESERVATION") || strings.Contains(tide.Defenses[9].Text, "reserves") {
		t.Errorf("Tidewater: %d defenses, tenth %q", n, tide.Defenses[n-1].Text)
	}
	if !strings.HasPrefix(tide.Reservation, "Coldspire reserves the right") {
		t.Errorf("Tidewater reservation = %q", tide.Reservation)
	}
}

func TestWrappedHeading(t *testing.T) {
	src := "COMPLAINT\n\n1. First.\n\nC. Brightline Misappropriates Acme's Technology, Misuses Its Access\nTo Confidential Information, And Sabotages Acme's Services\n\n2. Second.\n\nIII. GENERAL\nALLEGATIONS\n3. Third.\n"
	d, err := Parse("wrapped.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if h := d.Paragraphs[1].Heading; h != "C. Brightline Misappropriates Acme's Technology, Misuses Its Access To Confidential Information, And Sabotages Acme's Services" {
		t.Errorf("¶2 heading = %q", h)
	}
	if h := d.Paragraphs[2].Heading; h != "III. GENERAL ALLEGATIONS" {
		t.Errorf("¶3 heading = %q", h)
	}
	if strings.Contains(d.Paragraphs[0].Text, "Confidential") || strings.Contains(d.Paragraphs[1].Text, "ALLEGATIONS") {
		t.Errorf("a heading's second line went into a paragraph: %+v", d.Paragraphs)
	}
}

// TestRestatedAnswerPair reads a synthetic N.D. Ill. pair: a caption in two
// columns with two defendants joined by "and", counts with a statute line and
// "(Against ...)", and an answer that restates each allegation before "ANSWER:",
// with incorporation answers and run-in defense titles.
func TestRestatedAnswerPair(t *testing.T) {
	c, err := ParseFile(filepath.Join("testdata", "ndill-complaint.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Caption.Defendants) != 2 || !c.Caption.Defendants[1].Matches("Roe") || c.Caption.Defendants[0].Matches("Roe") {
		t.Errorf("defendants = %+v", c.Caption.Defendants)
	}
	if got := fmt.Sprint(len(c.Paragraphs), len(c.Counts), len(c.Prayer), c.JuryDemand); got != "16 3 4 true" {
		t.Errorf("paragraphs, counts, prayer, jury = %s", got)
	}
	if ct := c.Counts[1]; ct.Title != "Monell Liability" || ct.Statute != "42 U.S.C. § 1983" || ct.First != 13 || ct.Last != 14 {
		t.Errorf("count II = %+v", ct)
	}
	a, err := ParseFile(filepath.Join("testdata", "ndill-answer.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "DEFENDANTS' ANSWER AND AFFIRMATIVE DEFENSES TO PLAINTIFF'S COMPLAINT" || a.Kind != KindAnswer {
		t.Errorf("title %q kind %s", a.Title, a.Kind)
	}
	want := map[int]Class{1: ClassPartlyAdmitted, 2: ClassAdmitted, 4: ClassNoKnowledge, 7: ClassPartlyAdmitted, 8: ClassDenied, 10: ClassIncorporated, 12: ClassNoKnowledge}
	for _, r := range a.Responses {
		if fmt.Sprint(r.Answers) != fmt.Sprintf("[%d]", r.Paragraph) {
			t.Errorf("response %d answers %v", r.Paragraph, r.Answers)
		}
		if w, ok := want[r.Paragraph]; ok && r.Class != w {
			t.Errorf("response %d class %s, want %s", r.Paragraph, r.Class, w)
		}
	}
	if r := a.Responses[9]; r.Incorporates == nil || *r.Incorporates != (Range{1, 9}) || strings.Contains(r.Text, "re-alleges") {
		t.Errorf("response 10 = %+v", r)
	}
	titles := []string{"Qualified Immunity", "Tort Immunity Act", "Failure to Mitigate"}
	for i, w := range titles {
		if a.Defenses[i].Title != w {
			t.Errorf("defense %d title %q, want %q", i+1, a.Defenses[i].Title, w)
		}
	}
}

func TestAnswerWithOnlyGeneralDenial(t *testing.T) {
	d, err := ParseFile(filepath.Join("testdata", "ca-general-denial.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != KindAnswer || len(d.Responses) != 0 || len(d.Defenses) != 2 {
		t.Fatalf("kind %s, %d responses, %d defenses", d.Kind, len(d.Responses), len(d.Defenses))
	}
	if !strings.Contains(d.GeneralDenial, "generally denies each and every allegation of the Complaint") {
		t.Errorf("general denial = %q", d.GeneralDenial)
	}
	if d.Defenses[1].Title != "Comparative Fault" || d.Date != "2024-02-02" {
		t.Errorf("defense 2 %q, date %q", d.Defenses[1].Title, d.Date)
	}
}

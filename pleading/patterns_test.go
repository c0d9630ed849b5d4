package pleading

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Patterns met in real pleadings from other courts and eras than the four
// in ../shared/pleadings, each reduced to a small synthetic excerpt.

func mustParse(t *testing.T, src string) *Document {
	t.Helper()
	d, err := Parse("x.txt", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return d
}

func paraNumbers(d *Document) string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, fmt.Sprint(p.Number))
	}
	return strings.Join(out, ",")
}

func paraHeadings(d *Document) string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, fmt.Sprintf("%d:%s", p.Number, p.Heading))
	}
	return strings.Join(out, "|")
}

func countRanges(d *Document) string {
	var out []string
	for _, c := range d.Counts {
		out = append(out, fmt.Sprintf("%d %s %d-%d", c.Number, c.Title, c.First, c.Last))
	}
	return strings.Join(out, "|")
}

// A Texas complaint: a "§" column rule in the caption, each paragraph number
// alone on its line, one-word and title-case headings, title-case counts.
const texasComplaint = `IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF TEXAS

JOHN SMITH, §
Plaintiff, §
§
v. § CIVIL ACTION NO. 5:10-cv-00123
§
CITY OF SAN ANTONIO, §
Defendant. §

PLAINTIFF'S ORIGINAL COMPLAINT

Plaintiff John Smith files this Original Complaint and would show as follows:

Parties
1.
Plaintiff John Smith is an individual residing in Bexar County, Texas.
2.

Defendant City of San Antonio is a municipality.
Facts
3.
Plaintiff was terminated on March 3, 2009.
Cause of Action One: Age Discrimination
4.
Plaintiff incorporates paragraphs 1 through 3.
5.
Defendant violated the ADEA, 29 U.S.C. § 623.
Second Cause of Action
Retaliation
6.
Defendant retaliated against Plaintiff.
Prayer
WHEREFORE, Plaintiff prays that he have judgment for:
a. back pay;
b. costs of suit.
`

func TestTexasComplaint(t *testing.T) {
	d := mustParse(t, texasComplaint)
	if got, want := paraNumbers(d), "1,2,3,4,5,6"; got != want {
		t.Errorf("paragraphs %s, want %s", got, want)
	}
	if got, want := paraHeadings(d), "1:Parties|2:Parties|3:Facts|4:Cause of Action One: Age Discrimination|5:Cause of Action One: Age Discrimination|6:Second Cause of Action"; got != want {
		t.Errorf("headings\n got %s\nwant %s", got, want)
	}
	if got, want := countRanges(d), "1 Age Discrimination 4-5|2 Retaliation 6-6"; got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
	if len(d.Prayer) != 2 {
		t.Errorf("prayer has %d items, want 2", len(d.Prayer))
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(p.Text, "Facts") || strings.Contains(p.Text, "Prayer") || strings.Contains(p.Text, "Cause") {
			t.Errorf("¶%d holds a heading: %q", p.Number, p.Text)
		}
	}
	c := d.Caption
	if len(c.Plaintiffs) != 1 || c.Plaintiffs[0].Name != "JOHN SMITH" || len(c.Defendants) != 1 || c.Defendants[0].Name != "CITY OF SAN ANTONIO" {
		t.Errorf("parties %+v v. %+v", c.Plaintiffs, c.Defendants)
	}
}

func TestNumberAloneOnLine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"number then text", "COMPLAINT\n\n1.\nThe first.\n2.\nThe second.\n", "1,2"},
		{"blank between", "COMPLAINT\n\n1.\n\nThe first.\n2.\n\nThe second.\n", "1,2"},
		// A run of bare numbers (OCR lost the text) joins nothing to a number.
		{"numbers only", "COMPLAINT\n\n1. The first.\n2.\n3.\n4. The fourth.\n", "1,2,3,4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paraNumbers(mustParse(t, tt.src)); got != tt.want {
				t.Errorf("paragraphs %s, want %s", got, tt.want)
			}
		})
	}
}

// A federal answer in the older form: defenses first, the paragraph-by-
// paragraph responses under one of them ("SECOND DEFENSE"), more defenses after.
const defensesFirstAnswer = `UNITED STATES DISTRICT COURT
DISTRICT OF KANSAS

EQUAL EMPLOYMENT OPPORTUNITY COMMISSION,
Plaintiff,
v.
ACME WIDGETS, INC.,
Defendant.

ANSWER

Defendant Acme Widgets, Inc. ("Acme") answers the Complaint as follows:

FIRST DEFENSE
(Failure to State a Claim)

The Complaint fails to state a claim upon which relief can be granted.

SECOND DEFENSE

In response to the numbered paragraphs of the Complaint, Acme states:

1. Acme admits that this Court has jurisdiction.

2. Admitted.

3. Acme is without knowledge or information sufficient to form a belief as to the truth of the allegations of paragraph 3 and therefore denies them.

4. Acme admits that Jane Doe worked for Acme, but denies the remaining allegations of paragraph 4.

THIRD DEFENSE

Plaintiff's claims are barred by the statute of limitations.

WHEREFORE, Acme prays that the Complaint be dismissed.
`

func TestDefensesBeforeResponses(t *testing.T) {
	d := mustParse(t, defensesFirstAnswer)
	if d.Kind != KindAnswer {
		t.Fatalf("kind %s", d.Kind)
	}
	var got []string
	for _, r := range d.Responses {
		got = append(got, fmt.Sprintf("%d%v %s", r.Paragraph, r.Answers, r.Class))
	}
	want := "1[1] admitted|2[2] admitted|3[3] no-knowledge|4[4] partly-admitted"
	if strings.Join(got, "|") != want {
		t.Errorf("responses\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	got = nil
	for _, df := range d.Defenses {
		got = append(got, fmt.Sprintf("%d %s %s: %s", df.Number, df.Ordinal, df.Title, df.Text))
	}
	want = "1 FIRST Failure to State a Claim: The Complaint fails to state a claim upon which relief can be granted.|3 THIRD : Plaintiff's claims are barred by the statute of limitations."
	if strings.Join(got, "|") != want {
		t.Errorf("defenses\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// A complaint on pleading paper whose every page ends with the filing
// office's address and "COMPLAINT - Page N" (an agency's Seattle office,
// OCR'd), with its claims under "Violations of ..." and a lettered prayer
// whose fifth letter carries an OCR mark and whose middle letters were lost.
const footerComplaint = `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

COMPLAINT

JURISDICTION
1. Jurisdiction of this Court is invoked pursuant to 28 U.S.C. § 1331. The
employment practices were committed in Idaho and this action is brought under
U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION
Seattle District Office
909 First Avenue, Suite 400
Seattle, Washington 98104-1061
Telephone: (206) 220-6883
COMPLAINT - Page 1 Facsimile: (206) 220-6911
TDD: (206) 220-6882

sections 706(f)(1) and (3) of Title VII.
Violations of Title VII
2. Defendant harassed Ms. Russell because of her sex.
3. The practices complained of in paragraph 2 were intentional.
//
U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION
909 First Avenue, Suite 400
Seattle, Washington 98104-1061
COMPLAINT - Page 2

PRAYER FOR RELIEF
Wherefore, the Commission requests that this Court:
A. Grant a permanent injunction.
B. Order defendant to make Ms. Russell whole.
Front pay;
Compensatory damages;
¯ E. Order defendant to pay punitive damages.
F. Award the Commission its costs.
`

func TestRunningFooterAndPrayerLabels(t *testing.T) {
	d := mustParse(t, footerComplaint)
	if got := paraNumbers(d); got != "1,2,3" {
		t.Fatalf("paragraphs %s", got)
	}
	want := []string{
		"Jurisdiction of this Court is invoked pursuant to 28 U.S.C. § 1331. The employment practices were committed in Idaho and this action is brought under sections 706(f)(1) and (3) of Title VII.",
		"Defendant harassed Ms. Russell because of her sex.",
		"The practices complained of in paragraph 2 were intentional.",
	}
	for i, p := range d.Paragraphs {
		if p.Text != want[i] {
			t.Errorf("¶%d = %q\nwant %q", p.Number, p.Text, want[i])
		}
	}
	if got := countRanges(d); got != "1 Violations of Title VII 2-3" {
		t.Errorf("counts %q", got)
	}
	var labels []string
	for _, it := range d.Prayer {
		labels = append(labels, it.Number)
	}
	if got := strings.Join(labels, ""); got != "ABEF" {
		t.Errorf("prayer labels %s, want ABEF", got)
	}
}

func TestFooterTitle(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"COMPLAINT - Page 2", true},
		{"COMPLAINT- Page 1 Facsimile: (206) 220-6911", true},
		{"DEFENDANT'S ANSWER TO FIRST AMENDED COMPLAINT - 3", true},
		{"Page 4 - ANSWER", true},
		{"Answer to Complaint Page 7", true},
		{"5. The Complaint - 3 pages long - was filed.", false},
		{"the allegations of the Complaint - 3 of them - are denied", false},
		{"COMPLAINT", false},
	}
	for _, tt := range tests {
		if got := isFooterTitle(tt.line); got != tt.want {
			t.Errorf("isFooterTitle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A New York state complaint OCR'd from a scan: stray marks in the right
// margin, the firm's document number at the foot of each page, sub-headings
// that name a plaintiff, a JURY DEMAND section in the middle of the body,
// title-case causes of action, and a prayer numbered on from the paragraphs.
const nyStateComplaint = `SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF BRONX

COMPLAINT

BACKGROUND
1.  Plaintiffs were confined in No Harm Housing.  t
f
!
Plaintiffs  f
[
Samuel E.
2.  Samuel E. is 22 years old and was hospitalized for  I
psychiatric problems.
\\\NY. 090334/010215 • 947101 v7

JohnnyM.
3.  Johnny M. is 43 years old.
I 08.  This is not paragraph 4.
4.  Johnny was discharged from mental health services.  ~
JURY DEMAND
5.  Plaintiffs demand trial by jury in this action.
11\NY-0903341010215-947101 v7
First Cause of Action
(Cruel and Unusual Punishment)
6.  Plaintiffs repeat and reallege each and every allegation contained in the preceding
paragraphs as if fully set forth herein.
7.  Defendants' actions violated plaintiffs' rights.
Second Cause of Action
(Negligence)
8.  Defendants failed to provide adequate medical care.
Prayer For Relief
WHEREFORE, Plaintiffs pray for an order:
9.  Awarding plaintiffs monetary damages;
10.  Granting such other relief as this Court deems just and proper.
Dated: New York, New York
`

func TestNYStateComplaint(t *testing.T) {
	d := mustParse(t, nyStateComplaint)
	if got := paraNumbers(d); got != "1,2,3,4,5,6,7,8" {
		t.Fatalf("paragraphs %s", got)
	}
	want := map[int]string{
		1: "Plaintiffs were confined in No Harm Housing.",
		2: "Samuel E. is 22 years old and was hospitalized for psychiatric problems.",
		3: "Johnny M. is 43 years old. I 08. This is not paragraph 4.",
		4: "Johnny was discharged from mental health services.",
		5: "Plaintiffs demand trial by jury in this action.",
		7: "Defendants' actions violated plaintiffs' rights.",
	}
	for _, p := range d.Paragraphs {
		if w, ok := want[p.Number]; ok && p.Text != w {
			t.Errorf("¶%d = %q\nwant %q", p.Number, p.Text, w)
		}
	}
	if got, want := paraHeadings(d), "1:BACKGROUND|2:Samuel E.|3:JohnnyM.|4:JohnnyM.|5:JURY DEMAND|6:First Cause of Action|7:First Cause of Action|8:Second Cause of Action"; got != want {
		t.Errorf("headings\n got %s\nwant %s", got, want)
	}
	if got, want := countRanges(d), "1 Cruel and Unusual Punishment 6-7|2 Negligence 8-8"; got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
	var items []string
	for _, it := range d.Prayer {
		items = append(items, it.Number)
	}
	if got := strings.Join(items, ","); got != "9,10" {
		t.Errorf("prayer items %s, want 9,10", got)
	}
	if !d.JuryDemand {
		t.Error("no jury demand")
	}
}

func TestMarginNoiseAndDocIDs(t *testing.T) {
	for _, s := range []string{"I", "t", "!", "~-", "{", "'1.:", "~.", "i"} {
		if !marginNoise(s) {
			t.Errorf("marginNoise(%q) = false", s)
		}
	}
	// Item labels alone on their line ("A.", "f.") are kept.
	for _, s := range []string{"A.", "7.", "f.", "X", ")", "§", "2", "No", "v."} {
		if marginNoise(s) {
			t.Errorf("marginNoise(%q) = true", s)
		}
	}
	for _, s := range []string{`\\\NY. 090334/010215 • 947101 v7`, `11\NY .09QJ34/01021S .947101 v7`, `\\\NY. 090334101021 S • 947101 v?`, "CHI 10635505.2", `\\\NY-090334/010215-1044032 vl`} {
		if !docIDLine(s) {
			t.Errorf("docIDLine(%q) = false", s)
		}
	}
	for _, s := range []string{"TEL: (206) 220-6892", "INDEX NO. 123456/2007", "Case 1:14-cv-01559-RWS Document 43", "28 U.S.C. § 1331, 1337, 1343 and 1345.", "$1,250,000.00"} {
		if docIDLine(s) {
			t.Errorf("docIDLine(%q) = true", s)
		}
	}
	for in, want := range map[string]string{
		"continued  I ":      "continued",
		"to  l":              "to",
		"the hospital.":      "the hospital.",
		"Article I":          "Article I",
		"and heard  voices ": "and heard  voices ",
		"COUNT  I":           "COUNT  I",
		"under Article  I ":  "under Article  I ",
		"under  Title  I":    "under  Title  I",
	} {
		if got := trimMarginMark(in); got != want {
			t.Errorf("trimMarginMark(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOCRStart(t *testing.T) {
	tests := []struct {
		line string
		want int
		ok   bool
	}{
		{"I 08.  In October 2004, Jamelle arrived.", 108, true},
		{"l5. The Court has jurisdiction.", 15, true},
		{"I O1. Venue is proper.", 101, true},
		{"I 08.  In October 2004, Jamelle arrived.", 4, false},
		{"I. INTRODUCTION", 1, false},
		{"II. Background facts.", 11, false},
		{"I 08. and more", 108, false},
	}
	for _, tt := range tests {
		n, _, ok := ocrStart(tt.line, tt.want)
		if ok != tt.ok || ok && n != tt.want {
			t.Errorf("ocrStart(%q, %d) = %d, %v", tt.line, tt.want, n, ok)
		}
	}
}

// A 1980s complaint (D. Conn.): counts headed by the section's own roman
// numeral ("VI. FIRST CAUSE OF ACTION - Equal Protection"), a title carried
// to the next line, and incorporation in words ("paragraphs one through
// fifty-four").
const romanCountComplaint = `UNITED STATES DISTRICT COURT
DISTRICT OF CONNECTICUT

COMPLAINT

I. PARTIES
1. Plaintiff Jane Doe is a minor.
2. Defendant Anthony Milano is Secretary of OPM.
VI. FIRST CAUSE OF ACTION - Equal Protection
3. The allegations of paragraphs one through two are
incorporated by reference, as though pleaded herein in full.
4. The statutes violate the rights of plaintiffs to equal
protection of the law in that:
a. nondelinquent juvenile interstate runaways are confined
in secure detention facilities;
b. they are confined without judicial findings.

- 14 -
X. SECOND CAUSE OF ACTION - Juvenile Justice and Delinquency
Prevention Act
5. The allegations of paragraphs one through four are
incorporated by reference, as though pleaded herein in full.
6. The statutes violate the JJDPA, 42 U.S.C. § 5633(a)(12)(A).
XI. PRAYER FOR RELIEF
Wherefore, plaintiffs request that this Court:
1. Assume jurisdiction over this action.
2. Certify this case as a class action.
`

func TestRomanNumberedCounts(t *testing.T) {
	d := mustParse(t, romanCountComplaint)
	if got, want := countRanges(d), "1 Equal Protection 3-4|2 Juvenile Justice and Delinquency Prevention Act 5-6"; got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
	var inc []string
	for _, c := range d.Counts {
		if c.Incorporates != nil {
			inc = append(inc, fmt.Sprintf("%d-%d", c.Incorporates.First, c.Incorporates.Last))
		}
	}
	if got := strings.Join(inc, ","); got != "1-2,1-4" {
		t.Errorf("incorporated ranges %s, want 1-2,1-4", got)
	}
	if len(d.Prayer) != 2 {
		t.Errorf("prayer has %d items", len(d.Prayer))
	}
	if !strings.HasSuffix(d.Paragraphs[3].Text, "b. they are confined without judicial findings.") {
		t.Errorf("¶4 lost its lettered clauses: %q", d.Paragraphs[3].Text)
	}
}

func TestCardinalValue(t *testing.T) {
	for in, want := range map[string]int{"one": 1, "fifty-four": 54, "sixty": 60, "Twenty Two": 22, "one hundred twelve": 112, "first": 0, "many": 0} {
		if got := cardinalValue(in); got != want {
			t.Errorf("cardinalValue(%q) = %d, want %d", in, got, want)
		}
	}
}

// Answers in other courts' styles: unnumbered responses keyed to the
// paragraph they answer, with defenses whose titles and text run into their
// headings; Florida's short forms; N.D. Ill. restated allegations.
func TestOtherCourtsAnswers(t *testing.T) {
	tests := []struct {
		name, src, responses, defenses, caseNo string
	}{
		{"keyed, unnumbered", `UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA

JOHN DOE,
Plaintiff,
v. Case No. 8:12-cv-1234-T-33TBM
ACME CORP.,
Defendant.

DEFENDANT'S ANSWER AND AFFIRMATIVE DEFENSES

Defendant, ACME CORP., answers the Complaint as follows:

In answer to Paragraph 1, Defendant admits that Plaintiff was employed by Defendant.

In answer to Paragraph 2, Defendant denies the allegations.

Answering paragraph 3, Defendant is without knowledge and therefore denies.

In response to Paragraphs 4 through 6, Defendant admits the allegations.

AFFIRMATIVE DEFENSES

First Affirmative Defense (Statute of Limitations): Plaintiff's claims are barred by the statute of limitations.

Second Affirmative Defense (Failure to Mitigate): Plaintiff failed to mitigate damages.
`, "1[1] admitted|2[2] denied|3[3] no-knowledge|4[4 5 6] admitted",
			"1 Statute of Limitations: Plaintiff's claims are barred by the statute of limitations.|2 Failure to Mitigate: Plaintiff failed to mitigate damages.", "8:12-CV-1234"},
		{"keyed responses, numbered defenses", `ANSWER

In answer to Paragraph 1, Defendant admits that Plaintiff was employed by Defendant.

Answering paragraphs 2 and 3, Defendant denies the allegations.

AFFIRMATIVE DEFENSES

1. Plaintiff's claims are barred by the statute of limitations.

2. Plaintiff failed to mitigate damages.
`, "1[1] admitted|2[2 3] denied", "1 : Plaintiff's claims are barred by the statute of limitations.|2 : Plaintiff failed to mitigate damages.", ""},
		{"Florida short forms", `IN THE CIRCUIT COURT OF THE SEVENTEENTH JUDICIAL CIRCUIT
IN AND FOR BROWARD COUNTY, FLORIDA

CASE NO.: 12-12345 CACE (05)

JANE ROE,
Plaintiff,
v.
BIG BOX STORES, INC.,
Defendant.

DEFENDANT'S ANSWER AND AFFIRMATIVE DEFENSES

1. Admitted for jurisdictional purposes only.
2. Without knowledge, therefore denied.
3. Denied as phrased.
4. Admitted that Defendant owned the premises; otherwise denied.
5. Paragraph 5 states a legal conclusion to which no response is required. To the extent a response is required, denied.
6. Defendant admits the allegations contained in paragraphs 6, 7 and 8 of the Complaint.
9. Denied, and strict proof thereof is demanded.

AFFIRMATIVE DEFENSES

1. Plaintiff was comparatively negligent.
`, "1[1] admitted|2[2] no-knowledge|3[3] denied|4[4] partly-admitted|5[5] denied|6[6 7 8] admitted|9[9] denied",
			"1 : Plaintiff was comparatively negligent.", "12-12345CACE"},
		{"N.D. Ill. restated allegations", `IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS

EQUAL EMPLOYMENT OPPORTUNITY COMMISSION,
Plaintiff,
v. No. 02 C 4594
UNITED AIR LINES, INC.,
Defendant.

ANSWER AND AFFIRMATIVE DEFENSES

1. This Court has jurisdiction pursuant to 28 U.S.C. §§ 1331 and 1343.

ANSWER: United admits that this Court has jurisdiction.

2. Powell was subjected to harassment.

ANSWER: United denies the allegations in Paragraph 2.

AFFIRMATIVE DEFENSES

1. The Complaint fails to state a claim.
`, "1[1] admitted|2[2] denied", "1 : The Complaint fails to state a claim.", "02-CV-4594"},
		{"headed responses (Texas)", `DEFENDANT'S ORIGINAL ANSWER

RESPONSE TO PARAGRAPH NO. 1:
Defendant admits that Plaintiff resides in Harris County.

RESPONSE TO PARAGRAPH NO. 2:
Denied.

RESPONSE TO PARAGRAPH NO. 3:
Defendant lacks knowledge or information sufficient to form a belief about the truth of the allegations in Paragraph 3.

AFFIRMATIVE DEFENSES
1. Limitations.
`, "1[1] admitted|2[2] denied|3[3] no-knowledge", "1 : Limitations.", ""},
		{"labelled numbers", `ANSWER

1. Paragraph 1 of the Complaint is admitted.
2. Paragraphs 2 and 3 of the Complaint are denied.
4. Paragraph No. 4: Defendant admits that it employed Plaintiff.
`, "1[1] admitted|2[2 3] denied|4[4] admitted", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			if d.Kind != KindAnswer {
				t.Fatalf("kind %s", d.Kind)
			}
			var got []string
			for _, r := range d.Responses {
				got = append(got, fmt.Sprintf("%d%v %s", r.Paragraph, r.Answers, r.Class))
			}
			if g := strings.Join(got, "|"); g != tt.responses {
				t.Errorf("responses\n got %s\nwant %s", g, tt.responses)
			}
			got = nil
			for _, df := range d.Defenses {
				got = append(got, fmt.Sprintf("%d %s: %s", df.Number, df.Title, df.Text))
			}
			if g := strings.Join(got, "|"); g != tt.defenses {
				t.Errorf("defenses\n got %s\nwant %s", g, tt.defenses)
			}
			if g := NormalizeCaseNumber(d.Caption.CaseNumber); g != tt.caseNo {
				t.Errorf("case number %q → %q, want %q", d.Caption.CaseNumber, g, tt.caseNo)
			}
			for _, w := range d.Warnings {
				t.Logf("warning %d: %s", w.Line, w.Message)
			}
		})
	}
}

// Captions from OCR'd filings: the title and the case-number label in the
// right column run into the parties' lines, the number a few lines below its
// label, the court's first line lost, judges and intervenors in the caption.
func TestScannedCaptions(t *testing.T) {
	tests := []struct {
		name, src, court, caseNo, title, plaintiffs, defendants string
	}{
		{"right column run in", `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO
)
EQUAL EMPLOYMENT OPPORTUNITY )
COMMISSION, CIVIL ACTION NO.
Plaintiff, COMPLAINT
JURY TRIAL DEMAND
1 01-0301 -S-
LARRY H. MILLER CORPORATION,
Defendant.
NATURE OF THE ACTION
This is an action under Title VII.
1. Jurisdiction is proper.
`, "United States District Court for the District of Idaho", "1 01-0301 -S", "COMPLAINT", "EQUAL EMPLOYMENT OPPORTUNITY COMMISSION", "LARRY H. MILLER CORPORATION"},
		{"court's first line lost, intervenor, judges", `FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION
U.S. EQUAL EMPLOYMENT
OPPORTUNITY COMMISSION,
Plaintiff,
No. 02 C 4594
PHYLLIS POWELL,
Judge Suzanne Conlon
Intervenor,
Magistrate Judge Morton Denlow
v.
UNITED AIR LINES, INC., Jury Trial Demanded
Defendant.
INTERVENOR'S COMPLAINT
1. This Court has jurisdiction.
`, "For the Northern District of Illinois Eastern Division", "02 C 4594", "INTERVENOR'S COMPLAINT", "U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION|PHYLLIS POWELL", "UNITED AIR LINES, INC."},
	}
	names := func(ps []Party) string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Name)
		}
		return strings.Join(out, "|")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			c := d.Caption
			got := []string{c.Court, c.CaseNumber, d.Title, names(c.Plaintiffs), names(c.Defendants)}
			want := []string{tt.court, tt.caseNo, tt.title, tt.plaintiffs, tt.defendants}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("[%d] = %q, want %q", i, got[i], want[i])
				}
			}
		})
	}
}

// A born-digital complaint (M.D. Ga., 2025): the title in title case
// ("Complaint-in-Intervention"), the case number in the right column of the
// plaintiff's line, title-case headings, a compound split at a line break
// before a capital ("non-" / "Hispanic"), a prayer numbered "(1)".
const bornDigitalComplaint = `IN THE UNITED STATES DISTRICT COURT
FOR THE MIDDLE DISTRICT OF GEORGIA
MACON DIVISION

United States of America,  Case No. 5:25-cv-00025-MTT

  Plaintiff,

Complaint-in-Intervention
 vs.

Houston County, et al.,

  Defendants.

Nature of the Case
1.  This is an action under Section 2 of the Voting Rights Act of
1965, 52 U.S.C. § 10301.
Background
2.  Houston County had 37,405 non-
Hispanic Black persons (31.5%).
Relief

3.  A real and actual controversy exists between the parties.
WHEREFORE, the plaintiff-intervenors respectfully pray that this
Court:
(1) enter a declaratory judgment; and
(2) grant any further relief.
`

func TestBornDigitalComplaint(t *testing.T) {
	d := mustParse(t, bornDigitalComplaint)
	c := d.Caption
	if d.Title != "COMPLAINT-IN-INTERVENTION" || c.CaseNumber != "5:25-cv-00025-MTT" {
		t.Errorf("title %q, case number %q", d.Title, c.CaseNumber)
	}
	if len(c.Plaintiffs) != 1 || c.Plaintiffs[0].Name != "United States of America" || len(c.Defendants) != 1 || c.Defendants[0].Name != "Houston County" {
		t.Errorf("parties %+v v. %+v", c.Plaintiffs, c.Defendants)
	}
	if got, want := paraHeadings(d), "1:Nature of the Case|2:Background|3:Relief"; got != want {
		t.Errorf("headings %s, want %s", got, want)
	}
	if got := d.Paragraphs[1].Text; got != "Houston County had 37,405 non-Hispanic Black persons (31.5%)." {
		t.Errorf("¶2 = %q", got)
	}
	if len(d.Prayer) != 2 {
		t.Errorf("prayer has %d items", len(d.Prayer))
	}
}

func TestExhibitsBoundary(t *testing.T) {
	for in, want := range map[string]string{
		"See Exhibit A and Ex. 3; also Exs. B, C.": "Exhibit A,Exhibit 3,Exhibit B,Exhibit C",
		"(Exhibit 12)":             "Exhibit 12",
		"the ComplexEx. A clause":  "",
		"Exhibits D and E hereto.": "Exhibit D,Exhibit E",
	} {
		if got := strings.Join(exhibits(in), ","); got != want {
			t.Errorf("exhibits(%q) = %q, want %q", in, got, want)
		}
	}
}

// A New York filing whose summons, with its own caption, comes before the
// complaint's: the parties are read from the complaint's caption.
func TestCaptionPrintedTwice(t *testing.T) {
	const src = `SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF BRONX
SAMUEL E.,
Plaintiff,
Date Purchased:
v.
Plaintiffs designate Bronx
THE CITY OF NEW YORK,
County as the place of trial.
Defendants.
SUMMONS
To the above named Defendants: YOU ARE HEREBY SUMMONED to answer the complaint.

SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF BRONX
SAMUEL E.,
Plaintiff,
v.
THE CITY OF NEW YORK,
Defendants.
COMPLAINT
1. Plaintiff brings this action.
`
	d := mustParse(t, src)
	c := d.Caption
	if len(c.Plaintiffs) != 1 || c.Plaintiffs[0].Name != "SAMUEL E" || len(c.Defendants) != 1 || c.Defendants[0].Name != "THE CITY OF NEW YORK" {
		t.Errorf("parties %+v v. %+v", c.Plaintiffs, c.Defendants)
	}
	if c.Court != "Supreme Court of the State of New York County of Bronx" || d.Title != "COMPLAINT" {
		t.Errorf("court %q, title %q", c.Court, d.Title)
	}
}

// statuteMatches runs statuteRe only around its anchor words; it must find
// what a scan of the whole text finds.
func TestStatuteWindowsMatchFullScan(t *testing.T) {
	texts := []string{
		"Jurisdiction is proper under 28 U.S.C. §§ 1331, 1337, 1343 and 1345 and 42 U.S.C. § 2000e-5(f)(1) and (3).",
		"See Fed. R. Civ. P. 12(b)(6); Cal. Civ. Proc. Code § 425.16; 40 C.F.R. § 63.2 and N.Y. Corr. Law § 137.",
		"28 U.S.C. §§ 1331 and 42 U.S.C. § 1983, et seq.",
		"no citation at all",
	}
	for _, rel := range []string{"liveperson-v-247/complaint.txt", "usa-v-arkansas/complaint.txt", "eeoc-v-rv-fun/complaint.txt", "usa-v-denka/complaint.txt", "usa-v-denka/answer.txt"} {
		dir := filepath.Join("..", "..", "shared", "pleadings", rel)
		data, err := os.ReadFile(dir)
		if err != nil {
			continue
		}
		d, err := Parse(rel, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.Paragraphs {
			texts = append(texts, p.Text)
		}
		for _, p := range d.Counterclaims {
			texts = append(texts, p.Text)
		}
	}
	for _, s := range texts {
		want := statuteRe.FindAllString(s, -1)
		if got := statuteMatches(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("statuteMatches(%.80q…) = %q, want %q", s, got, want)
		}
	}
}

func TestAdmitsIn(t *testing.T) {
	for in, want := range map[string]bool{
		"defendant admits that it employed plaintiff.":                   true,
		"defendant does not admit the allegations.":                      false,
		"except as expressly admitted, defendant denies.":                false,
		"denies the allegations, except admits that it is a corporation": true,
		"paragraph no. 4: defendant admits that it employed plaintiff.":  true,
		"no allegation is admitted.":                                     false,
		"the readmittance of evidence":                                   false,
		"defendant concedes the point.":                                  true,
		"admitted.":                                                      true,
		"neither admits nor denies":                                      false,
	} {
		if got := readFacets(in).admits; got != want {
			t.Errorf("readFacets(%q).admits = %v, want %v", in, got, want)
		}
	}
}

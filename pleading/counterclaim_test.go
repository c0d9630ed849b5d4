package pleading

import (
	"strings"
	"testing"
)

// A Florida circuit court answer with counterclaims: the answer's own
// responses, then the counterclaim numbered from 1 with counts and a
// prayer of its own.
const floridaCaption = `IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT
IN AND FOR ORANGE COUNTY, FLORIDA

CASE NO.: 2022-CA-004512-O

SUNCOAST ROOFING, LLC,
Plaintiff,
v.
GROVE PLAZA ASSOCIATION, INC.,
Defendant.
`

const floridaCounterclaim = `COUNTERCLAIM

Grove Plaza Association, Inc. sues Suncoast Roofing, LLC and alleges:

1. Grove Plaza is a Florida not-for-profit corporation.
2. Suncoast Roofing agreed to replace the roof of Building C.
COUNT I – BREACH OF CONTRACT
3. Grove Plaza realleges paragraphs 1 and 2.
4. Suncoast Roofing left the roof unfinished.
COUNT II – NEGLIGENCE
5. Grove Plaza realleges paragraphs 1 and 2.
6. Suncoast Roofing failed to cover the open roof before a storm.
WHEREFORE, Grove Plaza demands judgment for damages, interest and costs.
DEMAND FOR JURY TRIAL
Grove Plaza demands a trial by jury.
`

func TestCounterclaimAsItsOwnPleading(t *testing.T) {
	answer := floridaCaption + `
ANSWER, AFFIRMATIVE DEFENSES AND COUNTERCLAIM

1. Admitted.
2. Denied.
3. Denied.

AFFIRMATIVE DEFENSES

FIRST AFFIRMATIVE DEFENSE
Suncoast Roofing's claims are barred by its own prior breach.

` + floridaCounterclaim
	d := mustParse(t, answer)
	if d.Kind != KindAnswer || len(d.Responses) != 3 || len(d.Defenses) != 1 {
		t.Fatalf("kind %s, %d responses, %d defenses; want an answer of 3 and 1", d.Kind, len(d.Responses), len(d.Defenses))
	}
	for _, r := range d.Responses {
		if strings.Contains(r.Text, "Grove Plaza") {
			t.Errorf("response %d absorbed counterclaim text: %q", r.Paragraph, r.Text)
		}
	}
	cc := d.Counterclaim
	if cc == nil {
		t.Fatal("no counterclaim document")
	}
	alone := mustParse(t, floridaCaption+"\n"+floridaCounterclaim)
	for _, c := range []struct {
		name string
		d    *Document
	}{{"in the answer", cc}, {"filed alone", alone}} {
		t.Run(c.name, func(t *testing.T) {
			d := c.d
			if d.Kind != KindComplaint {
				t.Errorf("kind %s, want complaint", d.Kind)
			}
			if got := paraNumbers(d); got != "1,2,3,4,5,6" {
				t.Errorf("paragraphs %s", got)
			}
			if got := countRanges(d); got != "1 BREACH OF CONTRACT 3-4|2 NEGLIGENCE 5-6" {
				t.Errorf("counts %s", got)
			}
			if len(d.Prayer) != 1 || !d.JuryDemand {
				t.Errorf("prayer %d items, jury %v", len(d.Prayer), d.JuryDemand)
			}
		})
	}
	if len(cc.Caption.Plaintiffs) != 1 || cc.Caption.Plaintiffs[0].Name != "GROVE PLAZA ASSOCIATION, INC." ||
		len(cc.Caption.Defendants) != 1 || cc.Caption.Defendants[0].Name != "SUNCOAST ROOFING, LLC" {
		t.Errorf("counterclaim caption: %+v", cc.Caption)
	}
	if cc.Caption.CaseNumber != d.Caption.CaseNumber || cc.Paragraph(4).Line <= d.Responses[2].Line {
		t.Errorf("counterclaim case number %q, ¶4 line %d: want the answer's case and lines", cc.Caption.CaseNumber, cc.Paragraph(4).Line)
	}
}

// Counterclaims headed only by their first count ("FIRST COUNTERCLAIM")
// still end the answer's responses.
func TestCounterclaimWithoutSectionHeading(t *testing.T) {
	src := floridaCaption + `
ANSWER AND COUNTERCLAIMS

1. Admitted.
2. Denied.

FIRST COUNTERCLAIM
(Breach of Contract)
1. Suncoast Roofing agreed to replace the roof.
2. It left the roof unfinished.
SECOND COUNTERCLAIM
(Negligence)
3. It failed to cover the open roof.
`
	d := mustParse(t, src)
	if len(d.Responses) != 2 || d.Counterclaim == nil {
		t.Fatalf("%d responses, counterclaim %v", len(d.Responses), d.Counterclaim != nil)
	}
	if got := countRanges(d.Counterclaim); got != "1 Breach of Contract 1-2|2 Negligence 3-3" {
		t.Errorf("counts %s", got)
	}
}

// A reply to counterclaims is an answer whose responses answer the
// counterclaim's paragraphs.
func TestReplyToCounterclaims(t *testing.T) {
	src := floridaCaption + `
PLAINTIFF'S REPLY TO COUNTERCLAIM

1. Admitted.
2. Admitted that Suncoast Roofing agreed to replace the roof; otherwise denied.
3. Suncoast Roofing realleges its responses to paragraphs 1 and 2.
4. Denied.
`
	d := mustParse(t, src)
	if d.Kind != KindAnswer || len(d.Responses) != 4 {
		t.Errorf("kind %s with %d responses, want an answer of 4", d.Kind, len(d.Responses))
	}
}

// The real answer with six counterclaims: its responses stop at the
// counterclaims, which read as a pleading of 119 paragraphs and 6 counts.
func TestRealCounterclaims(t *testing.T) {
	d := parseReal(t, "usa-v-denka/answer.txt")
	cc := d.Counterclaim
	if cc == nil {
		t.Fatal("no counterclaim")
	}
	if len(d.Responses) != 66 || len(cc.Paragraphs) != 119 || len(cc.Counts) != 6 {
		t.Errorf("%d responses, counterclaim %d paragraphs %d counts; want 66, 119, 6", len(d.Responses), len(cc.Paragraphs), len(cc.Counts))
	}
	if len(cc.Counts) == 6 && (cc.Counts[0].First != 80 || cc.Counts[5].Last != 114) {
		t.Errorf("counts %s", countRanges(cc))
	}
	if len(cc.Caption.Plaintiffs) != 1 || !strings.HasPrefix(cc.Caption.Plaintiffs[0].Name, "Denka") {
		t.Errorf("counterclaim plaintiffs %+v", cc.Caption.Plaintiffs)
	}
}

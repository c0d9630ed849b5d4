package pleading

import "testing"

// A state trial court's answer (Georgia style: "IN THE SUPERIOR COURT OF
// ... COUNTY / STATE OF GEORGIA", "CIVIL ACTION FILE NO."), its title
// broken over two lines whose second names the complaint answered.
const georgiaSplitTitleAnswer = `IN THE SUPERIOR COURT OF FULTON COUNTY
STATE OF GEORGIA

MARY ALLEN, and THE ALLEN FAMILY TRUST, )
Plaintiffs, )
v. ) CIVIL ACTION FILE NO. 2019CV301122
PEACHTREE LEASING COMPANY, )
Defendant. )

ANSWER AND DEFENSES OF DEFENDANT PEACHTREE LEASING COMPANY TO
PLAINTIFFS' VERIFIED COMPLAINT

COMES NOW Peachtree Leasing Company and answers the Verified Complaint as follows:

1. Defendant admits the allegations of paragraph 1 of the Complaint.
2. Defendant denies the allegations of paragraph 2 of the Complaint.
3. Defendant is without knowledge or information sufficient to form a belief as to the allegations of paragraph 3.
4. Defendant denies the allegations of paragraph 4.
`

// The same answer as text extraction leaves it: the spaces between words
// lost, and paragraph numbers run into their text ("4.Defendant").
const squeezedAnswer = `IN THE SUPERIOR COURT OF FULTON COUNTY
STATEOFGEORGIA
MARYALLEN, )
Plaintiff, )
v. ) CIVIL ACTION FILE NO. 2019CV301122
PEACHTREELEASING COMPANY, )
Defendant. )
ANSWEROFDEFENDANT PEACHTREELEASING COMPANY,TO
PLAINTIFF’SVERIFIEDCOMPLAINT
PeachtreeLeasing Company answers theComplaint as follows:
1. Defendantadmitstheallegations ofparagraph1 oftheComplaint.
2.Defendantdeniestheallegations ofparagraph2 oftheComplaint.
3.Defendantis without sufficientknowledgeorinformation toadmit ordenythe allegations ofparagraph3.
4.Defendantdeniestheallegations ofparagraph4.
`

// An answer whose title names nothing the parser knows ("RESPONSIVE
// PLEADING"), over paragraphs that respond to allegations.
const untitledAnswer = `IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT, LAW DIVISION

JAMES ORTIZ, Plaintiff,
v. No. 2021 L 004455
MIDWAY CARTAGE, INC., Defendant.

COMPLAINT AT LAW

Midway Cartage, Inc. states for its responsive pleading:

1. Midway Cartage admits the allegations contained in paragraph 1 of the Complaint.
2. Midway Cartage denies the allegations contained in paragraph 2 of the Complaint.
3. Midway Cartage denies the allegations contained in paragraph 3 of the Complaint.
4. Midway Cartage lacks knowledge or information sufficient to form a belief about paragraph 4 of the Complaint.
`

func TestAnswerKind(t *testing.T) {
	tests := []struct {
		name, src, title string
		responses        int
	}{
		{"split title", georgiaSplitTitleAnswer, "ANSWER AND DEFENSES OF DEFENDANT PEACHTREE LEASING COMPANY TO PLAINTIFFS' VERIFIED COMPLAINT", 4},
		{"lost spaces", squeezedAnswer, "ANSWEROFDEFENDANT PEACHTREELEASING COMPANY,TO PLAINTIFF’SVERIFIEDCOMPLAINT", 4},
		{"complaint title over responses", untitledAnswer, "COMPLAINT AT LAW", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			if d.Kind != KindAnswer {
				t.Errorf("kind = %s, want answer", d.Kind)
			}
			if d.Title != tt.title {
				t.Errorf("title = %q, want %q", d.Title, tt.title)
			}
			if len(d.Responses) != tt.responses {
				t.Errorf("%d responses, want %d", len(d.Responses), tt.responses)
			}
			for i, r := range d.Responses {
				if len(r.Answers) == 0 || r.Answers[0] != i+1 {
					t.Errorf("response %d answers %v", i+1, r.Answers)
				}
			}
		})
	}
}

// A complaint whose paragraphs tell of denials ("was denied a promotion")
// stays a complaint.
func TestComplaintOfDenialsStaysComplaint(t *testing.T) {
	src := `IN THE SUPERIOR COURT OF FULTON COUNTY
STATE OF GEORGIA

ANA RUIZ, Plaintiff,
v. CIVIL ACTION FILE NO. 2020CV1
ACME CORP., Defendant.

COMPLAINT

1. Plaintiff was denied a promotion in 2019.
2. Acme denied her request for leave.
3. Her supervisor admitted that she was qualified.
4. Acme denied the grievance she filed.
`
	d := mustParse(t, src)
	if d.Kind != KindComplaint || len(d.Paragraphs) != 4 {
		t.Errorf("kind %s with %d paragraphs, want a complaint of 4", d.Kind, len(d.Paragraphs))
	}
}

// The Massachusetts answer that showed both: a title split over two lines
// and spaces lost throughout.
func TestRealStateCourtAnswerKind(t *testing.T) {
	d := parseReal(t, "foster-v-commissioner-of-correction/answer.txt")
	if d.Kind != KindAnswer {
		t.Fatalf("kind = %s, want answer", d.Kind)
	}
	if len(d.Responses) != 102 || len(d.Paragraphs) != 0 {
		t.Errorf("%d responses, %d paragraphs; want 102 responses", len(d.Responses), len(d.Paragraphs))
	}
	for i, r := range d.Responses {
		if len(r.Answers) == 0 || r.Answers[0] != i+1 {
			t.Errorf("response %d answers %v", i+1, r.Answers)
			break
		}
	}
}

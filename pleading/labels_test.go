package pleading

import (
	"strings"
	"testing"
)

// Paragraph labels other than "12.", each in a court's style written anew.
func TestParagraphLabels(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		complaint int    // paragraphs of the complaint the answer is keyed to (0: src is a complaint)
		want      string // answers:class of each response, or the complaint's paragraph numbers
	}{
		{
			// A response to each sub-paragraph of a complaint paragraph:
			// one response for the paragraph, its parts read together.
			name: "sub-paragraph responses",
			src: `ANSWER

1. Admitted.
2. Denied.
3(a). Admitted.
3(b). Denied.
4. Denied.
`,
			complaint: 4,
			want:      "[1]:admitted [2]:denied [3]:partly-admitted [4]:denied",
		},
		{
			name: "sub-paragraph ranges and roman labels",
			src: `ANSWER

1. Admitted.
2(a-c). Denied.
2(d). Admitted.
3(i). Defendant lacks knowledge sufficient to form a belief about these allegations.
3(ii). Defendant lacks knowledge sufficient to form a belief about these allegations.
`,
			complaint: 3,
			want:      "[1]:admitted [2]:partly-admitted [3]:no-knowledge",
		},
		{
			// A complaint's lettered sub-paragraphs numbered with their paragraph.
			name: "complaint sub-paragraphs",
			src: `COMPLAINT

1. Plaintiff lives in Albany.
2(a). Defendant failed to inspect the stairs.
2(b). Defendant failed to warn of the broken step.
3. Plaintiff fell on May 2.
`,
			want: "1,2,3",
		},
		{
			// New York's older answers number by ordinal words.
			name: "ordinal labels",
			src: `SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF ALBANY
JOHN ROE, Plaintiff, -against- CAPITAL MARKETS INC., Defendant.

VERIFIED ANSWER

Defendant, by its attorneys, answering the verified complaint herein, alleges upon information and belief:

FIRST: Denies each and every allegation contained in paragraphs "1" and "2" of the complaint.

SECOND: Denies knowledge or information sufficient to form a belief as to the allegations contained in paragraph "3" of the complaint.

THIRD: Admits the allegations contained in paragraph "4" of the complaint.

AS AND FOR A FIRST AFFIRMATIVE DEFENSE

The complaint fails to state a cause of action.
`,
			complaint: 4,
			want:      "[1 2]:denied [3]:no-knowledge [4]:admitted",
		},
		{
			// Unnumbered responses that name their paragraph after the
			// verb, one to a paragraph, some wrapped where the reference
			// falls on the next line; a sentence going on with the same
			// paragraph stays in its response.
			name: "unnumbered, keyed by the verb",
			src: `IN THE COURT OF COMMON PLEAS OF HAMILTON COUNTY, OHIO
ANN LEE, Plaintiff, v. RIVERSIDE STORAGE CO., Defendant.

ANSWER

Riverside Storage Co. admits the allegations of paragraph 1 of the Complaint.

Riverside Storage Co. admits that it operates a storage facility, as alleged in
paragraph 2, but denies the remaining allegations of that paragraph.
Riverside Storage Co. denies the allegations of paragraph 2 to the extent they
allege any negligence.
Riverside Storage Co. lacks knowledge or information sufficient to form a belief about the allegations of
paragraph 3 and therefore denies them.

The allegations of paragraphs 4 and 5 are denied.

AFFIRMATIVE DEFENSES

1. The Complaint fails to state a claim.
`,
			complaint: 5,
			want:      "[1]:admitted [2]:partly-admitted [3]:no-knowledge [4 5]:denied",
		},
		{
			// One such sentence before numbered responses is the preamble.
			name: "numbered, after a preamble keyed by its verb",
			src: `ANSWER

Defendant denies every allegation of the Complaint except as admitted in paragraphs 1 through 3 below.

1. Admitted.
2. Denied.
3. Admitted.
`,
			complaint: 3,
			want:      "[1]:admitted [2]:denied [3]:admitted",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustParse(t, tc.src)
			if tc.complaint == 0 {
				if got := paraNumbers(d); got != tc.want {
					t.Errorf("paragraphs %s, want %s", got, tc.want)
				}
				return
			}
			k := Key(complaintOf(t, tc.complaint), d)
			if got := keyed(k); got != tc.want {
				t.Errorf("responses %s\nwant      %s", got, tc.want)
			}
		})
	}
}

func TestLabelReaders(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{{"(a). x", 3}, {"(iv)", 4}, {"(a-d).", 5}, {"()", 0}, {"(a", 0}, {"(b)(6)", 3}, {"(too long)", 0}} {
		if got := subLabelEnd(tc.s); got != tc.want {
			t.Errorf("subLabelEnd(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		t    string
		want int
		ok   bool
	}{
		{"FIRST: Denies the allegations.", 1, true},
		{"TWENTY-SECOND: Admits the allegations.", 22, true},
		{"SECOND: Denies the allegations.", 3, false},   // not the label expected
		{"First: the parties met.", 1, false},           // not in capitals
		{"FIRST CAUSE OF ACTION: Negligence", 1, false}, // a heading
		{"FIRST: denies the allegations.", 1, false},    // opens lower case
		{"NOTE: Plaintiff alleges nothing here.", 1, false},
	} {
		_, ok := ordinalLabelStart(tc.t, tc.want)
		if ok != tc.ok {
			t.Errorf("ordinalLabelStart(%q, %d) = %v, want %v", tc.t, tc.want, ok, tc.ok)
		}
	}
}

// "Paragraph N." labels a response; a reference the line break cut ("... as
// stated in" / "Paragraph 2. ...") stays text.
func TestParagraphWordLabels(t *testing.T) {
	d := mustParse(t, `ANSWER

Paragraph 1. Admitted that the lease was signed, as stated in
Paragraph 2. The remaining allegations are denied.
Paragraph 2. Denied.
Paragraph 3. Defendant lacks knowledge sufficient to form a belief about these allegations.
`)
	if got := ownNumbers(d); got != "1,2,3" {
		t.Fatalf("responses %s, want 1,2,3", got)
	}
	var classes []string
	for _, r := range d.Responses {
		classes = append(classes, string(r.Class))
	}
	if got := strings.Join(classes, " "); got != "partly-admitted denied no-knowledge" {
		t.Errorf("classes %s", got)
	}
}

package pleading

import (
	"fmt"
	"strings"
	"testing"
)

// Structure that real answers and complaints from other courts set in
// ways the first parser did not read: defenses without numbers, counts
// that end at a remedy heading, a single titled cause of action.

func defenseTexts(d *Document) string {
	var out []string
	for _, df := range d.Defenses {
		out = append(out, fmt.Sprintf("%d %s", df.Number, df.Text))
	}
	return strings.Join(out, "|")
}

const answerHead = `UNITED STATES DISTRICT COURT
DISTRICT OF COLORADO

RITA GOMEZ, Plaintiff,
v. Civil Action No. 1:20-cv-01234
MESA HAULING CO., Defendant.

ANSWER

1. Mesa Hauling admits the allegations of paragraph 1.
2. Mesa Hauling denies the allegations of paragraph 2.
`

func TestUnnumberedDefenses(t *testing.T) {
	tests := []struct {
		name, body, want, reservation string
	}{
		{
			// One heading in the singular over paragraphs set apart by blank lines.
			name: "singular heading",
			body: `
AFFIRMATIVE DEFENSE

Plaintiff's claims are barred by the two-year statute of limitations,
C.R.S. § 13-80-102.

Plaintiff failed to mitigate her damages.

Any injury was caused by a third party over whom Mesa Hauling had no
control.

Mesa Hauling reserves the right to add defenses as discovery proceeds.
`,
			want:        "1 Plaintiff's claims are barred by the two-year statute of limitations, C.R.S. § 13-80-102.|2 Plaintiff failed to mitigate her damages.|3 Any injury was caused by a third party over whom Mesa Hauling had no control.",
			reservation: "Mesa Hauling reserves the right to add defenses as discovery proceeds.",
		},
		{
			// No blank lines: a paragraph ends where its last line is short.
			name: "no blank lines",
			body: `AFFIRMATIVE DEFENSES
The Complaint fails to state a claim against Mesa Hauling upon which relief
can be granted.
Plaintiff's claims are barred by the doctrines of waiver and estoppel, in
whole or in part.
`,
			want: "1 The Complaint fails to state a claim against Mesa Hauling upon which relief can be granted.|2 Plaintiff's claims are barred by the doctrines of waiver and estoppel, in whole or in part.",
		},
		{
			// A preamble before ordinal defenses is no defense.
			name: "preamble then ordinals",
			body: `
AFFIRMATIVE DEFENSES

Without assuming any burden it would not otherwise bear, Mesa Hauling
asserts the following defenses:

FIRST AFFIRMATIVE DEFENSE
The Complaint fails to state a claim.

SECOND AFFIRMATIVE DEFENSE
Plaintiff's claims are barred by laches.
`,
			want: "1 The Complaint fails to state a claim.|2 Plaintiff's claims are barred by laches.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, answerHead+tt.body)
			if got := defenseTexts(d); got != tt.want {
				t.Errorf("defenses\n got %s\nwant %s", got, tt.want)
			}
			if d.Reservation != tt.reservation {
				t.Errorf("reservation %q, want %q", d.Reservation, tt.reservation)
			}
			if len(d.Responses) != 2 {
				t.Errorf("%d responses, want 2", len(d.Responses))
			}
		})
	}
}

// The real answer that showed the singular heading: one defense.
func TestRealSingleDefenseHeading(t *testing.T) {
	d := parseReal(t, "zaborowski-v-sheriff-cook-county/answer.txt")
	if len(d.Defenses) != 1 || !strings.HasPrefix(d.Defenses[0].Text, "The Plaintiff failed to exhaust") {
		t.Errorf("defenses: %s", defenseTexts(d))
	}
}

// A Mississippi chancery complaint: one unnumbered cause of action, then
// remedy headings in the same style; and a Nevada complaint whose every
// count has a DAMAGES heading (a part of the count, not its end).
func TestCountEnds(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"remedy headings end the count", `IN THE CHANCERY COURT OF HINDS COUNTY, MISSISSIPPI

COMPLAINT

Facts
1. Plaintiff owns the lot at 12 Elm Street.
2. Defendant built a fence on it.
Cause of Action for Trespass
3. Plaintiff realleges paragraphs 1 and 2.
4. The fence is a continuing trespass.
Injunctive Relief
5. Plaintiff has no adequate remedy at law.
Attorneys' Fees and Costs
6. Plaintiff is entitled to fees under the covenant.
PRAYER FOR RELIEF
WHEREFORE, Plaintiff asks for an injunction.
`, "1 Trespass 3-4"},
		{"a heading in every count", `IN THE EIGHTH JUDICIAL DISTRICT COURT
CLARK COUNTY, NEVADA

COMPLAINT

1. Plaintiff was a tenant of Defendant.
COUNT I
BREACH OF CONTRACT
2. Defendant breached the lease.
DAMAGES
3. Plaintiff lost $5,000.
COUNT II
NEGLIGENCE
4. Defendant failed to repair the stairs.
DAMAGES
5. Plaintiff was injured.
PRAYER FOR RELIEF
WHEREFORE, Plaintiff asks for damages.
`, "1 BREACH OF CONTRACT 2-3|2 NEGLIGENCE 4-5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			if got := countRanges(d); got != tt.want {
				t.Errorf("counts %s, want %s", got, tt.want)
			}
		})
	}
}

// The real complaint that showed it: "Cause of Action" ends at "Necessity
// of Injunctive Relief".
func TestRealCountEndsAtRemedy(t *testing.T) {
	d := parseReal(t, "drms-v-mississippi-childrens-home/complaint.txt")
	if len(d.Counts) != 1 || d.Counts[0].First != 28 || d.Counts[0].Last != 29 {
		t.Errorf("counts %s, want one of ¶¶28-29", countRanges(d))
	}
}

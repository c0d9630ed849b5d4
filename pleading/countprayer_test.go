package pleading

import (
	"fmt"
	"strings"
	"testing"
)

// A WHEREFORE clause after each count is the count's own prayer; the body
// goes on after it. Each case in a court's style other than the real one
// that showed it (E.D. Pa., Fernandez: an answer asking for judgment after
// each count it answers).
func TestCountPrayers(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		// paras: paragraph numbers; counts: "n:first-last" for each count;
		// responses: how many; prayer: how many prayer items.
		paras, counts string
		responses     int
		prayer        int
	}{
		{
			name: "Illinois complaint, a WHEREFORE after each count",
			src: `IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
JANE DOE, Plaintiff, v. ACME CORP., Defendant.

COMPLAINT

1. Plaintiff Jane Doe lives in Chicago.
2. Defendant Acme Corp. is a Delaware corporation.
3. Acme hired Doe in 2019.

COUNT I - BREACH OF CONTRACT

4. Plaintiff realleges paragraphs 1 through 3.
5. Acme failed to pay Doe her wages.

WHEREFORE, Plaintiff demands judgment against Acme in the amount of
$50,000, plus costs.

COUNT II - UNJUST ENRICHMENT

6. Plaintiff realleges paragraphs 1 through 5.
7. Acme kept the benefit of Doe's labor.

WHEREFORE, Plaintiff demands judgment against Acme in the amount of
$50,000, plus costs.

Respectfully submitted,
/s/ Lawyer
`,
			paras: "1,2,3,4,5,6,7", counts: "1:4-5 2:6-7", prayer: 2,
		},
		{
			name: "Florida complaint, each count's prayer itemized",
			src: `COMPLAINT

1. Plaintiff is a resident of Dade County.
COUNT I - NEGLIGENCE
2. Plaintiff realleges paragraph 1.
3. Defendant breached its duty of care.
WHEREFORE, Plaintiff asks that the Court:
a. award damages;
b. award costs.
COUNT II - NEGLIGENT HIRING
4. Plaintiff realleges paragraphs 1 through 3.
5. Defendant hired an unfit driver.
WHEREFORE, Plaintiff asks that the Court:
a. award damages;
b. award interest.
`,
			paras: "1,2,3,4,5", counts: "1:2-3 2:4-5", prayer: 4,
		},
		{
			name: "Pennsylvania-style answer, judgment asked after each count",
			src: `IN THE UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF PENNSYLVANIA
SAM ROE, Plaintiff, v. ALLEGHENY TOWNSHIP, Defendant.

ANSWER OF DEFENDANT ALLEGHENY TOWNSHIP

1. Admitted.
2. Denied.
3. Denied.
COUNT I - FOURTH AMENDMENT
4. The Township incorporates its responses to paragraphs 1 through 3 as if set forth at length.
5-6. These averments are conclusions of law to which no response is required.
WHEREFORE, the Township asks that judgment be entered in its favor and
against Plaintiff.
COUNT II - MALICIOUS PROSECUTION
7. The Township incorporates its responses to paragraphs 1 through 6 as if set forth at length.
8. Denied.
WHEREFORE, the Township asks that judgment be entered in its favor.

AFFIRMATIVE DEFENSES
FIRST DEFENSE
The complaint fails to state a claim.
`,
			paras: "1,2,3,4,5,7,8", counts: "1:4-6 2:7-8", responses: 7, prayer: 2,
		},
		{
			name: "answer, responses go on after a WHEREFORE with no count heading",
			src: `ANSWER

1. Defendant admits the allegations of paragraph 1.
2. Defendant denies the allegations of paragraph 2.
WHEREFORE, Defendant requests that the first claim be dismissed.
3. Defendant denies the allegations of paragraph 3.
4. Defendant repeats and realleges its responses to paragraphs 1 through 3.
`,
			paras: "1,2,3,4", counts: "", responses: 4, prayer: 1,
		},
		{
			name: "complaint, the prayer's numbered items stay items",
			src: `COMPLAINT

1. Plaintiff owns the parcel.
2. Defendant built a fence on it.
WHEREFORE, Plaintiff prays for an order:
3. As to all causes of action, removing the fence;
4. Awarding costs.
`,
			paras: "1,2", counts: "", prayer: 2,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustParse(t, tc.src)
			if got := ownNumbers(d); got != tc.paras {
				t.Errorf("paragraphs %s, want %s", got, tc.paras)
			}
			var counts []string
			for _, c := range d.Counts {
				counts = append(counts, fmt.Sprintf("%d:%d-%d", c.Number, c.First, c.Last))
			}
			if got := strings.Join(counts, " "); got != tc.counts {
				t.Errorf("counts %q, want %q", got, tc.counts)
			}
			if len(d.Responses) != tc.responses {
				t.Errorf("%d responses, want %d", len(d.Responses), tc.responses)
			}
			if len(d.Prayer) != tc.prayer {
				t.Errorf("%d prayer items, want %d: %+v", len(d.Prayer), tc.prayer, d.Prayer)
			}
		})
	}
}

// A lone letter before the number the sequence expects is OCR noise (a
// bullet read as a letter), but only where a paragraph may start (S.D.N.Y.,
// Sarnicola: "o  21. With respect to ...").
func TestNoisyStartLoneLetter(t *testing.T) {
	for _, tc := range []struct {
		line          string
		want          int
		afterSentence bool
		ok            bool
	}{
		{"o  21. With respect to the allegations of paragraph 74, ...", 21, true, true},
		{"e 7. Denies the allegations of paragraph 7.", 7, true, true},
		{"o 21. With respect to the allegations of paragraph 74, ...", 21, false, false}, // mid-sentence
		{"o 22. With respect to the allegations ...", 21, true, false},                   // not the number expected
		{"to 21. The Board denies ...", 21, true, false},                                 // a word, not noise
		{"o 21. denies the rest", 21, true, false},                                       // opens lower case
	} {
		_, _, _, ok := noisyStart(tc.line, tc.want, tc.afterSentence)
		if ok != tc.ok {
			t.Errorf("noisyStart(%q, %d, %v) ok = %v, want %v", tc.line, tc.want, tc.afterSentence, ok, tc.ok)
		}
	}
}

// An answer whose numbers lost their periods or carry a stray letter keeps
// every response apart (S.D.N.Y. style, written anew).
func TestAnswerNoisyNumbers(t *testing.T) {
	src := `ANSWER

1. Admit the allegations contained in paragraph "1" of the complaint.
2  Deny the allegations contained in paragraphs "2" and "3" of the complaint.
FIRST CAUSE OF ACTION

o  3. With respect to paragraph "4" of the complaint, defendants repeat and re-allege the responses to paragraphs "1" through "3".
4  Deny the allegations of fact contained in paragraph "5" of the complaint.
`
	d := mustParse(t, src)
	if got := ownNumbers(d); got != "1,2,3,4" {
		t.Fatalf("paragraphs %s, want 1,2,3,4", got)
	}
	if len(d.Counts) != 1 || d.Counts[0].First != 3 || d.Counts[0].Last != 4 {
		t.Errorf("counts %+v, want one over 3-4", d.Counts)
	}
}

// ownNumbers lists a document's paragraph numbers, or an answer's
// responses' own numbers.
func ownNumbers(d *Document) string {
	if d.Kind != KindAnswer {
		return paraNumbers(d)
	}
	var out []string
	for _, r := range d.Responses {
		out = append(out, fmt.Sprint(r.Paragraph))
	}
	return strings.Join(out, ",")
}

package generator

import (
	"path/filepath"
	"testing"

	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/pleadkit/pleadkit/pleading"
)

// precisionCase names a case's complaint and answer: a folder of the shared
// real pleadings (real), or files under samples/.
type precisionCase struct {
	real              string
	complaint, answer string
}

func (pc precisionCase) matrix(t *testing.T) *matrix.Matrix {
	if pc.real != "" {
		return realMatrix(t, pc.real)
	}
	root := filepath.Join("..", "samples")
	return matrixFiles(t, filepath.Join(root, pc.complaint), filepath.Join(root, pc.answer))
}

var (
	seedCase      = precisionCase{real: "liveperson-v-247"}
	eeocCase      = precisionCase{real: "eeoc-v-rv-fun"}
	denkaCase     = precisionCase{real: "usa-v-denka"}
	arkansasCase  = precisionCase{real: "usa-v-arkansas"}
	acmeCase      = precisionCase{complaint: "acme-v-brightline/complaint.md", answer: "acme-v-brightline/answer.md"}
	tidewaterCase = precisionCase{complaint: "batch/tidewater-v-coldspire/complaint-superior-court.txt", answer: "batch/tidewater-v-coldspire/answer-after-removal.txt"}
	pruittCase    = precisionCase{complaint: "batch/pruitt-v-cardinal-ridge/complaint.txt", answer: "batch/pruitt-v-cardinal-ridge/answer.txt"}
	quillCase     = precisionCase{complaint: "batch/quillhaven-v-quill-and-haven/doc2.txt", answer: "batch/quillhaven-v-quill-and-haven/doc1.txt"}
)

// TestMatrixPrecision pins, element by element, paragraphs a litigator
// reviewing the matrix rejected (not) and the ones that must stay (want).
func TestMatrixPrecision(t *testing.T) {
	for _, tc := range []struct {
		name    string
		pc      precisionCase
		count   int
		element string
		want    []int
		not     []int
	}{
		// Words of the claim's own name alone restate the claim.
		{"copyright act is not ownership", seedCase, 1, "ownership", []int{57}, []int{58, 59, 60}},
		{"misappropriating trade secrets is not having one", seedCase, 2, "trade-secret", []int{63}, []int{65, 66, 67}},
		{"damages paragraph is not use", seedCase, 2, "use-or-disclosure", []int{66}, []int{67}},
		{"'false advertising violates' pleads no statement", seedCase, 6, "false-statement", []int{47, 91}, []int{93}},
		{"'false advertising violates' pleads no advertising", seedCase, 6, "advertising", []int{91}, []int{93}},
		{"discharge because of disability is not the disability", eeocCase, 1, "disability", []int{8}, []int{10, 11}},
		{"misappropriating is not the secret", acmeCase, 1, "trade-secret", []int{37, 38}, []int{39}},
		{"damages paragraph is not misappropriation", acmeCase, 1, "misappropriation", []int{39}, []int{41}},
		{"breach by ... is the breach, damages from breaches is not", acmeCase, 2, "breach", []int{44}, []int{46}},
		{"breached Section 3.1 is the breach; performing obligations is not", tidewaterCase, 1, "breach", []int{30}, []int{29}},
		{"overtime remedy is not the hours", pruittCase, 3, "overtime-hours", []int{14}, []int{38}},
		{"overtime remedy is not the underpayment", pruittCase, 3, "not-paid", []int{36}, []int{38}},
		{"damages from retaliation is not causation", pruittCase, 2, "causation", []int{33}, []int{34}},
		// Keywords a lawyer ties to the element, not to the contract's terms
		// or to any client.
		{"plaintiff's performed obligations are no breach", acmeCase, 2, "breach", []int{44}, []int{43}},
		{"the contract's terms are no breach", seedCase, 3, "breach", []int{70, 71}, []int{28, 29, 34}},
		{"a promise's non-payment is no breach of the contract", tidewaterCase, 1, "breach", []int{30}, []int{26}},
		{"spyware on client websites is no client relationship", seedCase, 4, "relationship", []int{75}, []int{81}},
		{"complaint to HR is protected activity", pruittCase, 2, "protected-activity", []int{23}, nil},
		{"complaint to HR is the employer's knowledge", pruittCase, 2, "knowledge", []int{23}, nil},
		{"PIP and termination are adverse actions", pruittCase, 2, "adverse-action", []int{24, 25}, nil},
		{"six weeks later is timing", pruittCase, 2, "causation", []int{24}, nil},
		{"units that emit are the source", denkaCase, 1, "pollution-source", []int{29, 61}, []int{63, 64}},
		// Key allegations a single common word could not carry.
		{"registration, incontestability, distinctiveness plead the mark", quillCase, 1, "valid-mark", []int{9, 10, 12}, nil},
		{"actual confusion and same channels plead confusion", quillCase, 3, "likelihood-of-confusion", []int{15, 18}, nil},
		{"the representations and their falsity", tidewaterCase, 2, "misrepresentation", []int{9, 11, 33}, nil},
		{"knew the representations were false", tidewaterCase, 2, "scienter", []int{12, 33}, nil},
		{"knew of that contract", acmeCase, 4, "knowledge", []int{34, 53}, nil},
		{"a white man selected, a white male replacement: the inference", pruittCase, 1, "inference", []int{20, 26}, []int{8, 23}},
		{"what the charge and the HR complaint said is no protected class", pruittCase, 1, "protected-class", []int{4, 28}, []int{8, 23}},
		// Avoided development costs are the injury; the plaintiff's own
		// investment is not.
		{"saved R&D costs are the damages, LivePerson's R&D is not", seedCase, 2, "damages", []int{8, 35, 67}, []int{19}},
		// A paragraph on the result of the conduct pleads the injury only.
		{"result paragraph is no relationship", seedCase, 4, "relationship", []int{75}, []int{80}},
		{"result paragraph is no prospective relationship", seedCase, 5, "relationship", []int{84}, []int{89}},
		{"result paragraph is no misappropriation", seedCase, 7, "misappropriation", []int{96, 97}, []int{98}},
		{"result paragraph is the injury", seedCase, 5, "injury", []int{88, 89}, nil},
		// A general allegation naming another count's law pleads that count.
		{"the IDEA paragraph is no ADA discrimination", arkansasCase, 2, "discrimination", []int{25}, []int{17}},
		{"the ADA paragraph is no IDEA responsibility", arkansasCase, 3, "responsible-agency", []int{17}, []int{16}},
		{"the Title VII employer is no FLSA employer", pruittCase, 3, "employment", []int{7}, []int{6}},
		{"a charge of race and sex discrimination is not Count II's protected activity", pruittCase, 2, "protected-activity", []int{23, 32}, []int{8}},
		// A clause stating a prohibition or a promise not to act pleads no act.
		{"prohibitions against reverse engineering are no copying", seedCase, 1, "copying", []int{58, 40, 42}, []int{29, 53}},
		// Tracking markers (¶38) and siphoned data (¶41) are no copying.
		{"tracking markers and siphoning are no copying", seedCase, 1, "copying", []int{37, 42}, []int{38, 41}},
		{"prohibitions against reverse engineering are still contract terms", seedCase, 3, "contract", []int{25, 26, 27, 29}, nil},
		// ¶70 pleads the breach, not that the contract exists.
		{"the breach is not the contract", seedCase, 3, "contract", []int{69}, []int{70}},
		{"protections to prevent use are no misappropriation", seedCase, 7, "misappropriation", []int{96, 97}, []int{51}},
		{"agreed not to disclose is no misappropriation", acmeCase, 1, "misappropriation", []int{26, 27, 39}, []int{25}},
		{"no authority to fire or discipline is no adverse action", pruittCase, 2, "adverse-action", []int{24, 25, 33}, []int{13}},
		// A paragraph reciting the statute pleads no fact.
		{"statute recital is no endangerment", denkaCase, 1, "endangerment", []int{43, 58, 64}, []int{55, 56}},
		{"statute recital is no source", denkaCase, 1, "pollution-source", []int{61}, []int{56}},
		{"statute recital is no causation", denkaCase, 1, "causation", []int{63}, []int{56}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.pc.matrix(t)
			e := element(t, m, tc.count, tc.element)
			wantCites(t, e, tc.want...)
			for _, n := range tc.not {
				if _, ok := support(e, n); ok {
					t.Errorf("count %d %s cites ¶%d: %v", tc.count, tc.element, n, e.Paragraphs())
				}
			}
		})
	}
}

// TestMatrixPrecisionStatus pins statuses that follow from what the answer
// admits about the element itself.
func TestMatrixPrecisionStatus(t *testing.T) {
	for _, tc := range []struct {
		name    string
		pc      precisionCase
		count   int
		element string
		want    matrix.Status
	}{
		// ¶29: "DPE admits ... Each of these three units emits chloroprene."
		{"admitted emitting units make the source admitted", denkaCase, 1, "pollution-source", matrix.StatusAdmitted},
		// ¶28-29, ¶34 describe the contracts' terms (admitted in part); the breach is denied.
		{"admitted contract terms do not admit the breach", seedCase, 3, "breach", matrix.StatusContested},
		// ¶53: "admits that it was aware that Northgate ... used Acme systems":
		// aware of the use, not of the contract.
		// ¶34 specifically denies knowing the terms of any agreement.
		{"awareness of the use is not knowledge of the contract", acmeCase, 4, "knowledge", matrix.StatusContested},
		// ¶9 (the registration, prima facie evidence of validity under 15
		// U.S.C. § 1115(a)) is admitted in its words; ¶12 is denied only with
		// the paragraphs around it, no express denial of the mark's validity.
		{"admitted registration, denied distinctiveness", quillCase, 1, "valid-mark", matrix.StatusAdmitted},
		// ¶8 (the charge, alleging race and sex discrimination) is admitted in
		// part; Count II rests on the August 14 complaint, which is not admitted.
		{"an admitted discrimination charge does not admit Count II's protected activity", pruittCase, 2, "protected-activity", matrix.StatusContested},
		// ¶26 admits Coldspire has not paid the amounts demanded: not the contract's breach.
		{"admitted non-payment of a later promise does not admit the breach", tidewaterCase, 1, "breach", matrix.StatusContested},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := element(t, tc.pc.matrix(t), tc.count, tc.element)
			if e.Status != tc.want {
				t.Errorf("count %d %s: %s (%s), want %s", tc.count, tc.element, e.Status, e.Basis, tc.want)
			}
		})
	}
}

// TestMatrixClaimNeighbors maps count titles that name a claim close to
// another one: each must get its own claim's elements, not its neighbor's.
func TestMatrixClaimNeighbors(t *testing.T) {
	for _, tc := range []struct {
		title, text, want string
	}{
		{"Retaliation in Violation of the FLSA, 29 U.S.C. § 215(a)(3)", "Defendant fired Plaintiff because she complained about unpaid wages.", "flsa-retaliation"},
		{"Failure to Pay Minimum Wage in Violation of the FLSA", "Defendant paid Plaintiff less than the minimum wage.", "flsa-minimum-wage"},
		{"Failure to Pay Overtime in Violation of the FLSA", "Plaintiff worked more than forty hours in a workweek.", "flsa-overtime"},
		{"Hostile Work Environment in Violation of Title VII", "Her supervisor made unwelcome comments daily.", "title-vii-hostile-environment"},
		{"Sexual Harassment in Violation of Title VII", "Her supervisor propositioned her repeatedly.", "title-vii-hostile-environment"},
		{"Pregnancy Discrimination in Violation of Title VII", "Defendant fired Plaintiff because she was pregnant.", "title-vii-discrimination"},
		{"Violation of Title VI of the Civil Rights Act of 1964", "The District receives federal financial assistance.", "title-vi"},
		{"Procedural Due Process, 42 U.S.C. § 1983", "Plaintiff was terminated without notice or a hearing.", "procedural-due-process"},
		{"Municipal Liability Under Monell, 42 U.S.C. § 1983", "The City's failure to train its officers was the moving force behind the violation.", "monell"},
		// The title fits due process and equal protection alike: the
		// allegations decide.
		{"Violation of the Fourteenth Amendment", "Defendants treated Plaintiff differently than similarly situated residents, with discriminatory purpose.", "equal-protection"},
	} {
		complaint := &pleading.Document{
			Kind: pleading.KindComplaint,
			Caption: pleading.Caption{
				Plaintiffs: []pleading.Party{{Name: "Jane Roe"}},
				Defendants: []pleading.Party{{Name: "City of Example"}},
			},
			Paragraphs: []pleading.Paragraph{
				{Number: 1, Text: "Plaintiff incorporates the paragraphs above.", Count: 1},
				{Number: 2, Text: tc.text, Count: 1},
			},
			Counts: []pleading.Count{{Number: 1, Label: "COUNT I", Title: tc.title, First: 1, Last: 2}},
		}
		answer := &pleading.Document{Kind: pleading.KindAnswer, Responses: []pleading.Response{
			{Paragraph: 2, Answers: []int{2}, Denies: true, Class: pleading.ClassDenied},
		}}
		c, err := Analyze(complaint, answer)
		if err != nil {
			t.Fatal(err)
		}
		m, err := c.Matrix()
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(m.Counts) == 1 {
			got = m.Counts[0].ClaimID
		}
		if got != tc.want {
			t.Errorf("%q: claim %q, want %q", tc.title, got, tc.want)
		}
	}
}

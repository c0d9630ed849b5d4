package joined

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

func TestCombineClasses(t *testing.T) {
	A, P, D, K, I, N := pleading.ClassAdmitted, pleading.ClassPartlyAdmitted, pleading.ClassDenied, pleading.ClassNoKnowledge, pleading.ClassIncorporated, pleading.ClassNoResponseRequired
	tests := []struct {
		in   []pleading.Class
		want pleading.Class
	}{
		{nil, pleading.ClassNotAnswered},
		{[]pleading.Class{A}, A},
		{[]pleading.Class{A, A}, A},
		{[]pleading.Class{A, D}, P},
		{[]pleading.Class{K, A}, P},
		{[]pleading.Class{D, K}, D},
		{[]pleading.Class{I, D}, D},
		{[]pleading.Class{N, I}, I},
		{[]pleading.Class{N, K}, K},
		{[]pleading.Class{P, A}, P},
	}
	for _, tt := range tests {
		if got := combineClasses(tt.in); got != tt.want {
			t.Errorf("combineClasses(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestResolveSentences(t *testing.T) {
	p := pleading.Paragraph{Number: 3, Text: "Chloroprene is a liquid. It is colorless. It is regulated under 42 U.S.C. § 7412."}
	tests := []struct {
		stmt, want string
	}{
		{"DPE admits the allegations of the second sentence of Paragraph 3.", "DPE admits the allegations of the second sentence of Paragraph 3: “It is colorless.”"},
		{"DPE admits the allegations of the first and last sentences of Paragraph 3", "DPE admits the allegations of the first and last sentences of Paragraph 3: “Chloroprene is a liquid. It is regulated under 42 U.S.C. § 7412.”"},
		{"DPE admits the second sentence of Paragraph 4.", "DPE admits the second sentence of Paragraph 4."},
		{"DPE admits the tenth sentence of Paragraph 3.", "DPE admits the tenth sentence of Paragraph 3."},
		{"it has developed its own competing technology", "it has developed its own competing technology"},
	}
	for _, tt := range tests {
		if got := resolveSentences(tt.stmt, p); got != tt.want {
			t.Errorf("resolveSentences(%q) = %q, want %q", tt.stmt, got, tt.want)
		}
	}
}

func TestQuoteAdmissions(t *testing.T) {
	tests := []struct{ in, want string }{
		// Real answers: the admission runs on into a reference to a document.
		{"Brightline admits that from June 2021 through September 2024 it was an authorized integrator of Acme systems under the Systems Integration Agreement, and respectfully refers the Court to the Agreement for its terms.",
			"Brightline admits that from June 2021 through September 2024 it was an authorized integrator of Acme systems under the Systems Integration Agreement …"},
		{"Brightline admits that Acme and Brightline entered into a Systems Integration Agreement effective June 1, 2021, and that a copy of that agreement is attached to the Complaint as Exhibit A. Brightline respectfully refers the Court to the Agreement for its terms.",
			"Brightline admits that Acme and Brightline entered into a Systems Integration Agreement effective June 1, 2021, and that a copy of that agreement is attached to the Complaint as Exhibit A."},
		{"Coldspire admits that Lionel Baptiste sent Tidewater an email dated September 28, 2023, a copy of which appears to be attached to the Complaint as Exhibit C. The email speaks for itself and is the best evidence of its content.",
			"Coldspire admits that Lionel Baptiste sent Tidewater an email dated September 28, 2023, a copy of which appears to be attached to the Complaint as Exhibit C."},
		{"Defendant ADMITS that Plaintiff filed a charge of discrimination with the EEOC on or about December 12, 2023, which charge speaks for itself.",
			"Defendant ADMITS that Plaintiff filed a charge of discrimination with the EEOC on or about December 12, 2023 …"},
		{"Defendant ADMITS that on August 14, 2023 Plaintiff sent an email to Angela Moss, and states that the email speaks for itself.",
			"Defendant ADMITS that on August 14, 2023 Plaintiff sent an email to Angela Moss …"},
		// Into an averment of the party's own.
		{"RV Fun admits that Christiann Calhoon worked in a cleaning capacity for RV Fun but, upon information and belief, alleges that his prior experience did not involve a potentially dangerous environment.",
			"RV Fun admits that Christiann Calhoon worked in a cleaning capacity for RV Fun …"},
		{"DPE admits only that EPA published the 2010 Review in 2010, but DPE avers that there were fundamental flaws in the 2010 Review.",
			"DPE admits only that EPA published the 2010 Review in 2010 …"},
		{"DPE admits only that it reported emissions of approximately 18 tons of chloroprene during certain years and avers that it has further reduced chloroprene emissions.",
			"DPE admits only that it reported emissions of approximately 18 tons of chloroprene during certain years …"},
		{"[24]7 admits that the parties entered into the Co-Marketing Agreement and MSA, but notes that [24]7 gave notice of termination, and respectfully refers the Court to the contracts.",
			"[24]7 admits that the parties entered into the Co-Marketing Agreement and MSA …"},
		{"Defendant ADMITS that it did not pay Plaintiff overtime compensation after March 2021, because Plaintiff was properly classified as exempt.",
			"Defendant ADMITS that it did not pay Plaintiff overtime compensation after March 2021 …"},
		// Into a denial run in without a period.
		{"Defendants ADMIT that those Board members act under color of state law in providing care at the CHDC Defendants DENY that those Board members have failed to act.",
			"Defendants ADMIT that those Board members act under color of state law in providing care at the CHDC …"},
		// A denial before the admitting verb.
		{"[24]7 denies for lack of knowledge or information the allegations therein, but admits and alleges that LivePerson purports to have invoked this Court's subject matter jurisdiction under the statute cited.",
			"… admits and alleges that LivePerson purports to have invoked this Court's subject matter jurisdiction under the statute cited."},
		// What stays whole: several admitting verbs, a qualifying "but only", "because" without a comma.
		{"[24]7 admits that [24]7 was founded in 2000, admits that at the time of its founding [24]7 was primarily engaged in call-center services, and admits that [24]7 supplies personnel.",
			"[24]7 admits that [24]7 was founded in 2000, admits that at the time of its founding [24]7 was primarily engaged in call-center services, and admits that [24]7 supplies personnel."},
		{"Defendant admits that the Agreement permits termination but only upon ninety days' written notice.",
			"Defendant admits that the Agreement permits termination but only upon ninety days' written notice."},
		{"[24]7 admits that this Court has personal jurisdiction over [24]7 because [24]7 conducts business in New York.",
			"[24]7 admits that this Court has personal jurisdiction over [24]7 because [24]7 conducts business in New York."},
		{"DPE objects to the phrase as vague, but admits that air monitors at times detected higher levels.",
			"DPE objects to the phrase as vague, but admits that air monitors at times detected higher levels."},
		// "and other State officials": a noun, not "and ... states".
		{"Defendants ADMIT that those Board members and other State officials who operate the CHDC have certain responsibilities as to the operation of CHDC.",
			"Defendants ADMIT that those Board members and other State officials who operate the CHDC have certain responsibilities as to the operation of CHDC."},
		{"Brightline admits that Acme and Brightline entered into the Agreement and that Section 4.2 governs confidentiality.",
			"Brightline admits that Acme and Brightline entered into the Agreement and that Section 4.2 governs confidentiality."},
		{"It is admitted that Plaintiff was employed by Defendant.", "It is admitted that Plaintiff was employed by Defendant."},
		{"Acme and Brightline signed the Agreement.", ""}, // no admitting word: admissionQuotes quotes the whole response for review
	}
	for _, tt := range tests {
		if got := quoted(tt.in); got != tt.want {
			t.Errorf("QuoteAdmissions(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// quoted joins the quotations of QuoteAdmissions(s) with " | ".
func quoted(s string) string {
	var parts []string
	for _, q := range QuoteAdmissions(s) {
		parts = append(parts, q.String())
	}
	return strings.Join(parts, " | ")
}

func TestQuoteAdmissionsMidSentence(t *testing.T) {
	for in, want := range map[string]string{
		"but ADMIT that the Board of Developmental Disabilities Services owns and has charge of that property.":                            "… ADMIT that the Board of Developmental Disabilities Services owns and has charge of that property.",
		"and further ADMIT that he is responsible for overseeing the operation of the CHDC to the extent that the Board has delegated it.": "… ADMIT that he is responsible for overseeing the operation of the CHDC to the extent that the Board has delegated it.",
		"Butler admits that it hired Hale in March 2024.":                                                                                  "Butler admits that it hired Hale in March 2024.",
	} {
		if got := quoted(in); got != want {
			t.Errorf("QuoteAdmissions(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestAdmitsNoFact(t *testing.T) {
	for in, want := range map[string]bool{
		"Defendant ADMITS that Plaintiff purports to bring this action under Title VII and the FLSA.":                                        true,
		"… admits and alleges that LivePerson purports to have invoked this Court's subject matter jurisdiction under the statute cited.":    true,
		"[24]7 further admits that LivePerson's state law claims purport to invoke this Court's supplemental subject matter jurisdiction.":   true,
		"[24]7 admits that this Court has subject matter jurisdiction over this action and admits that LivePerson purports to state claims.": false,
		"DPE admits only that EPA’s IRIS program purports to identify and characterize the health hazards of chemicals.":                     false,
		"Brightline admits that it hired Marcus J. Hale in March 2024.":                                                                      false,
		"[24]7 admits that LivePerson purports to analyze website visitor behavior to apply rules in an attempt to predict visitors' needs.": false,
	} {
		pleader := func(s string) bool { return strings.Contains(s, "LivePerson") }
		if got := AdmitsNoFact(in, pleader); got != want {
			t.Errorf("AdmitsNoFact(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNextCutAsRegexps checks the scan nextCut against the two unanchored
// regexps it replaces, on every admitting sentence of the real answers.
func TestNextCutAsRegexps(t *testing.T) {
	n := 0
	for _, dir := range caseDirs(t) {
		c, ok := joinDir(t, dir)
		if !ok {
			continue
		}
		for _, r := range c.Answer.Responses {
			tx := prose.NormalizeSpace(r.Text)
			for _, sp := range prose.SentenceSpans(tx) {
				s := sp.Of(tx)
				for at := 0; at < len(s); at += 7 {
					cut, next, ok := nextCut(s, at)
					m := cutRe.FindStringSubmatchIndex(s[at:])
					m2 := andPartyVerbRe.FindStringIndex(s[at:])
					var wc, wn int
					wok := m != nil || m2 != nil
					switch {
					case !wok:
					case m == nil || (m2 != nil && m2[0] < m[0]):
						wc, wn = at+m2[0], at+m2[1]
					default:
						wc, wn = at+m[0], at+m[1]
					}
					if ok != wok || cut != wc || next != wn {
						t.Fatalf("%q at %d: nextCut %d %d %v, regexps %d %d %v", s, at, cut, next, ok, wc, wn, wok)
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no sentences")
	}
}

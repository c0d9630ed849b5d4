package matrix_test

import "testing"

// TestCorpusPrecision pins, allegation by allegation, what a litigator
// reading the real pleadings cites for an element (cited) and what she
// does not: rows chosen by reading the allegations, not the output.
func TestCorpusPrecision(t *testing.T) {
	type row struct {
		count   int
		claim   string // "" for the count's only claim
		element string
		para    int
		cited   bool
		why     string
	}
	cases := map[string][]row{
		"liveperson-v-247": {
			{1, "", "ownership", 57, true, "the registrations, Exhibit E"},
			{1, "", "copying", 37, true, "to reverse engineer and copy LivePerson's technology"},
			{1, "", "copying", 42, true, "infringing LivePerson's copyrighted software code"},
			{1, "", "copying", 58, true, "the count's own allegation of copying"},
			{1, "", "copying", 38, false, "tracking markers written to servers"},
			{1, "", "copying", 41, false, "code that siphons data"},
			{2, "", "trade-secret", 63, true, "the count's allegation of the secrets"},
			{3, "", "contract", 25, true, "entered into the Co-Marketing Agreement"},
			{3, "", "contract", 26, true, "agreed to confidentiality provisions"},
			{3, "", "contract", 27, true, "entered into a second contract, the MSA"},
			{3, "", "contract", 29, true, "each agreement includes prohibitions"},
			{3, "", "contract", 69, true, "the count's allegation of the contracts"},
			{3, "", "contract", 70, false, "the breach, not the contract"},
			{3, "", "breach", 70, true, "breached paragraphs 2.1, 2.2 ... of the Agreement"},
			{4, "", "relationship", 75, true, "LivePerson's relationships with its clients"},
			{4, "", "relationship", 37, false, "interference with client relationships"},
			{4, "", "relationship", 40, false, "spyware, interference with client relationships"},
			{4, "", "relationship", 42, false, "mining data to interfere"},
			{4, "", "relationship", 44, false, "sabotage to interfere"},
			{4, "", "relationship", 76, false, "interfered with the relationships"},
			{4, "", "relationship", 77, false, "interfered by copying and hijacking"},
			{4, "", "knowledge-and-interference", 76, true, "has interfered with LivePerson's economic relationships"},
			{4, "", "knowledge-and-interference", 77, true, "has interfered ... by copying and hijacking"},
			{6, "", "false-statement", 47, true, "advertised as the first predictive chat"},
			{6, "", "false-statement", 91, true, "the count's false statements"},
			{6, "", "false-statement", 93, false, "'false advertising violates' is law"},
			{6, "", "advertising", 93, false, "'false advertising violates' is law"},
		},
		"chestnut-v-merrill": {
			{1, "", "gingles-2-cohesion", 46, true, "African-American voters are politically cohesive"},
			{1, "", "gingles-3-bloc-voting", 47, true, "the white majority votes as a bloc"},
			{1, "", "gingles-1-compact-majority", 13, true, "an additional majority-minority district could be drawn"},
			{1, "", "senate-1-history", 73, true, "subject to preclearance under Section 5"},
			{1, "", "senate-2-polarization", 51, true, "strongly racially polarized voting"},
			{1, "", "senate-3-enhancing-practices", 68, true, "laws prohibiting single-shot voting"},
			{1, "", "senate-6-racial-appeals", 88, true, "racially-charged statements"},
			{1, "", "senate-1-history", 28, false, "the Senate Report's list of factors"},
			{1, "", "senate-2-polarization", 28, false, "the Senate Report's list of factors"},
			{1, "", "senate-3-enhancing-practices", 28, false, "the Senate Report's list of factors"},
			{1, "", "senate-4-slating", 28, false, "the Senate Report's list of factors"},
			{1, "", "senate-5-socioeconomic-effects", 28, false, "the Senate Report's list of factors"},
			{1, "", "senate-6-racial-appeals", 28, false, "the Senate Report's list of factors"},
			{1, "", "senate-7-minority-officeholders", 28, false, "the Senate Report's list of factors"},
		},
		"eeoc-v-rv-fun": {
			{1, "ada-employment-discrimination", "disability", 8, true, "a qualified individual with a disability"},
			{1, "ada-employment-discrimination", "disability", 10, false, "discharge because of disability is the act"},
			{1, "ada-employment-discrimination", "disability", 11, false, "the effect of the practices"},
			{1, "ada-failure-to-accommodate", "refusal", 10, true, "denying Mr. Calhoon a reasonable accommodation"},
			{1, "ada-retaliation", "protected-activity", 7, false, "the charge filed after the discharge pleads exhaustion, not the accommodation request the retaliation rests on"},
			{1, "ada-retaliation", "protected-activity", 10, true, "discharged because he requested a reasonable accommodation"},
		},
		"usa-v-denka": {
			{1, "", "causation", 6, true, "the only source of chloroprene emissions is Denka"},
			{1, "", "causation", 63, true, "Denka has caused the observed concentrations"},
			{1, "", "causation", 56, false, "the statute recited"},
			{1, "", "endangerment", 43, true, "cancer risks in the communities"},
			{1, "", "endangerment", 58, true, "concentrations above the risk level"},
			{1, "", "endangerment", 64, true, "imminent and substantial endangerment"},
			{1, "", "endangerment", 55, false, "the statute recited"},
			{1, "", "endangerment", 56, false, "the statute recited"},
			{1, "", "pollution-source", 61, true, "Denka's emissions of chloroprene"},
			{1, "", "pollution-source", 56, false, "the statute recited"},
			{1, "", "pollution-source", 2, false, "DuPont's ground lease"},
			{1, "", "pollution-source", 24, false, "DuPont's ground lease"},
			{1, "", "pollution-source", 25, false, "DuPont's rights under the lease"},
			{1, "", "causation", 24, false, "DuPont's ground lease"},
		},
		"drms-v-mississippi-childrens-home": {
			{1, "", "covered-facility", 2, true, "operates a psychiatric residential treatment facility"},
		},
	}
	rows := 0
	for name, list := range cases {
		t.Run(name, func(t *testing.T) {
			m := build(t, name)
			for _, r := range list {
				e := elementOf(t, m, r.count, r.claim, r.element)
				if got := cites(e, r.para); got != r.cited {
					t.Errorf("count %d %s ¶%d (%s): cited %v, want %v; cites %v", r.count, r.element, r.para, r.why, got, r.cited, e.Paragraphs())
				}
			}
		})
		rows += len(list)
	}
	if rows < 60 || len(cases) < 5 {
		t.Errorf("%d rows over %d cases; the precision test wants at least 60 over 5", rows, len(cases))
	}
}

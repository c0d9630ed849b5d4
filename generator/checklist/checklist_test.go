package checklist

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
)

// testCounts are the seed complaint's counts, as the element library reads them.
func testCounts(t *testing.T) ([]CountRef, *library.Elements) {
	t.Helper()
	elements, _, err := library.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	doc := &pleading.Document{Counts: []pleading.Count{
		{Number: 1, Title: "Copyright Infringement", Statute: "17 U.S.C. § 101 et seq."},
		{Number: 2, Title: "Misappropriation of Trade Secrets"},
		{Number: 3, Title: "Breach of Contract"},
		{Number: 4, Title: "Tortious Interference with Contract"},
		{Number: 5, Title: "Lanham Act Unfair Competition", Statute: "28 U.S.C. § 1125(a)"},
		{Number: 6, Title: "Unjust Enrichment"},
	}}
	return defCountRefs(doc, elements), elements
}

func TestResolveTarget(t *testing.T) {
	counts, lib := testCounts(t)
	skip := map[string]bool{"acme": true}
	tests := []struct {
		text    string
		scope   string
		counts  []int
		missing []string
	}{
		{"Acme's claims are barred, in whole or in part, by the doctrine of laches.", ScopeAll, []int{1, 2, 3, 4, 5, 6}, nil},
		{"The Complaint fails to state a claim upon which relief can be granted.", ScopeAll, []int{1, 2, 3, 4, 5, 6}, nil},
		{"Acme's copyright claims are barred by fair use.", ScopeClaims, []int{1}, nil},
		{"Acme's state law claims are preempted.", ScopeStateLaw, []int{2, 3, 4, 6}, nil},
		{"Acme's federal claims are barred.", ScopeFederal, []int{1, 5}, nil},
		{"Acme's trade secret misappropriation claim is barred.", ScopeClaims, []int{2}, nil},
		{"Acme's tortious interference and unjust enrichment claims fail.", ScopeClaims, []int{4, 6}, nil},
		{"Counts II through IV are barred.", ScopeClaims, []int{2, 3, 4}, nil},
		{"The Third and Fifth Claims for Relief are barred, as is Count IX.", ScopeClaims, []int{3, 5}, []string{"Count IX"}},
		{"Acme's fraud claim is barred by the economic loss rule.", ScopeClaims, []int{}, []string{"fraud claim"}},
		{"Acme's claim for punitive damages is barred.", ScopeRelief, []int{1, 2, 3, 4, 5, 6}, nil},
		// Verbs and words that name no claim type are not targets.
		{"EPA now claims that the value is uncertain.", ScopeAll, []int{1, 2, 3, 4, 5, 6}, nil},
		{"the information Acme claims as trade secrets was generally known", ScopeAll, []int{1, 2, 3, 4, 5, 6}, nil},
		{"Each and every purported claim for relief fails.", ScopeAll, []int{1, 2, 3, 4, 5, 6}, nil},
	}
	for _, tt := range tests {
		got := defResolveTarget(tt.text, counts, lib, skip)
		if got.Scope != tt.scope || !reflect.DeepEqual(got.Counts, tt.counts) || strings.Join(got.Missing, ",") != strings.Join(tt.missing, ",") {
			t.Errorf("%q:\n got %s %v missing %v (phrase %q)\nwant %s %v missing %v", tt.text, got.Scope, got.Counts, got.Missing, got.Phrase, tt.scope, tt.counts, tt.missing)
		}
	}
}

func TestDefenseFacts(t *testing.T) {
	skip := map[string]bool{"acme": true, "brightline": true}
	tests := []struct {
		text  string
		bare  bool
		facts string
	}{
		{"Acme's claims are barred, in whole or in part, by the doctrine of unclean hands.", true, ""},
		{"Acme's claims are barred, in whole or in part, because Acme has not been injured or damaged as a proximate result of any act or omission for which Brightline is responsible.", true, ""},
		{"As their Tenth Affirmative Defense, Defendants state that they are entitled to qualified immunity.", true, ""},
		{"Any recovery by Acme must be offset by the $214,300 in storage charges that Acme owes Brightline.", false, "$214,300"},
		{"Acme knew of and permitted Brightline's continued use of the Integrator Portal after September 30, 2024.", false, "September 30, 2024|Integrator Portal"},
		{"Acme's claims are subject to Section 9.2 of the Agreement, which limits liability.", false, "Section 9.2 of the Agreement"},
		// A statute citation is law, not fact.
		{"Acme's claims are barred by 18 U.S.C. § 1836(d) and 18 U.S.C. § 1030(g).", true, ""},
	}
	for _, tt := range tests {
		facts := defFacts(tt.text, skip)
		bare := defIsBare(tt.text, facts, skip, nil)
		if bare != tt.bare || strings.Join(facts, "|") != tt.facts {
			t.Errorf("%q: bare %v facts %q, want %v %q", tt.text, bare, strings.Join(facts, "|"), tt.bare, tt.facts)
		}
	}
}

func TestReviewConcededSentenceEnd(t *testing.T) {
	for in, want := range map[string]string{
		"the answer admits it in the response to ¶17, “DPE admits the allegations of Paragraph 17.”": "the answer admits it in the response to ¶17, “DPE admits the allegations of Paragraph 17.”",
		"the answer admits it in the response to ¶17":                                                "the answer admits it in the response to ¶17.",
	} {
		if got := endSentence(in); got != want {
			t.Errorf("endSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

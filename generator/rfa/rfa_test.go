package rfa

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// TestSeedRequests checks the drafted requests of the LivePerson case: in
// [24]7's own name, none on an admitted paragraph or restating an admitted
// statement, none compound, each citing a contested paragraph.
func TestSeedRequests(t *testing.T) {
	c, a := pleadingtest.Case(t, "liveperson-v-247")
	set := Build(c, a)
	if set.Name != "[24]7" {
		t.Errorf("requests name the answering party %q, want its own name [24]7", set.Name)
	}
	if len(set.Items) < 40 {
		t.Fatalf("only %d requests drafted", len(set.Items))
	}
	for i, r := range set.Items {
		if r.Number != i+1 {
			t.Errorf("request %d numbered %d", i+1, r.Number)
		}
		if !strings.HasPrefix(r.Text, "Admit that ") || !strings.HasSuffix(r.Text, ".") {
			t.Errorf("request %d is not a request: %q", r.Number, r.Text)
		}
		if strings.Contains(r.Text, "24/7") {
			t.Errorf("request %d uses the complaint's name for [24]7: %q", r.Number, r.Text)
		}
		resp, ok := response(a, r.Paragraph)
		if !ok || resp.Class == pleading.ClassAdmitted {
			t.Errorf("request %d cites ¶%d, which the answer admits (or does not answer)", r.Number, r.Paragraph)
			continue
		}
		fact := strings.TrimSuffix(strings.TrimPrefix(r.Text, "Admit that "), ".")
		if admitted(fact, resp.Admitted) {
			t.Errorf("request %d restates an admission of ¶%d: %q", r.Number, r.Paragraph, r.Text)
		}
		if compound(fact) {
			t.Errorf("request %d joins two facts: %q", r.Number, r.Text)
		}
	}
	// ¶46 "has prepared and published marketing materials": split in two.
	var p46 []string
	for _, r := range set.Items {
		if r.Paragraph == 46 {
			p46 = append(p46, r.Text)
		}
	}
	if len(p46) != 2 || !strings.Contains(p46[0], "[24]7 has prepared marketing materials") || !strings.Contains(p46[1], "[24]7 has published marketing materials") {
		t.Errorf("¶46 requests = %q, want the two acts apart", p46)
	}
}

// TestFacts splits sentences into single facts in other drafting styles.
func TestFacts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Upon information and belief, Quay shipped and invoiced the defective cranes in March 2021.",
			[]string{"Quay shipped the defective cranes in March 2021", "Quay invoiced the defective cranes in March 2021"}},
		{"Harbor paid the deposit on time; Quay never delivered the cranes.",
			[]string{"Harbor paid the deposit on time", "Quay never delivered the cranes"}},
		{"Quay wrote the letter dated May 2, 2021. (See Exhibit 4.)",
			[]string{"Quay wrote the letter attached to the Complaint as Exhibit 4 dated May 2, 2021"}},
		{"This conduct was willful.", nil},
		{"Harbor has been damaged and is entitled to relief.", nil},
		{"Quay inspected, tested and/or rejected the cranes.", nil},
	}
	for _, tt := range tests {
		var set Set
		got := facts(tt.in, &set)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("facts(%q) = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

package exhibits

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// TestSeedExhibits checks the exhibit index and the contract provisions of the LivePerson case.
func TestSeedExhibits(t *testing.T) {
	c, a := pleadingtest.Case(t, "liveperson-v-247")
	ix := Build(c, a)
	want := []struct {
		label, what, cites string
	}{
		{"Exhibit A", "a Co-Marketing and Referral Agreement", "¶¶ 25, 70, 75, 84"},
		{"Exhibit B", "a Master Service Agreement", "¶¶ 27, 71"},
		{"Exhibit C", "a blog post", "¶ 48"},
		{"Exhibit D", "white paper entitled “[24]7 Assist: Chat, Made Smarter.”", "¶ 49"},
		{"Exhibit E", "copyright registration of LivePerson Visitor Monitoring Module", "¶ 57"},
	}
	if len(ix.Exhibits) != len(want) {
		t.Fatalf("%d exhibits, want %d: %+v", len(ix.Exhibits), len(want), ix.Exhibits)
	}
	for i, w := range want {
		e := ix.Exhibits[i]
		if e.Label != w.label || !strings.Contains(e.Description, w.what) || e.Cites() != w.cites {
			t.Errorf("exhibit %d = %s %q %s, want %s %q %s", i, e.Label, e.Description, e.Cites(), w.label, w.what, w.cites)
		}
		if len(e.Responses) != len(e.Paragraphs) {
			t.Errorf("%s: %d responses for %d citing paragraphs", e.Label, len(e.Responses), len(e.Paragraphs))
		}
	}
	if ix.Exhibits[0].Term != "the Co-Marketing Agreement" || ix.Exhibits[1].Term != "MSA" {
		t.Errorf("defined names = %q, %q", ix.Exhibits[0].Term, ix.Exhibits[1].Term)
	}
	for _, p := range ix.Provisions {
		if p.Exhibit == "" {
			t.Errorf("%s %s: no exhibit", p.Agreement, p.SectionList())
		}
	}
	if r := ix.Exhibits[0].Responses[0]; r.Paragraph != 25 || !strings.Contains(r.Position, "speaks for itself") {
		t.Errorf("Exhibit A at ¶25: %+v, want the answer's reference to the document", r)
	}
	provisions := map[string]string{}
	for _, p := range ix.Provisions {
		provisions[p.Agreement] = p.SectionList()
		if !p.Breach {
			t.Errorf("%s %s: not read as a breach", p.Agreement, p.SectionList())
		}
	}
	if got := provisions["the Co-Marketing Agreement"]; got != "§§ 2.1, 2.2, 2.3, 5.2, 5.4" {
		t.Errorf("Co-Marketing Agreement sections = %q", got)
	}
	if got := provisions["MSA"]; got != "§§ 5(b), 6(b), 7(a), 7(b), 7(f), 7(g), 9(d)(2), 17(a)" {
		t.Errorf("MSA sections = %q", got)
	}
	if len(ix.Provisions) != 2 {
		t.Errorf("%d provisions, want 2 (no statute sections): %+v", len(ix.Provisions), ix.Provisions)
	}
}

// TestProvisionShapes reads section lists in other drafting styles and
// leaves statutes and the complaint's own paragraphs alone.
func TestProvisionShapes(t *testing.T) {
	doc := &pleading.Document{Kind: pleading.KindComplaint,
		DefinedTerms: []pleading.DefinedTerm{{Term: "the Supply Agreement"}, {Term: "Lease"}},
		Paragraphs: []pleading.Paragraph{
			{Number: 1, Text: "Quay breached Sections 4.1 through 4.3 and 9 of the Supply Agreement by shipping late."},
			{Number: 2, Text: "Under Article IV of the Lease, the tenant must insure the premises."},
			{Number: 3, Text: "Quay violated 15 U.S.C. § 1125(a) and the allegations of paragraphs 1-2 are incorporated."},
			{Number: 4, Text: "The Agreement's § 12(b)(ii) requires thirty days' notice, which Quay never gave under the Supply Agreement."},
		}}
	ps := provisions(doc, nil)
	var got []string
	for _, p := range ps {
		got = append(got, p.Agreement+" "+p.SectionList()+" "+map[bool]string{true: "breach", false: "relied"}[p.Breach])
	}
	want := []string{"the Supply Agreement §§ 4.1, 4.3, 9 breach", "Lease § IV relied", "the Supply Agreement § 12(b)(ii) relied"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("provisions = %q\nwant %q", got, want)
	}
}

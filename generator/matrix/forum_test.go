package matrix_test

import (
	"os"
	"strings"
	"testing"
)

// stateCites are the reporter and court abbreviations of one state's own
// law: a count heard elsewhere must not be cited them.
var stateCites = map[string][]string{
	"NY": {"N.Y.", "A.D.", "2d Cir.", "N.Y.S."},
	"CA": {"Cal. ", "Cal.4th"},
	"PA": {"Pa. "},
	"MA": {"Mass. "},
}

// Every real case's counts cite the forum state's law for state-law
// claims and no other state's: the seed case (New York) has its New York
// cases and no California one; a case in Alabama, Louisiana, Arizona or
// Pennsylvania has no New York case; the chestnut caption names its state.
func TestSourcesByForum(t *testing.T) {
	entries, err := os.ReadDir(pleadingsDir)
	if err != nil {
		t.Skipf("real pleadings not available (%v)", err)
	}
	want := map[string]string{
		"liveperson-v-247": "NY", "sarnicola-v-westchester": "NY", "chestnut-v-merrill": "AL",
		"usa-v-denka": "LA", "eeoc-v-rv-fun": "AZ", "fernandez-v-northampton-county": "PA",
		"drms-v-mississippi-childrens-home": "MS", "usa-v-arkansas": "AR", "zaborowski-v-sheriff-cook-county": "IL",
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		m := build(t, e.Name())
		if st, ok := want[e.Name()]; ok && m.State != st {
			t.Errorf("%s: forum state %q, want %q", e.Name(), m.State, st)
		}
		for _, mc := range m.Counts {
			for st, abbrs := range stateCites {
				own := st == m.State || mc.Claim != nil && !mc.Claim.Federal && strings.Contains(mc.Law, stateName(st))
				for _, a := range abbrs {
					// A federal claim may cite a circuit's cases anywhere.
					if a == "2d Cir." && mc.Claim != nil && mc.Claim.Federal {
						continue
					}
					if !own && strings.Contains(mc.Source, a) {
						t.Errorf("%s %s (%s, forum %q): cites %q law: %s", e.Name(), mc.Heading(), mc.ClaimID, m.State, st, mc.Source)
					}
				}
			}
		}
	}
	m := build(t, "liveperson-v-247")
	for _, mc := range m.Counts {
		if mc.ClaimID == "breach-of-contract" && (!strings.Contains(mc.Source, "Harsco") || mc.Law != "New York common law") {
			t.Errorf("seed Count %d: law %q, source %q: want New York common law with Harsco", mc.Number, mc.Law, mc.Source)
		}
		if strings.Contains(mc.Source, "Korea Supply") || strings.Contains(mc.Heading()+mc.Source, "California") {
			t.Errorf("seed Count %d cites California law: %s", mc.Number, mc.Source)
		}
		for _, e := range mc.Elements {
			if strings.Contains(e.MustProve, "in California,") {
				t.Errorf("seed Count %d %s: must prove %q speaks of California law", mc.Number, e.ID, e.MustProve)
			}
		}
	}
}

func stateName(code string) string {
	return map[string]string{"NY": "New York", "CA": "California", "PA": "Pennsylvania", "MA": "Massachusetts"}[code]
}

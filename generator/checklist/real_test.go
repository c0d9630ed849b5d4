package checklist_test

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// realChecklist builds the checklist of a case folder of the shared real
// pleadings, skipping the test when the folder is absent.
func realChecklist(t testing.TB, name string) *checklist.Checklist {
	t.Helper()
	c, err := joined.Join(pleadingtest.Case(t, name))
	if err != nil {
		t.Fatal(err)
	}
	cl, err := checklist.Build(c, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

// everything returns all the text the checklist shows for a defense's
// law: each match's source, its cites in the forum and its discovery.
func everything(d checklist.PleadedDefense) string {
	var parts []string
	for _, m := range d.Matches {
		parts = append(parts, m.Defense.Source)
		parts = append(parts, d.CitesOf(m.Defense.ID)...)
		parts = append(parts, d.DiscoveryOf(m.Defense.ID)...)
		parts = append(parts, m.Defense.Elements...)
	}
	return strings.Join(parts, " | ")
}

func hasFlag(d *checklist.PleadedDefense, code string) (checklist.Flag, bool) {
	for _, f := range d.Flags {
		if f.Code == code {
			return f, true
		}
	}
	return checklist.Flag{}, false
}

func TestSeedDefensesByLaw(t *testing.T) {
	cl := realChecklist(t, "liveperson-v-247")
	if cl.State != "NY" {
		t.Errorf("forum state %q, want NY (S.D.N.Y.)", cl.State)
	}
	// #8 License and #18 Voluntary conveyance cannot answer Count VI,
	// false advertising about 24/7's own statements.
	for _, n := range []int{8, 18} {
		d := cl.Defense(n)
		if d.Cells[5] {
			t.Errorf("#%d %s is aimed at Count VI (%v)", n, d.Name, d.Counts)
		}
		if f, ok := hasFlag(d, checklist.FlagCannotAnswer); !ok || !strings.Contains(f.Message, "Count VI") || !strings.Contains(f.Message, "own statements") {
			t.Errorf("#%d %s: no flag saying why it cannot answer Count VI: %+v", n, d.Name, d.Flags)
		}
	}
	// #24 applies comparative fault: flagged for the contract claim and
	// the intentional torts.
	d := cl.Defense(24)
	var msgs []string
	for _, f := range d.Flags {
		if f.Code == checklist.FlagCannotAnswer {
			msgs = append(msgs, f.Message)
		}
	}
	all := strings.Join(msgs, " ")
	for _, want := range []string{"Counts III, VIII", "contract", "Counts II, IV, V, VII", "intended"} {
		if !strings.Contains(all, want) {
			t.Errorf("#24 flags %q lack %q", msgs, want)
		}
	}
	// No FLSA, Title VII or Ohio source in a New York IP case.
	for _, pd := range cl.Defenses {
		text := everything(pd)
		for _, bad := range []string{"29 U.S.C. § 260", "FLSA", "Title VII", "Kolstad", "Ohio", "1981a"} {
			if strings.Contains(text, bad) {
				t.Errorf("#%d %s cites %q: %s", pd.Number, pd.Name, bad, text)
			}
		}
	}
	// Contributory negligence is pleaded, as #24's fault of others.
	for _, o := range cl.NotPleaded {
		if o.ID == "contributory-negligence" || o.ID == "comparative-fault" {
			t.Errorf("%s listed as not pleaded; #24 pleads it", o.Name)
		}
	}
	checkSummary(t, cl)
}

// checkSummary asserts each defense counts once in the summary.
func checkSummary(t *testing.T, cl *checklist.Checklist) {
	t.Helper()
	s := cl.Summary
	if sum := s.Affirmative + s.Negative + s.Rule12 + s.Remedy + s.Reservation + s.Unmatched; sum != s.Defenses || s.Defenses != len(cl.Defenses) {
		t.Errorf("summary %+v adds to %d, want %d defenses", s, sum, len(cl.Defenses))
	}
}

// No defense of the seed, Chestnut and EEOC cases is matched to a body of
// law the case does not involve: an entry matched on a defense's words
// answers one of its counts; every authority shown holds in the forum.
func TestDefensesMatchTheCasesLaw(t *testing.T) {
	for _, tc := range []struct {
		name string
		bad  []string // law the case does not involve
	}{
		{"liveperson-v-247", []string{"Ohio", "29 U.S.C. § 260", "Title VII", "17 U.S.C. § 412 (", "CRIPA"}},
		{"chestnut-v-merrill", []string{"CPLR", "N.Y.", "Hadley", "diversity", "17 U.S.C.", "Citizenship of every party"}},
		{"eeoc-v-rv-fun", []string{"CPLR", "N.Y.", "17 U.S.C.", "Hadley", "Lanham"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cl := realChecklist(t, tc.name)
			checkSummary(t, cl)
			for _, pd := range cl.Defenses {
				for _, m := range pd.Matches {
					if m.On != "text" || m.Defense.Kind == library.KindReservation {
						continue
					}
					answers := false
					for _, n := range pd.Counts {
						answers = answers || n > 0
					}
					if !answers && len(cl.Counts) > 0 {
						t.Errorf("#%d matched %s on its words, which answers no count of the case", pd.Number, m.Defense.ID)
					}
				}
				text := everything(pd)
				for _, bad := range tc.bad {
					if strings.Contains(text, bad) {
						t.Errorf("#%d %s shows %q: %s", pd.Number, pd.Name, bad, text)
					}
				}
			}
		})
	}
	// Chestnut's three-judge-court defense is jurisdiction, not comparative fault.
	cl := realChecklist(t, "chestnut-v-merrill")
	for _, m := range cl.Defense(2).Matches {
		if m.Defense.ID == "comparative-fault" {
			t.Errorf("the three-judge-court defense matched comparative fault")
		}
	}
}

// Against the United States or the EEOC, laches, estoppel, arbitration
// and fraud are not offered as defenses not pleaded.
func TestNotPleadedAgainstTheUnitedStates(t *testing.T) {
	for _, name := range []string{"eeoc-v-rv-fun", "usa-v-denka"} {
		t.Run(name, func(t *testing.T) {
			cl := realChecklist(t, name)
			if cl.Plaintiff != library.PlaintiffUnitedStates {
				t.Errorf("plaintiff kind %q, want %q", cl.Plaintiff, library.PlaintiffUnitedStates)
			}
			for _, o := range cl.NotPleaded {
				switch o.ID {
				case "laches", "estoppel", "arbitration-and-award":
					t.Errorf("%s offered against the United States", o.Name)
				case "fraud":
					if len(o.Counts) > 0 {
						t.Errorf("fraud offered against %v", o.Counts)
					}
				}
			}
		})
	}
	// Denka's Eighth Defense asks for no copyright registration dates.
	cl := realChecklist(t, "usa-v-denka")
	for _, pd := range cl.Defenses {
		if text := everything(pd); strings.Contains(text, "412") || strings.Contains(text, "Hadley") {
			t.Errorf("#%d %s: %s", pd.Number, pd.Name, text)
		}
	}
}

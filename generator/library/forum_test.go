package library

import (
	"errors"
	"strings"
	"testing"
)

func TestStateOf(t *testing.T) {
	tests := []struct{ court, want string }{
		{"United States District Court Southern District of New York", "NY"},
		{"IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ALABAMA", "AL"},
		{"United States District Court for the Eastern District of Louisiana", "LA"},
		{"COMMONWEALTH OF MASSACHUSETTS SUPREME JUDICIAL COURT", "MA"},
		{"United States District Court for the Southern District of West Virginia", "WV"},
		{"United States District Court for the Western District of Virginia", "VA"},
		{"United States District Court, District of Columbia", "DC"},
		{"S.D.N.Y.", "NY"},
		{"E.D. Pa.", "PA"},
		{"In the United States District Court for Southern Division", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := StateOf(tt.court); got != tt.want {
			t.Errorf("StateOf(%q) = %q, want %q", tt.court, got, tt.want)
		}
	}
}

func TestPlaintiffKind(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{[]string{"UNITED STATES OF AMERICA"}, PlaintiffUnitedStates},
		{[]string{"Equal Employment Opportunity Commission"}, PlaintiffUnitedStates},
		{[]string{"United States of America,"}, PlaintiffUnitedStates},
		{[]string{"LivePerson, Inc."}, ""},
		{[]string{"United States Steel Corp."}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := PlaintiffKind(tt.names); got != tt.want {
			t.Errorf("PlaintiffKind(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}

func cites(as []*Authority) string {
	var s []string
	for _, a := range as {
		s = append(s, a.Cite)
	}
	return strings.Join(s, " | ")
}

// Authorities are cited only where their law holds: federal ones for
// federal claims, a state's for state-law claims in its courts.
func TestDefenseCitesByForum(t *testing.T) {
	lib, cat := builtinLibs(t)
	claim := func(id string) *Claim {
		c := lib.Claim(id)
		if c == nil {
			t.Fatalf("no claim %s", id)
		}
		return c
	}
	gf := cat.Defense("good-faith")
	seed := Forum{State: "NY", Claims: []*Claim{claim("copyright-infringement"), claim("trade-secret-misappropriation"), claim("breach-of-contract"), claim("lanham-false-advertising")}}
	got := cites(gf.Cites(seed))
	for _, bad := range []string{"260", "Kolstad", "Title VII", "Ohio"} {
		if strings.Contains(got, bad) {
			t.Errorf("good faith in the seed case cites %q: %s", bad, got)
		}
	}
	wage := Forum{State: "NY", Claims: []*Claim{claim("flsa-overtime")}}
	if got := cites(gf.Cites(wage)); !strings.Contains(got, "260") {
		t.Errorf("good faith on an FLSA claim = %q, want 29 U.S.C. § 260", got)
	}
	pre := cat.Defense("preemption")
	if got := cites(pre.Cites(seed)); strings.Contains(got, "Ohio") || !strings.Contains(got, "301") {
		t.Errorf("preemption in the seed case = %q, want 17 U.S.C. § 301 and no Ohio law", got)
	}
	cf := cat.Defense("comparative-fault")
	al := Forum{State: "AL", Claims: []*Claim{claim("negligence")}}
	if got := cites(cf.Cites(al)); strings.Contains(got, "CPLR") {
		t.Errorf("comparative fault in Alabama cites New York's CPLR: %s", got)
	}
	ny := Forum{State: "NY", Claims: []*Claim{claim("negligence")}}
	if got := cites(cf.Cites(ny)); !strings.Contains(got, "CPLR 1411") {
		t.Errorf("comparative fault on a New York negligence claim = %q, want CPLR 1411", got)
	}
	rel := cat.Defense("relief-not-available")
	caa := Forum{State: "LA", Claims: []*Claim{claim("caa-imminent-endangerment")}}
	if got := cites(rel.Cites(caa)); strings.Contains(got, "412") {
		t.Errorf("relief not available on a Clean Air Act claim cites copyright § 412: %s", got)
	}
	spec := cat.Defense("speculative-damages")
	if got := cites(spec.Cites(caa)); strings.Contains(got, "Hadley") || strings.Contains(got, "Kenford") {
		t.Errorf("speculative damages on a Clean Air Act claim cites contract damages law: %s", got)
	}
}

// A defense's not_for entries say which claims it cannot answer and why.
func TestDefenseCannot(t *testing.T) {
	lib, cat := builtinLibs(t)
	tests := []struct {
		defense, claim string
		cannot         bool
	}{
		{"comparative-fault", "breach-of-contract", true},
		{"comparative-fault", "trade-secret-misappropriation", true},
		{"comparative-fault", "tortious-interference-existing-relations", true},
		{"comparative-fault", "negligence", false},
		{"license", "lanham-false-advertising", true},
		{"license", "copyright-infringement", false},
		{"voluntary-conveyance", "lanham-false-advertising", true},
		{"voluntary-conveyance", "trade-secret-misappropriation", false},
	}
	for _, tt := range tests {
		d, c := cat.Defense(tt.defense), lib.Claim(tt.claim)
		why := d.Cannot(c)
		if (why != "") != tt.cannot || d.Answers(c) == tt.cannot {
			t.Errorf("%s against %s: cannot = %q, answers = %v; want cannot %v", tt.defense, tt.claim, why, d.Answers(c), tt.cannot)
		}
	}
	for _, id := range []string{"laches", "estoppel", "arbitration-and-award"} {
		if cat.Defense(id).Barred(PlaintiffUnitedStates) == "" {
			t.Errorf("%s: no reason it cannot be raised against the United States", id)
		}
	}
	if cat.Defense("statute-of-limitations").Barred(PlaintiffUnitedStates) != "" {
		t.Errorf("statute of limitations is barred against the United States; federal limitations periods do run against it")
	}
}

func TestParseDefenseLimitsAndAuthorities(t *testing.T) {
	base := "[[defense]]\nid = \"x\"\nname = \"X\"\nkind = \"affirmative\"\napplies_to = [\"all\"]\npatterns = ['x']\nelements = [\"e\"]\n"
	tests := []struct {
		name, src, want string
		kind            error
	}{
		{"authority without cite", base + "[[defense.authority]]\nlaw = \"federal\"\n", "t.toml:8: defense \"x\" authority 1: no cite", ErrMissing},
		{"authority with a bad law", base + "[[defense.authority]]\ncite = \"c\"\nlaw = \"New York\"\n", "t.toml:10: defense \"x\" authority 1: law \"New York\"", ErrInvalid},
		{"limit without reason", base + "[[defense.not_for]]\nclaims = [\"contract\"]\n", "t.toml:8: defense \"x\" not_for 1: no reason", ErrMissing},
		{"limit naming nothing", base + "[[defense.not_for]]\nreason = \"r\"\n", "t.toml:8: defense \"x\" not_for 1: name the claims", ErrMissing},
		{"limit with an unknown plaintiff", base + "[[defense.not_for]]\nplaintiff = \"state\"\nreason = \"r\"\n", "t.toml:9: defense \"x\" not_for 1: plaintiff \"state\"", ErrInvalid},
		{"misspelt key in a limit", base + "[[defense.not_for]]\nclaim = [\"contract\"]\nreason = \"r\"\n", "t.toml:9: unknown key \"defense.not_for.claim\"", ErrUnknownKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDefenses([]byte(tt.src), "t.toml")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, tt.kind) {
				t.Errorf("err = %v, want %q (%v)", err, tt.want, tt.kind)
			}
		})
	}
	lib, _ := builtinLibs(t)
	c, err := ParseDefenses([]byte(base+"[[defense.not_for]]\nclaims = [\"no-such-claim\"]\nreason = \"r\"\n"), "t.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CheckTargets(lib); err == nil || !strings.Contains(err.Error(), "t.toml:8: defense \"x\": not_for claims \"no-such-claim\"") {
		t.Errorf("CheckTargets = %v, want the unknown not_for claim named with its line", err)
	}
}

func TestParseElementTheoryKeys(t *testing.T) {
	src := "[[claim]]\nid = \"c\"\nname = \"C\"\npatterns = ['c']\ntheory = ['(']\n[[claim.element]]\nid = \"e\"\nstatement = \"S\"\nfactor = true\ninferable = [\"internet\"]\n"
	_, err := ParseElements([]byte(src), "e.toml")
	if err == nil || !strings.Contains(err.Error(), "e.toml:5: claim \"c\": theory:") || !errors.Is(err, ErrBadPattern) {
		t.Errorf("err = %v, want a bad theory pattern at line 5", err)
	}
	l, err := ParseElements([]byte(strings.Replace(src, "['(']", "['c+']", 1)), "e.toml")
	if err != nil {
		t.Fatal(err)
	}
	e := l.Claim("c").Element("e")
	if !e.Factor || e.Inferred(Tokenize("sold over the Internet")).Score == 0 {
		t.Errorf("factor = %v, inferred = %v; want a factor inferable from \"internet\"", e.Factor, e.Inferred(Tokenize("sold over the Internet")))
	}
}

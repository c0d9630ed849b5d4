package library

import (
	"errors"
	"strings"
	"testing"
)

// A claim's sources are filtered by the forum state: a New York case cites
// New York law for a state-law claim and no other state's; a case in
// another state cites none of New York's, and says the library has none of
// its own.
func TestClaimSourceIn(t *testing.T) {
	lib, _ := builtinLibs(t)
	tests := []struct {
		claim, state string
		want, not    []string
		law          string
	}{
		{"breach-of-contract", "NY", []string{"Restatement (Second) of Contracts", "Harsco"}, []string{"no New York authority"}, "New York common law"},
		{"breach-of-contract", "PA", []string{"Restatement (Second) of Contracts", "no Pennsylvania authority"}, []string{"Harsco", "N.Y."}, "Pennsylvania common law"},
		{"breach-of-contract", "", []string{"Restatement (Second) of Contracts", "forum state is unknown"}, []string{"Harsco"}, "state common law"},
		{"tortious-interference-prospective", "NY", []string{"Carvel"}, []string{"Korea Supply", "Cal."}, "New York common law"},
		{"tortious-interference-prospective", "CA", []string{"Korea Supply"}, []string{"Carvel", "N.Y."}, "California common law"},
		{"state-constitution", "PA", []string{"Pa. Const."}, []string{"Mass. Const."}, "Pennsylvania constitutional law"},
		{"state-constitution", "MA", []string{"Mass. Const."}, []string{"Pa. Const."}, "Massachusetts constitutional law"},
		{"false-arrest", "AL", []string{"Devenpeck"}, []string{"Broughton", "no Alabama authority"}, "federal (and state common law)"},
		{"copyright-infringement", "LA", []string{"Feist"}, []string{"N.Y.", "authority"}, "federal"},
	}
	for _, tt := range tests {
		c := lib.Claim(tt.claim)
		if c == nil {
			t.Fatalf("no claim %q", tt.claim)
		}
		got := c.SourceIn(tt.state)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s in %q: source %q lacks %q", tt.claim, tt.state, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s in %q: source %q holds %q", tt.claim, tt.state, got, w)
			}
		}
		if l := c.LawIn(tt.state); l != tt.law {
			t.Errorf("%s in %q: law %q, want %q", tt.claim, tt.state, l, tt.law)
		}
	}
}

// No built-in claim cites a state's case in its source, where it would be
// cited in every forum: state authority goes in [[claim.authority]].
func TestClaimSourcesNameNoState(t *testing.T) {
	lib, _ := builtinLibs(t)
	for _, c := range lib.Claims {
		for _, bad := range []string{"N.Y.", "A.D.", "Cal. ", "Cal.4th", "Pa. ", "Mass. ", "Del. ", "Ill. ", "Tex. "} {
			if strings.Contains(c.Source, bad) && !strings.HasPrefix(c.Law, strings.SplitN(StateName(stateOfCite(bad)), " ", 2)[0]) {
				t.Errorf("%s: source %q cites %q in every forum; move it to a [[claim.authority]] with its state's law", c.Origin, c.Source, bad)
			}
		}
	}
}

func stateOfCite(abbr string) string {
	switch strings.TrimSpace(abbr) {
	case "N.Y.", "A.D.":
		return "NY"
	case "Cal.", "Cal.4th":
		return "CA"
	case "Pa.":
		return "PA"
	case "Mass.":
		return "MA"
	case "Del.":
		return "DE"
	case "Ill.":
		return "IL"
	case "Tex.":
		return "TX"
	}
	return ""
}

func TestClaimAuthorityErrors(t *testing.T) {
	src := `[[claim]]
id = "x"
name = "X"
patterns = ['x']
source = "Restatement"

[[claim.authority]]
cite = "Somebody v. Other, 1 N.Y.3d 1 (2003)"
law = "New York"

[[claim.authority]]
law = "NY"
claims = ["contract"]

[[claim.element]]
id = "a"
statement = "A"
keywords = ["a"]
`
	_, err := ParseElements([]byte(src), "elements.toml")
	if err == nil {
		t.Fatal("no error for a bad claim authority")
	}
	for _, want := range []string{"elements.toml:9:", `law "New York"`, "elements.toml:11:", "no cite", "claims and discovery belong to a defense"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("error %v is not ErrInvalid", err)
	}
}

// No defense names one state's law outside its [[defense.authority]]
// tables, where it would be printed in every forum.
func TestDefenseTextsNameNoState(t *testing.T) {
	_, cat := builtinLibs(t)
	for _, d := range cat.Defenses {
		texts := append([]string{d.Source, d.Burden, d.Note}, d.Elements...)
		texts = append(texts, d.Discovery...)
		for _, l := range d.NotFor {
			texts = append(texts, l.Reason)
		}
		for _, s := range texts {
			for _, bad := range []string{"N.Y.", "CPLR", "A.D.", "Cal. ", "Pa. ", "Mass. ", "Ohio", "Ill. ", "Tex. "} {
				if strings.Contains(s, bad) {
					t.Errorf("%s: %q names %q in every forum; move it to a [[defense.authority]] with its state's law", d.Origin, s, bad)
				}
			}
		}
	}
}

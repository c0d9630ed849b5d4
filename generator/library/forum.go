package library

import (
	"regexp"
	"slices"
	"strings"
)

// The law an Authority belongs to, besides a state's postal code.
const (
	// LawGeneral is authority cited wherever the defense is pleaded: a
	// Federal Rule, a Restatement section, a treatise.
	LawGeneral = "general"
	// LawFederal is federal statute or case law on federal claims.
	LawFederal = "federal"
)

// The kinds of plaintiff a not_for entry may name.
const (
	// PlaintiffUnitedStates is the United States or a federal agency or
	// officer suing in its own right (the EEOC, the Secretary of Labor).
	PlaintiffUnitedStates = "united-states"
)

var plaintiffKinds = []string{PlaintiffUnitedStates}

// states maps each state's (and territory's) name to its postal code.
var states = map[string]string{
	"alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
	"colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
	"florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
	"indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
	"maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
	"mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
	"new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
	"north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
	"pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
	"tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
	"washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
	"puerto rico": "PR", "guam": "GU", "virgin islands": "VI",
}

// stateAbbrev are the abbreviations courts are cited by ("S.D.N.Y.",
// "E.D. Pa.", "N.D. Ill."), tried after the full names.
var stateAbbrev = []struct {
	re   *regexp.Regexp
	code string
}{
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?n\.\s?y\b`), "NY"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?cal\b`), "CA"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?tex\b`), "TX"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?pa\b`), "PA"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?ill\b`), "IL"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?fla\b`), "FL"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?la\b`), "LA"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?ala\b`), "AL"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?ark\b`), "AR"},
	{regexp.MustCompile(`\b[nsewcm]\.\s?d\.\s?miss\b`), "MS"},
	{regexp.MustCompile(`\bd\.\s?ariz\b`), "AZ"},
	{regexp.MustCompile(`\bd\.\s?mass\b`), "MA"},
	{regexp.MustCompile(`\bd\.\s?n\.\s?j\b`), "NJ"},
	{regexp.MustCompile(`\bd\.\s?conn\b`), "CT"},
	{regexp.MustCompile(`\bd\.\s?del\b`), "DE"},
	{regexp.MustCompile(`\bd\.\s?d\.\s?c\b`), "DC"},
}

var stateNames = func() []string {
	names := make([]string, 0, len(states))
	for n := range states {
		names = append(names, n)
	}
	// Longest first: "west virginia" before "virginia", "new york" before "york".
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	return names
}()

// StateOf returns the postal code of the state whose courts, or whose
// federal district, a court's name places it in ("United States District
// Court for the Southern District of New York" is NY, "Commonwealth of
// Massachusetts Supreme Judicial Court" is MA), or "" when it names none.
// Given several names (the complaint's caption, then the answer's), it
// returns the first state one of them names.
func StateOf(courts ...string) string {
	for _, c := range courts {
		if st := stateOf(c); st != "" {
			return st
		}
	}
	return ""
}

func stateOf(court string) string {
	low := " " + normalize(court) + " "
	for _, n := range stateNames {
		i := strings.Index(low, n)
		for i >= 0 {
			end := i + len(n)
			if !isWordByte(low[i-1]) && !isWordByte(low[end]) {
				// "West Virginia" must not count as Virginia.
				if n == "virginia" && strings.HasSuffix(low[:i], "west ") {
					break
				}
				return states[n]
			}
			j := strings.Index(low[end:], n)
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	for _, a := range stateAbbrev {
		if a.re.MatchString(low) {
			return a.code
		}
	}
	return ""
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9'
}

var unitedStatesRE = regexp.MustCompile(`^(the )?(united states( of america)?|u\.s\.a?\.?)$|equal employment opportunity commission|\beeoc\b|secretary of labor|department of (justice|labor)|environmental protection agency|federal trade commission|securities and exchange commission|national labor relations board`)

// PlaintiffKind returns the kind of plaintiff the names make
// (PlaintiffUnitedStates when one is the United States or a federal agency),
// or "".
func PlaintiffKind(names []string) string {
	for _, n := range names {
		low := strings.Trim(normalize(n), " ,.")
		if unitedStatesRE.MatchString(low) {
			return PlaintiffUnitedStates
		}
	}
	return ""
}

// Forum is what decides which authorities a checklist cites for a
// defense: the state whose courts (or federal district) hear the case and
// the claims the defense is pleaded against.
type Forum struct {
	// State is the forum state's postal code (StateOf the caption's court).
	State string
	// Claims are the claim types of the counts the defense answers.
	Claims []*Claim
	// Federal and StateLaw say whether counts with no known claim type
	// arise under federal or state law.
	Federal, StateLaw bool
}

// Cites returns the defense's authorities that hold in the forum: general
// ones, federal ones when a claim it answers is federal, and a state's
// when the forum is in that state and a claim it answers is a state-law
// claim; an authority naming claims needs one of them among the forum's.
func (d *Defense) Cites(f Forum) []*Authority {
	var out []*Authority
	for _, a := range d.Authorities {
		if a.holds(f) {
			out = append(out, a)
		}
	}
	return out
}

// DiscoveryFor returns the defense's discovery items with those of its
// authorities that hold in the forum.
func (d *Defense) DiscoveryFor(f Forum) []string {
	out := append([]string{}, d.Discovery...)
	for _, a := range d.Cites(f) {
		out = append(out, a.Discovery...)
	}
	return out
}

func (a *Authority) holds(f Forum) bool {
	fed, st := false, false
	any := false
	for _, c := range f.Claims {
		if len(a.Claims) > 0 && !targets(a.Claims, c) {
			continue
		}
		any = true
		if c.Federal {
			fed = true
		} else {
			st = true
		}
	}
	if len(a.Claims) == 0 {
		any = true
		fed = fed || f.Federal
		st = st || f.StateLaw
	}
	switch a.Law {
	case LawGeneral:
		return any
	case LawFederal:
		// Federal law naming its claims holds wherever they are pleaded
		// (copyright preemption of a state-law claim); otherwise it needs
		// a federal claim.
		return fed || len(a.Claims) > 0 && any
	}
	return st && f.State != "" && a.Law == f.State
}

// validLaw reports whether law is general, federal or a state's code.
func validLaw(law string) bool {
	if law == LawGeneral || law == LawFederal {
		return true
	}
	for _, c := range states {
		if c == law {
			return true
		}
	}
	return false
}

// StateName returns the name of the state with the postal code ("NY" is
// "New York"), or "" for an unknown code.
func StateName(code string) string {
	for name, c := range states {
		if c == code {
			return titleWords(name)
		}
	}
	return ""
}

func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "of" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// SourceIn returns where the claim's elements come from in a court of the
// forum state (a postal code, "" when unknown): the claim's source, its
// general and federal authorities, and those of the forum state, never
// another state's; for a state-law claim with none of the forum state's,
// it says so.
func (c *Claim) SourceIn(state string) string {
	parts := []string{}
	if s := strings.TrimSpace(c.Source); s != "" {
		parts = append(parts, s)
	}
	own := false
	for _, a := range c.Authorities {
		switch {
		case a.Law == LawGeneral || a.Law == LawFederal:
			parts = append(parts, a.Cite)
		case state != "" && a.Law == state:
			parts = append(parts, a.Cite)
			own = true
		}
	}
	if !c.Federal && !own && c.hasStateAuthority() {
		if name := StateName(state); name != "" {
			parts = append(parts, "the library cites no "+name+" authority: check the forum's own law")
		} else {
			parts = append(parts, "the forum state is unknown: check its own law")
		}
	}
	return strings.Join(parts, "; ")
}

func (c *Claim) hasStateAuthority() bool {
	for _, a := range c.Authorities {
		if a.Law != LawGeneral && a.Law != LawFederal {
			return true
		}
	}
	return false
}

// LawIn returns the law the claim arises under in a court of the forum
// state: "state common law" is "New York common law" in New York; a
// federal claim, or a claim under one named state's law, keeps its law.
func (c *Claim) LawIn(state string) string {
	name := StateName(state)
	if c.Federal || name == "" || !strings.HasPrefix(c.Law, "state ") {
		return c.Law
	}
	return name + c.Law[len("state"):]
}

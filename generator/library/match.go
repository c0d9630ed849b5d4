package library

import (
	"regexp"
	"sort"
	"strings"
)

var (
	spaceRE  = regexp.MustCompile(`\s+`)
	quoteRep = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ", "–", "-", "—", "-")
)

// normalize lower-cases s, collapses whitespace, straightens quotes and
// strips the parentheses or brackets a title is often wrapped in.
func normalize(s string) string {
	s = strings.ToLower(quoteRep.Replace(s))
	s = strings.Join(strings.Fields(s), " ")
	for len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return strings.TrimRight(s, ".:;, ")
}

// ClaimMatch is a claim a count's title matched, with how much of the title
// its patterns cover.
type ClaimMatch struct {
	Claim *Claim `json:"claim"`
	Score int    `json:"score"` // characters of title and statute covered by the claim's patterns
	// Family is set when only the claim's family patterns matched: the
	// text names the law, not the theory.
	Family bool `json:"family,omitempty"`
}

// Candidates returns every claim whose patterns match the count's title and
// statute line and whose exclude patterns do not, best first: by characters
// covered, then library order.
func (l *Elements) Candidates(title, statute string) []ClaimMatch {
	text := normalize(title)
	if s := normalize(statute); s != "" {
		text += " " + s
	}
	if text == "" || l == nil {
		return nil
	}
	var out []ClaimMatch
	for _, c := range l.Claims {
		if anyMatch(c.excl, text) {
			continue
		}
		if n := coverage(c.pats, text); n > 0 {
			out = append(out, ClaimMatch{Claim: c, Score: n})
		} else if n := coverage(c.fam, text); n > 0 {
			out = append(out, ClaimMatch{Claim: c, Score: n, Family: true})
		}
	}
	// A claim the text names by its own patterns goes before one whose
	// law only it names.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Family != out[j].Family {
			return !out[i].Family
		}
		return out[i].Score > out[j].Score
	})
	return out
}

// Match returns the claim a count with this title and statute line pleads,
// and the score of the match, or nil and 0 when no claim matches.
func (l *Elements) Match(title, statute string) (*Claim, int) {
	c := l.Candidates(title, statute)
	if len(c) == 0 {
		return nil, 0
	}
	return c[0].Claim, c[0].Score
}

// DefenseMatch is a catalogue entry a pleaded defense matched.
type DefenseMatch struct {
	Defense *Defense `json:"defense"`
	// On says what matched: "title" or "text".
	On string `json:"on"`
	// Matched is the matched words of the title or text.
	Matched string `json:"matched"`
	at      int
}

// DefenseMatches is every entry a pleaded defense matched; the first is the
// primary.
type DefenseMatches []DefenseMatch

// Has reports whether any of the matches is of kind k (the Twenty-Sixth
// defense of the seed answer, "Lack of Particularity; Reservation of
// Rights", is a negative defense and a reservation).
func (ms DefenseMatches) Has(k Kind) bool {
	for _, m := range ms {
		if m.Defense.Kind == k {
			return true
		}
	}
	return false
}

// IDs returns the ids of the matched entries, in order.
func (ms DefenseMatches) IDs() []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Defense.ID
	}
	return out
}

// Match returns the catalogue entry a pleaded defense is, from its title
// (or, when the title is empty or matches nothing, its text).
func (c *Catalogue) Match(title, text string) (*Defense, bool) {
	m := c.MatchAll(title, text)
	if len(m) == 0 {
		return nil, false
	}
	return m[0].Defense, true
}

// MatchAll returns every catalogue entry a pleaded defense names, in the
// order they appear in its title ("Waiver and/or Estoppel" gives waiver,
// then estoppel); the first is the primary. The text is tried only when the
// title is empty or matches nothing.
func (c *Catalogue) MatchAll(title, text string) DefenseMatches {
	if c == nil {
		return nil
	}
	if t := normalize(title); t != "" {
		if m := c.matchIn(t, "title"); len(m) > 0 {
			return m
		}
	}
	if t := normalize(text); t != "" {
		return c.matchIn(t, "text")
	}
	return nil
}

func (c *Catalogue) matchIn(s, on string) DefenseMatches {
	var out DefenseMatches
	for _, d := range c.Defenses {
		first := -1
		var matched string
		for _, p := range d.pats {
			if p.skip(s) {
				continue
			}
			if loc := p.re.FindStringIndex(s); loc != nil && (first < 0 || loc[0] < first) {
				first, matched = loc[0], s[loc[0]:loc[1]]
			}
		}
		if first >= 0 && !anyMatch(d.excl, s) {
			out = append(out, DefenseMatch{Defense: d, On: on, Matched: matched, at: first})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

func anyMatch(ps []*pattern, s string) bool {
	for _, p := range ps {
		if !p.skip(s) && p.re.MatchString(s) {
			return true
		}
	}
	return false
}

// coverage returns how many bytes of s the patterns' matches cover together.
func coverage(ps []*pattern, s string) int {
	var covered []bool
	n := 0
	for _, p := range ps {
		if p.skip(s) {
			continue
		}
		for _, loc := range p.re.FindAllStringIndex(s, -1) {
			if covered == nil {
				covered = make([]bool, len(s))
			}
			for i := loc[0]; i < loc[1]; i++ {
				if !covered[i] {
					covered[i] = true
					n++
				}
			}
		}
	}
	return n
}

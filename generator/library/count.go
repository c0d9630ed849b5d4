package library

import (
	"math"
	"sort"
	"strings"
)

// CountMatch is what a count pleads, by the element library.
type CountMatch struct {
	// Claims are the claim types the count pleads, primary first: one for
	// most counts, several when the count pleads several theories of one
	// law ("Denying Mr. Calhoon a reasonable accommodation; Discharging
	// Mr. Calhoon because of his disability; ... because he requested a
	// reasonable accommodation" are three ADA theories).
	Claims []*Claim `json:"claims"`
	// On says what recognized them: "title" (its title or statute line) or
	// "allegations" (its own allegations, naming the law and the theories).
	On string `json:"on,omitempty"`
	// Candidates are every claim the title and statute line match, best
	// first, for a caller that breaks ties its own way.
	Candidates []ClaimMatch `json:"candidates,omitempty"`
	// Closest are, when no claim matched, the claim types nearest the
	// count's title and allegations, best first.
	Closest []*Claim `json:"closest,omitempty"`
}

// MatchCount finds the claim types a count pleads from its title, its
// statute line and the text of its own allegations (not those it
// incorporates). The title and statute line decide, unless they only name
// a law with several theories ("Violation of the ADA") or name nothing
// ("STATEMENT OF CLAIMS", "CAUSE OF ACTION"): then every claim whose law
// the count names and whose theory its allegations plead is a theory of
// the count. A count nothing matches gets the closest claim types.
func (l *Elements) MatchCount(title, statute, body string) CountMatch {
	var m CountMatch
	if l == nil {
		return m
	}
	head := normalize(title)
	if s := normalize(statute); s != "" {
		head += " " + s
	}
	m.Candidates = l.Candidates(title, statute)
	// The title names a theory when the best claim's patterns cover more
	// of it than the library's family patterns do ("Violations of the
	// Americans with Disabilities Act" names only a law).
	generic := len(m.Candidates) == 0 || m.Candidates[0].Family || coverage(l.fam, head) >= m.Candidates[0].Score
	if generic {
		if th := l.theories(head, normalize(body)); len(th) > 0 {
			// The title's own choice, when it is among them, leads.
			if len(m.Candidates) > 0 {
				for i, c := range th {
					if c == m.Candidates[0].Claim {
						copy(th[1:i+1], th[:i])
						th[0] = c
						break
					}
				}
			}
			m.Claims, m.On = th, "allegations"
			return m
		}
	}
	if len(m.Candidates) > 0 {
		m.Claims, m.On = []*Claim{m.Candidates[0].Claim}, "title"
		return m
	}
	m.Closest = l.Closest(title+" "+statute+" "+body, 3)
	return m
}

// theories returns, in library order, the claims with theory patterns
// that the allegations plead and whose law (family or own patterns) the
// heading or the allegations name.
func (l *Elements) theories(head, body string) []*Claim {
	if body == "" {
		return nil
	}
	all := head + " " + body
	var out []*Claim
	for _, c := range l.Claims {
		if len(c.theory) == 0 || !anyMatch(c.theory, body) || anyMatch(c.excl, head) {
			continue
		}
		if anyMatch(c.fam, all) || anyMatch(c.pats, all) {
			out = append(out, c)
		}
	}
	return out
}

// Closest returns up to n claims whose names, law and matching notes share
// the most distinctive words with text, best first; none when no claim
// shares a distinctive word.
func (l *Elements) Closest(text string, n int) []*Claim {
	if l == nil || n <= 0 {
		return nil
	}
	want := map[string]bool{}
	for _, w := range Tokenize(text).stems {
		if len(w) > 2 && !closestStop[w] {
			want[w] = true
		}
	}
	if len(want) == 0 {
		return nil
	}
	// Inverse document frequency over the claims' descriptions.
	docs := make([]map[string]bool, len(l.Claims))
	df := map[string]int{}
	for i, c := range l.Claims {
		docs[i] = map[string]bool{}
		for _, w := range Tokenize(c.Name + " " + c.Law + " " + c.Matching + " " + strings.Join(c.Statutes, " ")).stems {
			if !docs[i][w] {
				docs[i][w] = true
				df[w]++
			}
		}
	}
	type scored struct {
		c *Claim
		s float64
	}
	var list []scored
	for i, c := range l.Claims {
		s := 0.0
		for w := range want {
			if docs[i][w] {
				s += math.Log(float64(len(l.Claims)+1) / float64(df[w]))
			}
		}
		if s >= 1.5 {
			list = append(list, scored{c, s})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].s > list[j].s })
	var out []*Claim
	for i := 0; i < len(list) && i < n; i++ {
		out = append(out, list[i].c)
	}
	return out
}

// closestStop are words too common in claim descriptions to say which is near.
var closestStop = map[string]bool{
	"the": true, "and": true, "for": true, "violation": true, "violat": true, "claim": true,
	"count": true, "cause": true, "action": true, "law": true, "common": true, "under": true,
	"of": true, "federal": true, "state": true, "right": true, "statement": true, "relief": true,
	"plaintiff": true, "defendant": true, "against": true, "u.s.c": true, "usc": true, "all": true,
	"with": true, "that": true, "this": true, "was": true, "were": true, "has": true, "have": true,
}

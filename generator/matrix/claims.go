package matrix

import (
	"slices"
	"strings"

	"github.com/pleadkit/pleadkit/generator/library"
)

// Which claim types a count pleads.

// match finds the claims a count pleads: by its title and statute line;
// when those name no theory (or nothing), the theories its own allegations
// plead (an EEOC "STATEMENT OF CLAIMS" pleading three ADA theories gives
// three); then by the statutes its paragraphs cite and the law its
// allegations name. A count nothing matches gets the closest claim types.
func (b *matrixBuilder) match(mc MatrixCount, inCount []int) countMatch {
	var text []string
	for _, n := range inCount {
		text = append(text, b.para[n].Text)
	}
	body := strings.Join(text, " ")
	cm := b.lib.MatchCount(mc.Title, mc.Statute, body)
	if cm.On == "allegations" {
		return countMatch{claims: cm.Claims, on: "the count's allegations"}
	}
	claim := b.best(cm.Candidates, inCount)
	if claim != nil {
		byTitle := b.best(b.lib.Candidates(mc.Title, ""), inCount)
		byStatute := b.best(b.lib.Candidates("", mc.Statute), inCount)
		on := "title and statute"
		switch {
		case byTitle == claim && byStatute == claim:
		case byTitle == claim:
			on = "title"
		case byStatute == claim:
			on = "statute"
		}
		return countMatch{claims: []*library.Claim{claim}, on: on}
	}
	var cites []string
	for _, n := range inCount {
		cites = append(cites, b.para[n].Statutes...)
	}
	if len(cites) > 0 {
		if claim, _ := b.lib.Match("", strings.Join(cites, " ")); claim != nil {
			return countMatch{claims: []*library.Claim{claim}, on: "statutes cited in the count"}
		}
	}
	// A complaint with one "STATEMENT OF CLAIMS" names its claim in the
	// allegations themselves ("unlawful employment practices ... Title I of the ADA").
	if body != "" {
		if claim, _ := b.lib.Match("", body); claim != nil {
			return countMatch{claims: []*library.Claim{claim}, on: "the count's allegations"}
		}
	}
	return countMatch{closest: cm.Closest}
}

// best returns the best of the claims a count's title and statute match:
// the one whose patterns cover the most of them, and among claims that tie
// ("Violation of the Fourteenth Amendment" fits due process and equal
// protection alike) the one whose elements the count's own allegations
// plead most; library order breaks what remains.
func (b *matrixBuilder) best(cands []library.ClaimMatch, inCount []int) *library.Claim {
	if len(cands) == 0 {
		return nil
	}
	best, bestN := cands[0].Claim, -1
	for _, c := range cands {
		if c.Score < cands[0].Score {
			break
		}
		if len(cands) == 1 || cands[1].Score < cands[0].Score {
			return best
		}
		n := 0
		for _, el := range c.Claim.Elements {
			for _, p := range inCount {
				n += el.Score(b.tokens(p)).Score
			}
		}
		if n > bestN {
			best, bestN = c.Claim, n
		}
	}
	return best
}

// matchCounts finds the claim of every count before any is mapped, so a
// count can tell the general allegations that plead another count's claim.
func (b *matrixBuilder) matchCounts() {
	b.others = &library.Elements{}
	b.about = map[int][]string{}
	b.matched = map[[2]int]countMatch{}
	seen := map[*library.Claim]bool{}
	for _, ct := range b.c.Complaint.Counts {
		if _, dup := b.matched[[2]int{ct.Number, ct.Line}]; dup {
			continue
		}
		mc := MatrixCount{Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: trimStatute(ct.Statute)}
		inCount, _ := b.candidates(ct)
		m := b.match(mc, inCount)
		b.matched[[2]int{ct.Number, ct.Line}] = m
		for _, claim := range m.claims {
			if !seen[claim] {
				seen[claim] = true
				b.others.Claims = append(b.others.Claims, claim)
			}
		}
	}
}

// countMatch is what a count pleads: its claims (theories), what
// recognized them, and when none did, the closest claim types.
type countMatch struct {
	claims  []*library.Claim
	on      string
	closest []*library.Claim
}

// pleadsOther reports whether general allegation n names the law of
// another count's claim and not that of the count being mapped ("Defendants
// are obligated to provide ... services ... consistent with the Americans
// with Disabilities Act" pleads the ADA count, not the IDEA count beside it).
func (b *matrixBuilder) pleadsOther(n int) bool {
	if b.others == nil {
		b.matchCounts()
	}
	if len(b.others.Claims) < 2 || b.claim == nil {
		return false
	}
	ids, ok := b.about[n]
	if !ok {
		for _, m := range b.others.Candidates("", b.para[n].Text) {
			ids = append(ids, m.Claim.ID)
		}
		b.about[n] = ids
	}
	return len(ids) > 0 && !slices.Contains(ids, b.claim.ID)
}

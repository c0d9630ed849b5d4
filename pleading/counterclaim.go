package pleading

import (
	"regexp"
	"strings"
)

// ccCountRe matches the heading of one counterclaim, which opens the
// counterclaims when no COUNTERCLAIMS heading does: "FIRST COUNTERCLAIM",
// "COUNTERCLAIM I", "Counterclaim One - Breach of Contract".
var ccCountRe = regexp.MustCompile(`(?i)^(?:[IVX]+\.\s*)?(?:[a-z]+(?:[\s-][a-z]+)?\s+counter-?claim\b|counter-?claim\s+(?:no\.?\s*)?(?:[ivxlc]+|\d{1,3}|[a-z]+)\b)`)

// counterclaimCount reports whether t heads one counterclaim (see ccCountRe)
// in an answer that has not yet reached its counterclaims.
func (p *parser) counterclaimCount(t string) bool {
	if p.mode == modeCounterclaims || indexFold(t, "counter") < 0 || !ccCountRe.MatchString(t) {
		return false
	}
	num, _, _, ok := countHeading(t)
	return ok && num > 0
}

// startCounterclaim notes where an answer's counterclaims begin: after a
// COUNTERCLAIMS heading, or at the heading of the first counterclaim.
func (p *parser) startCounterclaim(i int, t string) {
	if p.ccStart >= 0 {
		return
	}
	if isCounterclaimsHeading(t) {
		p.ccStart, p.ccTitle = i+1, normalizeTitle(strings.TrimSpace(t))
		return
	}
	p.ccStart, p.ccTitle = i, "COUNTERCLAIMS"
}

// parseCounterclaim reads an answer's counterclaims as a pleading of their
// own, a complaint in all but name: paragraphs numbered from 1, counts,
// prayer, jury demand. Its caption is the answer's, the sides turned: the
// answering defendants are its plaintiffs. Lines keep their numbers in
// the answer's file. It returns nil when the counterclaims number no
// paragraphs.
func (p *parser) parseCounterclaim() *Document {
	q := newParser(p.name, "")
	q.lines = append([]line(nil), p.lines[p.ccStart:]...)
	q.kind = KindComplaint
	first := q.findFirstNumbered()
	if first < 0 {
		return nil
	}
	if _, _, _, ok := countHeading(q.lines[0].text); ok {
		// Opened by its first count ("FIRST COUNTERCLAIM"): the body
		// starts there, so the count is read as one.
		first = 0
	}
	q.parseHeader(first)
	q.parseBody(first)
	q.finish()
	d := q.doc
	d.Kind = KindComplaint
	d.Title = p.ccTitle
	c := p.doc.Caption
	d.Caption = Caption{
		Court:      c.Court,
		CaseNumber: c.CaseNumber,
		Plaintiffs: claimants(c.Defendants, q.preamble),
		Defendants: append([]Party{}, c.Plaintiffs...),
		Line:       c.Line,
	}
	return d
}

// claimants returns the answering defendants the counterclaims' preamble
// names ("DPE asserts its counterclaims against ..."), or all of them when
// it names none.
func claimants(defendants []Party, preamble string) []Party {
	var out []Party
	for _, pt := range defendants {
		for _, n := range append([]string{pt.Name}, pt.Aliases...) {
			if len(n) >= 3 && indexFoldAny(preamble, n) {
				out = append(out, pt)
				break
			}
		}
	}
	if len(out) == 0 {
		return append([]Party{}, defendants...)
	}
	return out
}

// indexFoldAny reports whether s holds name, in any case, as whole words.
func indexFoldAny(s, name string) bool {
	ls, ln := strings.ToLower(s), strings.ToLower(name)
	for i := 0; ; {
		k := strings.Index(ls[i:], ln)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(ln)
		if (k == 0 || !isLetter(ls[k-1])) && (e == len(ls) || !isLetter(ls[e])) {
			return true
		}
		i = k + 1
	}
}

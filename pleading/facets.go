package pleading

import (
	"strings"
	"unicode"
)

// reading is what a response does, read from its text.
type reading struct {
	admits, denies, lacks, refers, legal, incorp bool
	// qualified: the response admits only part ("admits only that").
	qualified bool
	// admitted holds the clauses that admit something, verbatim.
	admitted []string
}

// readFacets reads a response's facets from its clauses with the phrase
// table. The conventions of GOLD.md that concern single phrases live here:
//   - a denial that follows from lack of knowledge ("and therefore denies",
//     or a next sentence "Accordingly, it is denied.") is part of the lack of
//     knowledge, not a denial;
//   - "to the extent a response is required, denied" denies; the condition
//     alone does not say that no response is required (legal conclusion
//     needs its own words: "no response is required", "conclusions of law");
//   - an admit word under a negation ("not admitted", "except as admitted")
//     or inside "to admit or deny" admits nothing.
//
// How the facets combine into a class is classify's job.
func readFacets(text string) reading { return readFacetsWith(text, &facetScratch{}) }

// facetScratch holds the buffers of tokens and hits that readFacetsWith
// reuses from one response to the next.
type facetScratch struct {
	toks []token
	hits []hit
}

// readFacetsWith is readFacets reading into sc's buffers.
func readFacetsWith(text string, sc *facetScratch) reading {
	var rd reading
	prevLack := false
	toks, hits := sc.toks[:0], sc.hits[:0]
	defer func() { sc.toks, sc.hits = toks[:0], hits[:0] }()
	for _, sp := range clauseSpans(text) {
		c := text[sp[0]:sp[1]]
		toks = appendTokens(toks[:0], c)
		hits = appendPhrases(hits[:0], toks)
		lackAt, thenSeen, admitted := -1, false, false
		for k, h := range hits {
			switch h.facet {
			case fAdmit:
				if admitNegated(toks, h.start) {
					continue
				}
				rd.admits = true
				if only(toks, h.start, h.end) {
					rd.qualified = true
				}
				if !admitted {
					admitted = true
					low, keep := lowerKeep(c)
					if !keep {
						low = strings.ToLower(c)
					}
					if span := admittedSpan(c, low, keep); span != "" {
						rd.admitted = append(rd.admitted, span)
					}
				}
			case fDeny:
				if denyNegated(toks, h.start) {
					continue
				}
				specific := h.end < len(toks) && toks[h.end].w == "that"
				switch {
				case lackAt >= 0 && !specific:
					// "lacks knowledge ..., and therefore denies them".
				case prevLack && lackAt < 0 && !specific && (thenSeen || len(toks) <= 8):
					// "... to form a belief. Accordingly, it is denied."
				case lackAt < 0 && lackFollows(toks, hits[k+1:], h.end):
					// "Denies the allegations for lack of knowledge ...".
				default:
					rd.denies = true
				}
			case fLack:
				rd.lacks = true
				if lackAt < 0 {
					lackAt = h.start
				}
			case fRefer:
				rd.refers = true
			case fLegal:
				rd.legal = true
			case fIncorp:
				rd.incorp = true
			case fThen:
				thenSeen = true
			}
		}
		prevLack = lackAt >= 0
	}
	return rd
}

// admitNegated reports whether the admit word at toks[i] is negated by the
// four words before it: "not", "neither", "nor", "unless", "without", a "no"
// that is not a number's label ("Paragraph No. 1"), or "except", "save",
// "other than" before "as" ("except as expressly admitted"; but "denies ...
// except admits that" admits).
func admitNegated(toks []token, i int) bool {
	seenAs := false
	for j, n := i-1, 0; j >= 0 && n < 4; j-- {
		w := toks[j].w
		if !toks[j].isWord() {
			if w == "." || w == ";" {
				break
			}
			continue
		}
		n++
		switch w {
		case "not", "neither", "nor", "unless", "without", "never":
			return true
		case "no":
			if j+1 < len(toks) && !toks[j+1].isNum() && toks[j+1].w != "." {
				return true
			}
		case "as", "extent", "where", "specifically", "expressly":
			seenAs = true
		case "except", "save", "than", "otherwise":
			if seenAs || w == "than" {
				return true
			}
		}
	}
	return false
}

// denyNegated reports whether the deny word at toks[i] is negated: "does not deny".
func denyNegated(toks []token, i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 2; j-- {
		if toks[j].isWord() {
			n++
			if toks[j].w == "not" || toks[j].w == "never" {
				return true
			}
		}
	}
	return false
}

// only reports whether an admission is limited: "admits only", "only admits", "admitted only".
func only(toks []token, start, end int) bool {
	return start > 0 && toks[start-1].w == "only" || end < len(toks) && toks[end].w == "only"
}

// lackFollows reports whether a denial ending at token i gives lack of
// knowledge as its reason: a lack phrase later in the clause with "for",
// "because", "since", "due", "as" or "on" between.
func lackFollows(toks []token, rest []hit, i int) bool {
	for _, h := range rest {
		if h.facet != fLack {
			continue
		}
		for j := i; j < h.start; j++ {
			switch toks[j].w {
			case "for", "because", "since", "due", "as", "on", "upon":
				return true
			}
		}
		return false
	}
	return false
}

// classify derives the summary class from a response's facets, by the
// conventions of GOLD.md:
//   - incorporated: it re-alleges earlier responses and neither admits nor denies;
//   - partly-admitted: it admits something and denies or disclaims
//     knowledge of the rest (or admits "only" part); an admission beside
//     only "speaks for itself" or "legal conclusion" is admitted;
//   - denied: it denies, also "to the extent a response is required";
//   - no-knowledge: it lacks knowledge, with or without "therefore denies";
//   - no-response-required: it only says no response is required, or that
//     a document speaks for itself.
func classify(r *Response, qualified bool) Class {
	switch {
	case r.Incorporates != nil && !r.Admits && !r.Denies && !r.LacksKnowledge:
		return ClassIncorporated
	case r.Admits && (r.Denies || r.LacksKnowledge || qualified):
		return ClassPartlyAdmitted
	case r.Admits:
		return ClassAdmitted
	case r.Denies:
		return ClassDenied
	case r.LacksKnowledge:
		return ClassNoKnowledge
	case r.LegalConclusion || r.RefersToDocument:
		return ClassNoResponseRequired
	case r.Incorporates != nil:
		return ClassIncorporated
	}
	return ""
}

// fields splits lower-case text into words of letters, digits and apostrophes.
func fields(low string) []string {
	return strings.FieldsFunc(low, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r == '’' || r > 127 && unicode.IsLetter(r))
	})
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' }

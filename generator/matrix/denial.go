package matrix

// The answer's express denials: its sentences cut to clauses, the denial
// verbs found in them, and the denial that names an element's terms.

import (
	"regexp"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// clauseRe splits a sentence of an answer into the clauses a quote may be
// cut to: at ", but", "; " and ", and" before a new verb of the answer.
var clauseRe = regexp.MustCompile(`(?i)(?:,\s*but\s+(?:notes|states|avers|asserts|further)?\s*(?:that\s+)?|;\s*|,?\s*and\s+(?:respectfully|further|specifically|admits|denies|avers|states|alleges)\b)`)

func clauses(sent string) []string {
	if !mayClause(asciiLower(sent)) {
		if c := strings.TrimSpace(sent); c != "" {
			return []string{c}
		}
		return nil
	}
	var out []string
	for _, c := range clauseRe.Split(sent, -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// mayClause reports whether low (lower-cased) may hold a break clauseRe
// splits at: a ";", a "but", or an "and" before one of its verbs. Most
// sentences hold none, and the test spares them the regexp.
func mayClause(low string) bool {
	if strings.IndexByte(low, ';') >= 0 || strings.Contains(low, "but") {
		return true
	}
	for i := 0; ; {
		j := strings.Index(low[i:], "and")
		if j < 0 {
			return false
		}
		at := i + j
		i = at + 3
		k := i
		for k < len(low) && isSpaceByte(low[k]) {
			k++
		}
		if k == i {
			continue
		}
		for _, v := range clauseVerbs {
			if strings.HasPrefix(low[k:], v) && (k+len(v) == len(low) || !isWordByte(low[k+len(v)])) {
				return true
			}
		}
	}
}

var clauseVerbs = []string{"respectfully", "further", "specifically", "admits", "denies", "avers", "states", "alleges"}

// isWordByte reports whether c is a word byte of a regexp's \b: an ASCII
// letter, digit or underscore.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isSpaceByte reports whether c is a regexp's \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// denyVerbs returns where each denial verb of low (lower-cased) stands,
// with the adverb before it ("specifically denies"): what denyRe finds,
// found by hand, for it runs on every sentence of the answer.
func denyVerbs(low string) [][2]int {
	var out [][2]int
	for i := 0; i < len(low); {
		j := strings.Index(low[i:], "den")
		if j < 0 {
			break
		}
		at := i + j
		i = at + 3
		if at > 0 && isWordByte(low[at-1]) {
			continue
		}
		rest := low[at+3:]
		n := 0
		switch {
		case strings.HasPrefix(rest, "y"):
			n = 1
		case strings.HasPrefix(rest, "ies"), strings.HasPrefix(rest, "ied"):
			n = 3
		default:
			continue
		}
		end := at + 3 + n
		if end < len(low) && isWordByte(low[end]) {
			continue
		}
		start := at
		k := at
		for k > 0 && isSpaceByte(low[k-1]) {
			k--
		}
		if k < at {
			for _, adv := range denyAdverbs {
				if b := k - len(adv); b >= 0 && low[b:k] == adv && (b == 0 || !isWordByte(low[b-1])) {
					start = b
					break
				}
			}
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

var denyAdverbs = []string{"specifically", "expressly", "further", "also", "particularly"}

// expressDenial finds a denial in the answer whose words name the element's
// terms: in the responses to the count's own paragraphs first, then in
// those to the paragraphs pleading the element, then, for a denial that
// states the element (its asserts, or a core phrase of two words or more),
// anywhere in the answer. It returns the denial clause and the answer
// paragraph that holds it.
func (b *matrixBuilder) expressDenial(el *library.Element, support []Support, inCount []int) (string, int, bool) {
	seen := map[int]bool{}
	try := func(n int, strict bool) (string, int, bool) {
		r := b.rows[n]
		if r == nil {
			return "", 0, false
		}
		if seen[n] {
			return "", 0, false
		}
		seen[n] = true
		for _, d := range b.denialClauses(r) {
			if !d.denies(el, strict) {
				continue
			}
			// A response that admits the element in words denies
			// something else beside it ("admits the Agreement ... denies
			// that Tidewater entered into the Agreement in reliance on ...").
			if _, ok := b.speaksIn(el, r); ok {
				return "", 0, false
			}
			return d.text, d.para, true
		}
		return "", 0, false
	}
	for _, n := range inCount {
		if c, p, ok := try(n, false); ok {
			return c, p, true
		}
	}
	for _, s := range support {
		if c, p, ok := try(s.Paragraph, false); ok {
			return c, p, true
		}
	}
	if !el.HasAsserts() {
		return "", 0, false
	}
	for i := range b.c.Rows {
		if c, p, ok := try(b.c.Rows[i].Number, true); ok {
			return c, p, true
		}
	}
	return "", 0, false
}

// denyRe is the verb of an express denial, with the adverb before it.
// It runs on lower-cased text (asciiLower keeps the offsets).
// conditionalRe is a denial conditioned on a reading of the allegation.
var conditionalRe = regexp.MustCompile(`(?i)^\S*\s*den(?:y|ies|ied)\s+(?:\S+\s+){0,8}?to the extent\b`)

var denyRe = regexp.MustCompile(`\b(?:(?:specifically|expressly|further|also|particularly)\s+)?den(?:y|ies|ied)\b`)

// denialClause is a clause of an answer that denies in words (not for
// lack of knowledge), from its verb to the next denial verb.
type denialClause struct {
	para int // the answer paragraph
	text string
	toks library.Tokens
}

// denialClauses returns the denial clauses of the responses to row r,
// computed once per row.
func (b *matrixBuilder) denialClauses(r *joined.Row) []denialClause {
	if ds, ok := b.denials[r.Number]; ok {
		return ds
	}
	var ds []denialClause
	for _, rr := range r.Responses {
		for _, c := range denialTexts(rr.Text) {
			ds = append(ds, denialClause{para: rr.Paragraph, text: c, toks: library.Tokenize(denied(c))})
		}
	}
	b.denials[r.Number] = ds
	return ds
}

// denied returns what a denial clause denies: its words after the denial
// verb, so an element whose keywords are "denied" or "denying" (a refused
// accommodation) is not named by the verb of every denial.
func denied(clause string) string {
	if locs := denyVerbs(asciiLower(clause)); len(locs) > 0 && locs[0][0] == 0 {
		return clause[locs[0][1]:]
	}
	return clause
}

// denies reports whether the clause expressly denies the element: its
// words name the element's core terms (and, when strict, state it by its
// asserts patterns).
func (d denialClause) denies(el *library.Element, strict bool) bool {
	if el.CoreHit(d.toks).Score == 0 {
		return false
	}
	if strict {
		_, ok := el.Asserted(d.text)
		return ok
	}
	return true
}

// denialTexts returns the denial clauses of a response: each denial
// sentence (not for lack of knowledge) cut from a denial verb to the next.
func denialTexts(text string) []string {
	var out []string
	for _, sent := range prose.Sentences(prose.PlainText(text)) {
		low := asciiLower(sent)
		if !strings.Contains(low, "den") || prose.PleadsLack(sent) {
			continue
		}
		locs := denyVerbs(low)
		for i, loc := range locs {
			end := len(sent)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			c := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(sent[loc[0]:end]), ",;"))
			c = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(c, "and")), ",")
			// The denial's own clause, not what the answer goes on to state.
			if cs := clauses(c); len(cs) > 0 {
				c = cs[0]
			}
			// "Denied to the extent ..." puts nothing in issue by name.
			if c = strings.TrimSpace(c); c != "" && !(strings.Contains(asciiLower(c), "to the extent") && conditionalRe.MatchString(c)) {
				out = append(out, c)
			}
		}
	}
	return out
}

// denialOf returns the first clause of a response that expressly denies
// the element, and whether there is one.
func denialOf(el *library.Element, text string, strict bool) (string, bool) {
	for _, c := range denialTexts(text) {
		if (denialClause{text: c, toks: library.Tokenize(denied(c))}).denies(el, strict) {
			return c, true
		}
	}
	return "", false
}

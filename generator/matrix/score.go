package matrix

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// Scoring paragraphs against an element: what a paragraph asserts, which
// sentence states the element, and which paragraphs support it.

// asserted returns the tokens of what paragraph n asserts happened: its
// text without the clauses that state a prohibition or a promise not to act
// ("Each contained prohibitions against reverse engineering ...", "he
// agreed not to remove, use, or disclose ...", "She had no authority to
// hire, fire, or discipline ..."), which describe a term or a limit, not
// the act, and without what a charge or complaint it reports said ("filed a
// charge ... alleging discrimination because of race and sex", "complained
// ... that she had been passed over because of her race"): the filing is
// pleaded, its content is not.
func (b *matrixBuilder) asserted(n int) library.Tokens {
	if t, ok := b.says[n]; ok {
		return t
	}
	text := b.para[n].Text
	t := b.tokens(n)
	low := asciiLower(text)
	if !hasForbidCue(low) {
		b.says[n] = t
		b.saysText[n] = text
		return t
	}
	var spans [][2]int
	clause := func(at int) int {
		if end := strings.IndexAny(text[at:], ".;"); end >= 0 {
			return at + end
		}
		return len(text)
	}
	for _, loc := range forbidRe.FindAllStringIndex(low, -1) {
		spans = append(spans, [2]int{loc[0], clause(loc[1])})
	}
	for _, loc := range reportRe.FindAllStringIndex(low, -1) {
		spans = append(spans, [2]int{loc[1], clause(loc[1])})
	}
	if len(spans) > 0 {
		sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
		var kept strings.Builder
		from := 0
		for _, sp := range spans {
			if sp[0] > from {
				kept.WriteString(text[from:sp[0]])
			}
			from = max(from, sp[1])
		}
		if from < len(text) {
			kept.WriteString(text[from:])
		}
		text = kept.String()
		t = library.Tokenize(text)
	}
	b.says[n] = t
	b.saysText[n] = text
	return t
}

// pleads returns the sentence of what paragraph n asserts (see asserted)
// that states the element by its asserts patterns, and whether one does.
// An element without asserts patterns is pleaded by a paragraph whose
// assertions hold one of its core keywords.
func (b *matrixBuilder) pleads(el *library.Element, n int) (string, bool) {
	said := b.asserted(n)
	if !el.HasAsserts() {
		if el.CoreHit(said).Score > 0 {
			return b.saysText[n], true
		}
		return "", false
	}
	sents, ok := b.sents[n]
	if !ok {
		for _, s := range prose.Sentences(b.saysText[n]) {
			sents = append(sents, sentence{text: s, low: strings.ToLower(s)})
		}
		b.sents[n] = sents
	}
	// Only a sentence holding one of the words that tied the paragraph to
	// the element can state it: a substring test spares the patterns.
	var stems []string
	for _, w := range b.hits[el][n].Words {
		for _, f := range strings.Fields(strings.ToLower(strings.TrimSuffix(w, "*"))) {
			stems = append(stems, f[:min(len(f), 4)])
		}
	}
	for i := range sents {
		s := &sents[i]
		// The stems are lower-case words: the lower-cased sentence holds
		// one when its normalized form does.
		if len(stems) > 0 && !containsAny(s.low, stems) {
			continue
		}
		if s.norm == "" {
			s.norm = library.Normalize(s.text)
		}
		if _, ok := el.AssertedIn(s.norm); ok {
			return s.text, true
		}
	}
	return "", false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// score scores paragraph n against el: the keywords found in what it
// asserts, and those that name a prohibition themselves ("prohibitions
// against", a term of a contract) anywhere in it.
func (b *matrixBuilder) score(el *library.Element, n int) library.Hit {
	full := el.Score(b.tokens(n))
	said := b.asserted(n)
	if full.Score == 0 || said.Len() == b.tokens(n).Len() {
		return full
	}
	h := el.Score(said)
	if len(h.Words) == len(full.Words) {
		return h
	}
	for _, w := range full.Words {
		if forbidRe.MatchString(asciiLower(w)) && !slices.Contains(h.Words, w) {
			h.Words = append(h.Words, w)
			h.Score += max(library.Tokenize(strings.ReplaceAll(w, "*", "")).Len(), 1)
		}
	}
	return h
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	buf := []byte(s)
	for i, c := range buf {
		if 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return string(buf)
}

// hasForbidCue reports whether low (lower-cased) has a word forbidRe can
// start on, so the regexp runs only on the few paragraphs that may match.
func hasForbidCue(low string) bool {
	for _, cue := range forbidCues {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

var forbidCues = []string{"prohibit", "forbid", "refrain", "not to", "authority to", "right to", "permission to", "prevent", "alleging", "complained", "complaining", "claiming that", "asserting that"}

// reportRe ends where a clause reporting what a charge or complaint said
// begins: what follows is its content, not the pleader's allegation.
var reportRe = regexp.MustCompile(`\balleging(?: that)?\b|\bcomplain(?:ed|ing)\b[^.;]{0,160}?\bthat\b|\b(?:claiming|asserting) that\b`)

// forbidRe opens a clause that states a prohibition, a promise not to act,
// or a want of authority, up to the end of its sentence or clause.
var forbidRe = regexp.MustCompile(`\b(?:prohibit\w*|forbid\w*|refrain\w* from|(?:agree\w*|oblig\w*|promis\w*|undert\w*|covenant\w*|dut(?:y|ies)|bound)\s+(?:\w+\s+)?not to|no (?:\w+ )?(?:authority|right|permission) to|prevent\w* \S+(?: \S+)? from)\b`)

// support scores the candidate paragraphs against an element and keeps the
// in-count paragraphs with any keyword and the strongest general allegations.
//
// A general allegation is cited for an element only when it speaks to it at
// least 1/minShare as strongly as to the claim's element it speaks to most
// (peak): "confidential" in an allegation of spying does not plead that a
// trade secret exists. Paragraphs inside the count are the count's own
// pleading of its elements and are kept on any keyword.
func (b *matrixBuilder) support(el *library.Element, inCount, general []int, ctx []contextTerm, peak map[int]int, name library.Tokens) []Support {
	b.prepare(el)
	partyKW := b.partyKeywords(elementParty(el))
	score := func(n int, inside bool) (Support, bool) {
		t := b.tokens(n)
		hit := b.hits[el][n]
		if hit.Score == 0 || b.recital(n) || b.administrative(n) && !adminElement(el.Statement, el.ID) {
			return Support{}, false
		}
		// Cited only for what a sentence asserts about the element (its
		// subject, act and object), not for words it shares with it.
		if _, ok := b.pleads(el, n); !ok {
			return Support{}, false
		}
		asserts := el.HasAsserts()
		s := Support{Paragraph: n, Line: b.para[n].Line, InCount: inside}
		s.kw = b.weigh(hit)
		// Only the claim's own name ties it: a bare restatement of the
		// claim pleads no element; beside other words, it pleads the
		// element it speaks to most ("Coldspire breached Section 3.1 of
		// the Agreement by ...") and no other ("As a result of the
		// breaches, Tidewater has been damaged").
		if b.restates(hit, name) && (peak[n] == 0 || s.kw < peak[n]) {
			return Support{}, false
		}
		// "As a direct and proximate result of ..., P has suffered the
		// loss of clients, ... misappropriation of its intellectual
		// property": what follows names the harm, so the paragraph pleads
		// the element it speaks to most (the injury) and no other.
		if b.consequence(n) && s.kw < peak[n] {
			return Support{}, false
		}
		if !inside && minShare*s.kw < peak[n] {
			return Support{}, false
		}
		s.Score = s.kw
		for _, w := range hit.Words {
			s.Reasons = append(s.Reasons, keywordLabel(w))
		}
		if !inside && b.summary(n) {
			s.Score /= 2
		}
		shared := 0
		for _, x := range ctx {
			if shared == maxContext {
				break
			}
			switch {
			case x.exhibit && matrixHas(b.para[n].Exhibits, x.name):
				s.Score += weightExhibit
			case !x.exhibit && x.kw.Score(t).Score > 0:
				s.Score += weightContext
			default:
				continue
			}
			shared++
			s.Reasons = append(s.Reasons, x.name)
		}
		if partyKW != nil {
			if h := partyKW.Score(t); h.Score > 0 {
				s.Score += weightParty
				s.Reasons = append(s.Reasons, "names "+h.Words[0])
			}
		}
		if inside {
			s.Score += weightInCount
		}
		if asserts {
			// A sentence states the element by its asserts patterns.
			s.Score += weightAssert
			s.Reasons = append(s.Reasons, "states it")
		}
		return s, true
	}
	var in, gen []Support
	for _, n := range inCount {
		if s, ok := score(n, true); ok {
			in = append(in, s)
		}
	}
	echo := b.echoWords(in)
	for _, n := range general {
		if b.jurisdictional(n) {
			continue
		}
		s, ok := score(n, false)
		if !ok || s.Score < b.cfg.minGeneral {
			continue
		}
		// Echo ranks the qualified paragraphs; it qualifies none.
		if shared := b.echoes(n, echo); len(shared) > 0 {
			k := min(len(shared), maxEcho)
			s.Score += k * weightEcho
			s.Reasons = append(s.Reasons, "echoes the count: "+strings.Join(shared[:k], ", "))
		}
		gen = append(gen, s)
	}
	byStrength := func(list []Support) {
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].Score != list[j].Score {
				return list[i].Score > list[j].Score
			}
			return list[i].Paragraph < list[j].Paragraph
		})
	}
	byStrength(gen)
	// The strongest, but none that pleads another count's claim (checked
	// only as far as needed: it is the costly test).
	kept := gen[:0]
	for _, s := range gen {
		if len(kept) == b.cfg.maxGeneral {
			break
		}
		if !b.pleadsOther(s.Paragraph) {
			kept = append(kept, s)
		}
	}
	gen = kept
	gen = append(gen, b.sameHeading(el, gen, general, score)...)
	out := append(in, gen...)
	byStrength(out)
	best := 0
	for _, s := range out {
		best = max(best, s.kw)
	}
	for i := range out {
		b.respond(el, &out[i], best)
	}
	if out == nil {
		out = []Support{}
	}
	return out
}

// restates reports whether every keyword of a hit is words of the claim's
// own name in the library ("Breach of contract", "Copyright infringement"):
// a paragraph tied to an element only by "trade secrets", "infringement" or
// "breach" restates the claim, a legal conclusion that pleads no element
// (Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)). Such keywords still add
// their weight beside others.
func (b *matrixBuilder) restates(h library.Hit, name library.Tokens) bool {
	if len(h.Words) == 0 {
		return false
	}
	for _, w := range h.Words {
		kw, ok := b.keyword[w]
		if !ok {
			kw, _ = library.CompileKeywords([]string{w})
			b.keyword[w] = kw
		}
		if kw == nil || kw.Score(name).Score == 0 {
			return false
		}
	}
	return true
}

// keywordWeight is what a library keyword found in a paragraph counts: its
// words times weightKeyword, halved when the keyword is common in this
// complaint (in more than commonShare of its paragraphs) and so says little.
// prepare has counted the paragraphs of every keyword the element finds; a
// keyword no paragraph has (found in an answer's text) has full weight.
func (b *matrixBuilder) keywordWeight(kw string) int {
	if w, ok := b.weights[kw]; ok {
		return w
	}
	return max(library.Tokenize(strings.ReplaceAll(kw, "*", "")).Len(), 1) * weightKeyword
}

// prepare scores every paragraph of the complaint against el once, and
// weighs the keywords it finds.
func (b *matrixBuilder) prepare(el *library.Element) {
	if _, ok := b.hits[el]; ok {
		return
	}
	hits := make(map[int]library.Hit)
	df := map[string]int{}
	for _, p := range b.c.Complaint.Paragraphs {
		h := b.score(el, p.Number)
		if h.Score == 0 {
			continue
		}
		if _, dup := hits[p.Number]; !dup {
			hits[p.Number] = h
		}
		for _, w := range h.Words {
			df[w]++
		}
	}
	b.hits[el] = hits
	limit := commonShare * float64(len(b.c.Complaint.Paragraphs))
	for kw, n := range df {
		if _, ok := b.weights[kw]; ok {
			continue
		}
		w := b.keywordWeight(kw)
		if float64(n) > limit {
			w /= 2
		}
		b.weights[kw] = w
	}
}

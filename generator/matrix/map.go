package matrix

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
)

// The mapping behind BuildMatrix: which claim a count pleads, which
// allegations plead each element, and what the answer did with them.

// Option tunes BuildMatrix.
type Option func(*matrixConfig)

type matrixConfig struct {
	minGeneral int // least score for an incorporated general allegation
	maxGeneral int // most incorporated general allegations per element
}

func defaultMatrixConfig() matrixConfig {
	return matrixConfig{minGeneral: 2 * weightKeyword, maxGeneral: 5}
}

// WithSupportLimits sets how an incorporated general allegation qualifies as
// support for an element: a score of at least minScore (a keyword word
// counts 10, half that when common in the complaint; a defined term the
// count uses 5, an exhibit it cites 10) and at most maxPerElement of them
// per element, beside the paragraphs under the strongest one's short
// sub-heading. Paragraphs inside the count qualify on any keyword.
func WithSupportLimits(minScore, maxPerElement int) Option {
	return func(c *matrixConfig) {
		c.minGeneral = minScore
		c.maxGeneral = maxPerElement
	}
}

// Weights of the signals that tie an allegation to an element.
const (
	weightKeyword = 10 // per word of each library keyword or phrase found
	weightContext = 5  // per defined term the count itself mentions
	weightExhibit = 10 // per exhibit the count itself cites
	maxContext    = 2  // context terms counted at most
	weightParty   = 2  // the paragraph names the party the element is about
	weightInCount = 5  // the paragraph is pleaded inside the count
	weightEcho    = 2  // per distinctive word shared with the count's own allegations of the element
	maxEcho       = 3  // shared words counted at most
	maxHeading    = 6  // paragraphs under one sub-heading that still read as one allegation
	commonShare   = 0.2
	minShare      = 4 // see support
)

// matrixBuilder holds what BuildMatrix computes once per case.
type matrixBuilder struct {
	c    *joined.Case
	lib  *library.Elements
	cfg  matrixConfig
	rows map[int]*joined.Row
	para map[int]*pleading.Paragraph
	toks map[int]library.Tokens
	// says are the tokens of what each paragraph asserts (see asserted).
	says map[int]library.Tokens
	kind map[int]int // paragraph -> paraSummary, paraForum

	weights   map[string]int                           // keyword -> weight in this complaint
	hits      map[*library.Element]map[int]library.Hit // element -> paragraph -> its keywords found
	words     map[int][]string                         // paragraph -> distinctive words (see indexWords)
	partyWord map[string]bool                          // words of the parties' names
	surface   map[string]string                        // stem -> the word as the complaint first writes it
	// terms are the complaint's defined terms that are not party names;
	// plaintiffs and defendants the parties' names; all compiled once.
	terms      []namedKeywords
	plaintiffs *library.Keywords
	defendants *library.Keywords
	// others are the claims the complaint's counts plead (see ownGeneral);
	// about caches, per paragraph, the ids of those claims it names.
	others  *library.Elements
	about   map[int][]string
	matched map[[2]int]countMatch // count {number, line} -> its claim
	claim   *library.Claim        // the claim of the count being mapped
	// keyword is each library keyword compiled alone, to find it in a claim's name.
	keyword map[string]*library.Keywords
}

type namedKeywords struct {
	name string
	kw   *library.Keywords
}

func newMatrixBuilder(c *joined.Case, lib *library.Elements, cfg matrixConfig) *matrixBuilder {
	b := &matrixBuilder{
		c: c, lib: lib, cfg: cfg,
		rows:    make(map[int]*joined.Row, len(c.Rows)),
		para:    make(map[int]*pleading.Paragraph, len(c.Complaint.Paragraphs)),
		toks:    make(map[int]library.Tokens, len(c.Complaint.Paragraphs)),
		says:    make(map[int]library.Tokens, len(c.Complaint.Paragraphs)),
		weights: map[string]int{},
		hits:    map[*library.Element]map[int]library.Hit{},
		kind:    make(map[int]int, len(c.Complaint.Paragraphs)),
		keyword: map[string]*library.Keywords{},
	}
	for i := range c.Rows {
		b.rows[c.Rows[i].Number] = &c.Rows[i]
	}
	for i := range c.Complaint.Paragraphs {
		p := &c.Complaint.Paragraphs[i]
		if _, dup := b.para[p.Number]; !dup {
			b.para[p.Number] = p
			b.kind[p.Number] = paraKind(p)
		}
	}
	cap := c.Complaint.Caption
	b.plaintiffs = partyKeywords(cap.Plaintiffs)
	b.defendants = partyKeywords(cap.Defendants)
	partyWord := map[string]bool{}
	b.partyWord = map[string]bool{}
	for _, ps := range [][]pleading.Party{cap.Plaintiffs, cap.Defendants} {
		for _, p := range ps {
			for _, name := range append([]string{p.Name}, p.Aliases...) {
				partyWord[strings.ToLower(name)] = true
				for _, w := range contentWords(name) {
					b.partyWord[w] = true
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, t := range c.Complaint.DefinedTerms {
		name := strings.TrimSpace(t.Term)
		key := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
		if key == "" || seen[key] || partyWord[strings.ToLower(name)] || partyWord[key] || joined.IsGeneric(key) {
			continue
		}
		seen[key] = true
		kw, err := library.CompileKeywords([]string{key})
		if err != nil {
			continue // a term of punctuation only ties nothing
		}
		b.terms = append(b.terms, namedKeywords{name: name, kw: kw})
	}
	return b
}

// partyKeywords compiles the names and aliases of parties, generic words
// ("Defendant") included: an allegation about "Defendant" names it.
func partyKeywords(ps []pleading.Party) *library.Keywords {
	var names []string
	for _, p := range ps {
		names = append(names, joined.StripSuffix(p.Name))
		names = append(names, p.Aliases...)
	}
	var ok []string
	for _, n := range names {
		if strings.TrimSpace(n) != "" {
			ok = append(ok, n)
		}
	}
	kw, err := library.CompileKeywords(ok)
	if err != nil && kw == nil {
		return nil
	}
	return kw
}

func (b *matrixBuilder) tokens(n int) library.Tokens {
	if t, ok := b.toks[n]; ok {
		return t
	}
	t := library.Tokenize(b.para[n].Text)
	b.toks[n] = t
	return t
}

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
		t = library.Tokenize(kept.String())
	}
	b.says[n] = t
	return t
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

// count maps one count: its claim, then each element's support and status.
func (b *matrixBuilder) count(ct pleading.Count) MatrixCount {
	mc := MatrixCount{
		Number: ct.Number, Label: ct.Label, Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: strings.Trim(ct.Statute, "() "),
		First: ct.First, Last: ct.Last, Incorporates: ct.Incorporates, Line: ct.Line,
		Elements: []MatrixElement{},
	}
	inCount, general := b.candidates(ct)
	if b.others == nil {
		b.matchCounts()
	}
	m := b.matched[[2]int{ct.Number, ct.Line}]
	claim, on := m.claim, m.on
	if claim == nil {
		return mc
	}
	b.claim = claim
	mc.Matched, mc.MatchedOn, mc.Claim = true, on, claim
	mc.ClaimID, mc.ClaimName, mc.Law, mc.Source = claim.ID, claim.Name, claim.Law, claim.Source
	name := library.Tokenize(claim.Name)
	ctx := b.context(inCount)
	for _, x := range ctx {
		mc.Context = append(mc.Context, x.name)
	}
	// peak is how strongly each paragraph speaks to the element it speaks
	// to most, in words other than the claim's name.
	peak := map[int]int{}
	for _, el := range claim.Elements {
		b.prepare(el)
		for n, h := range b.hits[el] {
			if !b.restates(h, name) {
				peak[n] = max(peak[n], b.weigh(h))
			}
		}
	}
	for i, el := range claim.Elements {
		me := MatrixElement{
			Number: i + 1, ID: el.ID, Statement: el.Statement, MustProve: el.MustProve,
			Burden: el.Burden, Evidence: el.Evidence,
		}
		if me.Evidence == nil {
			me.Evidence = []string{}
		}
		me.Support = b.support(el, inCount, general, ctx, peak, name)
		me.Status, me.Basis = status(me.Support)
		mc.Elements = append(mc.Elements, me)
	}
	return mc
}

// candidates returns the paragraphs pleaded inside the count (without its
// incorporation paragraph) and the general allegations it incorporates
// (those under no count).
func (b *matrixBuilder) candidates(ct pleading.Count) (inCount, general []int) {
	for _, p := range b.c.Complaint.Paragraphs {
		if p.Incorporates != nil {
			continue
		}
		switch {
		case p.Number >= ct.First && p.Number <= ct.Last && (p.Count == ct.Number || p.Count == 0):
			inCount = append(inCount, p.Number)
		case ct.Incorporates != nil && p.Count == 0 && p.Number >= ct.Incorporates.First && p.Number <= ct.Incorporates.Last:
			general = append(general, p.Number)
		}
	}
	return inCount, general
}

// match finds the claim a count pleads: by its title and statute line, then
// by the statutes its paragraphs cite.
func (b *matrixBuilder) match(mc MatrixCount, inCount []int) (*library.Claim, string) {
	claim := b.best(b.lib.Candidates(mc.Title, mc.Statute), inCount)
	if claim != nil {
		byTitle := b.best(b.lib.Candidates(mc.Title, ""), inCount)
		byStatute := b.best(b.lib.Candidates("", mc.Statute), inCount)
		switch {
		case byTitle == claim && byStatute == claim:
			return claim, "title and statute"
		case byTitle == claim:
			return claim, "title"
		case byStatute == claim:
			return claim, "statute"
		}
		return claim, "title and statute"
	}
	var cites []string
	for _, n := range inCount {
		cites = append(cites, b.para[n].Statutes...)
	}
	if len(cites) > 0 {
		if claim, _ := b.lib.Match("", strings.Join(cites, " ")); claim != nil {
			return claim, "statutes cited in the count"
		}
	}
	// A complaint with one "STATEMENT OF CLAIMS" names its claim in the
	// allegations themselves ("unlawful employment practices ... Title I of the ADA").
	var text []string
	for _, n := range inCount {
		text = append(text, b.para[n].Text)
	}
	if len(text) > 0 {
		if claim, _ := b.lib.Match("", strings.Join(text, " ")); claim != nil {
			return claim, "the count's allegations"
		}
	}
	return nil, ""
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
		mc := MatrixCount{Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: strings.Trim(ct.Statute, "() ")}
		inCount, _ := b.candidates(ct)
		claim, on := b.match(mc, inCount)
		b.matched[[2]int{ct.Number, ct.Line}] = countMatch{claim, on}
		if claim != nil && !seen[claim] {
			seen[claim] = true
			b.others.Claims = append(b.others.Claims, claim)
		}
	}
}

// countMatch is the claim a count pleads and what recognized it.
type countMatch struct {
	claim *library.Claim
	on    string
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

// contextTerm is a defined term or exhibit a count's own paragraphs mention.
type contextTerm struct {
	name    string
	kw      *library.Keywords // nil for an exhibit
	exhibit bool
}

// context returns the defined terms and exhibits the count's own paragraphs
// mention, in complaint order.
func (b *matrixBuilder) context(inCount []int) []contextTerm {
	var out []contextTerm
	for _, t := range b.terms {
		for _, n := range inCount {
			if t.kw.Score(b.tokens(n)).Score > 0 {
				out = append(out, contextTerm{name: t.name, kw: t.kw})
				break
			}
		}
	}
	seen := map[string]bool{}
	for _, n := range inCount {
		for _, x := range b.para[n].Exhibits {
			if !seen[x] {
				seen[x] = true
				out = append(out, contextTerm{name: x, exhibit: true})
			}
		}
	}
	return out
}

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
		if hit.Score == 0 || b.recital(n) {
			return Support{}, false
		}
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

// summary reports whether a paragraph sits in a section that summarizes the
// case (an introduction, the nature of the action) rather than pleading facts.
func (b *matrixBuilder) summary(n int) bool { return b.kind[n]&paraSummary != 0 }

// jurisdictional reports whether a paragraph pleads jurisdiction or venue,
// which supports no element of a claim.
func (b *matrixBuilder) jurisdictional(n int) bool { return b.kind[n]&paraForum != 0 }

// consequence reports whether a paragraph opens on the result of the
// conduct ("As a direct and proximate result of ...", "As a result, ...").
func (b *matrixBuilder) consequence(n int) bool { return b.kind[n]&paraResult != 0 }

// recital reports whether a paragraph recites the law ("Section 303 of the
// Clean Air Act ... provides:", "Congress enacted ..."): it pleads no fact,
// so it supports no element.
func (b *matrixBuilder) recital(n int) bool { return b.kind[n]&paraLaw != 0 }

// Kinds of paragraph that weigh less or not at all.
const (
	paraSummary = 1 << iota
	paraForum
	paraLaw
	paraResult
)

// paraKind classifies a paragraph by its section, heading and text.
func paraKind(p *pleading.Paragraph) int {
	k := 0
	if summaryRe.MatchString(p.Section) || summaryRe.MatchString(p.Heading) {
		k |= paraSummary
	}
	if forumRe.MatchString(p.Section) || forumRe.MatchString(p.Heading) {
		// Under "Jurisdiction and Venue": a paragraph pleading the forum
		// supports no element; any other there is a summary of the case.
		if forumRe.MatchString(p.Text) {
			k |= paraForum
		} else {
			k |= paraSummary
		}
	}
	if recites(p) {
		k |= paraLaw
	}
	if resultRe.MatchString(p.Text) {
		k |= paraResult
	}
	return k
}

// recites reports whether a paragraph that cites a statute opens by reciting
// the law: its subject is the statute, a section of it or Congress, and its
// next words say what the law provides, requires or defines.
func recites(p *pleading.Paragraph) bool {
	if len(p.Statutes) == 0 {
		return false
	}
	text := strings.TrimSpace(p.Text)
	loc := lawSubjectRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	head := text[loc[1]:]
	if len(head) > 200 {
		head = head[:200]
	}
	return strings.HasPrefix(text, "Congress") || lawVerbRe.MatchString(head)
}

var (
	summaryRe = regexp.MustCompile(`(?i)introduction|nature of (the )?(action|case|claims?)|preliminary statement|summary of`)
	forumRe   = regexp.MustCompile(`(?i)\b(jurisdiction|venue)\b`)
	// resultRe opens a paragraph on the result of the conduct.
	resultRe = regexp.MustCompile(`^\s*(?:As|As a|As the) (?:(?:direct|proximate|natural|foreseeable|further)(?:,? and |,? or |, | ))*(?:result|consequence)s?\b`)
	// lawSubjectRe is a paragraph opening on the law as its subject.
	lawSubjectRe = regexp.MustCompile(`^(?:(?:Under|Pursuant to|In)\s+)?(?:Sections?\s+\d|§|Title\s+[IVX]+\b|Congress\b|(?:The\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*\s+Act\b|\d+\s+U\.\s?S\.\s?C\.)`)
	// lawVerbRe is what a statute does in a recital of it.
	lawVerbRe = regexp.MustCompile(`\b(?:provides?|stat(?:es|ing)|defines?|declares?|prohibits?|requires?|makes it unlawful|authorizes?|mandates?|enacted|imposes?)\b`)
)

// respond copies the answer's response to a supporting paragraph and
// decides what it does to the element. What is admitted (the whole
// paragraph, or the admitted statements of a partial admission) concedes the
// element when it carries more than half the keyword weight of the
// element's strongest allegation, admits it in part when it carries less,
// and leaves it denied when it carries none (the admitted part is about
// something else).
func (b *matrixBuilder) respond(el *library.Element, s *Support, best int) {
	r := b.rows[s.Paragraph]
	if r == nil {
		s.Class, s.ClassText, s.Admitted, s.Effect = pleading.ClassNotAnswered, joined.ClassLabel(pleading.ClassNotAnswered), []string{}, EffectNone
		return
	}
	s.Class, s.ClassText, s.Admitted = r.Class, r.ClassText, r.Admitted
	if s.Admitted == nil {
		s.Admitted = []string{}
	}
	got := -1
	switch {
	case r.Class == pleading.ClassAdmitted, r.DeemedAdmitted:
		got = s.kw
	case r.Class == pleading.ClassPartlyAdmitted:
		got = b.weigh(el.ScoreText(admittedOnly(r.Admitted)))
	}
	switch {
	case got > 0 && 2*got > best:
		s.Effect = EffectAdmits
	case got > 0:
		s.Effect = EffectPartly
	case got == 0 || negates(r.Class):
		s.Effect = EffectDenies
	default:
		s.Effect = EffectNone
	}
}

// weigh sums the weights of the keywords of a hit.
func (b *matrixBuilder) weigh(h library.Hit) int {
	w := 0
	for _, k := range h.Words {
		w += b.keywordWeight(k)
	}
	return w
}

// status decides an element's status from its support and says why.
func status(support []Support) (Status, string) {
	if len(support) == 0 {
		return StatusUnsupported, "No allegation pleads this element."
	}
	var admits, partly, denied, elsewhere, none []int
	for _, s := range support {
		switch {
		case s.Effect == EffectAdmits:
			admits = append(admits, s.Paragraph)
		case s.Effect == EffectPartly:
			partly = append(partly, s.Paragraph)
		case s.Effect == EffectDenies && (s.Class == pleading.ClassPartlyAdmitted || s.Class == pleading.ClassAdmitted):
			elsewhere = append(elsewhere, s.Paragraph)
		case s.Effect == EffectDenies:
			denied = append(denied, s.Paragraph)
		default:
			none = append(none, s.Paragraph)
		}
	}
	switch {
	case len(admits) > 0:
		return StatusAdmitted, "Admitted as to this element: " + citeList(admits) + "."
	case len(partly) > 0:
		return StatusPartly, "Admitted only in part as to this element: " + citeList(partly) + "."
	}
	var parts []string
	if len(denied) > 0 {
		parts = append(parts, "denied: "+citeList(denied))
	}
	if len(elsewhere) > 0 {
		parts = append(parts, "admitted only as to other matters: "+citeList(elsewhere))
	}
	if len(none) > 0 {
		parts = append(parts, "neither admitted nor denied: "+citeList(none))
	}
	s := strings.Join(parts, "; ")
	return StatusContested, strings.ToUpper(s[:1]) + s[1:] + "."
}

// negates reports whether a class denies the allegation (lack of knowledge is a denial, FRCP 8(b)(5)).
func negates(c pleading.Class) bool {
	return c == pleading.ClassDenied || c == pleading.ClassNoKnowledge
}

// elementParty says whose conduct or right an element is about, from its
// statement: "plaintiff", "defendant" or "" (both or neither).
func elementParty(el *library.Element) string {
	s := strings.ToLower(el.Statement)
	p := strings.Contains(s, "plaintiff")
	d := strings.Contains(s, "defendant")
	switch {
	case p && !d:
		return "plaintiff"
	case d && !p:
		return "defendant"
	}
	return ""
}

func (b *matrixBuilder) partyKeywords(party string) *library.Keywords {
	switch party {
	case "plaintiff":
		return b.plaintiffs
	case "defendant":
		return b.defendants
	}
	return nil
}

// citeList formats paragraph numbers as "¶25, ¶27".
func citeList(ns []int) string {
	sorted := append([]int(nil), ns...)
	sort.Ints(sorted)
	parts := make([]string, 0, len(sorted))
	for i, n := range sorted {
		if i > 0 && sorted[i-1] == n {
			continue
		}
		parts = append(parts, "¶"+strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

func matrixHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// keywordLabel shows a library keyword in a reason: "misappropriat*" as "misappropriat…".
func keywordLabel(kw string) string {
	return strings.ReplaceAll(kw, "*", "…")
}

// denialRe finds a denial or a plea of lack of knowledge in an admitted statement.
var denialRe = regexp.MustCompile(`(?i)\b(denies|deny|denied|lacks? (sufficient )?knowledge|is without knowledge)\b`)

// conjRe is a conjunction a denial follows: "..., but denies", "and lacks knowledge".
var conjRe = regexp.MustCompile(`(?i)[,;]?\s*\b(but|and|except|further|otherwise)\s*$`)

// admittedOnly joins admitted statements, each cut where it turns into a
// denial ("..., but denies that ...", "... . Coldspire denies ..."): only
// what is admitted concedes an element.
func admittedOnly(stmts []string) string {
	parts := make([]string, 0, len(stmts))
	for _, s := range stmts {
		parts = append(parts, cutDenial(s))
	}
	return strings.Join(parts, " ")
}

func cutDenial(s string) string {
	loc := denialRe.FindStringIndex(s)
	if loc == nil {
		return s
	}
	head := s[:loc[0]]
	if m := conjRe.FindStringIndex(head); m != nil {
		return strings.TrimSpace(head[:m[0]])
	}
	// A new sentence whose subject denies: "... Agreement. Coldspire denies ...".
	if i := strings.LastIndexAny(head, ".;"); i >= 0 && len(head)-i <= 40 {
		return strings.TrimSpace(head[:i])
	}
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(head), ",;"))
}

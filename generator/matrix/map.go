package matrix

import (
	"regexp"
	"slices"
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

// count maps one count: its claim, then each element's support and status.
func (b *matrixBuilder) count(ct pleading.Count) MatrixCount {
	mc := MatrixCount{
		Number: ct.Number, Label: ct.Label, Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: trimStatute(ct.Statute),
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
		mc := MatrixCount{Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: trimStatute(ct.Statute)}
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

// trimStatute strips the parentheses a count heading wraps its statute in,
// "(15 U.S.C. § 1125(a))", and stray unbalanced ones at either end, but
// keeps a subsection's own: "§ 1125(a)" stays whole.
func trimStatute(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && balanced(s[1:len(s)-1]) {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	for strings.HasSuffix(s, ")") && strings.Count(s, ")") > strings.Count(s, "(") {
		s = strings.TrimSpace(s[:len(s)-1])
	}
	for strings.HasPrefix(s, "(") && strings.Count(s, "(") > strings.Count(s, ")") {
		s = strings.TrimSpace(s[1:])
	}
	return s
}

// balanced reports whether every ")" in s closes an earlier "(".
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

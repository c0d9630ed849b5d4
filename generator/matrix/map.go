package matrix

import (
	"regexp"
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
	weightAssert  = 10 // a sentence states the element by its asserts patterns
	weightEcho    = 2  // per distinctive word shared with the count's own allegations of the element
	maxEcho       = 3  // shared words counted at most
	maxHeading    = 6  // paragraphs under one sub-heading that still read as one allegation
	commonShare   = 0.2
	minShare      = 4 // see support
)

// matrixBuilder holds what BuildMatrix computes once per case.
type matrixBuilder struct {
	c   *joined.Case
	lib *library.Elements
	cfg matrixConfig
	// state is the forum state's postal code, "" when unknown.
	state string
	rows  map[int]*joined.Row
	para  map[int]*pleading.Paragraph
	toks  map[int]library.Tokens
	// says are the tokens of what each paragraph asserts (see asserted),
	// saysText its text and sents its sentences.
	says     map[int]library.Tokens
	saysText map[int]string
	sents    map[int][]sentence
	// admits and denials cache, per complaint paragraph, the answer's
	// admitted statements and denial clauses, with their tokens.
	admits  map[int][]sentence
	denials map[int][]denialClause
	kind    map[int]int // paragraph -> paraSummary, paraForum

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

// sentence is a sentence of what a paragraph asserts, with its tokens.
type sentence struct {
	text string
	low  string // text lower-cased, for a quick substring test
	norm string // Normalize(text), what asserts patterns read ("" until needed, in pleads)
	toks library.Tokens
}

type namedKeywords struct {
	name string
	kw   *library.Keywords
}

func newMatrixBuilder(c *joined.Case, lib *library.Elements, cfg matrixConfig) *matrixBuilder {
	b := &matrixBuilder{
		c: c, lib: lib, cfg: cfg, state: ForumState(c),
		rows:     make(map[int]*joined.Row, len(c.Rows)),
		para:     make(map[int]*pleading.Paragraph, len(c.Complaint.Paragraphs)),
		toks:     make(map[int]library.Tokens, len(c.Complaint.Paragraphs)),
		says:     make(map[int]library.Tokens, len(c.Complaint.Paragraphs)),
		saysText: make(map[int]string, len(c.Complaint.Paragraphs)),
		sents:    make(map[int][]sentence),
		admits:   make(map[int][]sentence),
		denials:  make(map[int][]denialClause),
		weights:  map[string]int{},
		hits:     map[*library.Element]map[int]library.Hit{},
		kind:     make(map[int]int, len(c.Complaint.Paragraphs)),
		keyword:  map[string]*library.Keywords{},
	}
	for i := range c.Rows {
		b.rows[c.Rows[i].Number] = &c.Rows[i]
	}
	heads := map[string]int{}
	for i := range c.Complaint.Paragraphs {
		p := &c.Complaint.Paragraphs[i]
		if _, dup := b.para[p.Number]; !dup {
			b.para[p.Number] = p
			b.kind[p.Number] = paraKind(p, heads)
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

// count maps one count: the claims it pleads (one, or each of several
// theories), then each element's support and status.
func (b *matrixBuilder) count(ct pleading.Count) []MatrixCount {
	base := MatrixCount{
		Number: ct.Number, Label: ct.Label, Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: trimStatute(ct.Statute),
		First: ct.First, Last: ct.Last, Incorporates: ct.Incorporates, Line: ct.Line,
		Elements: []MatrixElement{},
	}
	inCount, general := b.candidates(ct)
	if b.others == nil {
		b.matchCounts()
	}
	m := b.matched[[2]int{ct.Number, ct.Line}]
	if len(m.claims) == 0 {
		for _, c := range m.closest {
			base.Closest = append(base.Closest, c.Name)
		}
		return []MatrixCount{base}
	}
	ctx := b.context(inCount)
	out := make([]MatrixCount, 0, len(m.claims))
	for i, claim := range m.claims {
		mc := base
		mc.Elements = []MatrixElement{}
		if len(m.claims) > 1 {
			mc.Theory, mc.Theories = i+1, len(m.claims)
		}
		b.claim = claim
		mc.Matched, mc.MatchedOn, mc.Claim = true, m.on, claim
		// A state-law count that names its state ("the Massachusetts
		// Declaration of Rights") is governed by it; else the forum's.
		state := b.state
		if !claim.Federal {
			if st := library.StateOf(ct.Title + " " + ct.Statute); st != "" {
				state = st
			}
		}
		mc.ClaimID, mc.ClaimName, mc.Law, mc.Source = claim.ID, claim.Name, claim.LawIn(state), claim.SourceIn(state)
		name := library.Tokenize(claim.Name)
		for _, x := range ctx {
			mc.Context = append(mc.Context, x.name)
		}
		// peak is how strongly each paragraph speaks to the element it
		// speaks to most, in words other than the claim's name.
		peak := map[int]int{}
		for _, el := range claim.Elements {
			b.prepare(el)
			for n, h := range b.hits[el] {
				if !b.restates(h, name) {
					peak[n] = max(peak[n], b.weigh(h))
				}
			}
		}
		for j, el := range claim.Elements {
			me := MatrixElement{
				Number: j + 1, ID: el.ID, Statement: el.Statement, MustProve: el.MustProve,
				Burden: el.Burden, Evidence: el.Evidence, Factor: el.Factor,
			}
			if me.Evidence == nil {
				me.Evidence = []string{}
			}
			me.Support = b.support(el, inCount, general, ctx, peak, name)
			me.Status, me.Basis = b.status(el, me.Support, inCount)
			if len(me.Support) == 0 {
				me.Inferred = b.inferred(el, inCount, general)
				if len(me.Inferred) > 0 {
					me.Basis = "Not expressly pleaded; inferable from " + me.Inferred[0].Text() + "."
				}
			}
			mc.Elements = append(mc.Elements, me)
		}
		out = append(out, mc)
	}
	return out
}

// candidates returns the paragraphs pleaded inside the count (without its
// incorporation paragraph) and the general allegations it incorporates
// (those under no count).
func (b *matrixBuilder) candidates(ct pleading.Count) (inCount, general []int) {
	inc := ct.Incorporates
	if inc == nil {
		inc = b.realleges(ct)
	}
	for _, p := range b.c.Complaint.Paragraphs {
		if p.Incorporates != nil {
			continue
		}
		switch {
		case p.Number >= ct.First && p.Number <= ct.Last && (p.Count == ct.Number || p.Count == 0):
			if inc != nil && ct.Incorporates == nil && p.Number == ct.First {
				continue // the count's own incorporation paragraph
			}
			inCount = append(inCount, p.Number)
		case inc != nil && p.Count == 0 && p.Number >= inc.First && p.Number <= inc.Last:
			general = append(general, p.Number)
		}
	}
	return inCount, general
}

// realleges returns, for a count whose incorporation the parser did not
// read ("The allegations of all the preceding paragraphs of this Complaint
// are realleged herein", "The Plaintiff reiterates Paragraph # 's*'l
// through 79 and incorporates such by reference"), the paragraphs before
// the count, when its first paragraph is such an incorporation; else nil.
// Without it the count's general allegations would plead nothing, and its
// elements would read as dismissal candidates.
func (b *matrixBuilder) realleges(ct pleading.Count) *pleading.Range {
	p := b.para[ct.First]
	if p == nil || ct.First <= 1 || len(p.Text) > 400 || !reallegeVerbRe.MatchString(p.Text) || !reallegeWhatRe.MatchString(p.Text) {
		return nil
	}
	return &pleading.Range{First: 1, Last: ct.First - 1}
}

var (
	reallegeVerbRe = regexp.MustCompile(`(?i)\b(?:re-?alleg\w*|reiterat\w*|repeats?|repeated|incorporat\w*|restat\w*|re-?assert\w*|re-?aver\w*)\b`)
	reallegeWhatRe = regexp.MustCompile(`(?i)\b(?:paragraphs?|allegations|preceding|foregoing|above)\b`)
)

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

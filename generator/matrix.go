package generator

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
)

// Status is where an element of a claim stands after the answer.
type Status string

// The statuses of an element, in the order a trial team reads them.
const (
	// StatusAdmitted: some allegation pleading the element is admitted in substance.
	StatusAdmitted Status = "admitted"
	// StatusPartly: some allegation pleading the element is admitted in part,
	// but not the part that speaks to the element.
	StatusPartly Status = "partly-admitted"
	// StatusContested: every allegation pleading the element is denied or met
	// with lack of knowledge.
	StatusContested Status = "contested"
	// StatusUnsupported: no allegation pleads the element, a pleading gap.
	StatusUnsupported Status = "unsupported"
)

// statusOrder lists the statuses as legends and summaries show them.
var statusOrder = []Status{StatusAdmitted, StatusPartly, StatusContested, StatusUnsupported}

// Label returns the status in words.
func (s Status) Label() string {
	switch s {
	case StatusAdmitted:
		return "Admitted"
	case StatusPartly:
		return "Partly admitted"
	case StatusContested:
		return "Contested"
	case StatusUnsupported:
		return "Unsupported"
	}
	return string(s)
}

// Mark returns the glyph the overview grid shows for the status; each is in
// the PDF's Liberation fonts.
func (s Status) Mark() string {
	switch s {
	case StatusAdmitted:
		return "●"
	case StatusPartly:
		return "◐"
	case StatusContested:
		return "○"
	case StatusUnsupported:
		return "×"
	}
	return "?"
}

// MatrixOption tunes BuildMatrix.
type MatrixOption func(*matrixConfig)

type matrixConfig struct {
	minGeneral int // least score for an incorporated general allegation
	maxGeneral int // most incorporated general allegations per element
}

func defaultMatrixConfig() matrixConfig {
	return matrixConfig{minGeneral: 2 * weightKeyword, maxGeneral: 5}
}

// WithSupportLimits sets how an incorporated general allegation qualifies as
// support for an element: a score of at least minScore (a keyword word
// counts 10, a shared defined term or exhibit 5) and at most maxPerElement
// of them per element. Paragraphs inside the count qualify on any keyword.
func WithSupportLimits(minScore, maxPerElement int) MatrixOption {
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
)

// Matrix is the claim-element matrix of a case: every count of the complaint
// with the claim it pleads, each element with the allegations behind it and
// what the answer did with them. The claim-element-matrix template runs on it.
type Matrix struct {
	Title   string           `json:"title"`
	Caption pleading.Caption `json:"caption"`
	// Case is the analyzed case the matrix was built from.
	Case   *Case         `json:"-"`
	Counts []MatrixCount `json:"counts"`
	// Unmatched are the counts no claim type of the library recognizes.
	Unmatched []MatrixCount `json:"unmatched"`
	// Gaps are the elements no allegation pleads, count by count.
	Gaps []Gap `json:"gaps"`
	// Overview is the counts × elements grid.
	Overview Overview `json:"overview"`
	// Cited is every paragraph the matrix cites, in order, with its response.
	Cited []Cited `json:"cited"`
	// Legend is each status with its mark, in order.
	Legend []StatusInfo `json:"legend"`
	// Totals counts the elements of matched counts by status.
	Totals []StatusCount `json:"totals"`
}

// MatrixCount is one count of the complaint and the claim it pleads.
type MatrixCount struct {
	Number       int             `json:"number"`
	Label        string          `json:"label"` // "COUNT I"
	Title        string          `json:"title"`
	Statute      string          `json:"statute,omitempty"`
	First        int             `json:"first"`
	Last         int             `json:"last"`
	Incorporates *pleading.Range `json:"incorporates,omitempty"`
	Line         int             `json:"line"`

	// Matched is set when a claim type of the library recognizes the count.
	Matched bool `json:"matched"`
	// MatchedOn says what recognized it: "title", "statute", "title and
	// statute", "statutes cited in the count" or "the count's allegations".
	MatchedOn string          `json:"matched_on,omitempty"`
	Claim     *library.Claim  `json:"-"`
	ClaimID   string          `json:"claim_id,omitempty"`
	ClaimName string          `json:"claim_name,omitempty"`
	Law       string          `json:"law,omitempty"`
	Source    string          `json:"source,omitempty"`
	Elements  []MatrixElement `json:"elements"`
	// Context are the defined terms and exhibits the count's own paragraphs mention.
	Context []string `json:"context,omitempty"`
}

// Heading names the count as "COUNT I — Copyright Infringement".
func (c MatrixCount) Heading() string {
	return countLabel(pleading.Count{Number: c.Number, Label: c.Label, Title: c.Title})
}

// MatrixElement is one element of a count's claim, the allegations behind it
// and its status after the answer.
type MatrixElement struct {
	Number    int      `json:"number"` // 1-based, in the claim's order
	ID        string   `json:"id"`
	Statement string   `json:"statement"`
	MustProve string   `json:"must_prove"`
	Burden    string   `json:"burden"`
	Evidence  []string `json:"evidence"`
	// Support are the allegations pleading the element, strongest first.
	Support []Support `json:"support"`
	Status  Status    `json:"status"`
	// Basis says, in words, why the element has its status.
	Basis string `json:"basis"`
}

// StatusText returns the status in words.
func (e MatrixElement) StatusText() string { return e.Status.Label() }

// Mark returns the status glyph.
func (e MatrixElement) Mark() string { return e.Status.Mark() }

// Paragraphs returns the numbers of the supporting allegations, strongest first.
func (e MatrixElement) Paragraphs() []int {
	out := make([]int, len(e.Support))
	for i, s := range e.Support {
		out[i] = s.Paragraph
	}
	return out
}

// Support is one allegation pleading an element, why it was chosen and what
// the answer did with it.
type Support struct {
	Paragraph int  `json:"paragraph"`
	Line      int  `json:"line"`
	InCount   bool `json:"in_count"` // pleaded inside the count, not incorporated
	Score     int  `json:"score"`
	// Reasons are what tied it to the element: the library's keywords found,
	// then the defined terms, exhibits and party it shares with the count.
	Reasons   []string       `json:"reasons"`
	Class     pleading.Class `json:"class"`
	ClassText string         `json:"class_text"`
	// Admitted are the answer's admitted statements for the paragraph.
	Admitted []string `json:"admitted"`
	// Effect is what the response does to the element.
	Effect Effect `json:"effect"`

	kw int // the keywords' part of Score
}

// Effect is what an answer's response to an allegation does to an element.
type Effect string

// The effects of a response on an element.
const (
	// EffectAdmits: admitted in full, deemed admitted, or admitted in part
	// with admitted statements that carry most of what ties it to the element.
	EffectAdmits Effect = "admits"
	// EffectPartly: admitted in part, with admitted statements that touch the element.
	EffectPartly Effect = "partly"
	// EffectDenies: denied, lack of knowledge, or admitted only as to other matters.
	EffectDenies Effect = "denies"
	// EffectNone: neither admitted nor denied (no response required, not
	// answered under a general denial).
	EffectNone Effect = "none"
)

// Why returns the reasons joined for a table cell.
func (s Support) Why() string { return strings.Join(s.Reasons, ", ") }

// Gap is an element of a count that no allegation pleads.
type Gap struct {
	Count     int    `json:"count"`
	Heading   string `json:"heading"`
	ClaimName string `json:"claim_name"`
	Element   string `json:"element"`
	MustProve string `json:"must_prove"`
}

// Overview is the one-page grid: a row per matched count, a cell per element.
type Overview struct {
	// Columns numbers the element columns, 1 to the most elements of any count.
	Columns []int         `json:"columns"`
	Rows    []OverviewRow `json:"rows"`
}

// OverviewRow is one count in the overview grid.
type OverviewRow struct {
	Number  int            `json:"number"`
	Heading string         `json:"heading"`
	Claim   string         `json:"claim"`
	Cells   []OverviewCell `json:"cells"` // padded to len(Columns) with empty cells
}

// OverviewCell is one element's mark in the overview grid; Status is empty
// in a padding cell.
type OverviewCell struct {
	Status    Status `json:"status,omitempty"`
	Mark      string `json:"mark,omitempty"`
	Statement string `json:"statement,omitempty"`
}

// Cited is a paragraph the matrix cites, with the answer's response to it.
type Cited struct {
	Number     int            `json:"number"`
	Line       int            `json:"line"`
	Allegation string         `json:"allegation"`
	Class      pleading.Class `json:"class"`
	ClassText  string         `json:"class_text"`
	Admitted   []string       `json:"admitted"`
	Source     string         `json:"source,omitempty"`
}

// Words returns the first n words of the allegation; n <= 0 returns it whole.
func (c Cited) Words(n int) string { return firstWords(c.Allegation, n) }

// StatusInfo is a status with its label and mark, for a legend.
type StatusInfo struct {
	Status Status `json:"status"`
	Label  string `json:"label"`
	Mark   string `json:"mark"`
}

// StatusCount is how many elements have one status.
type StatusCount struct {
	StatusInfo
	N int `json:"n"`
}

// Header is the running header of the matrix's PDF pages, as Case.Header.
func (m *Matrix) Header() string {
	if m.Case != nil {
		return m.Case.Header()
	}
	h := m.Title
	if n := m.Caption.CaseNumber; n != "" {
		h += ", No. " + n
	}
	return h
}

// BuildMatrix maps each count of the analyzed case to a claim type of lib,
// finds the allegations that plead each element and sets each element's
// status from the answer. The same case and library always give the same
// matrix; neither is modified.
func BuildMatrix(c *Case, lib *library.Elements, opts ...MatrixOption) (*Matrix, error) {
	if c == nil || c.Complaint == nil {
		return nil, errors.New("claim-element matrix: no analyzed case")
	}
	if lib == nil || len(lib.Claims) == 0 {
		return nil, errors.New("claim-element matrix: the element library is empty")
	}
	cfg := defaultMatrixConfig()
	for _, o := range opts {
		o(&cfg)
	}
	b := newMatrixBuilder(c, lib, cfg)
	m := &Matrix{
		Title:     c.Title,
		Caption:   c.Caption,
		Case:      c,
		Counts:    []MatrixCount{},
		Unmatched: []MatrixCount{},
		Gaps:      []Gap{},
		Cited:     []Cited{},
	}
	if len(c.Complaint.Counts) == 0 {
		return nil, fmt.Errorf("claim-element matrix: %s: no counts found (a count starts with a heading such as \"COUNT I\" or \"FIRST CLAIM FOR RELIEF\")", c.Complaint.File)
	}
	for _, ct := range c.Complaint.Counts {
		mc := b.count(ct)
		if !mc.Matched {
			m.Unmatched = append(m.Unmatched, mc)
			continue
		}
		m.Counts = append(m.Counts, mc)
	}
	m.finish(b)
	return m, nil
}

// finish fills the gaps, the overview, the cited paragraphs, the legend and the totals.
func (m *Matrix) finish(b *matrixBuilder) {
	cited := map[int]bool{}
	n := map[Status]int{}
	for _, mc := range m.Counts {
		row := OverviewRow{Number: mc.Number, Heading: mc.Heading(), Claim: mc.ClaimName}
		for _, e := range mc.Elements {
			n[e.Status]++
			row.Cells = append(row.Cells, OverviewCell{Status: e.Status, Mark: e.Status.Mark(), Statement: e.Statement})
			if e.Status == StatusUnsupported {
				m.Gaps = append(m.Gaps, Gap{Count: mc.Number, Heading: mc.Heading(), ClaimName: mc.ClaimName, Element: e.Statement, MustProve: e.MustProve})
			}
			for _, s := range e.Support {
				cited[s.Paragraph] = true
			}
		}
		if len(row.Cells) > len(m.Overview.Columns) {
			for i := len(m.Overview.Columns); i < len(row.Cells); i++ {
				m.Overview.Columns = append(m.Overview.Columns, i+1)
			}
		}
		m.Overview.Rows = append(m.Overview.Rows, row)
	}
	for i := range m.Overview.Rows {
		for len(m.Overview.Rows[i].Cells) < len(m.Overview.Columns) {
			m.Overview.Rows[i].Cells = append(m.Overview.Rows[i].Cells, OverviewCell{})
		}
	}
	if m.Overview.Columns == nil {
		m.Overview.Columns = []int{}
	}
	if m.Overview.Rows == nil {
		m.Overview.Rows = []OverviewRow{}
	}
	for _, r := range b.c.Rows {
		if cited[r.Number] {
			m.Cited = append(m.Cited, Cited{
				Number: r.Number, Line: r.Line, Allegation: r.Allegation,
				Class: r.Class, ClassText: r.ClassText, Admitted: r.Admitted, Source: r.Sources(),
			})
		}
	}
	for _, s := range statusOrder {
		info := StatusInfo{Status: s, Label: s.Label(), Mark: s.Mark()}
		m.Legend = append(m.Legend, info)
		m.Totals = append(m.Totals, StatusCount{StatusInfo: info, N: n[s]})
	}
}

// matrixBuilder holds what BuildMatrix computes once per case.
type matrixBuilder struct {
	c    *Case
	lib  *library.Elements
	cfg  matrixConfig
	rows map[int]*Row
	para map[int]*pleading.Paragraph
	toks map[int]library.Tokens
	// terms are the complaint's defined terms that are not party names, and
	// the parties' names, compiled once.
	weights    map[string]int   // keyword -> weight in this complaint
	words      map[int][]string // paragraph -> distinctive words (see indexWords)
	partyWord  map[string]bool  // words of the parties' names
	terms      []namedKeywords
	plaintiffs *library.Keywords
	defendants *library.Keywords
}

type namedKeywords struct {
	name string
	kw   *library.Keywords
}

func newMatrixBuilder(c *Case, lib *library.Elements, cfg matrixConfig) *matrixBuilder {
	b := &matrixBuilder{
		c: c, lib: lib, cfg: cfg,
		rows:    make(map[int]*Row, len(c.Rows)),
		para:    make(map[int]*pleading.Paragraph, len(c.Complaint.Paragraphs)),
		toks:    make(map[int]library.Tokens, len(c.Complaint.Paragraphs)),
		weights: map[string]int{},
	}
	for i := range c.Rows {
		b.rows[c.Rows[i].Number] = &c.Rows[i]
	}
	for i := range c.Complaint.Paragraphs {
		p := &c.Complaint.Paragraphs[i]
		if _, dup := b.para[p.Number]; !dup {
			b.para[p.Number] = p
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
		if key == "" || seen[key] || partyWord[strings.ToLower(name)] || partyWord[key] || isGeneric(key) {
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
		names = append(names, stripSuffix(p.Name))
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

// count maps one count: its claim, then each element's support and status.
func (b *matrixBuilder) count(ct pleading.Count) MatrixCount {
	mc := MatrixCount{
		Number: ct.Number, Label: ct.Label, Title: strings.TrimSpace(strings.TrimRight(ct.Title, "( ")), Statute: strings.Trim(ct.Statute, "() "),
		First: ct.First, Last: ct.Last, Incorporates: ct.Incorporates, Line: ct.Line,
		Elements: []MatrixElement{},
	}
	inCount, general := b.candidates(ct)
	claim, on := b.match(mc, inCount)
	if claim == nil {
		return mc
	}
	mc.Matched, mc.MatchedOn, mc.Claim = true, on, claim
	mc.ClaimID, mc.ClaimName, mc.Law, mc.Source = claim.ID, claim.Name, claim.Law, claim.Source
	ctx := b.context(inCount)
	for _, x := range ctx {
		mc.Context = append(mc.Context, x.name)
	}
	for i, el := range claim.Elements {
		me := MatrixElement{
			Number: i + 1, ID: el.ID, Statement: el.Statement, MustProve: el.MustProve,
			Burden: el.Burden, Evidence: el.Evidence,
		}
		if me.Evidence == nil {
			me.Evidence = []string{}
		}
		me.Support = b.support(el, inCount, general, ctx)
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
	claim, _ := b.lib.Match(mc.Title, mc.Statute)
	if claim != nil {
		byTitle, _ := b.lib.Match(mc.Title, "")
		byStatute, _ := b.lib.Match("", mc.Statute)
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
func (b *matrixBuilder) support(el *library.Element, inCount, general []int, ctx []contextTerm) []Support {
	partyKW := b.partyKeywords(elementParty(el))
	score := func(n int, inside bool) (Support, bool) {
		t := b.tokens(n)
		hit := el.Score(t)
		if hit.Score == 0 {
			return Support{}, false
		}
		s := Support{Paragraph: n, Line: b.para[n].Line, InCount: inside}
		s.kw = b.weigh(hit)
		s.Score = s.kw
		s.Reasons = append(s.Reasons, hit.Words...)
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
	if len(gen) > b.cfg.maxGeneral {
		gen = gen[:b.cfg.maxGeneral]
	}
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

// keywordWeight is what a library keyword found in a paragraph counts: its
// words times weightKeyword, halved when the keyword is common in this
// complaint (in more than commonShare of its paragraphs) and so says little.
func (b *matrixBuilder) keywordWeight(kw string) int {
	if w, ok := b.weights[kw]; ok {
		return w
	}
	c, err := library.CompileKeywords([]string{kw})
	w := weightKeyword
	if err == nil {
		words := c.ScoreText(strings.ReplaceAll(kw, "*", "")).Score
		if words < 1 {
			words = 1
		}
		w = words * weightKeyword
		df := 0
		for _, p := range b.c.Complaint.Paragraphs {
			if c.Score(b.tokens(p.Number)).Score > 0 {
				df++
			}
		}
		if float64(df) > commonShare*float64(len(b.c.Complaint.Paragraphs)) {
			w /= 2
		}
	}
	b.weights[kw] = w
	return w
}

// summary reports whether a paragraph sits in a section that summarizes the
// case (an introduction, the nature of the action) rather than pleading facts.
func (b *matrixBuilder) summary(n int) bool {
	p := b.para[n]
	return summaryRe.MatchString(p.Section) || summaryRe.MatchString(p.Heading)
}

// jurisdictional reports whether a paragraph pleads jurisdiction or venue,
// which supports no element of a claim.
func (b *matrixBuilder) jurisdictional(n int) bool {
	p := b.para[n]
	return (forumRe.MatchString(p.Section) || forumRe.MatchString(p.Heading)) && forumRe.MatchString(p.Text)
}

var (
	summaryRe = regexp.MustCompile(`(?i)introduction|nature of (the )?(action|case|claims?)|preliminary statement|summary of`)
	forumRe   = regexp.MustCompile(`(?i)\b(jurisdiction|venue)\b`)
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
		s.Class, s.ClassText, s.Admitted, s.Effect = pleading.ClassNotAnswered, ClassLabel(pleading.ClassNotAnswered), []string{}, EffectNone
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
		got = b.weigh(el.ScoreText(strings.Join(r.Admitted, " ")))
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
	by := map[Effect][]int{}
	for _, s := range support {
		by[s.Effect] = append(by[s.Effect], s.Paragraph)
	}
	switch {
	case len(by[EffectAdmits]) > 0:
		return StatusAdmitted, "Admitted as to this element: " + citeList(by[EffectAdmits]) + "."
	case len(by[EffectPartly]) > 0:
		return StatusPartly, "Admitted in part as to this element: " + citeList(by[EffectPartly]) + "; the rest denied."
	case len(by[EffectNone]) == 0:
		return StatusContested, "Denied (or lack of knowledge pleaded): " + citeList(by[EffectDenies]) + "."
	}
	return StatusContested, "Nothing admitted: " + citeList(append(by[EffectDenies], by[EffectNone]...)) + " (no response, a legal conclusion, or a general denial)."
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
		parts = append(parts, "¶"+itoa(n))
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

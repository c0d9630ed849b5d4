package matrix

import (
	"errors"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
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

// StatusFactors marks the overview cell that sums a claim's factors
// weighed together (the Senate Factors); no element has it.
const StatusFactors Status = "factors"

// factorName names a claim's factors from one factor's statement:
// "Senate Factor 1: history ..." gives "Senate Factors".
func factorName(statement string) string {
	if i := strings.IndexAny(statement, "0123456789:"); i > 0 {
		if name := strings.TrimSpace(statement[:i]); name != "" {
			return name + "s"
		}
	}
	return "Factors"
}

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

// Mark returns the glyph the overview grid shows for the status: ● admitted,
// ½ partly admitted, ○ contested, × unsupported. Each is in the PDF's
// Liberation fonts (whose ◐ is a bare half-disc and which lack ✗).
func (s Status) Mark() string {
	switch s {
	case StatusAdmitted:
		return "●"
	case StatusPartly:
		return "½"
	case StatusContested:
		return "○"
	case StatusUnsupported:
		return "×"
	}
	return "?"
}

// Matrix is the claim-element matrix of a case: every count of the complaint
// with the claim it pleads, each element with the allegations behind it and
// what the answer did with them. The claim-element-matrix template runs on it.
type Matrix struct {
	Title   string           `json:"title"`
	Caption pleading.Caption `json:"caption"`
	// State is the forum state's postal code (ForumState), "" when the
	// caption names none: it picks the authorities each claim cites.
	State string `json:"state,omitempty"`
	// Case is the case the matrix was built from: the *joined.Case Build
	// was given, or what the caller puts in its place (package generator
	// puts the analyzed case every template runs on, so .Case in a template
	// has the chart's findings and summary too).
	Case   any           `json:"-"`
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
	// NoCounts is set when the complaint has no counts to map.
	NoCounts bool `json:"no_counts,omitempty"`
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
	// Theory and Theories number the theories of a count that pleads
	// several (theory 2 of 3); both are 0 for a count with one claim.
	Theory   int `json:"theory,omitempty"`
	Theories int `json:"theories,omitempty"`
	// Closest names, for a count no claim type matched, the claim types
	// nearest its title and allegations.
	Closest []string `json:"closest,omitempty"`
}

// Heading names the count as "COUNT I — Copyright Infringement" (its label
// alone when the title repeats it, as in a complaint's one implied
// "STATEMENT OF CLAIMS").
func (c MatrixCount) Heading() string {
	title := c.Title
	if strings.EqualFold(strings.TrimSpace(title), strings.TrimSpace(c.Label)) {
		title = ""
	}
	return joined.CountLabel(pleading.Count{Number: c.Number, Label: c.Label, Title: title})
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
	// Basis says, in one line, why the element has its status: the
	// admitted or denied words and the paragraph.
	Basis string `json:"basis"`
	// Factor is set for one of several factors weighed together (the
	// Senate Factors): none is required, so its absence is no gap to move on.
	Factor bool `json:"factor,omitempty"`
	// Inferred are, for an element no allegation states, the allegations
	// it may be inferred from.
	Inferred []Inference `json:"inferred,omitempty"`
}

// Inference is an allegation an unpleaded element may be inferred from.
type Inference struct {
	Paragraph int      `json:"paragraph"`
	Words     []string `json:"words"`
}

// Text formats the inference as "¶23 (internet, nationwide)".
func (i Inference) Text() string {
	return "¶" + strconv.Itoa(i.Paragraph) + " (" + strings.Join(i.Words, ", ") + ")"
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
	// Kind is GapNotPleaded, GapInferable or GapFactor.
	Kind string `json:"kind"`
	// Inferred are the allegations an inferable element may be read from.
	Inferred []Inference `json:"inferred,omitempty"`
}

// The kinds of pleading gap.
const (
	// GapNotPleaded: no allegation pleads the element and none supports an
	// inference of it: a candidate for a motion to dismiss.
	GapNotPleaded = "not-pleaded"
	// GapInferable: no allegation states the element, but others support
	// an inference of it (interstate commerce from internet advertising).
	GapInferable = "inferable"
	// GapFactor: a factor weighed with others (a Senate Factor) that no
	// allegation pleads; no single factor is required.
	GapFactor = "factor"
)

// Dismissal returns the gaps that are candidates for a motion to dismiss:
// elements with no allegation and no inference from others.
func (m *Matrix) Dismissal() []Gap { return m.gapsOf(GapNotPleaded) }

// Inferable returns the elements not expressly pleaded but inferable.
func (m *Matrix) Inferable() []Gap { return m.gapsOf(GapInferable) }

// FactorGaps returns the weighed factors no allegation pleads.
func (m *Matrix) FactorGaps() []Gap { return m.gapsOf(GapFactor) }

func (m *Matrix) gapsOf(kind string) []Gap {
	out := []Gap{}
	for _, g := range m.Gaps {
		if g.Kind == kind {
			out = append(out, g)
		}
	}
	return out
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
func (c Cited) Words(n int) string { return prose.FirstWords(c.Allegation, n) }

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
	if c, ok := m.Case.(interface{ Header() string }); ok {
		return c.Header()
	}
	h := m.Title
	if n := m.Caption.CaseNumber; n != "" {
		h += ", No. " + n
	}
	return h
}

// Matrix returns m itself, so the claim-element-matrix template runs on a
// *Matrix as it does on a *Case.
func (m *Matrix) Matrix() (*Matrix, error) { return m, nil }

// Build maps each count of the analyzed case to a claim type of lib,
// finds the allegations that plead each element and sets each element's
// status from the answer. The same case and library always give the same
// matrix; neither is modified.
func Build(c *joined.Case, lib *library.Elements, opts ...Option) (*Matrix, error) {
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
		State:     b.state,
		Case:      c,
		Counts:    []MatrixCount{},
		Unmatched: []MatrixCount{},
		Gaps:      []Gap{},
		Cited:     []Cited{},
	}
	m.NoCounts = len(c.Complaint.Counts) == 0
	for _, ct := range c.Complaint.Counts {
		for _, mc := range b.count(ct) {
			if !mc.Matched {
				m.Unmatched = append(m.Unmatched, mc)
				continue
			}
			m.Counts = append(m.Counts, mc)
		}
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
		factors := map[Status]int{}
		factorLabel := ""
		for _, e := range mc.Elements {
			n[e.Status]++
			if e.Factor {
				// Factors weighed together share one cell of the grid.
				factors[e.Status]++
				if factorLabel == "" {
					factorLabel = factorName(e.Statement)
				}
			} else {
				row.Cells = append(row.Cells, OverviewCell{Status: e.Status, Mark: e.Status.Mark(), Statement: e.Statement})
			}
			if e.Status == StatusUnsupported {
				g := Gap{Count: mc.Number, Heading: mc.Heading(), ClaimName: mc.ClaimName, Element: e.Statement, MustProve: e.MustProve, Kind: GapNotPleaded, Inferred: e.Inferred}
				switch {
				case len(e.Inferred) > 0:
					g.Kind = GapInferable
				case e.Factor:
					g.Kind = GapFactor
				}
				m.Gaps = append(m.Gaps, g)
			}
			for _, s := range e.Support {
				cited[s.Paragraph] = true
			}
		}
		if len(factors) > 0 {
			var marks []string
			for _, st := range statusOrder {
				if factors[st] > 0 {
					marks = append(marks, st.Mark()+" "+strconv.Itoa(factors[st]))
				}
			}
			row.Cells = append(row.Cells, OverviewCell{Status: StatusFactors, Mark: strings.Join(marks, ", "), Statement: factorLabel + " (weighed together)"})
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

// ForumState returns the postal code of the state whose courts, or whose
// federal district, hear the case: from the complaint's caption, else the
// answer's; "" when neither names a state.
func ForumState(c *joined.Case) string {
	courts := []string{c.Caption.Court}
	if c.Answer != nil {
		courts = append(courts, c.Answer.Caption.Court)
	}
	return library.StateOf(courts...)
}

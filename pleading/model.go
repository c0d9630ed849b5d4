package pleading

import (
	"errors"
	"fmt"
	"strings"
)

// Kind says what a pleading is.
type Kind string

// The kinds of pleading the parser recognizes.
const (
	KindComplaint Kind = "complaint"
	KindAnswer    Kind = "answer"
	KindOther     Kind = "other"
)

// Class is the summary of what a response does to an allegation.
type Class string

// The response classes, derived from a response's facets.
const (
	ClassAdmitted           Class = "admitted"
	ClassDenied             Class = "denied"
	ClassPartlyAdmitted     Class = "partly-admitted"
	ClassNoKnowledge        Class = "no-knowledge"
	ClassIncorporated       Class = "incorporated"
	ClassNoResponseRequired Class = "no-response-required"
	ClassNotAnswered        Class = "not-answered"
)

// Pos is a place in a source file; Line and Col are 1-based, 0 means unknown.
type Pos struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// String formats p as file:line:col, leaving out the parts that are unknown.
func (p Pos) String() string {
	s := p.File
	if s == "" {
		s = "-"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// Error is a problem found at a position of a pleading.
type Error struct {
	Pos Pos
	Err error
}

// Error formats the error as "file:line: message".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Err.Error() }

// Unwrap returns the underlying error, so errors.Is finds the sentinels.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem found in one parse.
type ErrorList []*Error

// Error joins the errors one per line.
func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Unwrap exposes the list to errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Sentinel errors for errors.Is.
var (
	ErrEmpty        = errors.New("file is empty: nothing to parse")
	ErrBinary       = errors.New("file is not text (binary data): give a .txt, .md, .pdf or .docx pleading")
	ErrNoParagraphs = errors.New("no numbered paragraphs found: a complaint or answer numbers its paragraphs \"1.\", \"2.\", ...")
	ErrUnsupported  = errors.New("unsupported file type")
)

// Party is a named party with every name the pleadings use for it.
type Party struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// Caption is the heading block of a pleading: court, case number, parties.
type Caption struct {
	Court      string  `json:"court"`
	CaseNumber string  `json:"case_number"`
	Plaintiffs []Party `json:"plaintiffs"`
	Defendants []Party `json:"defendants"`
	// Judges are the judges the caption names, or whose initials end the case number.
	Judges []Judge `json:"judges,omitempty"`
	Line   int     `json:"line,omitempty"`
}

// Judge is a judge assigned to the case: by name ("Amy St. Eve"), or by
// the initials the case number ends with ("KOB") where no name is given.
type Judge struct {
	Name     string `json:"name,omitempty"`
	Initials string `json:"initials,omitempty"`
	// Title is "Judge", "Magistrate Judge" or "Bankruptcy Judge".
	Title string `json:"title"`
	Line  int    `json:"line,omitempty"`
}

// Counsel is one signature block: lawyers, firm, emails and whom they represent.
type Counsel struct {
	Names      []string `json:"names"`
	Firm       string   `json:"firm,omitempty"`
	Emails     []string `json:"emails,omitempty"`
	Represents string   `json:"represents,omitempty"`
	Line       int      `json:"line"`
}

// Heading is a section heading of a pleading.
type Heading struct {
	Text  string `json:"text"`
	Level int    `json:"level"`
	Line  int    `json:"line"`
}

// Range is an inclusive range of paragraph numbers.
type Range struct {
	First int `json:"first"`
	Last  int `json:"last"`
}

// Contains reports whether n lies in r.
func (r Range) Contains(n int) bool { return n >= r.First && n <= r.Last }

// String formats r as "1-55" or "7".
func (r Range) String() string {
	if r.First == r.Last {
		return fmt.Sprint(r.First)
	}
	return fmt.Sprintf("%d-%d", r.First, r.Last)
}

// Paragraph is one numbered paragraph of a pleading, its text joined across page breaks.
type Paragraph struct {
	Number       int      `json:"number"`
	Text         string   `json:"text"`
	Line         int      `json:"line"`
	Page         int      `json:"page,omitempty"`
	Heading      string   `json:"heading,omitempty"`
	Section      string   `json:"section,omitempty"`
	Count        int      `json:"count,omitempty"`
	Incorporates *Range   `json:"incorporates,omitempty"`
	Exhibits     []string `json:"exhibits,omitempty"`
	Statutes     []string `json:"statutes,omitempty"`
}

// Count is a claim for relief of a complaint (or counterclaim).
type Count struct {
	Number       int    `json:"number"`
	Label        string `json:"label"`
	Title        string `json:"title"`
	Statute      string `json:"statute,omitempty"`
	First        int    `json:"first"`
	Last         int    `json:"last"`
	Incorporates *Range `json:"incorporates,omitempty"`
	Line         int    `json:"line"`
}

// PrayerItem is one item of a prayer for relief, numbered on its own.
type PrayerItem struct {
	Number string `json:"number"`
	Text   string `json:"text"`
	Line   int    `json:"line"`
}

// Response is one paragraph of an answer and what it does to the complaint paragraphs it answers.
type Response struct {
	Paragraph        int      `json:"paragraph"`
	Answers          []int    `json:"answers"`
	Admits           bool     `json:"admits"`
	Denies           bool     `json:"denies"`
	LacksKnowledge   bool     `json:"lacks_knowledge"`
	RefersToDocument bool     `json:"refers_to_document"`
	LegalConclusion  bool     `json:"legal_conclusion"`
	Incorporates     *Range   `json:"incorporates,omitempty"`
	Class            Class    `json:"class"`
	Admitted         []string `json:"admitted"`
	Text             string   `json:"text"`
	Line             int      `json:"line"`
	Page             int      `json:"page,omitempty"`
	Heading          string   `json:"heading,omitempty"`
	// Target names what a response answers when it is not a numbered
	// paragraph: "Nature of the Action", "prayer for relief", "general denial".
	Target string `json:"target,omitempty"`
}

// DefinedTerm is a term a pleading defines: (“LivePerson” or “Plaintiff”).
type DefinedTerm struct {
	Term    string   `json:"term"`
	Aliases []string `json:"aliases,omitempty"`
	Meaning string   `json:"meaning"`
	Line    int      `json:"line"`
}

// Defense is one affirmative defense pleaded in an answer.
type Defense struct {
	Number  int    `json:"number"`
	Ordinal string `json:"ordinal,omitempty"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Line    int    `json:"line"`
}

// Warning is something the parser noticed but could read past.
type Warning struct {
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// Document is a parsed pleading.
type Document struct {
	File          string       `json:"file"`
	Kind          Kind         `json:"kind"`
	Title         string       `json:"title"`
	Caption       Caption      `json:"caption"`
	Headings      []Heading    `json:"headings"`
	Paragraphs    []Paragraph  `json:"paragraphs"`
	Counts        []Count      `json:"counts"`
	Prayer        []PrayerItem `json:"prayer"`
	Relief        string       `json:"relief,omitempty"`
	JuryDemand    bool         `json:"jury_demand"`
	Date          string       `json:"date,omitempty"`
	DateText      string       `json:"date_text,omitempty"`
	Counsel       []Counsel    `json:"counsel"`
	Responses     []Response   `json:"responses"`
	GeneralDenial string       `json:"general_denial,omitempty"`
	// PrayerResponse is an answer's response to the complaint's prayer for relief.
	PrayerResponse string        `json:"prayer_response,omitempty"`
	DefinedTerms   []DefinedTerm `json:"defined_terms,omitempty"`
	// Reservation is an answer's reservation of the right to add defenses,
	// pleaded apart from the numbered defenses (it is not a defense itself).
	Reservation     string      `json:"reservation,omitempty"`
	ReservationLine int         `json:"reservation_line,omitempty"`
	Defenses        []Defense   `json:"defenses"`
	Counterclaims   []Paragraph `json:"counterclaims,omitempty"`
	// Counterclaim is the counterclaim an answer pleads, read as a
	// pleading of its own: its paragraphs, counts and prayer, with the
	// answering defendants as its plaintiffs. A reply (or answer) to
	// counterclaims answers it as an answer answers a complaint.
	Counterclaim *Document `json:"counterclaim,omitempty"`
	Warnings     []Warning `json:"warnings"`
}

// Pos returns the position of a line of d's source.
func (d *Document) Pos(line int) Pos { return Pos{File: d.File, Line: line} }

// FirstResponses maps each paragraph number an answer responds to onto its
// first response that is not an incorporation, in one pass over the answer
// (a search of the whole answer per paragraph grows with the square of the
// case); a nil d gives an empty map.
func (d *Document) FirstResponses() map[int]Response {
	out := map[int]Response{}
	if d == nil {
		return out
	}
	for _, r := range d.Responses {
		if r.Class == ClassIncorporated {
			continue
		}
		for _, a := range r.Answers {
			if _, ok := out[a]; !ok {
				out[a] = r
			}
		}
	}
	return out
}

// Paragraph returns the paragraph numbered n, or nil.
func (d *Document) Paragraph(n int) *Paragraph {
	// Paragraphs are usually numbered 1..N in order; try the direct index first.
	if n >= 1 && n <= len(d.Paragraphs) && d.Paragraphs[n-1].Number == n {
		return &d.Paragraphs[n-1]
	}
	for i := range d.Paragraphs {
		if d.Paragraphs[i].Number == n {
			return &d.Paragraphs[i]
		}
	}
	return nil
}

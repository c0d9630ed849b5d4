package generator

import (
	"strings"

	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// Severity says how much a finding matters.
type Severity string

// The severities of a finding, most serious first.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding codes: stable strings a template or a script may test.
const (
	CodeNotAnswered        = "not-answered"
	CodeGeneralDenialOnly  = "general-denial-only"
	CodeIncorporationRange = "incorporation-range"
	CodeSelfKnowledge      = "self-knowledge"
	CodeRefersToDocument   = "refers-to-document"
	CodeCopiedResponse     = "copied-response"
	CodeUnknownParagraph   = "unknown-paragraph"
	CodeCaptionMismatch    = "caption-mismatch"
	CodeLegalConclusion    = "legal-conclusion-only"
	CodeAnsweredTwice      = "answered-twice"
)

// codeLabels are the finding codes in words.
var codeLabels = map[string]string{
	CodeNotAnswered:        "Not answered",
	CodeGeneralDenialOnly:  "General denial only",
	CodeIncorporationRange: "Incorporation range",
	CodeSelfKnowledge:      "Lack of knowledge of its own facts",
	CodeRefersToDocument:   "Refers to a document",
	CodeCopiedResponse:     "Copied response",
	CodeUnknownParagraph:   "No such paragraph",
	CodeCaptionMismatch:    "Caption mismatch",
	CodeLegalConclusion:    "Legal conclusion, no denial",
	CodeAnsweredTwice:      "Answered twice",
}

// Case is a complaint joined with its answer: everything the response chart
// needs, and the data every template runs on. `pleadkit analyze --json` prints it.
type Case struct {
	Title          string             `json:"title"`
	Caption        pleading.Caption   `json:"caption"`
	Complaint      *pleading.Document `json:"complaint"`
	Answer         *pleading.Document `json:"answer"`
	AnsweringParty string             `json:"answering_party"`
	GeneralDenial  string             `json:"general_denial,omitempty"`
	Rows           []Row              `json:"rows"`
	Summary        Summary            `json:"summary"`
	Findings       []Finding          `json:"findings"`
	Admissions     []Admission        `json:"admissions"`
	Denials        []Probe            `json:"denials"`
	NoKnowledge    []Probe            `json:"no_knowledge"`
	// Firm is the firm's settings from pleadkit.toml (.Firm.Name,
	// .Firm.Legend); empty when the case has no firm folder.
	Firm tmpl.Firm `json:"firm"`
}

// Row is one complaint paragraph beside what the answer did with it.
type Row struct {
	Number     int    `json:"number"`
	Allegation string `json:"allegation"`
	Line       int    `json:"line"`
	Page       int    `json:"page,omitempty"`
	Section    string `json:"section,omitempty"`
	Heading    string `json:"heading,omitempty"`
	Count      int    `json:"count,omitempty"`
	CountTitle string `json:"count_title,omitempty"`

	Class     pleading.Class `json:"class"`
	ClassText string         `json:"class_text"`
	// ResponseText is the class in words with what else the responses do:
	// "Admitted in part; the rest denied for lack of knowledge; refers to a document".
	ResponseText string   `json:"response_text"`
	Facets       []string `json:"facets,omitempty"`
	Admitted     []string `json:"admitted"`
	// Whole is set when the answer admits the allegation entire, by
	// admitting the paragraph ("admits the allegations of paragraphs 1
	// through 7") rather than in words of its own.
	Whole     bool          `json:"whole,omitempty"`
	Responses []RowResponse `json:"responses"`
	Findings  []Finding     `json:"findings"`

	// DeemedAdmitted is set when no response covers the paragraph and no general
	// denial does either (FRCP 8(b)(6)).
	DeemedAdmitted bool `json:"deemed_admitted,omitempty"`
	// GeneralDenial is set when only the answer's general denial covers the paragraph.
	GeneralDenial bool `json:"general_denial,omitempty"`
}

// RowResponse is one answer paragraph that responds to a row, with its source.
type RowResponse struct {
	Paragraph int            `json:"paragraph"`
	Answers   []int          `json:"answers"`
	Class     pleading.Class `json:"class"`
	Text      string         `json:"text"`
	Line      int            `json:"line"`
	Page      int            `json:"page,omitempty"`
}

// Source formats where the response is, as "Answer ¶15, line 60" (with the page when known).
func (r RowResponse) Source() string {
	s := "Answer ¶" + itoa(r.Paragraph)
	if r.Page > 0 {
		s += ", p. " + itoa(r.Page)
	}
	if r.Line > 0 {
		s += ", line " + itoa(r.Line)
	}
	return s
}

// Words returns the first n words of the allegation, with an ellipsis when
// it was cut; n <= 0 returns the whole text.
func (r Row) Words(n int) string { return firstWords(r.Allegation, n) }

// Sources formats the answer sources of the row, "Answer ¶15, line 60; ...".
func (r Row) Sources() string {
	parts := make([]string, len(r.Responses))
	for i, rr := range r.Responses {
		parts[i] = rr.Source()
	}
	return strings.Join(parts, "; ")
}

// Finding is something a careful associate would flag, tied to its source lines.
type Finding struct {
	Code          string   `json:"code"`
	Severity      Severity `json:"severity"`
	Paragraph     int      `json:"paragraph,omitempty"` // complaint ¶
	Response      int      `json:"response,omitempty"`  // answer ¶
	Related       int      `json:"related,omitempty"`   // another complaint ¶ involved (copied from)
	ComplaintLine int      `json:"complaint_line,omitempty"`
	AnswerLine    int      `json:"answer_line,omitempty"`
	AnswerPage    int      `json:"answer_page,omitempty"`
	Label         string   `json:"label"` // the code in words, for a chart's Notes
	Message       string   `json:"message"`
	// Row is set when the finding is shown on the chart row of Paragraph.
	Row bool `json:"row"`
}

// Summary counts the rows by class, by section and by count, and the findings by severity.
type Summary struct {
	Paragraphs           int          `json:"paragraphs"`
	Responses            int          `json:"responses"`
	ByClass              []ClassCount `json:"by_class"`
	Admitted             int          `json:"admitted"`
	PartlyAdmitted       int          `json:"partly_admitted"`
	Denied               int          `json:"denied"`
	NoKnowledge          int          `json:"no_knowledge"`
	Incorporated         int          `json:"incorporated"`
	NoResponseRequired   int          `json:"no_response_required"`
	NotAnswered          int          `json:"not_answered"`
	DeemedAdmitted       int          `json:"deemed_admitted"`
	GeneralDenialCovered int          `json:"general_denial_covered"`
	BySection            []Group      `json:"by_section"`
	ByCount              []Group      `json:"by_count"`
	Errors               int          `json:"errors"`
	Warnings             int          `json:"warnings"`
	Infos                int          `json:"infos"`
}

// ClassCount is how many rows fall in one class.
type ClassCount struct {
	Class      pleading.Class `json:"class"`
	Label      string         `json:"label"`
	N          int            `json:"n"`
	Paragraphs []int          `json:"paragraphs"`
}

// Group counts the rows of one section or one count by class.
type Group struct {
	Label              string `json:"label"`
	Number             int    `json:"number,omitempty"` // count number, for counts
	First              int    `json:"first"`
	Last               int    `json:"last"`
	Paragraphs         int    `json:"paragraphs"`
	Admitted           int    `json:"admitted"`
	PartlyAdmitted     int    `json:"partly_admitted"`
	Denied             int    `json:"denied"`
	NoKnowledge        int    `json:"no_knowledge"`
	Incorporated       int    `json:"incorporated"`
	NoResponseRequired int    `json:"no_response_required"`
	NotAnswered        int    `json:"not_answered"`
}

// Admission is an admission to lock in at deposition.
type Admission struct {
	Paragraph  int      `json:"paragraph"`
	Statements []string `json:"statements"`
	Full       bool     `json:"full"` // the whole allegation is admitted
	Source     string   `json:"source"`
}

// Probe is a denial or a lack-of-knowledge response to test, with what to do about it.
type Probe struct {
	Paragraph  int    `json:"paragraph"`
	Allegation string `json:"allegation"`
	// Scope is what a lack-of-knowledge response names when it does not
	// cover the whole allegation ("LivePerson's 'belief'"); "" otherwise.
	Scope   string   `json:"scope,omitempty"`
	Class   string   `json:"class"`
	Reasons []string `json:"reasons"`
	Source  string   `json:"source"`
}

// Words returns the first n words of the allegation; n <= 0 returns it whole.
func (p Probe) Words(n int) string { return firstWords(p.Allegation, n) }

// classOrder is the order classes are listed in summaries.
var classOrder = []pleading.Class{
	pleading.ClassAdmitted,
	pleading.ClassPartlyAdmitted,
	pleading.ClassDenied,
	pleading.ClassNoKnowledge,
	pleading.ClassIncorporated,
	pleading.ClassNoResponseRequired,
	pleading.ClassNotAnswered,
}

// ClassLabel returns a class in words, as a chart's Response column shows it.
func ClassLabel(c pleading.Class) string {
	switch c {
	case pleading.ClassAdmitted:
		return "Admitted"
	case pleading.ClassPartlyAdmitted:
		return "Admitted in part"
	case pleading.ClassDenied:
		return "Denied"
	case pleading.ClassNoKnowledge:
		return "Denied for lack of knowledge"
	case pleading.ClassIncorporated:
		return "Incorporates prior responses"
	case pleading.ClassNoResponseRequired:
		return "No response required"
	case pleading.ClassNotAnswered:
		return "Not answered"
	}
	if c == "" {
		return "Unclassified"
	}
	return string(c)
}

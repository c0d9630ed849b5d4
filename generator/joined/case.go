package joined

import (
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// Severity says how much a finding matters.
type Severity string

// The severities of a finding, most serious first.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Case is a complaint joined with its answer: one row per complaint
// paragraph with what the answer did with it. Every product is built from it.
type Case struct {
	Title          string             `json:"title"`
	Caption        pleading.Caption   `json:"caption"`
	Complaint      *pleading.Document `json:"complaint"`
	Answer         *pleading.Document `json:"answer"`
	AnsweringParty string             `json:"answering_party"`
	GeneralDenial  string             `json:"general_denial,omitempty"`
	Rows           []Row              `json:"rows"`

	parties Parties // who answers
	pleader Parties // the plaintiffs: whose own facts the complaint also alleges
	// byPara maps a complaint paragraph number to the indexes of the responses answering it.
	byPara map[int][]int
	// answerPaged is set when the answer's responses carry page numbers.
	answerPaged bool
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
	Whole bool `json:"whole,omitempty"`
	// Review is set when an admission could not be cut cleanly from its
	// sentence and the whole response stands in the Admitted column.
	Review    bool          `json:"review,omitempty"`
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
	s := "Answer ¶" + strconv.Itoa(r.Paragraph)
	if r.Page > 0 {
		s += ", p. " + strconv.Itoa(r.Page)
	}
	if r.Line > 0 {
		s += ", line " + strconv.Itoa(r.Line)
	}
	return s
}

// Words returns the first n words of the allegation, with an ellipsis when
// it was cut; n <= 0 returns the whole text.
func (r Row) Words(n int) string { return prose.FirstWords(r.Allegation, n) }

// Sources formats the answer sources of the row, "Answer ¶15, line 60; ...".
func (r Row) Sources() string {
	parts := make([]string, len(r.Responses))
	for i, rr := range r.Responses {
		parts[i] = rr.Source()
	}
	return strings.Join(parts, "; ")
}

// PinCite cites the row as a brief would, by paragraph and page of the
// filings, without the text files' line numbers: "Ans. ¶49, p. 12; Compl.
// ¶49, p. 18" (the page where the parser knows it).
func (r Row) PinCite() string {
	var parts []string
	for _, rr := range r.Responses {
		s := "Ans. ¶" + strconv.Itoa(rr.Paragraph)
		if rr.Page > 0 {
			s += ", p. " + strconv.Itoa(rr.Page)
		}
		parts = append(parts, s)
	}
	s := "Compl. ¶" + strconv.Itoa(r.Number)
	if r.Page > 0 {
		s += ", p. " + strconv.Itoa(r.Page)
	}
	return strings.Join(append(parts, s), "; ")
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

// ClassOrder is the order classes are listed in summaries.
var ClassOrder = []pleading.Class{
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

// Header is the running header of a case's PDF pages: "Title, No. 14-cv-01559-RWS".
func (c *Case) Header() string {
	h := c.Title
	if n := c.Caption.CaseNumber; n != "" {
		h += ", No. " + n
	}
	return h
}

// ShortTitle is the case's short caption name, as a lawyer says it:
// "LivePerson v. 24/7", "Chestnut v. Merrill", "EEOC v. RV Fun" (the first
// party of each side by its shortest specific name, a person by the
// surname, an agency by its initials); "" when the caption names no
// parties or reads as noise.
func (c *Case) ShortTitle() string {
	cap := c.Complaint.Caption
	if len(cap.Plaintiffs) == 0 || len(cap.Defendants) == 0 {
		if c.Answer != nil {
			cap = c.Answer.Caption
		}
	}
	if len(cap.Plaintiffs) == 0 || len(cap.Defendants) == 0 {
		return ""
	}
	t := shortParty(cap.Plaintiffs[0]) + " v. " + shortParty(cap.Defendants[0])
	if len(t) > 40 || strings.ContainsAny(t, "0123456789~/\\:;\"") && !strings.Contains(t, "24/7") || strings.Contains(t, "v. v") || strings.Contains(strings.ToUpper(t), "COMPLAINT") {
		return "" // a caption the parser could not read cleanly: no short name
	}
	return t
}

// shortParty is a party's short name: its shortest specific alias, else its
// name without the corporate suffix, a person's surname, title-cased when
// the caption shouts it.
func shortParty(p pleading.Party) string {
	name := strings.TrimRight(StripSuffix(strings.TrimSpace(p.Name)), " ,")
	best := name
	ws := strings.Fields(name)
	for _, a := range p.Aliases {
		if len(ws) > 1 && strings.EqualFold(a, ws[len(ws)-1]) {
			continue // "the Commission" for the Equal Employment Opportunity Commission
		}
		if !IsGeneric(a) && len(a) >= 2 && len(a) < len(best) {
			best = a
		}
	}
	if best == name {
		switch lower := strings.ToLower(name); {
		case strings.HasPrefix(lower, "united states"):
			best = "United States"
		case strings.HasPrefix(lower, "state of ") || strings.HasPrefix(lower, "commonwealth of "):
			best = name[strings.Index(lower, " of ")+4:]
		case len(ws) >= 2 && len(ws) <= 4 && personLike(ws):
			best = ws[len(ws)-1]
		case len(ws) >= 3 && initialsLike(ws):
			var b strings.Builder
			for _, w := range ws {
				b.WriteByte(w[0])
			}
			best = strings.ToUpper(b.String())
		}
	}
	if best == strings.ToUpper(best) && len(best) > 4 {
		best = titleCase(best)
	}
	return best
}

// personLike reports whether the words read as a person's name: each a
// capitalized word or an initial, none an organization's word.
func personLike(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		switch lw {
		case "of", "the", "and", "for", "county", "city", "state", "states", "united", "department", "commission", "company", "corporation", "inc", "llc", "board", "school", "district", "home", "sheriff", "commissioner", "secretary", "america", "usa", "bank", "group", "services", "association", "society", "equal", "employment", "opportunity":
			return false
		}
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
		if w == strings.ToUpper(w) && len(strings.Trim(w, ".")) == 2 {
			return false // "RV Fun": an initialism, not a person's initial
		}
	}
	return true
}

// initialsLike reports whether an organization's name is one an agency
// goes by the initials of: capitalized words, each of an agency's kind.
func initialsLike(ws []string) bool {
	agency := false
	for _, w := range ws {
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
		switch strings.ToLower(w) {
		case "commission", "agency", "administration", "bureau", "board", "authority", "department":
			agency = true
		}
	}
	return agency
}

// titleCase turns "LIVEPERSON" into "Liveperson", word by word.
func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

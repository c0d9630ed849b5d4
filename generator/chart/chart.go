package chart

import (
	"sort"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// Chart is what the response chart adds to the joined case's rows: the
// findings, the summary and the deposition lists.
type Chart struct {
	Summary     Summary          `json:"summary"`
	Findings    []joined.Finding `json:"findings"`
	Admissions  []Admission      `json:"admissions"`
	Denials     []Probe          `json:"denials"`
	NoKnowledge []Probe          `json:"no_knowledge"`
	// Assertions are what the answer asserts of its own beyond admitting or
	// denying; SpecificDenials what exactly it denies. Both quoted verbatim.
	Assertions      []Statement `json:"assertions"`
	SpecificDenials []Statement `json:"specific_denials"`
}

// Build reviews the joined case as a careful associate would: the findings
// (sorted by paragraph, each with Row set when it belongs on a chart row),
// the summary, and the deposition lists. c is not modified.
func Build(c *joined.Case, opts ...Option) *Chart {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	a := &analysis{
		cfg:           cfg,
		j:             c,
		complaint:     c.Complaint,
		answer:        c.Answer,
		parties:       c.AnsweringParties(),
		pleader:       c.Pleader(),
		out:           &Chart{},
		selfKnowledge: map[int]bool{},
		conditions:    map[int]bool{},
	}
	a.findings()
	a.sortFindings()
	a.out.Summary = summarize(c, a.out.Findings)
	a.out.Admissions, a.out.Denials, a.out.NoKnowledge = depositionLists(c, a)
	a.out.Assertions, a.out.SpecificDenials = statements(c)
	return a.out
}

// analysis is the per-call state of Build.
type analysis struct {
	cfg       config
	j         *joined.Case
	complaint *pleading.Document
	answer    *pleading.Document
	parties   joined.Parties
	pleader   joined.Parties // the plaintiffs: whose own facts the complaint also alleges
	out       *Chart
	// selfKnowledge holds the paragraphs with a self-knowledge finding on their row.
	selfKnowledge map[int]bool
	// conditions holds the paragraphs flagged under FRCP 9(c).
	conditions map[int]bool
}

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
	CodeDuplicateNumber    = "duplicate-number"
	CodeConditionPrecedent = "condition-precedent"
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
	CodeDuplicateNumber:    "Paragraph number used twice",
	CodeConditionPrecedent: "Conditions precedent, FRCP 9(c)",
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
	// Proper is set on a lack-of-knowledge response the tool judges proper
	// (facts of the plaintiff's own business the answering party had no
	// access to): the chart lists it only when asked (option list_all).
	Proper bool `json:"proper,omitempty"`
}

// Words returns the first n words of the allegation; n <= 0 returns it whole.
func (p Probe) Words(n int) string { return prose.FirstWords(p.Allegation, n) }

// sortFindings orders the findings by paragraph (those of no paragraph
// last), the most serious first, and marks those shown on a chart row.
func (a *analysis) sortFindings() {
	fs := a.out.Findings
	sort.SliceStable(fs, func(i, j int) bool {
		pi, pj := fs[i].Paragraph, fs[j].Paragraph
		if pi == 0 {
			pi = 1 << 30
		}
		if pj == 0 {
			pj = 1 << 30
		}
		if pi != pj {
			return pi < pj
		}
		return severityRank(fs[i].Severity) < severityRank(fs[j].Severity)
	})
	rows := make(map[int]bool, len(a.j.Rows))
	for _, r := range a.j.Rows {
		rows[r.Number] = true
	}
	for k := range fs {
		if fs[k].Paragraph > 0 && rows[fs[k].Paragraph] {
			fs[k].Row = true
			switch fs[k].Code {
			case CodeSelfKnowledge:
				a.selfKnowledge[fs[k].Paragraph] = true
			case CodeConditionPrecedent:
				a.conditions[fs[k].Paragraph] = true
			}
		}
	}
	if a.out.Findings == nil {
		a.out.Findings = []joined.Finding{}
	}
}

// Option tunes Build.
type Option func(*config)

type config struct {
	copyMinWords      int
	copyMaxSimilarity float64
}

func defaultConfig() config {
	return config{copyMinWords: 15, copyMaxSimilarity: 0.35}
}

// WithCopyDetection sets when two identical responses are flagged as copied:
// their substantive text (beyond boilerplate denials) has at least minWords
// words, and the word overlap of the allegations they answer is below maxSimilarity.
func WithCopyDetection(minWords int, maxSimilarity float64) Option {
	return func(c *config) {
		c.copyMinWords = minWords
		c.copyMaxSimilarity = maxSimilarity
	}
}

func severityRank(s joined.Severity) int {
	switch s {
	case joined.SeverityError:
		return 0
	case joined.SeverityWarning:
		return 1
	}
	return 2
}

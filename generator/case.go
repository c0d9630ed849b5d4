package generator

import (
	"sync"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// ErrSwapped reports a complaint and an answer passed in each other's place.
var ErrSwapped = joined.ErrSwapped

// Case is the analyzed case: the joined case (its title, caption,
// pleadings, answering party and one row per complaint paragraph, each with
// its findings) and the response chart's findings, summary and deposition
// lists. It is the data every template runs on; .Matrix, .Checklist and
// .Kit build the other products from it. `pleadkit analyze --json` prints it.
//
// The fields are the joined case's and the chart's, listed here rather than
// embedded: they are what templates read, and text/template looks a field
// up by name on every access, which allocates in a struct with embedded
// fields (reflect searches them breadth-first) and not in one without.
// A field added to joined.Case or chart.Chart is listed here and copied in
// newCase (TestCaseListsItsParts fails until it is).
type Case struct {
	Title          string             `json:"title"`
	Caption        pleading.Caption   `json:"caption"`
	Complaint      *pleading.Document `json:"complaint"`
	Answer         *pleading.Document `json:"answer"`
	AnsweringParty string             `json:"answering_party"`
	GeneralDenial  string             `json:"general_denial,omitempty"`
	Rows           []joined.Row       `json:"rows"`
	Summary        chart.Summary      `json:"summary"`
	Findings       []joined.Finding   `json:"findings"`
	Admissions     []chart.Admission  `json:"admissions"`
	Denials        []chart.Probe      `json:"denials"`
	NoKnowledge    []chart.Probe      `json:"no_knowledge"`
	// Assertions and SpecificDenials are what the answer asserts of its own
	// and what exactly it denies, quoted from it (chart.Statement).
	Assertions      []chart.Statement `json:"assertions"`
	SpecificDenials []chart.Statement `json:"specific_denials"`
	// Firm is the firm's settings from pleadkit.toml (.Firm.Name,
	// .Firm.Legend); empty when the case has no firm folder.
	Firm tmpl.Firm `json:"firm"`

	joined     *joined.Case // what the products are built from
	matrixOnce sync.Once    // the matrix, built when the matrix or the chart's deposition lists first ask
	matrix     *matrix.Matrix
	matrixErr  error
	kitOnce    sync.Once // the deposition kit, made when a template first asks; its parts build on demand
	kit        *Kit
}

// Analyze joins a complaint and its answer and reviews the result: one row
// per complaint paragraph with the responses that cover it and the findings
// about it, the summary and the deposition lists. The documents are not
// modified.
func Analyze(complaint, answer *pleading.Document, opts ...chart.Option) (*Case, error) {
	j, err := joined.Join(complaint, answer)
	if err != nil {
		return nil, err
	}
	ch := chart.Build(j, opts...)
	attachFindings(j.Rows, ch.Findings)
	return newCase(j, ch), nil
}

// newCase assembles the analyzed case from the joined case and its chart.
func newCase(j *joined.Case, ch *chart.Chart) *Case {
	return &Case{
		Title:           j.Title,
		Caption:         j.Caption,
		Complaint:       j.Complaint,
		Answer:          j.Answer,
		AnsweringParty:  j.AnsweringParty,
		GeneralDenial:   j.GeneralDenial,
		Rows:            j.Rows,
		Summary:         ch.Summary,
		Findings:        ch.Findings,
		Admissions:      ch.Admissions,
		Denials:         ch.Denials,
		NoKnowledge:     ch.NoKnowledge,
		Assertions:      ch.Assertions,
		SpecificDenials: ch.SpecificDenials,
		joined:          j,
	}
}

// Joined returns the joined case the products are built from.
func (c *Case) Joined() *joined.Case { return c.joined }

// Header is the running header of a case's PDF pages: "Title, No. 14-cv-01559-RWS".
func (c *Case) Header() string { return c.joined.Header() }

// attachFindings copies each finding marked for a chart row onto the row of
// its complaint paragraph, in the findings' order.
func attachFindings(rows []joined.Row, fs []joined.Finding) {
	pos := make(map[int][]int, len(rows)) // a number the complaint uses twice has two rows
	for i, r := range rows {
		pos[r.Number] = append(pos[r.Number], i)
	}
	for _, f := range fs {
		if !f.Row {
			continue
		}
		for _, i := range pos[f.Paragraph] {
			rows[i].Findings = append(rows[i].Findings, f)
		}
	}
}

// NoKnowledgeToTest returns the lack-of-knowledge responses worth testing:
// those the tool does not judge proper (chart.Probe.Proper).
func (c *Case) NoKnowledgeToTest() []chart.Probe {
	var out []chart.Probe
	for _, p := range c.NoKnowledge {
		if !p.Proper {
			out = append(out, p)
		}
	}
	return out
}

// ProperNoKnowledge returns the paragraphs whose lack-of-knowledge response
// the tool judges proper, which the chart leaves out unless asked.
func (c *Case) ProperNoKnowledge() []int {
	var out []int
	for _, p := range c.NoKnowledge {
		if p.Proper {
			out = append(out, p.Paragraph)
		}
	}
	return out
}

// ShortTitle is the case's short caption name ("LivePerson v. 24/7"), "" when
// the caption reads as noise.
func (c *Case) ShortTitle() string { return c.joined.ShortTitle() }

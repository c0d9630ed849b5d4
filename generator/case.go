package generator

import (
	"sync"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
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
type Case struct {
	*joined.Case
	*chart.Chart
	// Firm is the firm's settings from pleadkit.toml (.Firm.Name,
	// .Firm.Legend); empty when the case has no firm folder.
	Firm tmpl.Firm `json:"firm"`

	kitOnce sync.Once // the deposition kit, made when a template first asks; its parts build on demand
	kit     *Kit
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
	return &Case{Case: j, Chart: ch}, nil
}

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

package generator

import (
	"sync"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
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

	kitOnce sync.Once // the deposition kit is built once, when a template first asks
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
	pos := make(map[int]int, len(rows))
	for i, r := range rows {
		pos[r.Number] = i
	}
	for _, f := range fs {
		if i, ok := pos[f.Paragraph]; ok && f.Row {
			rows[i].Findings = append(rows[i].Findings, f)
		}
	}
}

package generator

import (
	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

// AnalyzeComplaint is the case before the answer is filed: the complaint
// alone, with no rows, findings or responses. Only a template that needs
// nothing but the complaint (needs = "complaint", like the case summary)
// runs on it.
func AnalyzeComplaint(complaint *pleading.Document) (*Case, error) {
	j, err := joined.JoinComplaint(complaint)
	if err != nil {
		return nil, err
	}
	return newCase(j, &chart.Chart{Findings: []joined.Finding{}}), nil
}

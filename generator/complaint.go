package generator

import (
	"fmt"

	"github.com/pleadkit/pleadkit/pleading"
)

// AnalyzeComplaint is the case before the answer is filed: the complaint
// alone, with no rows, findings or responses. Only a template that needs
// nothing but the complaint (needs = "complaint", like the case summary)
// runs on it.
func AnalyzeComplaint(complaint *pleading.Document) (*Case, error) {
	if complaint == nil {
		return nil, fmt.Errorf("analyze: no complaint")
	}
	if len(complaint.Paragraphs) == 0 {
		return nil, fmt.Errorf("analyze %s: %w", complaint.File, pleading.ErrNoParagraphs)
	}
	answer := &pleading.Document{}
	return &Case{
		Title:     caseTitle(complaint, answer),
		Caption:   complaint.Caption,
		Complaint: complaint,
		Rows:      []Row{},
		Findings:  []Finding{},
	}, nil
}

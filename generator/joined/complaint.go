package joined

import (
	"fmt"

	"github.com/pleadkit/pleadkit/pleading"
)

// JoinComplaint is the case before the answer is filed: the complaint
// alone, with no rows and no answer. Only a product that needs nothing but
// the complaint (a template with needs = "complaint", like the case
// summary) is made from it.
func JoinComplaint(complaint *pleading.Document) (*Case, error) {
	if complaint == nil {
		return nil, fmt.Errorf("join: no complaint")
	}
	if len(complaint.Paragraphs) == 0 {
		return nil, fmt.Errorf("join %s: %w", complaint.File, pleading.ErrNoParagraphs)
	}
	return &Case{
		Title:     caseTitle(complaint, &pleading.Document{}),
		Caption:   complaint.Caption,
		Complaint: complaint,
		Rows:      []Row{},
	}, nil
}

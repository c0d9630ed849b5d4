package generator

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/pleading"
)

// Defect 10 of #18: a paragraph number used twice is a finding on each of its rows.
func TestDuplicateParagraphNumberFinding(t *testing.T) {
	complaint, err := pleading.Parse("complaint.txt", []byte("UNITED STATES DISTRICT COURT\n\nCOMPLAINT\n\n1. Plaintiff is a corporation.\n\n2. Defendant sold the widgets.\n\n2. Defendant kept the money.\n\n3. Plaintiff was harmed.\n"))
	if err != nil {
		t.Fatal(err)
	}
	answer, err := pleading.Parse("answer.txt", []byte("UNITED STATES DISTRICT COURT\n\nANSWER\n\n1. Defendant admits the allegations of Paragraph 1.\n\n2. Defendant denies the allegations of Paragraph 2.\n\n3. Defendant denies the allegations of Paragraph 3.\n\n3. Defendant denies the allegations of Paragraph 3 again.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Analyze(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	rowsWith := 0
	for _, r := range c.Rows {
		for _, f := range r.Findings {
			if f.Code == chart.CodeDuplicateNumber {
				if r.Number != 2 || !strings.Contains(f.Message, "numbers 2 paragraphs ¶2 (lines 7, 9)") {
					t.Errorf("row ¶%d: %s", r.Number, f.Message)
				}
				rowsWith++
			}
		}
	}
	if rowsWith != 2 {
		t.Errorf("%d rows carry the duplicate-number finding, want both rows of ¶2", rowsWith)
	}
	answerDup := false
	for _, f := range c.Findings {
		answerDup = answerDup || f.Code == chart.CodeDuplicateNumber && strings.Contains(f.Message, "answer numbers two responses ¶3")
	}
	if !answerDup {
		t.Error("no finding for the answer's duplicate ¶3")
	}
}

package generator

import (
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
)

// FuzzAnalyze parses a complaint and an answer from arbitrary text and runs
// the analysis and the response chart on them: errors are fine, panics are not.
func FuzzAnalyze(f *testing.F) {
	f.Add("COMPLAINT\n\n1. 24/7 is a California corporation.\n\n2. Venue is proper.\n",
		"ANSWER\n\n1. In answer to Paragraph 1, [24]7 lacks knowledge or information sufficient to form a belief as to the truth of the allegations therein.\n\n2. Admitted.\n\n3. Denied.\n")
	f.Add("COMPLAINT\n\nCOUNT I\n\n1. Plaintiff incorporates paragraphs 1-0.\n", "ANSWER\n\n1. Defendant incorporates its responses to paragraphs 9-1. Exhibit A. (See Ex. B.) İ İ\n")
	f.Add("1. ¶ x\n", "Answering paragraphs 1 through 99999, Defendant denies.\n")
	tp := chartTemplate(f, nil)
	f.Fuzz(func(t *testing.T, complaint, answer string) {
		cd, err := pleading.Parse("complaint.txt", []byte(complaint))
		if err != nil {
			return
		}
		ad, err := pleading.Parse("answer.txt", []byte(answer))
		if err != nil {
			return
		}
		c, err := Analyze(cd, ad)
		if err != nil {
			return
		}
		total := 0
		for _, cc := range c.Summary.ByClass {
			total += cc.N
		}
		if total != len(c.Rows) {
			t.Fatalf("class counts add up to %d for %d rows", total, len(c.Rows))
		}
		if _, err := tp.Execute(c); err != nil {
			t.Fatalf("template: %v", err)
		}
	})
}

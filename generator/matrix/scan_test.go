package matrix

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pleadkit/pleadkit/pleading/prose"
)

// The hand scanners agree with the regexps they stand in for: denyVerbs
// finds what denyRe finds, and mayClause never turns away a sentence
// clauseRe would split; on constructed sentences and on every sentence of
// the real answers.
func TestScannersAgreeWithRegexps(t *testing.T) {
	sents := []string{
		"Defendant denies the allegations of paragraph 3.",
		"denied.",
		"Denied",
		"[24]7 admits that the parties entered into the Agreement, and specifically denies that it breached it; and further denies the rest.",
		"The defendants deny that. Coldspire expressly  denies any liability and also denied all else",
		"denying, denial, denies_, undenied, Dendy denyed, condenied",
		"It admits, but states that the contract ended; it denies the rest",
		"admitted and respectfully refers the Court to the document",
		"ended and\tfurther avers that",
		"andfurther avers nothing, band admits, and admitsx",
		"particularly deny, particularlydeny, deny",
	}
	entries, _ := os.ReadDir(filepath.Join("..", "..", "..", "shared", "pleadings"))
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pleadings", e.Name(), "answer.txt"))
		if err != nil {
			continue
		}
		sents = append(sents, prose.Sentences(prose.PlainText(string(src)))...)
	}
	if len(sents) < 100 {
		t.Logf("real pleadings absent: %d constructed sentences only", len(sents))
	}
	for _, s := range sents {
		low := asciiLower(s)
		want := denyRe.FindAllStringIndex(low, -1)
		var got [][]int
		for _, l := range denyVerbs(low) {
			got = append(got, []int{l[0], l[1]})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("denyVerbs(%q) = %v, denyRe finds %v", s, got, want)
		}
		if clauseRe.MatchString(s) && !mayClause(low) {
			t.Errorf("mayClause(%q) = false, but clauseRe splits it", s)
		}
	}
}

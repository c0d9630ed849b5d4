package prose

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// sentencesRunes is Sentences as it was written on a []rune copy of the
// text; the byte-offset Sentences must split every text the same way.
func sentencesRunes(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != '.' && r != '?' && r != '!' {
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == '"' || rs[j] == '\'' || rs[j] == '”' || rs[j] == '’' || rs[j] == ')' || rs[j] == '*') {
			j++
		}
		if j < len(rs) && !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < len(rs) && !(unicode.IsUpper(rs[k]) || unicode.IsDigit(rs[k]) || rs[k] == '[' || rs[k] == '(' || rs[k] == '"' || rs[k] == '“' || rs[k] == '*') {
			continue
		}
		if r == '.' && isAbbrev(string(rs[start:i])) {
			continue
		}
		if s := strings.TrimSpace(string(rs[start:j])); s != "" {
			out = append(out, s)
		}
		start = k
		i = k - 1
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

func TestSentencesByteOffsets(t *testing.T) {
	texts := []string{
		"Admitted. Denied in part.",
		"See 17 U.S.C. § 106. The Court held so in Feist v. Rural, 499 U.S. 340.",
		"He said “stop.” Then he left!  Why? (It was late.) [24]7 admits.",
		"Exhibit A. The contract, e.g. the MSA, governs. Mr. Smith agreed.",
		"Ends with a quote.’ Next sentence\u00a0. After NBSP.\u00a0Another. ÉTÉ begins.",
		"a.b. c. d.E. 1. 2.",
		"",
		"No end",
	}
	root := filepath.Join("..", "..", "..", "shared", "pleadings")
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		for _, f := range []string{"complaint.txt", "answer.txt"} {
			src, err := os.ReadFile(filepath.Join(root, e.Name(), f))
			if err != nil {
				continue
			}
			texts = append(texts, string(src))
			texts = append(texts, strings.Split(string(src), "\n\n")...)
		}
	}
	for _, text := range texts {
		if got, want := Sentences(text), sentencesRunes(text); !reflect.DeepEqual(got, want) {
			t.Errorf("Sentences(%.60q): %d sentences, the rune version %d", text, len(got), len(want))
		}
	}
}

// The hand-written matchers of match.go must agree with the regexps they
// stand in for, on random phrases built from the words they look for.
package pleading

import (
	"math/rand"
	"testing"
)

func TestCrossRefASCIIAgrees(t *testing.T) {
	words := []string{"set", "forth", "in", "see", "reasons", "stated", "given", "its", "their", "the", "our", "response", "responses", "answer", "answers", "to", "xsee", "sunset", "hour", "_see", "SEE", "Set", "FORTH", "In", "To", "a", "b", "1"}
	seps := []string{" ", "  ", "\t", "\n", "", " \n", ",", "-"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		n := 1 + rng.Intn(5)
		s := ""
		for j := 0; j < n; j++ {
			s += seps[rng.Intn(len(seps))] + words[rng.Intn(len(words))]
		}
		s += seps[rng.Intn(len(seps))]
		if crossRefASCII(s) != crossRe.MatchString(s) {
			t.Fatalf("%q: ascii %v, re %v", s, crossRefASCII(s), crossRe.MatchString(s))
		}
	}
}

func TestAddressASCIIAgrees(t *testing.T) {
	words := []string{"street", "Avenue", "ave", "SUITE", "e-mail", "email", "e", "mail", "-mail", "John", "Smith", "x1", "attorneys", "attorney", "_office", "offices", "courtx", "Ste", "general", "states"}
	seps := []string{" ", "  ", "\t", "", ".", ",", "-", "'", "’"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		n := 1 + rng.Intn(5)
		s := ""
		for j := 0; j < n; j++ {
			s += seps[rng.Intn(len(seps))] + words[rng.Intn(len(words))]
		}
		s += seps[rng.Intn(len(seps))]
		if !isASCII(s) {
			continue
		}
		if addressASCII(s) != addressRe.MatchString(s) {
			t.Fatalf("%q: ascii %v, re %v", s, addressASCII(s), addressRe.MatchString(s))
		}
	}
}

package pleading

// The hand-written matchers of match.go must agree with the regexps and
// functions they stand in for, on random inputs built from the words they
// look for.

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func TestCrossRefASCIIAgrees(t *testing.T) {
	words := []string{"set", "forth", "in", "see", "reasons", "stated", "given", "its", "their", "the", "our", "response", "responses", "answer", "answers", "to", "forth", "given", "xsee", "sunset", "hour", "_see", "SEE", "Set", "FORTH", "In", "To", "a", "b", "1"}
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

func TestParaRefStart(t *testing.T) {
	words := []string{"paragraph", "Paragraphs", "PARA.", "para.", "subparagraph", "¶", "¶¶", "_para", "5", "12", "through", "and", "(3)", "three", "of", "the", "-", "nos."}
	seps := []string{" ", "", "\t", ",", "x"}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 20000; i++ {
		s := ""
		for j := rng.Intn(8); j >= 0; j-- {
			s += words[rng.Intn(len(words))] + seps[rng.Intn(len(seps))]
		}
		want := paraRefRe.FindStringIndex(s)
		k := paraRefStart(s)
		var got []int
		if k >= 0 {
			if loc := paraRefRe.FindStringIndex(s[k:]); loc != nil {
				got = []int{k + loc[0], k + loc[1]}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: from paraRefStart %v, whole text %v", s, got, want)
		}
	}
}

func TestNotNameAgrees(t *testing.T) {
	words := []string{"Jury", "trial", "DEMAND", "answer", "complaints", "defense", "Defenses", "relief", "prayer", "certificate", "service", "respectfully", "Submitted", "dated", "John", "Smith", "_dated", "1jury", "x"}
	seps := []string{" ", "", ".", ",", "-", "'", "\t"}
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < 20000; i++ {
		s := ""
		for j := rng.Intn(5); j >= 0; j-- {
			s += words[rng.Intn(len(words))] + seps[rng.Intn(len(seps))]
		}
		if got, want := hasWordFold(s, notNameWords), notNameRe.MatchString(s); got != want {
			t.Fatalf("%q: words %v, regexp %v", s, got, want)
		}
	}
}

func TestIndexFold(t *testing.T) {
	old := func(t, w string) int {
		for i := 0; i+len(w) <= len(t); i++ {
			if t[i]|0x20 == w[0] && hasPrefixFold(t[i:], w) {
				return i
			}
		}
		return -1
	}
	words := []string{"jury", "JURY", "Jury", "court", "ll", "l.l.", "p.", "x", "injury", "jur", "ju", "J"}
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 20000; i++ {
		s := ""
		for j := rng.Intn(6); j >= 0; j-- {
			s += words[rng.Intn(len(words))]
		}
		for _, w := range []string{"jury", "court", "ll", "l.l.", "p.", "j"} {
			if got, want := indexFold(s, w), old(s, w); got != want {
				t.Fatalf("indexFold(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
}

func TestFieldCount(t *testing.T) {
	parts := []string{"a", "Bc", " ", "  ", "\t", "\v", "\u0085", "\u00a0", "\u2003", "\xff", "é", "’", "\n"}
	rng := rand.New(rand.NewSource(6))
	for i := 0; i < 20000; i++ {
		s := ""
		for j := rng.Intn(8); j >= 0; j-- {
			s += parts[rng.Intn(len(parts))]
		}
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestLowerKeep(t *testing.T) {
	parts := []string{"a", "B", "Admits", "’", "“", "§", "É", "\xff", "İ", "\u212a", "ſ", " ", "Z", "z", "@", "["}
	rng := rand.New(rand.NewSource(8))
	for i := 0; i < 20000; i++ {
		s := ""
		for j := rng.Intn(8); j >= 0; j-- {
			s += parts[rng.Intn(len(parts))]
		}
		low, ok := lowerKeep(s)
		if want := strings.ToLower(s); ok && low != want {
			t.Fatalf("lowerKeep(%q) = %q, want %q", s, low, want)
		}
		if ok != (len(strings.ToLower(s)) == len(s) && !strings.ContainsAny(s, "\xffÉİ\u212a")) {
			t.Fatalf("lowerKeep(%q) ok = %v", s, ok)
		}
	}
}

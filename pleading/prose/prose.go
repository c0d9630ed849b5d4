package prose

import (
	"regexp"
	"strings"
	"unicode"
)

// FirstWords returns the first n words of s, with "…" when words were cut; n <= 0 returns s.
func FirstWords(s string, n int) string {
	if n <= 0 {
		return s
	}
	words := 0
	inWord := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if inWord {
				words++
				if words == n {
					rest := strings.TrimSpace(s[i:])
					if rest == "" {
						return s
					}
					return strings.TrimRight(s[:i], ",;:") + " …"
				}
			}
			inWord = false
			continue
		}
		inWord = true
	}
	return s
}

// Words splits s into lower-case words: runs of letters and digits.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// stopwords are left out of word-overlap similarity.
var stopwords = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true, "be": true,
	"by": true, "for": true, "from": true, "has": true, "have": true, "in": true, "is": true,
	"it": true, "its": true, "of": true, "on": true, "or": true, "that": true, "the": true,
	"their": true, "this": true, "to": true, "was": true, "were": true, "which": true,
	"with": true, "s": true, "see": true, "paragraph": true, "paragraphs": true,
}

// WordSet returns the content words of s (no stopwords, no bare numbers).
func WordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range Words(s) {
		if stopwords[w] || IsDigits(w) {
			continue
		}
		set[w] = true
	}
	return set
}

// Similarity is the Jaccard overlap of the content words of a and b, in [0, 1].
func Similarity(a, b string) float64 {
	sa, sb := WordSet(a), WordSet(b)
	if len(sa) == 0 && len(sb) == 0 {
		return 1
	}
	inter := 0
	for w := range sa {
		if sb[w] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	return float64(inter) / float64(union)
}

// IsDigits reports whether s is a non-empty run of ASCII digits.
func IsDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// PlainText strips the Markdown emphasis marks the parser leaves in text (*e.g.*, <i>..</i>).
func PlainText(s string) string {
	if !strings.ContainsAny(s, "<*\\") {
		return s
	}
	return markupReplacer.Replace(s)
}

var markupReplacer = strings.NewReplacer("<i>", "", "</i>", "", "**", "", "*", "", "\\$", "$")

// Guarded is a regexp tried only when the text holds one of its keys (in
// lower case): most allegations hold none, and a substring test is far
// cheaper than running a case-insensitive regexp over them.
type Guarded struct {
	*regexp.Regexp
	keys []string
}

// Guard compiles pattern, to be tried only on text containing one of keys.
func Guard(pattern string, keys ...string) Guarded {
	return Guarded{regexp.MustCompile(pattern), keys}
}

func (g Guarded) ok(s string) bool {
	l := strings.ToLower(s)
	for _, k := range g.keys {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// MatchString reports whether s holds a match of g.
func (g Guarded) MatchString(s string) bool { return g.ok(s) && g.Regexp.MatchString(s) }

// FindStringIndex is regexp.FindStringIndex, behind the guard.
func (g Guarded) FindStringIndex(s string) []int {
	if !g.ok(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

// FindAllStringSubmatch is regexp.FindAllStringSubmatch, behind the guard.
func (g Guarded) FindAllStringSubmatch(s string, n int) [][]string {
	if !g.ok(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatch(s, n)
}

// ReplaceAllString is regexp.ReplaceAllString, behind the guard.
func (g Guarded) ReplaceAllString(s, repl string) string {
	if !g.ok(s) {
		return s
	}
	return g.Regexp.ReplaceAllString(s, repl)
}

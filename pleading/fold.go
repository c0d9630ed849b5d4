package pleading

import (
	"strings"
)

// indexFold returns the index of the lower-case ASCII word w in t, in any case, or -1.
// It jumps between the places where w's first letter occurs in either case.
func indexFold(t, w string) int {
	lo, up := w[0], w[0]
	if lo >= 'a' && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	nextLo, nextUp := -2, -2 // where lo and up next occur at or after i; -1 when they do not
	for i := 0; i+len(w) <= len(t); {
		if nextLo != -1 && nextLo < i {
			nextLo = indexByteFrom(t, lo, i)
		}
		if nextUp != -1 && nextUp < i {
			nextUp = indexByteFrom(t, up, i)
		}
		k := nextLo
		if k < 0 || nextUp >= 0 && nextUp < k {
			k = nextUp
		}
		if k < 0 || k+len(w) > len(t) {
			return -1
		}
		if hasPrefixFold(t[k:], w) {
			return k
		}
		i = k + 1
	}
	return -1
}

// indexByteFrom returns the index of c in t at or after i, or -1.
func indexByteFrom(t string, c byte, i int) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// squeeze returns the letters of s, upper-cased, without anything else: a
// view of a line that does not depend on its spaces.
func squeeze(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		}
	}
	return string(b)
}

package matrix

import "strings"

// Hand scanners for the patterns that run on every sentence of an answer,
// each tested equal to the regexp it stands in for (scan_test.go).

// mayClause reports whether low (lower-cased) may hold a break clauseRe
// splits at: a ";", a "but", or an "and" before one of its verbs. Most
// sentences hold none, and the test spares them the regexp.
func mayClause(low string) bool {
	if strings.IndexByte(low, ';') >= 0 || strings.Contains(low, "but") {
		return true
	}
	for i := 0; ; {
		j := strings.Index(low[i:], "and")
		if j < 0 {
			return false
		}
		at := i + j
		i = at + 3
		k := i
		for k < len(low) && isSpaceByte(low[k]) {
			k++
		}
		if k == i {
			continue
		}
		for _, v := range clauseVerbs {
			if strings.HasPrefix(low[k:], v) && (k+len(v) == len(low) || !isWordByte(low[k+len(v)])) {
				return true
			}
		}
	}
}

var clauseVerbs = []string{"respectfully", "further", "specifically", "admits", "denies", "avers", "states", "alleges"}

// isWordByte reports whether c is a word byte of a regexp's \b: an ASCII
// letter, digit or underscore.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isSpaceByte reports whether c is a regexp's \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// denyVerbs returns where each denial verb of low (lower-cased) stands,
// with the adverb before it ("specifically denies"): what denyRe finds,
// found by hand, for it runs on every sentence of the answer.
func denyVerbs(low string) [][2]int {
	var out [][2]int
	for i := 0; i < len(low); {
		j := strings.Index(low[i:], "den")
		if j < 0 {
			break
		}
		at := i + j
		i = at + 3
		if at > 0 && isWordByte(low[at-1]) {
			continue
		}
		rest := low[at+3:]
		n := 0
		switch {
		case strings.HasPrefix(rest, "y"):
			n = 1
		case strings.HasPrefix(rest, "ies"), strings.HasPrefix(rest, "ied"):
			n = 3
		default:
			continue
		}
		end := at + 3 + n
		if end < len(low) && isWordByte(low[end]) {
			continue
		}
		start := at
		k := at
		for k > 0 && isSpaceByte(low[k-1]) {
			k--
		}
		if k < at {
			for _, adv := range denyAdverbs {
				if b := k - len(adv); b >= 0 && low[b:k] == adv && (b == 0 || !isWordByte(low[b-1])) {
					start = b
					break
				}
			}
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

var denyAdverbs = []string{"specifically", "expressly", "further", "also", "particularly"}

package pleading

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written matchers for the hottest small regexps. Each is exact for
// ASCII text and its caller keeps the regexp for the rest: Go's (?i) also
// folds "ſ" to s and the Kelvin sign to k.

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isWordChar reports whether c is a word character for \b: [0-9A-Za-z_].
func isWordChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// trimRE trims the space \s matches ([\t\n\f\r ]) from the end of s.
func trimRE(s string) string { return strings.TrimRight(s, " \t\n\f\r") }

// cutWord cuts the lower-case word w from the end of the lower-case s; when
// sep is true w must follow space (\s+), which is cut too.
func cutWord(s, w string, sep bool) (string, bool) {
	if !strings.HasSuffix(s, w) {
		return s, false
	}
	s = s[:len(s)-len(w)]
	if !sep {
		return s, true
	}
	t := trimRE(s)
	return t, len(t) < len(s)
}

// cutAnyWord is cutWord for the first of words that s ends with after space.
func cutAnyWord(s string, words ...string) (string, bool) {
	for _, w := range words {
		if t, ok := cutWord(s, w, true); ok {
			return t, true
		}
	}
	return s, false
}

// crossRefASCII is crossRe.MatchString for ASCII text: the text ends, but
// for space, in "set forth in", "see" (at a word's start), "reasons
// stated in", "reasons given in", "its/their/the/our response(s) to" or
// "answer(s) to", or "stated/given/forth in response(s) to".
func crossRefASCII(s string) bool {
	s = strings.ToLower(trimRE(s))
	if t, ok := cutWord(s, "see", false); ok {
		return t == "" || !isWordChar(t[len(t)-1])
	}
	if t, ok := cutWord(s, "in", true); ok {
		if u, ok := cutWord(t, "forth", true); ok {
			return strings.HasSuffix(u, "set")
		}
		if u, ok := cutAnyWord(t, "stated", "given"); ok {
			return strings.HasSuffix(u, "reasons")
		}
		return false
	}
	if t, ok := cutWord(s, "to", true); ok {
		if u, ok := cutAnyWord(t, "responses", "response", "answers", "answer"); ok {
			if strings.HasSuffix(u, "its") || strings.HasSuffix(u, "their") || strings.HasSuffix(u, "the") || strings.HasSuffix(u, "our") {
				return true
			}
			// "for the reasons given in response to".
			if v, ok := cutWord(u, "in", true); ok {
				return strings.HasSuffix(v, "stated") || strings.HasSuffix(v, "given") || strings.HasSuffix(v, "forth")
			}
		}
	}
	return false
}

// addressWords are the words of addressRe.
var addressWords = map[string]bool{
	"street": true, "avenue": true, "ave": true, "suite": true, "floor": true, "road": true, "blvd": true, "boulevard": true,
	"telephone": true, "fax": true, "facsimile": true, "phone": true, "email": true, "counsel": true, "attorney": true,
	"attorneys": true, "division": true, "section": true, "district": true, "court": true, "united": true, "states": true,
	"department": true, "office": true, "general": true,
}

// notNameWords are the words of notNameRe.
var notNameWords = map[string]bool{
	"jury": true, "trial": true, "demand": true, "answer": true, "complaint": true, "defense": true, "defenses": true,
	"relief": true, "prayer": true, "certificate": true, "service": true, "respectfully": true, "submitted": true, "dated": true,
}

// hasWordFold reports whether ASCII text holds one of the lower-case words
// as a whole word (\b on both sides), in any case.
func hasWordFold(s string, words map[string]bool) bool {
	s = strings.ToLower(s)
	for i := 0; i < len(s); {
		if !isWordChar(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordChar(s[j]) {
			j++
		}
		if words[s[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// addressASCII is addressRe.MatchString for ASCII text: a digit, or one of
// addressWords (or "e-mail") as a whole word, in any case.
func addressASCII(s string) bool {
	s = strings.ToLower(s)
	for i := 0; i < len(s); {
		if !isWordChar(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordChar(s[j]) {
			if s[j] >= '0' && s[j] <= '9' {
				return true
			}
			j++
		}
		if addressWords[s[i:j]] || s[i:j] == "e" && strings.HasPrefix(s[j:], "-mail") && (j+5 == len(s) || !isWordChar(s[j+5])) {
			return true
		}
		i = j
	}
	return false
}

// fieldCount returns len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		space := unicode.IsSpace(c)
		if !space && !inField {
			n++
		}
		inField = !space
		i += size
	}
	return n
}

package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Of returns the text of s in t.
func (s Span) Of(t string) string { return t[s.Start:s.End] }

// SentenceSpans splits a text into sentences, as byte ranges of
// t without their surrounding space. A sentence ends at ".", "?" or "!"
// (after any closing quotes or brackets) when a capital, a digit or an
// opening quote follows; an abbreviation ("U.S.C.", "(M.D. Ala.", "Sept.")
// does not end one. Text whose spaces were lost in extraction ("Democratic.The
// Secretary") ends a sentence where a word of two or more letters is
// followed directly by a capitalized word.
func SentenceSpans(t string) []Span {
	var out []Span
	eachSentence(t, func(s Span) { out = append(out, s) })
	return out
}

// Sentences returns the text of each sentence of text (see SentenceSpans):
// substrings of text, without their surrounding space.
func Sentences(text string) []string {
	var out []string
	eachSentence(text, func(s Span) { out = append(out, s.Of(text)) })
	return out
}

// eachSentence calls yield with the span of each sentence of t, in order.
func eachSentence(t string, yield func(Span)) {
	start := skipSpace(t, 0)
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' && r != ']' && r != '*' {
				break
			}
			j += n
		}
		if j >= len(t) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t[j:])
		if unicode.IsSpace(r) {
			k := skipSpace(t, j)
			if k >= len(t) {
				break
			}
			nr, _ := utf8.DecodeRuneInString(t[k:])
			if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("[(\"“‘*", nr)) {
				continue
			}
			if c == '.' && abbrevBefore(t[start:i], nr) {
				continue
			}
			yield(Span{start, j})
			start = k
			i = k - 1
			continue
		}
		// No space after the period: a sentence end only in text that lost
		// its spaces ("Democratic.The Secretary", "CD2.TheSecretary").
		if c == '.' && j == i+1 && lostSpaceEnd(t, i) {
			yield(Span{start, i + 1})
			start = i + 1
		}
	}
	if end := strings.TrimRightFunc(t, unicode.IsSpace); start < len(end) {
		yield(Span{start, len(end)})
	}
}

func skipSpace(t string, i int) int {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// lostSpaceEnd reports whether the period at t[i] ends a sentence whose
// following space was lost: a word of two or more letters (or ending in a
// digit) before it, a capitalized word of two or more letters after it.
func lostSpaceEnd(t string, i int) bool {
	if i+2 >= len(t) || !isUpperASCII(t[i+1]) || !isLowerASCII(t[i+2]) {
		return false
	}
	k := i
	for k > 0 && (isLowerASCII(t[k-1]) || isUpperASCII(t[k-1]) || (t[k-1] >= '0' && t[k-1] <= '9')) {
		k--
	}
	w := t[k:i]
	if len(w) < 2 || (k > 0 && t[k-1] == '.') {
		return false // "U.S.Code", "v.Alabama"
	}
	last := w[len(w)-1]
	if !isLowerASCII(last) && !(last >= '0' && last <= '9') && len(w) < 3 {
		return false // "EOPSS.Defendants" ends a sentence, "A.The" does not
	}
	return !abbrevs[strings.ToLower(w)]
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// abbrevs are the abbreviations a period does not end a sentence after.
var abbrevs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`e.g i.e inc co corp ltd llc no nos v vs u.s u.s.c f.r.c.p ex sch mr ms mrs dr st jr sr p pp id al cf fed r civ
		ala ark ariz cal calif colo conn del fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
		jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rd cir dist ct supp app ed art sec para approx dept assn div est etc no.
		n.d s.d e.d w.d m.d d.c f.2d f.3d f.4d f.supp l.ed s.ct n.y n.j`) {
		abbrevs[w] = true
	}
}

// abbrevBefore reports whether the text before a period ends with an
// abbreviation, given the first letter of what follows.
func abbrevBefore(before string, next rune) bool {
	i := len(before)
	for i > 0 && before[i-1] != ' ' && before[i-1] != '\n' && before[i-1] != '\t' && before[i-1] != '(' {
		i--
	}
	w := strings.ToLower(strings.Trim(before[i:], "*_"))
	if w == "seq" {
		// "et seq. (“ADA”)" goes on; "et seq. These practices" ends.
		return next == '(' || next == '“' || next == '"'
	}
	if abbrevs[w] {
		// "Seventh Ave. The" would end a sentence, but an abbreviation
		// before a capital or a digit is far more often a citation
		// ("M.D. Ala. 2016", "Sept. 26").
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return false // "Paragraph 7." ends a sentence
		}
		// "J. Smith" is an initial; the letter of "Exhibit A." ends a sentence.
		return !labelWords[LastWord(before[:i])]
	}
	return dottedInitials(w)
}

// dottedInitials reports whether w is an initialism like "u.s", "m.d",
// "g.l.c": short runs of letters joined by periods.
func dottedInitials(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if len(part) == 0 || len(part) > 3 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// labelWords name a lettered thing: "Exhibit A", "Schedule B".
var labelWords = map[string]bool{
	"exhibit": true, "ex.": true, "schedule": true, "appendix": true, "annex": true,
	"attachment": true, "tab": true, "part": true, "count": true, "section": true, "class": true,
}

// NormalizeSpace collapses every run of white space in s to one space and trims it.
func NormalizeSpace(s string) string {
	if !strings.ContainsAny(s, "\n\t\r\u00a0") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

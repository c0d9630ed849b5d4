package entity

import (
	"regexp"
	"strings"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = setOf(`inc co corp ltd llc l.l.c no nos u.s u.s.c e.g i.e etc jan feb mar apr jun jul aug sep sept oct
nov dec mr mrs ms dr prof sgt lt capt det hon st ave blvd sec secs v vs id cf p pp para paras ex exh art fed r civ
m.d n.d s.d e.d w.d d.c cal ill ala ariz ark la miss mass pa n.y f.2d f.3d f.4th f.supp supp app cir ct assn dept
univ est approx al seq`)

// Sentence returns the bounds [start, end) of the sentence of text holding offset i.
func Sentence(text string, i int) (int, int) {
	start := 0
	for j := i - 1; j > 0; j-- {
		if endsSentence(text, j) {
			start = j + 1
			break
		}
	}
	end := len(text)
	for j := i; j < len(text); j++ {
		if endsSentence(text, j) {
			end = j + 1
			for end < len(text) && strings.IndexByte(`"')]*`, text[end]) >= 0 {
				end++ // the closing marks belong to the sentence they close
			}
			break
		}
	}
	for start < end {
		if strings.HasPrefix(text[start:], "”") || strings.HasPrefix(text[start:], "’") {
			start += len("”")
			continue
		}
		if c := text[start]; c == ' ' || c == '\n' || c == '"' || c == '\'' || c == ')' || c == ']' {
			start++
			continue
		}
		break
	}
	return start, end
}

// PrevSentence returns the bounds of the sentence before the one starting at a,
// or (a, a) when there is none.
func PrevSentence(text string, a int) (int, int) {
	p := a - 1
	for p > 0 && strings.IndexByte(".?!", text[p]) < 0 {
		p--
	}
	if p <= 0 {
		return a, a
	}
	return Sentence(text, p-1)
}

// endsSentence reports whether text[j] is a period, question or exclamation
// mark (with any closing quote or parenthesis after it) that ends a sentence:
// followed by a space and a capital letter, a digit or an opening mark, and
// not the period of an abbreviation or an initial.
func endsSentence(text string, j int) bool {
	c := text[j]
	if c != '.' && c != '?' && c != '!' {
		return false
	}
	k := j + 1
	for k < len(text) && strings.IndexByte(`"')]`, text[k]) >= 0 {
		k++
	}
	if strings.HasPrefix(text[k:], "”") || strings.HasPrefix(text[k:], "’") {
		k += len("”")
	}
	if k >= len(text) {
		return true
	}
	if text[k] != ' ' && text[k] != '\n' {
		return false
	}
	for k < len(text) && (text[k] == ' ' || text[k] == '\n') {
		k++
	}
	if k < len(text) {
		n := text[k]
		if n >= 'a' && n <= 'z' {
			return false
		}
	}
	if c != '.' {
		return true
	}
	// the word before the period
	w := j
	for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' && text[w-1] != '(' {
		w--
	}
	word := strings.ToLower(strings.Trim(text[w:j], `"'“‘(`))
	if abbreviations[word] || abbreviations[strings.TrimSuffix(word, ".")] {
		return false
	}
	if len(word) == 1 && word[0] >= 'a' && word[0] <= 'z' && !labelBefore(text, w) {
		return false // an initial: "John Q. Smith" (but not "Exhibit C.")
	}
	if initialsRE.MatchString(word) {
		return false // "S.B.", "E.I.", "U.S."
	}
	return true
}

// labelBefore reports whether the word before offset w is a label a single
// letter follows: "Exhibit C.", "Ex. A.", "Appendix B.", "Schedule D.".
func labelBefore(text string, w int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, w-12):w], " *"))
	for _, l := range []string{"exhibit", "ex.", "exh.", "appendix", "schedule", "annex", "attachment", "count", "part", "tab"} {
		if strings.HasSuffix(before, l) {
			return true
		}
	}
	return false
}

var initialsRE = regexp.MustCompile(`^(?:[a-z]\.)+[a-z]$`)

// clauseStops split a sentence into the clauses a chronology or a request
// quotes: a semicolon, ", but", ", except", ", and respectfully refers".
var clauseStops = regexp.MustCompile(`;\s+|,?\s+but\s+|,\s+except\s+|,\s+and\s+(?:respectfully\s+)?refers\s+|,\s+and\s+(?:further\s+)?(?:states|avers|notes|denies|admits)\s+`)

// Clause returns the clause of text[start:end] (a sentence) holding offset i,
// as text: cut at the clause stops around i, trimmed.
func Clause(text string, start, end, i int) string {
	s := text[start:end]
	rel := i - start
	a, b := 0, len(s)
	for _, m := range clauseStops.FindAllStringIndex(s, -1) {
		if m[1] <= rel && m[1] > a {
			a = m[1]
		}
		if m[0] >= rel && m[0] < b {
			b = m[0]
		}
	}
	out := strings.TrimSpace(s[a:b])
	out = strings.TrimRight(out, ",; ")
	return out
}

// LeadIn strips an answer's lead-in from a clause: "In answer to Paragraph 69,
// [24]7 admits that" or "notes that", leaving what is stated.
func LeadIn(clause string) string {
	s := answerLeadRE.ReplaceAllString(clause, "")
	if m := itIsRE.FindStringIndex(s); m != nil {
		return strings.TrimSpace(s[m[1]:])
	}
	if m := statesThatRE.FindStringIndex(s); m != nil && m[0] < 80 {
		s = s[m[1]:]
	}
	return strings.TrimSpace(s)
}

var (
	answerLeadRE = regexp.MustCompile(`(?i)^(?:in\s+)?(?:answer|response)\s+to\s+(?:the\s+allegations\s+(?:of|in)\s+)?paragraph\s+[\d\s,and-]+,\s*`)
	itIsRE       = regexp.MustCompile(`(?i)^(?:by\s+way\s+of\s+further\s+(?:response|answer),\s+)?(?:it\s+is\s+(?:admitted|averred|denied)\s+(?:only\s+)?that\s+)?(?:according\s+to\s+[^,]{3,60},\s+)`)
	statesThatRE = regexp.MustCompile(`(?i)\b(?:admits?|avers?|states?|notes?|asserts?|alleges?|contends?|denies?|believes?|further\s+states?)\s+(?:only\s+)?that\s+`)
)

// Words cuts s to its first n words with an ellipsis; n <= 0 keeps it whole.
func Words(s string, n int) string {
	f := strings.Fields(s)
	if n <= 0 || len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

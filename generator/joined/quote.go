package joined

import (
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
	"regexp"
	"strings"
)

// Admissions are quoted from the answer's own text, never rebuilt: each
// quotation is a verbatim span of the response (its white space
// normalized), one per admitting sentence, cut only where the sentence
// turns from admitting to something else — ", but denies", ", and
// respectfully refers", "; otherwise denied" — and marked with an ellipsis
// where it starts or stops inside a sentence. A cut that would leave a
// quotation mark open is not made: the sentence is quoted to its end.

// Quote is one admitted statement: a verbatim span of a response's text.
type Quote struct {
	Text  string `json:"text"`  // the span, verbatim
	Head  bool   `json:"head"`  // it starts inside its sentence (shown with a leading "… ")
	Tail  bool   `json:"tail"`  // it stops inside its sentence (shown with a trailing " …")
	Whole bool   `json:"whole"` // the response could not be cut cleanly: it is quoted whole, for review
}

// String is the quotation as a chart shows it, with an ellipsis where it is cut.
func (q Quote) String() string {
	s := q.Text
	if q.Head {
		s = "… " + s
	}
	if q.Tail {
		s += " …"
	}
	return s
}

var (
	// admitWordRe finds a word that may admit.
	// Text that lost its spaces runs it on: "sixthsentencesadmitted".
	admitWordRe = regexp.MustCompile(`(?i)(?:\b|sentences?|\bis|\bare|\bhereby|\bto)(admit(?:s|ted|ting)?)(?:\b|that)`)
	// notAdmitAfterRe is what, just after, makes it no admission: "admit or deny".
	notAdmitAfterRe = regexp.MustCompile(`(?i)^\s*(?:or|nor|and/or)\s*den`)
	// leadingConjRe is a conjunction that starts a sentence cut in two.
	leadingConjRe = regexp.MustCompile(`(?i)^(?:(?:but|and|further|also)\b[\s,]*)+`)
	// leadInRe is the lead-in naming the paragraph answered: "In answer to Paragraph 4,".
	leadInRe = regexp.MustCompile(`(?i)^(?:in\s+(?:answer|response)\s+to|answering|responding\s+to|as\s+to|with\s+respect\s+to|regarding|concerning)\s+(?:the\s+)?(?:allegations?\s+(?:of|in|contained\s+in|set\s+forth\s+in)\s+)?(?:paragraph|¶)\s*\d+(?:\s+of\s+the\s+[\w\s]{0,40}?complaint)?\s*,\s*`)
	// priorNegRe is a denial or lack of knowledge earlier in the sentence
	// than the admitting word: the quotation starts at the word.
	priorNegRe = regexp.MustCompile(`(?i)\bden(?:y|ies|ied)\b|lacks?\s+knowledge|without\s+(?:sufficient\s+)?knowledge|no\s+response\s+is\s+required`)
	// cutRe finds where the sentence turns from admitting to something else.
	cutRe = regexp.MustCompile(`(?i)` +
		// ", but denies", ", but notes that", "but, upon information and belief, alleges"
		`(,?\s+but)\b|` +
		// ", and respectfully refers", "and denies", ", and further avers"
		`(,?\s+and\s+(?:(?:further|also|affirmatively|respectfully|specifically|expressly)\s+)*(?:den(?:y|ies)|refers?|incorporates?|objects?|avers?|alleges?|asserts?|contends?))\b|` +
		`(,\s+and\s+(?:(?:further|also|affirmatively|respectfully|specifically)\s+)*(?:avers?|alleges?|states?|notes?|asserts?|contends?|clarif(?:y|ies)))\b|` +
		// ", which speaks for itself"
		`(,?\s+(?:which|that)\s+(?:\S+\s+){0,2}speaks?\s+for\s+(?:it|them)sel(?:f|ves))|` +
		// ", because ...": the party's reason
		`(,\s+because)\b|` +
		// "; otherwise denied", ", except", ";denied that"
		`([;,]\s*(?:except|otherwise|however|den(?:y|ies|ied)|but))\b`)
	// andPartyVerbRe is another verb with the party's name as its subject,
	// case-sensitive: "and DPE avers", "at the CHDC Defendants DENY that".
	andPartyVerbRe = regexp.MustCompile(`(,?\s+and\s+(?:it|he|she|they|[A-Z][\w.&\[\]/-]*|\[\d+\]\d+)\s+(?:(?:further|also|affirmatively|respectfully|specifically)\s+)*(?:avers?|alleges?|states?|notes?|den(?:y|ies)|refers?|asserts?|contends?|incorporates?|objects?|AVERS?|ALLEGES?|STATES?|DEN(?:Y|IES)|REFERS?))\b|(\s+(?:[A-Z][\w.&\[\]/-]*|\[\d+\]\d+)\s+(?:DENY|DENIES|denies|deny))\b`)
	// butKeepRe is what after "but" keeps the admission going: "but only",
	// "but admits", "but that".
	butKeepRe = regexp.MustCompile(`(?i)^,?\s*(?:only|also|solely|merely|instead|further|admits?|admitted|not\s+limited|that|as|rather|in)\b`)
	// butPartyRe is what after "but" starts the party's own clause.
	butPartyRe = regexp.MustCompile(`(?i)^[,\s]*(?:(?:upon|on)\s+information\s+and\s+belief,?\s*|(?:further|also|specifically|affirmatively|respectfully)\s+)*(?:(?:it|he|she|they|the\s+\w+|[A-Z][\w.&\[\]/-]*|\[\d+\]\d+)\s+)?(?:(?:further|also|specifically|affirmatively|respectfully)\s+)*(?:den(?:y|ies|ied)|avers?|averred|alleges?|alleged|states?|stated|notes?|noted|refers?|asserts?|contends?|clarif|lacks?|is\s+without|objects?|says|submits?|maintains?|disputes?|disagrees?)`)
)

// isAdmitting reports whether the admit word at loc in s admits something:
// not "except as so admitted", "not specifically admitted", "sufficient to
// admit or deny", "neither admits nor denies".
func isAdmitting(s string, loc []int) bool {
	if notAdmitAfterRe.MatchString(s[loc[1]:]) || strings.EqualFold(s[loc[0]:loc[1]], "admitting") {
		return false
	}
	ws := strings.Fields(s[max(0, loc[0]-80):loc[0]])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		w := strings.ToLower(strings.Trim(ws[i], ",;:()"))
		switch w {
		case "expressly", "specifically", "explicitly", "so", "previously", "already", "fully", "herein", "hereinabove", "above", "been", "is", "are", "was", "were", "be", "being", "and", "hereby", "otherwise":
			continue
		case "except", "to":
			// "Deny the allegations … except admit that", "except to admit
			// that": an admission; "except as admitted", "sufficient to admit
			// or deny": none.
			if w == "to" && i > 0 {
				switch strings.ToLower(strings.Trim(ws[i-1], ",;:()")) {
				case "sufficient", "required", "unable", "able", "information", "knowledge", "necessary", "refuses", "declines":
					return false
				}
			}
			next := strings.ToLower(strings.TrimSpace(s[loc[1]:min(len(s), loc[1]+6)]))
			form := strings.ToLower(s[loc[0]:loc[1]])
			return (form == "admit" || form == "admits") && (strings.HasPrefix(next, "that") || strings.HasPrefix(next, "the"))
		case "unless", "not", "neither", "nor", "save", "than", "as", "where":
			return false
		}
		break
	}
	return true
}

// QuoteAdmissions returns the admitted statements of a response's text,
// each a verbatim span of prose.NormalizeSpace(text).
func QuoteAdmissions(text string) []Quote {
	t := prose.NormalizeSpace(text)
	var out []Quote
	for _, sp := range prose.SentenceSpans(t) {
		s := sp.Of(t)
		if !strings.Contains(strings.ToLower(s), "admit") {
			continue
		}
		out = append(out, quoteSentence(s)...)
	}
	return out
}

// admitLocs returns where s admits something.
func admitLocs(s string) [][]int {
	var out [][]int
	for _, m := range admitWordRe.FindAllStringSubmatchIndex(s, -1) {
		if loc := m[2:4]; isAdmitting(s, loc) {
			out = append(out, loc)
		}
	}
	return out
}

// quoteSentence quotes the admitting parts of one sentence.
func quoteSentence(s string) []Quote {
	locs := admitLocs(s)
	if len(locs) == 0 {
		return nil
	}
	var out []Quote
	from := 0 // where the search for the next admitting word starts
	for _, loc := range locs {
		if loc[0] < from {
			continue
		}
		start, head := 0, false
		if len(out) > 0 || priorNegRe.MatchString(s[:loc[0]]) {
			// The quotation starts at the admitting word ("… admits and
			// alleges that"), or at its subject after a semicolon ("…; RV
			// Fun admits that").
			start, head = loc[0], true
			if k := strings.LastIndexByte(s[:loc[0]], ';'); k >= 0 {
				if subj := strings.TrimSpace(s[k+1 : loc[0]]); subj != "" && len(strings.Fields(subj)) <= 4 && !priorNegRe.MatchString(subj) && !leadingConjRe.MatchString(subj) {
					start = k + 1 + (len(s[k+1:loc[0]]) - len(strings.TrimLeft(s[k+1:loc[0]], " ")))
				}
			}
		} else if m := leadInRe.FindStringIndex(s); m != nil && m[1] <= loc[0] {
			start = m[1]
		} else if m := leadingConjRe.FindStringIndex(s); m != nil && m[1] == loc[0] {
			// "but ADMIT that", "and further ADMIT that": a sentence the
			// text split in two.
			start, head = loc[0], true
		}
		end, tail := cutAfter(s, loc[1])
		q := strings.TrimRight(s[start:end], " ,;:")
		if !balanced(q) {
			// A cut inside a quotation: quote on to the end of the sentence.
			end, tail = len(s), false
			q = s[start:]
		}
		if tail && len(strings.Fields(q)) < 3 && !bareAdmitRe.MatchString(q) {
			end, tail = len(s), false
			q = s[start:]
		}
		if !tail {
			q = strings.TrimRight(q, " ")
		}
		if partOnlyRe.MatchString(q) {
			// "Admitted in part, denied in part.": says nothing of what.
			from = end
			continue
		}
		out = append(out, Quote{Text: q, Head: head, Tail: tail})
		from = end
		if !tail {
			break
		}
	}
	return out
}

// cutAfter returns where the admission that starts before from stops in s,
// and whether that is before the sentence's end.
func cutAfter(s string, from int) (int, bool) {
	at := from
	for {
		cut, next, ok := nextCut(s, at)
		if !ok {
			return len(s), false
		}
		word := strings.ToLower(strings.TrimLeft(s[cut:next], ",; "))
		if strings.HasPrefix(word, "but") && !strings.HasPrefix(word, "but ") && word != "but" {
			at = next
			continue
		}
		if strings.HasSuffix(word, "but") {
			rest := s[next:]
			if butKeepRe.MatchString(rest) || !butPartyRe.MatchString(rest) {
				at = next
				continue
			}
		}
		// The run-on words admit again ("and further admits"): keep going.
		if admitWordRe.MatchString(s[cut:min(len(s), next+12)]) {
			at = next
			continue
		}
		return cut, true
	}
}

// cutAtRe and andPartyVerbAtRe are cutRe and andPartyVerbRe anchored at
// the start: nextCut tries them only where a match can start (a comma, a
// semicolon, a space), which is far cheaper than an unanchored search.
var (
	cutAtRe          = regexp.MustCompile(`(?i)^(?:` + strings.TrimPrefix(cutRe.String(), "(?i)") + `)`)
	andPartyVerbAtRe = regexp.MustCompile(`^(?:` + andPartyVerbRe.String() + `)`)
)

// nextCut returns the leftmost match of cutRe or andPartyVerbRe in s at or
// after at (cutRe first where both match at one place), as positions in s.
func nextCut(s string, at int) (cut, next int, ok bool) {
	for i := at; i < len(s); i++ {
		switch s[i] {
		case ',', ';', ' ', '\t', '\n':
		default:
			continue
		}
		if m := cutAtRe.FindStringIndex(s[i:]); m != nil {
			return i, i + m[1], true
		}
		if m := andPartyVerbAtRe.FindStringIndex(s[i:]); m != nil {
			return i, i + m[1], true
		}
	}
	return 0, 0, false
}

// balanced reports whether every quotation mark opened in s is closed.
func balanced(s string) bool {
	open := strings.Count(s, "“") - strings.Count(s, "”")
	if open != 0 {
		// "“today's enterprises”" with a straight opening quote: count both kinds together.
		all := strings.Count(s, "“") + strings.Count(s, "”") + strings.Count(s, `"`)
		return all%2 == 0
	}
	return strings.Count(s, `"`)%2 == 0
}

// partOnlyRe is an admission "in part" that does not say of what.
var partOnlyRe = regexp.MustCompile(`(?i)^(?:paragraphs?\s+[\w\s(),]{1,60}?\s+(?:is|are)\s+)?admitted\s+in\s+part(?:[,;]?\s*(?:and\s+)?denied\s+in\s+part)?\s*[.;]?$`)

// bareAdmitRe is an admission with no words of its own: "Admitted.",
// "Admitted, upon information and belief".
var bareAdmitRe = regexp.MustCompile(`(?i)^(?:otherwise,?\s*)?(?:(?:upon|on)\s+information\s+and\s+belief,?\s*)?(?:it\s+is\s+|paragraphs?\s+[\w\s(),]{1,60}?\s+(?:is|are)\s+)?admitted(?:,?\s+(?:upon|on)\s+information\s+and\s+belief)?\s*[.;]?$`)

// admissionQuotes returns the admitted statements of a response the parser
// found to admit something; when no admitting sentence can be quoted, the
// whole response, marked for review.
func admissionQuotes(r *pleading.Response) []Quote {
	if !r.Admits {
		return nil
	}
	if strings.TrimSpace(r.Text) == "" {
		// A response built without its text (a test, another reader): its
		// statements as given.
		var out []Quote
		for _, s := range r.Admitted {
			out = append(out, Quote{Text: s})
		}
		return out
	}
	if qs := QuoteAdmissions(r.Text); len(qs) > 0 {
		return qs
	}
	t := prose.NormalizeSpace(r.Text)
	for _, sp := range prose.SentenceSpans(t) {
		if partOnlyRe.MatchString(sp.Of(t)) {
			return nil // "Admitted in part, denied in part.": nothing to quote
		}
	}
	return []Quote{{Text: prose.NormalizeSpace(r.Text), Whole: true}}
}

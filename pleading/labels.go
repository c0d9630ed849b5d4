package pleading

import (
	"regexp"
	"strings"
)

// Paragraph labels other than "12.": a sub-paragraph's "3(b).", the
// ordinal words of New York's older answers ("FIRST: Denies ..."), the word
// and number of "Paragraph 4. Denied.", and the
// unnumbered response that names its paragraph in its first words
// ("Defendant admits the allegations of paragraph 4.").

// subLabelEnd returns the length of a sub-paragraph label opening s, "(a)",
// "(iv)", "(2)", "(a-d)", or 0.
func subLabelEnd(s string) int {
	for k := 1; k < len(s) && k <= 6; k++ {
		c := s[k]
		switch {
		case c == ')':
			if k == 1 {
				return 0
			}
			return k + 1
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
		default:
			return 0
		}
	}
	return 0
}

// subStart reports whether the numbered line t opens with a sub-paragraph
// label after its number: "3(b). Denied."
func subStart(t string) bool {
	i := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	return i > 0 && t[i] == '('
}

// ordinalLabelStart reads a paragraph labelled by an ordinal word and a
// colon, as New York answers long were: "FIRST: Denies each and every
// allegation contained in paragraphs "1" and "2" of the complaint." Only
// the label the sequence expects (want) is read, and the text after it
// must open like a paragraph.
func ordinalLabelStart(t string, want int) (rest string, ok bool) {
	k := strings.IndexByte(t, ':')
	if k < 5 || k > 24 || !capsLine(t[:k]) {
		return "", false
	}
	if ordinalValue(t[:k]) != want || strings.ContainsAny(t[:k], "0123456789") {
		return "", false
	}
	rest = strings.TrimSpace(t[k+1:])
	if rest == "" || !startsUpper(rest) {
		return "", false
	}
	return rest, true
}

// verbKeyedRe matches the opening of an unnumbered response that names
// the paragraph it answers right after its verb: "Defendant admits the
// allegations of paragraph 4", "Harbor Co. denies the allegations
// contained in paragraphs 5 through 9", "The allegations of paragraph 10
// are denied".
var verbKeyedRe = regexp.MustCompile(`(?i)^(?:(?:[\w.,'’&-]+\s+){1,5}?(?:admits?|denies|deny|lacks?|(?:is|are)\s+without)\s+(?:[\w,'’-]+\s+){0,14}?|the\s+allegations\s+(?:[\w,'’-]+\s+){0,4}?)(?:paragraphs?|¶¶?)\s*(?:no\.?\s*)?["“]?\d`)

// verbKeyedStart reports whether the line t starts a new unnumbered
// response keyed by its verb (see verbKeyedRe) in an answer that numbers
// none: it follows a finished sentence, and the paragraph it names comes
// after those the open response names ("Defendant denies the remaining
// allegations of paragraph 3." goes on with the response to 3).
func (p *parser) verbKeyedStart(i int, t string) bool {
	if len(t) < 20 || !startsUpper(t) || !terminal(p.prevText) && !p.gap {
		return false
	}
	t = p.withNextLine(i, t)
	if !verbKeyedRe.MatchString(t) {
		return false
	}
	refs, _ := firstParagraphRefs(t)
	if len(refs) == 0 {
		return false
	}
	if p.para != nil && p.to == toParagraph {
		if open, _ := firstParagraphRefs(p.para.Text); len(open) > 0 && refs[0] <= open[len(open)-1] {
			return false
		}
	}
	return true
}

// withNextLine returns line i's text t joined with the line after it when
// t does not end a sentence: a reference the line break cut ("... the
// allegations of" / "paragraph 3 ...").
func (p *parser) withNextLine(i int, t string) string {
	if terminal(t) || i+1 >= len(p.lines) || p.lines[i+1].blank() {
		return t
	}
	return t + " " + p.lines[i+1].text
}

// paragraphWordStart reads "Paragraph 4. Denied.": a response labelled by
// the word and the number the sequence expects (want), then a period. The
// caller checks that a sentence ended before it, since "... as alleged in"
// / "Paragraph 4. Defendant ..." is a reference the line break cut.
func paragraphWordStart(t string, want int) (rest string, ok bool) {
	const word = "paragraph "
	if len(t) < len(word)+3 || !strings.EqualFold(t[:len(word)], word) {
		return "", false
	}
	n, i := 0, len(word)
	for i < len(t) && i < len(word)+MaxNumberDigits && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if n != want || i+1 >= len(t) || t[i] != '.' || t[i+1] != ' ' {
		return "", false
	}
	rest = strings.TrimSpace(t[i+1:])
	if !startsUpper(rest) {
		return "", false
	}
	return rest, true
}

// findFirstParagraph returns the index of the line that starts paragraph 1,
// or the first response keyed to a paragraph in an answer that does not
// number its own.
func (p *parser) findFirstParagraph() int {
	first := p.findFirstNumbered()
	end := len(p.lines)
	if first >= 0 {
		end = first
	}
	// An answer of unnumbered responses may still number its defenses.
	// Responses keyed by their verb ("Defendant admits the allegations of
	// paragraph 1.") count only where there are two or more: one such
	// sentence before "1." is the answer's preamble.
	verbFirst, verbs := -1, 0
	for i, l := range p.lines[:end] {
		if keyedResponse(l.text) {
			if verbFirst >= 0 {
				return verbFirst
			}
			return i
		}
		if _, ok := ordinalLabelStart(l.text, 1); ok && p.kind != KindComplaint {
			return i
		}
		if _, ok := paragraphWordStart(l.text, 1); ok && p.kind != KindComplaint && (i == 0 || terminal(p.lines[i-1].text) || p.lines[i-1].blank()) {
			return i
		}
		if p.kind != KindComplaint && i > 0 && startsUpper(l.text) && (terminal(p.lines[i-1].text) || p.lines[i-1].blank()) && verbKeyedRe.MatchString(p.withNextLine(i, l.text)) {
			if verbs++; verbFirst < 0 {
				verbFirst = i
			}
		}
	}
	if verbs >= 2 {
		return verbFirst
	}
	return first
}

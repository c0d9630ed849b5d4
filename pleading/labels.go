package pleading

import (
	"regexp"
	"strings"
)

// Paragraph labels other than "12.": a sub-paragraph's "3(b).", the
// ordinal words of New York's older answers ("FIRST: Denies ..."), and the
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

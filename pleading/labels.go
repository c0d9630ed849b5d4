package pleading

import "strings"

// Paragraph labels other than "12.": a sub-paragraph's "3(b).", and the
// ordinal words of New York's older answers ("FIRST: Denies ...").

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

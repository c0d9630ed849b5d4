package pleading

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one cleaned source line: its text with page furniture removed,
// its 1-based line number in the source, and the page it sits on.
type line struct {
	text string
	num  int
	page int
}

// blank reports whether l holds no text.
func (l line) blank() bool { return strings.TrimSpace(l.text) == "" }

// checkText reports whether data looks like text we can parse.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	head := data[:n]
	if bytes.IndexByte(head, 0) >= 0 {
		return ErrBinary
	}
	bad := 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else if r < 32 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			bad++
		}
		i += size
	}
	if bad*20 > len(head) {
		return ErrBinary
	}
	return nil
}

// splitLines turns the source into lines, removing the page furniture of
// filed documents: e-filing stamps (which also give the page number), lines
// that are only page numbers, and pleading-paper line numbers (1–28) in the
// left margin. Form feeds start a new page. Line numbers of the result are
// those of the source.
func splitLines(src string) (lines []line, stampCase string) {
	src = strings.TrimPrefix(src, "\uFEFF")
	n := strings.Count(src, "\n") + 1
	lines = make([]line, 0, n)
	page := 1
	// The lines before the first form feed or e-filing stamp (all of them
	// when there is none) take their pages from the page numbers printed
	// at the foot of each page, or regionPage when those are not found.
	regionEnd, regionPage := -1, 0
	var printed []pageMark
	rest := src
	for i := 0; i < n; i++ {
		t := rest // the source's line i, as strings.Split would cut it
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			t, rest = rest[:k], rest[k+1:]
		}
		t = trimMarginMark(dropControls(strings.TrimRight(t, "\r")))
		for strings.Contains(t, "\f") {
			if regionEnd < 0 {
				// What comes before the first form feed is page 1.
				regionEnd, regionPage = len(lines), 1
			}
			j := strings.Index(t, "\f")
			before := t[:j]
			if strings.TrimSpace(before) != "" {
				lines = append(lines, line{text: before, num: i + 1, page: page})
			}
			page++
			t = t[j+1:]
		}
		if isStamp(t) {
			if stampCase == "" {
				if m := stampCaseRe.FindStringSubmatch(t); m != nil {
					stampCase = m[1]
				}
			}
			if m := stampPageRe.FindStringSubmatch(t); m != nil {
				if p, err := strconv.Atoi(m[1]); err == nil && p > 0 {
					page = p
					if regionEnd < 0 {
						// Before a stamp "Page 2 of 9" is page 1; before
						// "Page 5 of 22", some page the stamp does not say.
						regionEnd, regionPage = len(lines), 0
						if p <= 2 {
							regionPage = 1
						}
					}
				}
			}
			lines = append(lines, line{num: i + 1, page: page})
			continue
		}
		lines = append(lines, line{text: t, num: i + 1, page: page})
	}
	if pleadingPaper(lines) {
		stripLineNumbers(lines)
	}
	if regionEnd < 0 {
		regionEnd = len(lines)
	}
	for i := range lines {
		if t := lines[i].text; t != "" && len(t) <= 24 && strings.ContainsAny(t, "0123456789") {
			if pageNumRe.MatchString(t) {
				if i < regionEnd {
					printed = append(printed, pageMark{i: i, page: firstNumber(t)})
				}
				lines[i].text = ""
			} else if i < regionEnd && noisyPageNumRe.MatchString(t) {
				// "J 11", "-~ 13": a page number with OCR scraps, taken
				// out only if it joins the chain of page numbers.
				printed = append(printed, pageMark{i: i, page: firstNumber(t), noisy: true})
			}
		}
		if lines[i].text != "" {
			lines[i].text = cleanLine(lines[i].text)
			if t := lines[i].text; len(t) <= 4 && marginNoise(t) || len(t) <= 70 && docIDLine(t) {
				lines[i].text = ""
			}
		}
	}
	for _, m := range stripRunningFooters(lines) {
		if m.i < regionEnd {
			printed = append(printed, m)
		}
	}
	if !printedPages(lines[:regionEnd], printed) {
		for i := range lines[:regionEnd] {
			lines[i].page = regionPage
		}
	}
	mergeNumberLines(lines)
	return lines, stampCase
}

// mergeNumberLines joins a paragraph number that stands alone on its line
// ("1." with the text on the next line, as Texas pleadings and some PDF
// extractions set it) to the text it numbers. The text must open the way a
// paragraph does; a number followed by another number, or by running text,
// is left alone.
func mergeNumberLines(lines []line) {
	for i := range lines {
		t := lines[i].text
		if len(t) < 2 || len(t) > 5 || t[len(t)-1] != '.' || !allDigits(t[:len(t)-1]) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+3; j++ {
			nt := lines[j].text
			if nt == "" {
				continue
			}
			if !looksLikeStart(nt) || startsWithDigit(nt) {
				break
			}
			lines[i].text = t + " " + nt
			lines[j].text = ""
			break
		}
	}
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// dotLeader reports whether t is only dots and spaces (three dots at least).
func dotLeader(t string) bool {
	dots := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.':
			dots++
		case ' ', '\t':
		default:
			return false
		}
	}
	return dots >= 3
}

var (
	ocrDenyRe = regexp.MustCompile(`\bDE[lI1'"~\\T’\x60]{1,4}Y\b`)
	ocrWRe    = regexp.MustCompile(`([A-Z])[\\'’]V([A-Z])|\b[\\'’]V([A-Z])`)
	mdEscRe   = regexp.MustCompile(`\\([!-/:-@\[-\x60{-~])`)
	htmlTagRe = regexp.MustCompile(`</?(?:i|b|em|strong|u|br|span|sup|sub)\s*/?>`)
)

// cleanLine removes Markdown and HTML markup and fixes the common OCR slips
// of filed pleadings ("DE~'Y" for DENY, "ANS\VER" for ANSWER).
func cleanLine(t string) string {
	if strings.Contains(t, "**") {
		t = strings.ReplaceAll(t, "**", "")
	}
	if strings.Contains(t, "__") {
		t = strings.ReplaceAll(t, "__", "")
	}
	if strings.Contains(t, "<") {
		t = htmlTagRe.ReplaceAllString(t, "")
	}
	if strings.IndexByte(t, '*') >= 0 {
		t = stripEmphasis(t)
	}
	if strings.Contains(t, `\`) || strings.Contains(t, "'V") || strings.Contains(t, "’V") {
		t = ocrWRe.ReplaceAllStringFunc(t, func(s string) string {
			var b strings.Builder
			for _, r := range s {
				switch r {
				case '\\', '\'', '’':
				case 'V':
					b.WriteRune('W')
				default:
					b.WriteRune(r)
				}
			}
			return b.String()
		})
		t = mdEscRe.ReplaceAllString(t, "$1")
	}
	if strings.Contains(t, "DE") {
		t = ocrDenyRe.ReplaceAllString(t, "DENY")
	}
	return dropBullet(collapseSpaces(t))
}

// dropBullet removes a bullet or a stray OCR mark before the text of a line
// ("• Award damages", "¯ E. Order defendant ..."), so what follows can
// start an item.
func dropBullet(t string) string {
	if t == "" || t[0] < 0x80 && t[0] != '~' {
		return t
	}
	r, n := utf8.DecodeRuneInString(t)
	switch r {
	case '•', '·', '¯', '▪', '●', '◦', '‣', '∙', '~', '■', '□', '➢', '\uf0b7':
	default:
		return t
	}
	if n < len(t) && t[n] == ' ' {
		return strings.TrimLeft(t[n:], " ")
	}
	return t
}

// stripEmphasis removes the asterisks of Markdown emphasis ("*Id.*"): an
// opening '*' at the start or after a space or an opening bracket or quote,
// followed by text that neither starts nor ends with a space, up to the
// next '*'. Other asterisks ("5 * 3", "**") stay.
func stripEmphasis(t string) string {
	var b strings.Builder
	i := 0
	for {
		k := strings.IndexByte(t[i:], '*')
		if k < 0 {
			break
		}
		k += i
		if emphOpens(t, k) {
			if e := strings.IndexByte(t[k+1:], '*'); e >= 0 {
				e += k + 1
				if c := t[e-1]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
					if b.Len() == 0 {
						b.Grow(len(t))
					}
					b.WriteString(t[i:k])
					b.WriteString(t[k+1 : e])
					i = e + 1
					continue
				}
			}
		}
		b.WriteString(t[i : k+1])
		i = k + 1
	}
	if i == 0 {
		return t
	}
	b.WriteString(t[i:])
	return b.String()
}

// emphOpens reports whether the '*' at t[k] can open an emphasis.
func emphOpens(t string, k int) bool {
	if k+1 >= len(t) {
		return false
	}
	switch t[k+1] {
	case '*', ' ', '\t', '\n', '\r', '\f':
		return false
	}
	if k == 0 {
		return true
	}
	switch t[k-1] {
	case ' ', '\t', '\n', '\r', '\f', '(', '[', '"':
		return true
	}
	return strings.HasSuffix(t[:k], "“")
}

// collapseSpaces trims t and turns each run of spaces, tabs and no-break spaces into one space.
func collapseSpaces(t string) string {
	t = strings.TrimSpace(t)
	if strings.IndexByte(t, '\t') < 0 && strings.IndexByte(t, 0xC2) < 0 && !strings.Contains(t, "  ") {
		return t
	}
	b := make([]byte, 0, len(t))
	space := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == ' ' || c == '\t' || c == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0 {
			if c == 0xC2 {
				i++
			}
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// joinText appends a continuation line to text: a word broken by a hyphen
// or a dash at the end of a line joins without a space.
func joinText(text, next string) string {
	if text == "" {
		return next
	}
	if next == "" {
		return text
	}
	if strings.HasSuffix(text, "—") || strings.HasSuffix(text, "–") || strings.HasSuffix(text, "/") {
		return text + next
	}
	if strings.HasSuffix(text, "-") && len(text) > 1 {
		r, _ := utf8.DecodeLastRuneInString(text[:len(text)-1])
		n, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			// "single-" / "member", "non-" / "Hispanic": the compound keeps its hyphen.
			if unicode.IsLetter(n) || unicode.IsDigit(n) {
				return text + next
			}
		}
	}
	return text + " " + next
}

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

var (
	// stampRe matches an e-filing stamp: "Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15 Page 3 of 27",
	// "Case: 2:18-cv-00907 Doc #: 12 Filed: ... Page: 3 of 9 PAGEID #: 123", with OCR slips.
	stampRe     = regexp.MustCompile(`(?i)^\W{0,4}ca\S{0,3}:?\s+\S*\d\S*.{0,40}?\bdoc(?:ument)?\b.{0,12}\d.{0,20}\bfiled\b`)
	stampPageRe = regexp.MustCompile(`(?i)\bpage(?:\s*:)?\s*(\d{1,4})\s*of\s*\d{1,4}`)
	// pageNumRe matches a line that is only a page number: "2", "- 2 -", "-3-", "Page 4", "Page 4 of 10".
	pageNumRe = regexp.MustCompile(`(?i)^\s*(?:page\s+)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*of\s*\d{1,3})?\s*$`)
	// lineNumRe matches a pleading-paper line number run into the text: "12 the agency of".
	lineNumRe = regexp.MustCompile(`^\s*(\d{1,2})(?:\s+|$)`)
)

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
	rest := src
	for i := 0; i < n; i++ {
		t := rest // the source's line i, as strings.Split would cut it
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			t, rest = rest[:k], rest[k+1:]
		}
		t = trimMarginMark(strings.TrimRight(t, "\r"))
		for strings.Contains(t, "\f") {
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
	for i := range lines {
		if t := lines[i].text; t != "" && len(t) <= 24 && strings.ContainsAny(t, "0123456789") && pageNumRe.MatchString(t) {
			lines[i].text = ""
		}
		if lines[i].text != "" {
			lines[i].text = cleanLine(lines[i].text)
			if t := lines[i].text; len(t) <= 4 && marginNoise(t) || len(t) <= 70 && docIDLine(t) {
				lines[i].text = ""
			}
		}
	}
	stripRunningFooters(lines)
	mergeNumberLines(lines)
	return lines, stampCase
}

var (
	// footerTitleRe matches the running footer of a page that names the
	// pleading and the page: "COMPLAINT - Page 2", "DEFENDANT'S ANSWER TO
	// COMPLAINT – 3", "Page 4 - ANSWER".
	footerTitleRe = regexp.MustCompile(`(?i)^(?:[^.!?]{0,80}?\b(?:complaint|answer|petition)\b[^.!?]{0,40}?\s*(?:[-–—|]\s*(?:page\s*)?|\bpage\s+)\d{1,3}\b|page\s+\d{1,3}\s*[-–—|]\s*[^.!?]{0,60}\b(?:complaint|answer|petition)\b)`)
	// addressRe matches the lines of a firm's or agency's address block.
	footerAddrRe = regexp.MustCompile(`(?i)\b(?:suite|avenue|ave|street|floor|blvd|boulevard|road|drive|office|box|telephone|tel|phone|fax|facsimile|tdd|tty|e-?mail)\b|\b\d{5}(?:-\d{4})?\b|\d{3}[-.]\d{4}\b|^\d{1,5}\s+[A-Z]`)
	footerFirmRe = regexp.MustCompile(`(?i)\b(?:commission|llp|l\.l\.p|llc|p\.c|p\.a|law|attorneys?|office|department|opportunity|counsel)\b|&`)
)

// stripRunningFooters removes the footer that some courts' pleading paper
// repeats at the foot of every page: a line naming the pleading and the
// page ("COMPLAINT - Page 2") with the filing firm's name and address
// around it. Only lines that read as an address block (a street, a ZIP
// code, a telephone number, a firm or agency name in capitals) go with it.
func stripRunningFooters(lines []line) {
	for i := range lines {
		t := lines[i].text
		if len(t) < 8 || len(t) > 160 || !isFooterTitle(t) {
			continue
		}
		lines[i].text = ""
		for j := i - 1; j >= 0 && j >= i-7; j-- {
			if lines[j].blank() || !footerLine(lines[j].text) {
				break
			}
			lines[j].text = ""
		}
		for j := i + 1; j < len(lines) && j <= i+3; j++ {
			if lines[j].blank() || !footerLine(lines[j].text) {
				break
			}
			lines[j].text = ""
		}
	}
}

// isFooterTitle reports whether t is a page footer naming the pleading.
func isFooterTitle(t string) bool {
	if !containsAnyFold(t, "omplaint", "OMPLAINT") && !containsAnyFold(t, "nswer", "NSWER") && !containsAnyFold(t, "etition", "ETITION") {
		return false
	}
	if fieldCount(t) > 16 {
		return false
	}
	if _, _, _, ok := start(t); ok {
		return false
	}
	// footerTitleRe needs a page number after a dash, a bar or "page".
	if !strings.ContainsAny(t, "0123456789") || !strings.ContainsAny(t, "-–—|") && indexFold(t, "page") < 0 {
		return false
	}
	m := footerTitleRe.FindString(t)
	if m == "" {
		return false
	}
	// The words naming the pleading are a title, not a sentence.
	return capsLine(m) || titleLine(m)
}

// footerLine reports whether t belongs to an address block in a page
// footer, or is a stray mark (“//”) beside one.
func footerLine(t string) bool {
	if fieldCount(t) > 10 {
		return false
	}
	letters := false
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = true
			break
		}
	}
	if !letters {
		return true
	}
	if terminalPeriod(t) && !strings.HasSuffix(t, "Inc.") {
		return false
	}
	return footerAddrRe.MatchString(t) || capsLine(t) && footerFirmRe.MatchString(t)
}

// trimMarginMark removes a mark that OCR read in the right margin of a
// scanned page, set off from the text by a run of spaces ("... continued  I").
func trimMarginMark(t string) string {
	e := len(t)
	for e > 0 && t[e-1] == ' ' {
		e--
	}
	if e < 4 {
		return t
	}
	switch t[e-1] {
	case 'I', 'l', 't', 'f', 'r', 'J', 'i', '!', '\'', '[', '~':
	default:
		return t
	}
	if t[e-2] == ' ' && t[e-3] == ' ' {
		head := strings.TrimRight(t[:e-1], " ")
		if c := t[e-1]; c == 'I' || c == 'l' {
			// "COUNT  I", "Article  I" in a double-spaced scan: a numeral, not a mark.
			w := strings.ToLower(head[strings.LastIndexByte(head, ' ')+1:])
			if numeralWords[w] || head != "" && head[len(head)-1] >= 'A' && head[len(head)-1] <= 'Z' {
				return t
			}
		}
		return head
	}
	return t
}

// numeralWords are the words a roman numeral "I" follows.
var numeralWords = map[string]bool{
	"count": true, "article": true, "title": true, "part": true, "section": true, "chapter": true, "class": true,
	"phase": true, "tier": true, "exhibit": true, "appendix": true, "schedule": true, "volume": true, "claim": true,
	"step": true, "stage": true, "level": true, "type": true, "category": true, "grade": true, "defense": true,
}

// marginNoise reports whether a short line is a stray mark OCR read beside
// the text ("I", "t", "f.", "!", "~-", "{") rather than text: at most one
// letter or digit, and not an item label ("A.", "7.").
func marginNoise(t string) bool {
	alnum := 0
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum++
		}
	}
	if alnum > 1 {
		return false
	}
	if len(t) == 2 && t[1] == '.' && (t[0] >= 'A' && t[0] <= 'Z' || t[0] >= 'a' && t[0] <= 'z' || t[0] >= '0' && t[0] <= '9') {
		return false
	}
	if len(t) == 1 && t[0] >= '0' && t[0] <= '9' {
		return false
	}
	switch t {
	case "X", "x", ")", ":", "§":
		// The rules of a caption's columns.
		return false
	}
	return true
}

// docIDLine reports whether t is a law firm's document-management number
// printed at the foot of each page ("\\NY-090334/010215-947101 v7",
// "CHI 10635505.2"): long runs of digits ending in a version, and no words.
func docIDLine(t string) bool {
	digits, run, maxRun, lowRun := 0, 0, 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' {
			digits++
			run++
			maxRun = max(maxRun, run)
		} else {
			run = 0
		}
		if c >= 'a' && c <= 'z' {
			lowRun++
			if lowRun >= 3 {
				return false
			}
		} else {
			lowRun = 0
		}
	}
	if digits < 9 || maxRun < 5 {
		return false
	}
	e := strings.TrimRight(t, " ")
	n := len(e)
	// "... v7", "... v?", "... vl", "... 10635505.2"
	return n > 2 && (e[n-2] == 'v' && (e[n-1] >= '0' && e[n-1] <= '9' || e[n-1] == '?' || e[n-1] == 'l') ||
		n > 3 && e[n-3] == 'v' && e[n-2] == ' ' ||
		e[n-2] == '.' && e[n-1] >= '0' && e[n-1] <= '9' && e[n-3] >= '0' && e[n-3] <= '9' && !strings.ContainsAny(e, "/,"))
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

// isStamp reports whether t is an e-filing stamp line.
func isStamp(t string) bool {
	if len(t) < 20 || len(t) > 220 {
		return false
	}
	return stampRe.MatchString(t) && (stampPageRe.MatchString(t) || strings.Contains(strings.ToLower(t), "pageid"))
}

// pleadingPaper reports whether the text carries pleading-paper line
// numbers: many lines begin with a number 1–28 that mostly climbs by one.
func pleadingPaper(lines []line) bool {
	nonBlank, numbered, climbing := 0, 0, 0
	last := 0
	for _, l := range lines {
		if l.blank() {
			continue
		}
		nonBlank++
		if !mayNumberLine(l.text) {
			continue
		}
		m := lineNumRe.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > 28 {
			continue
		}
		numbered++
		if n == last+1 || n == last+2 {
			climbing++
		}
		last = n
	}
	return nonBlank > 20 && numbered*4 > nonBlank && climbing*2 > numbered
}

// mayNumberLine reports whether t, after the space lineNumRe skips,
// starts with a digit: whether lineNumRe may match it.
func mayNumberLine(t string) bool {
	t = strings.TrimLeft(t, " \t\n\f\r")
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// stripLineNumbers removes the margin numbers of pleading paper, keeping a
// number that does not fit the climbing sequence (it is then text).
func stripLineNumbers(lines []line) {
	last := 0
	for i := range lines {
		t := lines[i].text
		if !mayNumberLine(t) {
			continue
		}
		m := lineNumRe.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(t[m[2]:m[3]])
		if n < 1 || n > 28 {
			continue
		}
		fits := last == 0 || (n > last && n-last <= 6) || n <= 2 || last >= 22
		if !fits {
			continue
		}
		rest := t[m[1]:]
		// "2 1. Jurisdiction": the margin number, then paragraph 1.
		lines[i].text = rest
		last = n
	}
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

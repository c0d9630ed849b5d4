package pleading

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

var (
	// stampRe matches an e-filing stamp: "Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15 Page 3 of 27",
	// "Case: 2:18-cv-00907 Doc #: 12 Filed: ... Page: 3 of 9 PAGEID #: 123", with OCR slips.
	// The compact form text extraction leaves, its spaces lost, is one too:
	// "Case3:06-cv-01905-JSW Document335 Filed09/23/09 Page1 of 5".
	stampRe     = mustAnchored(`(?i)^\W{0,4}ca\S{0,3}?:?\s*\S*\d\S*.{0,40}?\bdoc(?:ument)?(?:\b|\d).{0,12}\d.{0,20}?(?:\b|\d)filed(?:\b|\d)`)
	stampPageRe = regexp.MustCompile(`(?i)\bpage(?:\s*:)?\s*(\d{1,4})\s*of\s*\d{1,4}`)
	// pageNumRe matches a line that is only a page number: "2", "- 2 -", "-3-", "Page 4", "Page 4 of 10".
	pageNumRe = mustAnchored(`(?i)^\s*(?:page\s+)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*of\s*\d{1,3})?\s*$`)
	// lineNumRe matches a pleading-paper line number run into the text: "12 the agency of".
	lineNumRe = mustAnchored(`^\s*(\d{1,2})(?:\s+|$)`)
	// noisyPageNumRe matches a page number with OCR scraps around it: "J 11", "-~ 13", "^ 16".
	noisyPageNumRe = regexp.MustCompile(`^[^\pL\pN\s]{0,3}[A-Za-z]?[^\pL\pN\s]{0,3}\s+\d{1,3}\s*[^\pL\pN\s]{0,2}$`)
)

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
func stripRunningFooters(lines []line) (marks []pageMark) {
	for i := range lines {
		t := lines[i].text
		if len(t) < 8 || len(t) > 160 || !isFooterTitle(t) {
			continue
		}
		if m := footerPageRe.FindStringSubmatch(t); m != nil {
			if v, err := strconv.Atoi(m[1]); err == nil {
				marks = append(marks, pageMark{i: i, page: v})
			}
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
	return marks
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

// footerPageRe finds the page number in a running footer: the number after
// a dash, a bar or "page", or before a dash ("Page 4 - ANSWER").
var footerPageRe = regexp.MustCompile(`(?i)(?:[-–—|]\s*(?:page\s*)?|\bpage\s+)(\d{1,3})\b`)

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

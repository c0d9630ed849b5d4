package pleading

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// itemStartRe matches a lettered or numbered prayer item: "a. Text", "(b) Text", "C. Text", "3) Text".
	itemStartRe = regexp.MustCompile(`^(?:\(([a-zA-Z]{1,3}|\d{1,3})\)|([a-zA-Z]|\d{1,3})[.)])\s+(\S.*)$`)
)

// MaxNumberDigits is how many digits a paragraph number or a reference to
// one may have (up to 9,999,999): far beyond any real pleading, a sanity
// cap so a long figure at the start of a line is not read as a paragraph.
const MaxNumberDigits = 7

// start reads a numbered-paragraph start from t: "12. Text", "11-12. Text",
// "20.-26. Text", "¶ 7. Text".
func start(t string) (n, n2 int, rest string, ok bool) {
	i := 0
	if len(t) > 10 && (t[0] == 'P' || t[0] == 'p') && strings.EqualFold(t[:10], "paragraph ") {
		// "Paragraph 12: Admitted." — a response keyed by its paragraph.
		return keyedStart(t[10:])
	}
	if strings.HasPrefix(t, "¶") {
		i = len("¶")
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
	}
	digits := func() (int, bool) {
		j, v := i, 0
		for i < len(t) && i-j < MaxNumberDigits && t[i] >= '0' && t[i] <= '9' {
			v = v*10 + int(t[i]-'0')
			i++
		}
		return v, i > j && (i >= len(t) || t[i] < '0' || t[i] > '9')
	}
	if n, ok = digits(); !ok {
		return 0, 0, "", false
	}
	if i < len(t) && t[i] == '(' {
		// "3(a). Admitted.": a response to a sub-paragraph of 3.
		if k := subLabelEnd(t[i:]); k > 0 && i+k < len(t) && t[i+k] == '.' {
			i += k
		} else {
			return 0, 0, "", false
		}
	}
	// An optional range: "11-12." or "20.-26."
	j := i
	if j < len(t) && t[j] == '.' {
		j++
	}
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if dash := strings.HasPrefix(t[j:], "-") || strings.HasPrefix(t[j:], "–"); dash {
		if t[j] == '-' {
			j++
		} else {
			j += len("–")
		}
		for j < len(t) && t[j] == ' ' {
			j++
		}
		save := i
		i = j
		if v, ok2 := digits(); ok2 && i < len(t) && t[i] == '.' {
			n2 = v
		} else {
			i = save
		}
	}
	if i >= len(t) || t[i] != '.' {
		return 0, 0, "", false
	}
	i++
	if i < len(t) && t[i] != ' ' && t[i] != '\t' && !lostSpaceStart(t[i:]) {
		return 0, 0, "", false
	}
	if n2 != 0 && n2 < n {
		// "127-28." is 127 to 128, as courts shorten a range.
		n2 = completeRange(n, n2)
	}
	if n2 != 0 && (n2 <= n || n2-n > 200) {
		return 0, 0, "", false
	}
	return n, n2, strings.TrimSpace(t[i:]), true
}

// lostSpaceStart reports whether rest, right after a paragraph number's
// period with no space ("12.Defendants admit", as text extraction leaves
// it), opens a paragraph: a capital letter followed by a lower-case one
// or another capital, or an opening quote. "1.5" and "3.a" stay text.
func lostSpaceStart(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	switch {
	case r == '“' || r == '"' || r == '‘':
		return true
	case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
		r2, _ := utf8.DecodeRuneInString(rest[n:])
		return unicode.IsLetter(r2)
	}
	return false
}

// ocrStart reads the start of paragraph want when OCR misread its number:
// "I 08. In October ..." for "108.", "l5." for "15.". Only the number the
// sequence expects is accepted.
func ocrStart(t string, want int) (n int, rest string, ok bool) {
	if t == "" || t[0] != 'I' && t[0] != 'l' && t[0] != 'O' {
		return 0, "", false
	}
	w := strconv.Itoa(want)
	j, k, real := 0, 0, false
	for ; j < len(t) && j < 8 && k < len(w); j++ {
		c := t[j]
		real = real || c >= '0' && c <= '9'
		switch c {
		case ' ':
			continue
		case 'I', 'l':
			c = '1'
		case 'O':
			c = '0'
		}
		if c != w[k] {
			return 0, "", false
		}
		k++
	}
	// At least one true digit: "II. Facts" is a heading, not paragraph 11.
	if !real || k < len(w) || j >= len(t) || t[j] != '.' || j+1 < len(t) && t[j+1] != ' ' {
		return 0, "", false
	}
	rest = strings.TrimSpace(t[j+1:])
	if !looksLikeStart(rest) || rest == "" {
		return 0, "", false
	}
	return want, rest, true
}

// noisyStart reads the start of paragraph want where OCR left noise around
// its number: junk before it ("/"•> 23. Upon ...", "n* 80. The ...", a lone
// letter after a finished sentence: "o 21. With ..."), a
// bullet for its period ("4 • Jurisdiction ..."), or no period at all
// ("4 Jurisdiction ...", only after a finished sentence). Only the number
// the sequence expects is read, and the text after it must open like a
// paragraph; note says what was read past.
func noisyStart(t string, want int, afterSentence bool) (n int, rest, note string, ok bool) {
	w := strconv.Itoa(want)
	body := t
	junk := ""
	if !startsWithDigit(t) {
		// Junk: one short token holding a mark that is no letter or digit.
		sp := strings.IndexByte(t, ' ')
		if sp <= 0 || sp > 8 || !strings.HasPrefix(strings.TrimLeft(t[sp:], " "), w) {
			return 0, "", "", false
		}
		junk = t[:sp]
		marks := false
		for _, r := range junk {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				marks = true
			}
			if unicode.IsDigit(r) {
				return 0, "", "", false
			}
		}
		// A lone letter is noise too ("o  21. With respect ...": a bullet
		// read as a letter), but only where a paragraph may start.
		lone := utf8.RuneCountInString(junk) == 1 && afterSentence
		if !marks && !lone || utf8.RuneCountInString(junk) > 4 {
			return 0, "", "", false
		}
		body = strings.TrimLeft(t[sp:], " ")
	}
	if !strings.HasPrefix(body, w) {
		return 0, "", "", false
	}
	after := body[len(w):]
	if after != "" && after[0] >= '0' && after[0] <= '9' {
		return 0, "", "", false
	}
	if junk != "" {
		// "n* 80. The ...": the number itself is well formed.
		if _, _, r, ok := start(body); ok && r != "" && looksLikeStart(r) && startsUpper(r) {
			return want, r, fmt.Sprintf("paragraph %d: read past %q before its number", want, junk), true
		}
		return 0, "", "", false
	}
	// "4 • Jurisdiction", "4 Jurisdiction": a bullet or nothing for the period.
	after = strings.TrimLeft(after, " ")
	bullet := ""
	if r, size := utf8.DecodeRuneInString(after); r == '•' || r == '·' || r == '*' || r == '■' || r == '▪' || r == ',' {
		bullet, after = after[:size], strings.TrimLeft(after[size:], " ")
	}
	if len(after) == len(body)-len(w) || !startsUpper(after) || fieldCount(after) < 3 {
		// No space after the number, or too little to be a paragraph.
		return 0, "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(r) {
		return 0, "", "", false
	}
	if bullet == "" && !afterSentence {
		return 0, "", "", false
	}
	if bullet != "" {
		return want, after, fmt.Sprintf("paragraph %d: %q read as the period after its number", want, bullet), true
	}
	return want, after, fmt.Sprintf("paragraph %d: its number has no period", want), true
}

// misread reports whether the numbered line i, whose number n does not fit
// the sequence, is paragraph last+1 with its number misread: the paragraph
// before it is finished (or ends in a scrap of noise), its text opens like a paragraph, and the next
// numbered line within a few dozen is last+2.
func (p *parser) misread(i, n int, rest string) bool {
	// The line before ends a sentence, or is a scrap of OCR noise ("n <i").
	if p.last == 0 || n == p.last+1 || !terminal(p.prevText) && fieldCount(p.prevText) > 2 || !startsUpper(rest) || fieldCount(rest) < 3 {
		return false
	}
	want := p.last + 2
	for j := i + 1; j < len(p.lines) && j <= i+40; j++ {
		t := p.lines[j].text
		if t == "" || !startsWithDigit(t) {
			continue
		}
		if m, _, r, ok := start(t); ok && looksLikeStart(r) {
			return m == want
		}
	}
	return false
}

// keyedStart reads "12: Text" after a leading "Paragraph" (the colon keeps a
// wrapped "... of\nParagraph 58." from reading as a start).
func keyedStart(t string) (n, n2 int, rest string, ok bool) {
	i := 0
	for i < len(t) && i < MaxNumberDigits && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i >= len(t) || t[i] != ':' {
		return 0, 0, "", false
	}
	i++
	if i < len(t) && t[i] != ' ' && t[i] != '\t' {
		return 0, 0, "", false
	}
	return n, 0, strings.TrimSpace(t[i:]), true
}

// acceptNext reports whether a paragraph numbered n may follow last.
func acceptNext(n, last int, rest string) (ok bool, note string) {
	switch {
	case n == last+1:
		return true, ""
	case n == last+2 && looksLikeStart(rest):
		return true, fmt.Sprintf("paragraph number %d is skipped", last+1)
	case n > last+1 && n <= last+6 && looksLikeStart(rest):
		return true, fmt.Sprintf("paragraph numbers %d–%d are skipped", last+1, n-1)
	case n == last && n > 0 && rest != "" && looksLikeStart(rest):
		return true, fmt.Sprintf("paragraph number %d is used twice", n)
	}
	return false, ""
}

// looksLikeStart reports whether rest reads like the opening of a paragraph.
func looksLikeStart(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsUpper(r) || r == '“' || r == '"' || r == '[' || r == '(' || unicode.IsDigit(r)
}

// keyedRespRe matches the opening of a response that names the paragraph
// it answers instead of numbering itself: "In answer to Paragraph 3,",
// "Answering paragraphs 12 through 15,", "As to the allegations of Paragraph 7".
var keyedRespRe = regexp.MustCompile(`(?i)^(?:(?:in\s+)?(?:answer|response)\s+to|answering|responding\s+to|as\s+to|with\s+respect\s+to|with\s+regard\s+to|for\s+(?:its|their|his|her)\s+(?:answer|response)\s+to)\s+(?:the\s+allegations\s+(?:of|in|contained\s+in|set\s+forth\s+in)\s+)?(?:the\s+\w+\s+sentence\s+of\s+)?(?:paragraphs?|¶¶?)\s*(?:no\.?\s*)?\d`)

// keyedResponse reports whether t opens a response keyed to a paragraph
// ("RESPONSE TO PARAGRAPH NO. 1:" heads one in some courts).
func keyedResponse(t string) bool {
	if len(t) < 12 {
		return false
	}
	switch t[0] {
	case 'I', 'i', 'A', 'a', 'R', 'r', 'W', 'w', 'F', 'f':
	default:
		return false
	}
	return keyedRespRe.MatchString(t)
}

// findFirstNumbered returns the index of the line "1. Text" that starts paragraph 1.
func (p *parser) findFirstNumbered() int {
	for i, l := range p.lines {
		if n, n2, rest, ok := start(l.text); ok && n == 1 && looksLikeStart(rest) {
			// A caption's right column may hold "1. VIOLATIONS OF ..."; paragraph 1 has words after it.
			if rest == "" && n2 == 0 {
				continue
			}
			// "COMPLAINT FOR: 1. BREACH OF CONTRACT;" lists claims in the caption.
			if capsLine(rest) && fieldCount(rest) <= 12 && !strings.Contains(strings.ToLower(rest), "paragraph") {
				continue
			}
			return i
		}
	}
	return -1
}

// numberedLines counts the lines that start with a digit: about as many
// paragraphs as the body holds, to size the list once.
func numberedLines(lines []line) int {
	n := 0
	for _, l := range lines {
		if l.text != "" && l.text[0] >= '0' && l.text[0] <= '9' {
			n++
		}
	}
	return n
}

// refTail holds the words after which a line break cannot start a new
// paragraph: a number must follow them ("... of Paragraph" / "8. ...").
var refTail = map[string]bool{
	"paragraph": true, "paragraphs": true, "¶": true, "¶¶": true, "section": true, "sections": true, "§": true, "§§": true,
	"no.": true, "page": true, "pages": true, "exhibit": true, "exhibits": true, "subparagraph": true, "subparagraphs": true,
	"count": true, "counts": true, "and": true, "or": true, "through": true, "of": true, "to": true,
}

// endsInReference reports whether t ends with a word a number must follow:
// strong for "Paragraph", "¶", "Section", "§"; weak for "and", "of", ",".
func endsInReference(t string) (strong, weak bool) {
	t = strings.TrimRight(t, " \t")
	if strings.HasSuffix(t, ",") {
		return false, true
	}
	i := strings.LastIndexAny(t, " \t")
	w := strings.ToLower(t[i+1:])
	if !refTail[w] {
		return false, false
	}
	switch w {
	case "and", "or", "through", "of", "to":
		return false, true
	}
	return true, false
}

// handleNumbered handles a numbered line; it reports false when the number
// does not fit the sequence (then the line is text).
func (p *parser) handleNumbered(i int, t string) bool {
	l := p.lines[i]
	if p.mode == modePrayer && p.continuesBody(t) {
		// "WHEREFORE, ... judgment on this count." / "129. Denied.": the
		// clause was a count's own prayer and the body goes on.
		p.reopenBody()
	}
	if p.mode == modePrayer {
		if m := itemStartRe.FindStringSubmatch(t); m != nil {
			num := m[1] + m[2]
			fits, skip := p.prayerFits(num)
			if !fits && skip > 0 && looksLikeStart(m[3]) && !endsInLetterRef(p.prayer) {
				// "A. ..., B. ..., Front pay; ..., E. Punitive damages": the scan lost the letters of C and D.
				p.warn(l.num, "prayer item %s follows %s: %d item label(s) missing", num, p.doc.Prayer[len(p.doc.Prayer)-1].Number, skip)
				fits = true
			}
			if fits {
				p.doc.Prayer = append(p.doc.Prayer, PrayerItem{Number: num, Text: m[3], Line: l.num})
				p.prayer = &p.doc.Prayer[len(p.doc.Prayer)-1]
				p.to = toPrayer
				return true
			}
		}
		return false
	}
	n, n2, rest, ok := start(t)
	if ok && n == p.last && subStart(t) {
		// "3(a). Admitted." / "3(b). Denied.": the next part of the
		// paragraph open, not a paragraph of its own.
		return false
	}
	if !ok && (p.mode == modeBody || p.mode == modePrayerHead) {
		n, rest, ok = ocrStart(t, p.last+1)
		if !ok && p.last > 0 {
			var note string
			if n, rest, note, ok = noisyStart(t, p.last+1, terminal(p.prevText)); ok {
				p.warn(l.num, "%s", note)
			}
		}
		if !ok && p.doc.Kind != KindComplaint {
			// "FIRST: Denies ...", "SECOND: ...": New York's ordinal labels.
			if r, isOrd := ordinalLabelStart(t, p.last+1); isOrd {
				n, rest, ok = p.last+1, r, true
			} else if r, isWord := paragraphWordStart(t, p.last+1); isWord && (terminal(p.prevText) || p.gap) {
				n, rest, ok = p.last+1, r, true
			}
		}
		if !ok && p.doc.Kind != KindComplaint && (len(p.spans) == 0 || p.spans[len(p.spans)-1].keyed) && (keyedResponse(t) || p.verbKeyedStart(i, t)) {
			// An unnumbered response keyed to the paragraph it answers, in
			// an answer that numbers none of its own (in a numbered answer
			// "In response to the second sentence of Paragraph 1, ..." goes
			// on with the numbered response).
			p.last++
			p.addParagraph(p.last, 0, t, l)
			p.spans[len(p.spans)-1].keyed = true
			return true
		}
	}
	if !ok {
		if overCap(t) && p.mode == modeBody {
			p.warn(l.num, "a number of more than %d digits starts the line: read as text, not as a paragraph number", MaxNumberDigits)
		}
		return false
	}
	// "... the second sentence of Paragraph" / "53. In response ...": a
	// reference broken at the end of a line, not a new paragraph.
	if strong, weak := endsInReference(p.prevText); strong || weak && n != p.last+1 {
		return false
	}
	switch p.mode {
	case modeCounterclaims:
		ok, note := acceptNext(n, p.ccLast, rest)
		if !ok {
			return false
		}
		if note != "" {
			p.warn(l.num, "counterclaims: %s", note)
		}
		p.ccLast = max(n, n2)
		p.doc.Counterclaims = append(p.doc.Counterclaims, Paragraph{Number: n, Text: rest, Line: l.num, Page: l.page, Heading: p.heading, Section: p.section})
		p.para = &p.doc.Counterclaims[len(p.doc.Counterclaims)-1]
		p.to = toCounterclaim
		return true
	case modeDefenses:
		// Numbered paragraphs under AFFIRMATIVE DEFENSES: the text of the
		// defense just headed, or each a defense of its own.
		if n != p.last+1 && n != 1 && !(n > p.last && n <= p.last+3) {
			return false
		}
		p.last = max(n, n2)
		if p.defense != nil && p.defenseFresh {
			p.defense.Text = rest
			p.defenseFresh = false
			p.to = toDefense
			return true
		}
		p.dropLooseDefenses()
		p.addDefense(len(p.doc.Defenses)+1, "", "", rest, l.num)
		p.defenseFresh = false
		p.to = toDefense
		return true
	case modePrayerHead, modeBody:
		ok, note := acceptNext(n, p.last, rest)
		if !ok && n2 == 0 && p.misread(i, n, rest) {
			// "41. The Plaintiff's pocketbook ..." between 46 and 48: a
			// number OCR misread. Read it as the number the sequence needs.
			p.warn(l.num, "paragraph number %d read as %d: it breaks the sequence and the next paragraph is %d", n, p.last+1, p.last+2)
			n, ok, note = p.last+1, true, ""
		}
		if !ok {
			return false
		}
		if note != "" && !p.coveredGap(n) {
			p.warn(l.num, "%s", note)
		}
		p.last = max(n, n2)
		p.addParagraph(n, n2, rest, l)
		return true
	}
	return false
}

// coveredGap reports whether the paragraph before n answered the numbers
// skipped before n ("13. Answering paragraphs 13 through 16, ..." then "17.").
func (p *parser) coveredGap(n int) bool {
	if p.para == nil || p.to != toParagraph {
		return false
	}
	refs, pos := firstParagraphRefs(p.para.Text)
	return pos >= 0 && pos < 200 && len(refs) > 0 && refs[len(refs)-1] == n-1
}

// prayerFits reports whether a prayer item numbered num follows the items
// so far; when it does not, skip is how many labels (one or two) it would
// skip, or 0.
func (p *parser) prayerFits(num string) (fits bool, skip int) {
	if len(p.doc.Prayer) == p.leadAt {
		// "200. ... / WHEREFORE, Plaintiffs pray for an order: / 201. As to all causes of action, ..."
		return num == "1" || strings.EqualFold(num, "a") || strings.EqualFold(num, "i") || p.last > 0 && num == strconv.Itoa(p.last+1), 0
	}
	prev := p.doc.Prayer[len(p.doc.Prayer)-1].Number
	gap := 0
	if a, err := strconv.Atoi(prev); err == nil {
		b, err := strconv.Atoi(num)
		if err != nil {
			return false, 0
		}
		gap = b - a
	} else if len(prev) == 1 && len(num) == 1 {
		gap = int(num[0]) - int(prev[0])
		if (prev[0] >= 'a') != (num[0] >= 'a') {
			return false, 0
		}
	} else {
		return romanValue(num) == romanValue(prev)+1 && romanValue(prev) > 0, 0
	}
	if gap == 1 {
		return true, 0
	}
	if gap == 2 || gap == 3 {
		return false, gap - 1
	}
	return false, 0
}

// endsInLetterRef reports whether the open prayer item ends in a word that
// a label-like token continues ("42 U.S." / "C. § 1983", "subsection").
func endsInLetterRef(it *PrayerItem) bool {
	if it == nil {
		return false
	}
	strong, weak := endsInReference(it.Text)
	return strong || weak || strings.HasSuffix(it.Text, "U.S.")
}

func (p *parser) addParagraph(n, n2 int, rest string, l line) {
	para := Paragraph{Number: n, Text: rest, Line: l.num, Page: l.page, Heading: p.heading, Section: p.section}
	if c := p.curCount(); c != nil {
		para.Count = c.Number
		if c.First == 0 {
			c.First = n
		}
		c.Last = max(n, n2)
	}
	p.doc.Paragraphs = append(p.doc.Paragraphs, para)
	p.para = &p.doc.Paragraphs[len(p.doc.Paragraphs)-1]
	p.spans = append(p.spans, span{n: n, n2: n2})
	p.to = toParagraph
}

// overCap reports whether t starts like a numbered paragraph whose number
// has more than MaxNumberDigits digits ("12345678. Text").
func overCap(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > MaxNumberDigits && strings.HasPrefix(t[i:], ". ")
}

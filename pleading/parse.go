package pleading

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parse reads a pleading from plain text or Markdown. name is used in
// positions and errors (usually the file name). Problems the parser can
// read past are reported as Document.Warnings; a pleading it cannot read
// at all (empty, binary, no numbered paragraphs) is an *Error.
func Parse(name string, data []byte) (*Document, error) {
	if err := checkText(data); err != nil {
		return nil, &Error{Pos: Pos{File: name}, Err: err}
	}
	p := newParser(name, string(data))
	return p.parse()
}

// mode is the part of a pleading the parser is in.
type mode int

const (
	modeBody          mode = iota // numbered allegations or responses
	modePrayerHead                // after a PRAYER FOR RELIEF heading, before WHEREFORE
	modePrayer                    // prayer items
	modePrayerAnswer              // an answer's response to the complaint's prayer
	modeDefenses                  // affirmative defenses
	modeCounterclaims             // counterclaims: numbered on their own
	modeEnd                       // signature, certificate of service
)

// target is where continuation text goes.
type target int

const (
	toNone target = iota
	toParagraph
	toPrayer
	toDefense
	toCountTitle
	toDefenseTitle
	toPrayerAnswer
	toCounterclaim
	toPrayerLead
	toReservation
)

type parser struct {
	name  string
	lines []line
	doc   *Document

	mode     mode
	to       target
	last     int // last paragraph number of the main sequence
	ccLast   int // last counterclaim paragraph number
	heading  string
	section  string
	countIdx int // index into doc.Counts of the count paragraphs now belong to, or -1
	para     *Paragraph
	prayer   *PrayerItem
	defense  *Defense
	// defenseFresh is true while a defense heading waits for its text.
	defenseFresh bool
	prayerLead   string
	prayerAnswer string
	bodyEnd      int // index of the first line after the pleading's body (signature zone)
	// spans holds, for each of doc.Paragraphs, the last number of a
	// multi-number paragraph ("11-12."), or 0.
	spans          []span
	prayerLeadLine int
	prevText       string // the previous non-blank line of the body
	loose          string // unnumbered text under headings of the body (an answer's GENERAL DENIAL section)
	preamble       string
	preambleLine   int
	stampCase      string
}

// span is the number range of one numbered paragraph; keyed marks an
// unnumbered response that the parser numbered in sequence ("In answer to
// Paragraph 3, ...").
type span struct {
	n, n2 int
	keyed bool
}

func newParser(name, src string) *parser {
	lines, stampCase := splitLines(src)
	return &parser{
		countIdx:  -1,
		stampCase: stampCase,
		name:      name,
		lines:     lines,
		doc: &Document{
			File:       name,
			Kind:       KindOther,
			Headings:   []Heading{},
			Paragraphs: []Paragraph{},
			Counts:     []Count{},
			Prayer:     []PrayerItem{},
			Counsel:    []Counsel{},
			Responses:  []Response{},
			Defenses:   []Defense{},
			Warnings:   []Warning{},
		},
	}
}

func (p *parser) warn(line int, format string, args ...any) {
	p.doc.Warnings = append(p.doc.Warnings, Warning{Line: line, Message: fmt.Sprintf(format, args...)})
}

var (
	// itemStartRe matches a lettered or numbered prayer item: "a. Text", "(b) Text", "C. Text", "3) Text".
	itemStartRe = regexp.MustCompile(`^(?:\(([a-zA-Z]{1,3}|\d{1,3})\)|([a-zA-Z]|\d{1,3})[.)])\s+(\S.*)$`)
)

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
		for i < len(t) && i-j < 5 && t[i] >= '0' && t[i] <= '9' {
			v = v*10 + int(t[i]-'0')
			i++
		}
		return v, i > j && (i >= len(t) || t[i] < '0' || t[i] > '9')
	}
	if n, ok = digits(); !ok {
		return 0, 0, "", false
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
	if i < len(t) && t[i] != ' ' && t[i] != '\t' {
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

// keyedStart reads "12: Text" after a leading "Paragraph" (the colon keeps a
// wrapped "... of\nParagraph 58." from reading as a start).
func keyedStart(t string) (n, n2 int, rest string, ok bool) {
	i := 0
	for i < len(t) && i < 5 && t[i] >= '0' && t[i] <= '9' {
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

func (p *parser) parse() (*Document, error) {
	first := p.findFirstParagraph()
	if first < 0 {
		// An answer may have no numbered paragraphs at all: a general denial
		// (as California allows of an unverified complaint) and defenses
		// headed FIRST AFFIRMATIVE DEFENSE, ...
		if first = p.findAnswerBody(); first < 0 {
			return nil, &Error{Pos: Pos{File: p.name, Line: 1}, Err: ErrNoParagraphs}
		}
	}
	p.parseHeader(first)
	p.parseBody(first)
	p.finish()
	return p.doc, nil
}

var generalDenialHeadRe = regexp.MustCompile(`(?i)^(?:[IVX]+\.\s*)?general\s+denial\s*[:.]?$`)

// findAnswerBody returns the index of the first line of an answer's body when
// the answer numbers no paragraphs: the general denial or the first defense
// heading after a title naming an ANSWER; -1 when there is none.
func (p *parser) findAnswerBody() int {
	title := -1
	for i, l := range p.lines {
		t := l.text
		if t == "" || len(t) > 200 {
			continue
		}
		if title < 0 {
			if capsLine(t) && titleRe.MatchString(t) && strings.Contains(strings.ToUpper(t), "ANSWER") || strings.Contains(titleTail(t), "ANSWER") {
				title = i
			}
			continue
		}
		if generalDenialHeadRe.MatchString(t) || defensesHeadRe.MatchString(t) {
			return i
		}
		if _, _, ok := defenseHeading(t); ok {
			return i
		}
		if isGeneralDenial(t) {
			return i
		}
	}
	return -1
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
	for i, l := range p.lines[:end] {
		if keyedResponse(l.text) {
			return i
		}
	}
	return first
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

// nextNonBlank returns the index of the next non-blank line after i, or -1.
func (p *parser) nextNonBlank(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if !p.lines[j].blank() {
			return j
		}
	}
	return -1
}

// headingTail joins to the heading just read at line i the line right after
// it when that line goes on with the heading (a heading printed on two
// lines: "C. 24/7 Misappropriates ... Confidential Information" /
// "Unfairly To Compete ..."), and returns how many lines it took (0 or 1).
func (p *parser) headingTail(i int) int {
	if p.to == toCountTitle || p.to == toDefenseTitle || p.to == toReservation || p.to == toPrayerAnswer {
		return 0 // the lines after a count or defense heading are its title
	}
	if len(p.doc.Headings) == 0 || p.doc.Headings[len(p.doc.Headings)-1].Line != p.lines[i].num || i+1 >= len(p.lines) {
		return 0
	}
	next := p.lines[i+1].text
	if next == "" || len(next) > 200 || terminalPeriod(next) || endsLikeText(next) || p.isNumberedStart(next) || p.isHeadingLike(next) {
		return 0
	}
	if _, _, _, ok := start(next); ok {
		return 0
	}
	h := &p.doc.Headings[len(p.doc.Headings)-1]
	if !(capsLine(next) && capsLine(h.Text) || titleLine(next) && !capsLine(next) && !capsLine(h.Text)) {
		return 0
	}
	// The line after the tail must not go on with running text.
	if i+2 < len(p.lines) {
		after := p.lines[i+2].text
		if after != "" && !p.isNumberedStart(after) && !p.isHeadingLike(after) {
			if _, _, _, ok := start(after); !ok {
				return 0
			}
		}
	}
	old := h.Text
	h.Text = old + " " + next
	if p.heading == old {
		p.heading = h.Text
	}
	if p.section == old {
		p.section = h.Text
	}
	return 1
}

// closeAll ends whatever paragraph, item or defense is open.
func (p *parser) closeAll() {
	p.para = nil
	p.prayer = nil
	p.to = toNone
}

func (p *parser) parseBody(first int) {
	p.bodyEnd = len(p.lines)
	p.doc.Paragraphs = make([]Paragraph, 0, numberedLines(p.lines[first:]))
	prevTerminal := true
	for i := first; i < len(p.lines); i++ {
		l := p.lines[i]
		if l.blank() {
			continue
		}
		t := l.text
		if p.mode == modeEnd {
			if isCounterclaimsHeading(t) {
				p.mode = modeCounterclaims
				p.addHeading(t, 1, l)
				p.section = t
				continue
			}
			continue
		}
		if p.juryEnds(i, t) {
			p.closeAll()
			p.defense = nil
			p.mode = modeEnd
			if i < p.bodyEnd {
				p.bodyEnd = i
			}
			continue
		}
		if p.handleHeading(i, t, prevTerminal) {
			prevTerminal = true
			p.prevText = ""
			i += p.headingTail(i)
			continue
		}
		if endsBody(t) && p.mode != modeCounterclaims {
			p.closeAll()
			p.defense = nil
			p.mode = modeEnd
			if p.bodyEnd == len(p.lines) || i < p.bodyEnd {
				p.bodyEnd = i
			}
			continue
		}
		if p.handleNumbered(i, t) {
			prevTerminal = terminal(t)
			p.prevText = t
			continue
		}
		p.continueText(i, t)
		prevTerminal = terminal(t)
		p.prevText = t
	}
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

// reservesRe matches the opening of a reservation of rights: "DPE reserves the right to amend".
var reservesRe = regexp.MustCompile(`(?i)^(?:\S+\s+){0,5}(?:hereby\s+|expressly\s+|specifically\s+)?reserves?\s+(?:the|its|their|all)\s+rights?\b`)

var (
	juryHeadRe = regexp.MustCompile(`(?i)^(?:demand\s+for\s+(?:a\s+)?(?:trial\s+by\s+)?jury(?:\s+trial)?|jury\s+(?:trial\s+)?demand(?:ed)?|jury\s+demand)\s*[.:]?$`)
	jurySentRe = regexp.MustCompile(`(?i)^(?:\S+\s+){0,6}(?:hereby\s+)?(?:demands?|requests?)\s+(?:a\s+)?(?:trial\s+by\s+jury|jury\s+trial)\b`)
)

// juryEnds reports whether t is a jury demand that closes the pleading's body or prayer.
func (p *parser) juryEnds(i int, t string) bool {
	if !strings.Contains(t, "ury") && !strings.Contains(t, "URY") {
		return false
	}
	if juryHeadRe.MatchString(t) {
		// "JURY DEMAND / 156. Plaintiffs demand trial by jury." in the middle
		// of the body is a section like any other.
		if p.mode == modeBody && p.nextIsNumbered(i) {
			if j := p.nextNonBlank(i); j >= 0 {
				if n, _, rest, ok := start(p.lines[j].text); ok {
					if fits, _ := acceptNext(n, p.last, rest); fits {
						return false
					}
				}
			}
		}
		return p.mode != modeCounterclaims
	}
	return (p.mode == modePrayer || p.mode == modePrayerHead) && jurySentRe.MatchString(t)
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

// terminal reports whether t ends a sentence.
func terminal(t string) bool {
	t = strings.TrimRight(t, " *_”\"’')]")
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '?' || r == '!' || r == ':' || r == ';'
}

var (
	signatureRe = regexp.MustCompile(`(?i)^(?:dated\b|date:|respectfully submitted|/s/|s/\s|by:\s|of counsel\b|certificate of service|this\s+\d{1,2}(?:st|nd|rd|th)\s+day\s+of)`)
)

// endsBody reports whether t starts the signature block or the certificate of service.
func endsBody(t string) bool {
	if len(t) > 200 {
		return false
	}
	return signatureRe.MatchString(t)
}

// handleNumbered handles a numbered line; it reports false when the number
// does not fit the sequence (then the line is text).
func (p *parser) handleNumbered(i int, t string) bool {
	l := p.lines[i]
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
	if !ok && (p.mode == modeBody || p.mode == modePrayerHead) {
		n, rest, ok = ocrStart(t, p.last+1)
		if !ok && p.doc.Kind != KindComplaint && (len(p.spans) == 0 || p.spans[len(p.spans)-1].keyed) && keyedResponse(t) {
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
		p.addDefense(len(p.doc.Defenses)+1, "", "", rest, l.num)
		p.defenseFresh = false
		p.to = toDefense
		return true
	case modePrayerHead, modeBody:
		ok, note := acceptNext(n, p.last, rest)
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
	if len(p.doc.Prayer) == 0 {
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

// continueText adds a text line to whatever is open.
func (p *parser) continueText(i int, t string) {
	switch p.to {
	case toParagraph, toCounterclaim:
		p.para.Text = joinText(p.para.Text, t)
	case toPrayer:
		p.prayer.Text = joinText(p.prayer.Text, t)
	case toPrayerLead:
		p.prayerLead = joinText(p.prayerLead, t)
	case toDefense:
		// "DPE reserves the right to amend its answer ...": a closing
		// reservation after the last defense, not part of its text.
		if p.defense.Text != "" && terminal(p.prevText) && reservesRe.MatchString(t) {
			p.defense = nil
			p.to = toReservation
			p.doc.ReservationLine = p.lines[i].num
			p.doc.Reservation = t
			return
		}
		p.defense.Text = joinText(p.defense.Text, t)
	case toReservation:
		p.doc.Reservation = joinText(p.doc.Reservation, t)
	case toDefenseTitle:
		// A parenthesized line under a defense heading is its title; other text is its body.
		if isParenthetical(t) && p.defense.Title == "" {
			p.defense.Title = strings.Trim(t, "() ")
			return
		}
		if p.defense.Title != "" && p.defense.Text == "" && !terminal(t) && fieldCount(t) <= 6 && p.nextIsNumbered(i) {
			p.defense.Title = joinText(p.defense.Title, t)
			return
		}
		p.defense.Text = joinText(p.defense.Text, t)
		p.defenseFresh = false
		p.to = toDefense
	case toCountTitle:
		p.addCountLine(t)
	case toPrayerAnswer:
		p.prayerAnswer = joinText(p.prayerAnswer, t)
	default:
		if p.mode == modePrayerHead || p.mode == modePrayer {
			p.prayerLead = joinText(p.prayerLead, t)
		} else if len(p.loose) < 20000 {
			p.loose = joinText(p.loose, t)
		}
	}
}

// nextIsNumbered reports whether the next non-blank line after i starts a numbered paragraph.
func (p *parser) nextIsNumbered(i int) bool {
	j := p.nextNonBlank(i)
	if j < 0 {
		return false
	}
	_, _, _, ok := start(p.lines[j].text)
	return ok
}

// isParenthetical reports whether t is wholly in parentheses: "(Failure to State a Claim)".
func isParenthetical(t string) bool {
	return strings.HasPrefix(t, "(") && strings.HasSuffix(strings.TrimRight(t, " "), ")") && strings.Count(t, "(") == strings.Count(t, ")")
}

// curCount returns the count paragraphs now belong to, or nil.
func (p *parser) curCount() *Count {
	if p.countIdx < 0 {
		return nil
	}
	return &p.doc.Counts[p.countIdx]
}

func (p *parser) addHeading(text string, level int, l line) {
	text = strings.TrimSpace(text)
	p.doc.Headings = append(p.doc.Headings, Heading{Text: text, Level: level, Line: l.num})
}

// finish fills what depends on the whole document.
func (p *parser) finish() {
	d := p.doc
	for i := range d.Paragraphs {
		para := &d.Paragraphs[i]
		para.Text = strings.TrimSpace(para.Text)
		para.Incorporates = incorporation(para.Text, para.Number)
	}
	for i := range d.Counterclaims {
		d.Counterclaims[i].Text = strings.TrimSpace(d.Counterclaims[i].Text)
	}
	for i := range d.Counts {
		c := &d.Counts[i]
		c.Title = strings.TrimSpace(c.Title)
		if c.First > 0 {
			if para := d.Paragraph(c.First); para != nil && para.Incorporates != nil {
				c.Incorporates = para.Incorporates
			}
		} else {
			p.warn(c.Line, "%s has no numbered paragraphs", c.Label)
		}
	}
	if p.prayerLead != "" && len(d.Prayer) == 0 {
		d.Prayer = append(d.Prayer, PrayerItem{Number: "", Text: strings.TrimSpace(p.prayerLead), Line: p.prayerLeadLine})
	}
	for i := range d.Prayer {
		d.Prayer[i].Text = strings.TrimSpace(d.Prayer[i].Text)
	}
	d.Relief = reliefSought(d.Prayer)
	for i := range d.Defenses {
		d.Defenses[i].Text = strings.TrimSpace(d.Defenses[i].Text)
		d.Defenses[i].Title = strings.TrimSpace(d.Defenses[i].Title)
		if d.Defenses[i].Title == "" {
			// "1. Qualified Immunity. Roe is entitled to ...": a run-in title.
			d.Defenses[i].Title, d.Defenses[i].Text = runInTitle(d.Defenses[i].Text)
		}
	}
	p.findDateJuryCounsel()
	if d.Kind == KindOther {
		d.Kind = guessKind(d)
	}
	if d.Kind == KindAnswer {
		// An answer's paragraphs become its responses, which cite nothing.
		p.buildResponses()
	} else {
		for i := range d.Paragraphs {
			para := &d.Paragraphs[i]
			para.Statutes = statutes(para.Text)
			para.Exhibits = exhibits(para.Text)
		}
		if len(d.Counts) == 0 {
			p.impliedCount()
		}
	}
	p.checkSequence()
}

// runInTitle splits a short title-case lead ("Qualified Immunity." or
// "Failure to Mitigate:") from the text that follows it.
func runInTitle(text string) (title, rest string) {
	i := strings.IndexAny(text, ".:")
	if i <= 0 || i+1 >= len(text) || text[i+1] != ' ' {
		return "", text
	}
	lead := text[:i]
	if n := fieldCount(lead); n == 0 || n > 6 || !titleLine(lead) || !startsUpper(lead) || abbreviation(lead) {
		return "", text
	}
	return lead, strings.TrimSpace(text[i+1:])
}

// checkSequence warns about paragraphs out of order.
func (p *parser) checkSequence() {
	// Skips and duplicates are reported as they are read; nothing else to do
	// for a well-formed sequence. A document with a single paragraph is suspicious.
	if len(p.doc.Paragraphs) == 1 && p.doc.Kind == KindComplaint {
		p.warn(p.doc.Paragraphs[0].Line, "only one numbered paragraph found")
	}
}

var answerishRe = regexp.MustCompile(`(?i)\b(?:admit(?:s|ted)?|den(?:y|ies|ied))\b`)

// guessKind decides the kind from structure when the title did not.
func guessKind(d *Document) Kind {
	if len(d.Paragraphs) == 0 {
		return KindOther
	}
	hits := 0
	for _, para := range d.Paragraphs {
		if answerishRe.MatchString(para.Text) {
			hits++
		}
	}
	if hits*2 > len(d.Paragraphs) {
		return KindAnswer
	}
	return KindComplaint
}

// reliefKinds name the kinds of relief a prayer asks for; words are the
// lower-case words a text must hold before re is asked.
var reliefKinds = []struct {
	re    *regexp.Regexp
	words []string
	name  string
}{
	{regexp.MustCompile(`(?i)\bpunitive|exemplary`), []string{"punitive", "exemplary"}, "punitive damages"},
	{regexp.MustCompile(`(?i)\b(?:actual|compensatory|statutory|back pay|damages|disgorge|restitution|make whole)`), []string{"actual", "compensatory", "statutory", "back pay", "damages", "disgorge", "restitution", "make whole"}, "damages"},
	{regexp.MustCompile(`(?i)\benjoin|injunct`), []string{"enjoin", "injunct"}, "injunction"},
	{regexp.MustCompile(`(?i)\bdeclar(?:e|ing|atory)`), []string{"declar"}, "declaratory relief"},
	{regexp.MustCompile(`(?i)\binterest\b`), []string{"interest"}, "interest"},
	{regexp.MustCompile(`(?i)attorneys?['’]? fees|costs`), []string{" fees", "costs"}, "costs and fees"},
	{regexp.MustCompile(`(?i)\bdismiss`), []string{"dismiss"}, "dismissal"},
}

// reliefSought names the kinds of relief a prayer asks for.
func reliefSought(items []PrayerItem) string {
	lows := make([]string, len(items))
	for i, it := range items {
		lows[i] = strings.ToLower(it.Text)
	}
	var out []string
	for _, k := range reliefKinds {
		for i, it := range items {
			if containsAnyFold(lows[i], k.words...) && k.re.MatchString(it.Text) {
				out = append(out, k.name)
				break
			}
		}
	}
	return strings.Join(out, ", ")
}

package pleading

import (
	"fmt"
	"regexp"
	"strings"
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
	headEnd      int // index of the line of paragraph 1: the caption and preamble are above it
	// spans holds, for each of doc.Paragraphs, the last number of a
	// multi-number paragraph ("11-12."), or 0.
	spans          []span
	prayerLeadLine int
	// leadAt is the number of prayer items before the WHEREFORE clause
	// now open (a count's own prayer comes before the next count's).
	leadAt       int
	prevText     string // the previous non-blank line of the body
	loose        string // unnumbered text under headings of the body (an answer's GENERAL DENIAL section)
	preamble     string
	preambleLine int
	stampCase    string
	// gap is true when a blank line came before the line being read;
	// widest is the longest body line so far (a paragraph's last line is
	// shorter).
	gap    bool
	widest int
	// countStyle is the headingStyle of the open count's heading; cutIdx
	// is the count a remedy heading ended (or -1), cutAt the number of
	// paragraphs then, cutHeading that heading; partOfCounts holds the
	// headings found to be parts of every count.
	countStyle   string
	cutIdx       int
	cutAt        int
	cutHeading   string
	partOfCounts map[string]bool
	// ccStart is the index of the first line of the counterclaims an
	// answer pleads, or -1; ccTitle the heading that opens them.
	ccStart int
	ccTitle string
	// looseFrom is the index in doc.Defenses of the first of the defenses
	// read from unnumbered paragraphs under a defenses heading, or -1.
	looseFrom int
	// kind, when set, is the document's kind decided before the parse (a
	// second reading of a body that answers allegations under a title that
	// did not say so).
	kind Kind
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
		looseFrom: -1,
		ccStart:   -1,
		cutIdx:    -1,
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
	if p.ccStart >= 0 && p.doc.Kind == KindAnswer {
		p.doc.Counterclaim = p.parseCounterclaim()
	}
	if p.kind == "" && p.doc.Kind == KindComplaint && respondsToAllegations(p.doc.Paragraphs) {
		// A title misread (or none found) over paragraphs that answer
		// allegations: an answer is never read as a complaint. Read it
		// again as an answer, so its sections are read as an answer's.
		q := newParser(p.name, "")
		q.lines, q.stampCase, q.kind = p.lines, p.stampCase, KindAnswer
		return q.parse()
	}
	return p.doc, nil
}

var generalDenialHeadRe = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?general\s+denial\s*[:.]?$`)

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
			p.gap = true
			continue
		}
		if len(l.text) > p.widest {
			p.widest = len(l.text)
		}
		t := l.text
		if p.mode != modeDefenses {
			p.looseFrom = -1 // unnumbered defenses end with their section
		}
		if p.mode == modeEnd {
			if isCounterclaimsHeading(t) || p.doc.Kind == KindAnswer && p.counterclaimCount(t) {
				p.mode = modeCounterclaims
				p.startCounterclaim(i, t)
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
			p.gap = false
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
			p.gap = false
			continue
		}
		p.continueText(i, t)
		prevTerminal = terminal(t)
		p.prevText = t
		p.gap = false
	}
}

// reservesRe matches the opening of a reservation of rights: "DPE reserves the right to amend".
var reservesRe = regexp.MustCompile(`(?i)^(?:\S+\s+){0,5}(?:hereby\s+|expressly\s+|specifically\s+)?reserves?\s+(?:the|its|their|all)\s+rights?\b`)

var (
	juryHeadRe = mustAnchored(`(?i)^(?:demand\s+for\s+(?:a\s+)?(?:trial\s+by\s+)?jury(?:\s+trial)?|jury\s+(?:trial\s+)?demand(?:ed)?|jury\s+demand)\s*[.:]?$`)
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
	signatureRe = mustAnchored(`(?i)^(?:dated\b|date:|respectfully submitted|/s/|s/\s|by:\s|of counsel\b|certificate of service|this\s+\d{1,2}(?:st|nd|rd|th)\s+day\s+of)`)
)

// endsBody reports whether t starts the signature block or the certificate of service.
func endsBody(t string) bool {
	if len(t) > 200 {
		return false
	}
	return signatureRe.MatchString(t)
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
		if p.looseFrom >= 0 && p.newLooseParagraph(t) {
			// Unnumbered paragraphs under "AFFIRMATIVE DEFENSE(S)": each a defense.
			p.addLooseDefense(i, t)
			return
		}
		p.defense.Text = joinText(p.defense.Text, t)
		if p.looseFrom >= 0 && len(p.loose) < 20000 {
			p.loose = joinText(p.loose, t)
		}
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
		if p.mode == modeDefenses && p.to == toNone {
			p.addLooseDefense(i, t)
			return
		}
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

package pleading

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	againstRe      = mustAnchored(`(?i)^against\b`)
	reserveHeadRe  = regexp.MustCompile(`(?i)\breserv`)
	prayerHeadRe   = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(?:prayer(?:\s+for\s+(?:relief|judgment))?|requests?\s+for\s+relief|relief\s+requested|demand\s+for\s+(?:relief|judgment))\s*[:.]?$`)
	prayerAnswerRe = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(?:answer|response|reply)\s+(?:as\s+)?to\s+(?:the\s+)?(?:plaintiff['’]?s?\s+)?(?:prayer|request|demand)\s+(?:for\s+)?(?:relief|judgment)?\s*[:.]?$`)
	whereforeRe    = mustAnchored(`(?i)^wherefore\b`)
	defensesHeadRe = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(?:(?:separate\s+(?:and\s+)?)?(?:affirmative|additional|other)\s+(?:and\s+(?:other|additional)\s+)?defenses|defenses(?:\s+and\s+affirmative\s+defenses)?|affirmative\s+and\s+other\s+defenses)\s*[:.]?$`)
	// oneDefenseHeadRe matches a defenses heading in the singular, over one
	// or more unnumbered paragraphs: "AFFIRMATIVE DEFENSE".
	oneDefenseHeadRe = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(?:separate\s+)?(?:affirmative|additional)\s+defense\s*[:.]?$`)
	defenseItemRe    = mustAnchored(`(?i)^([a-z'’\\]+(?:[\s-][a-z'’\\]+)?|\d{1,2}(?:st|nd|rd|th)?)\s+(?:separate\s+(?:and\s+)?)?(?:affirmative\s+)?defense\b\.?\s*(?:\(([^()]{1,100})\)\s*)?(?:[-–—:.]\s*(.*))?$`)
	defenseNumRe     = mustAnchored(`(?i)^(?:affirmative\s+)?defense\s+(?:no\.?\s*)?(\d{1,2})\b\s*[-–—:.]?\s*(.*)$`)
	counterclaimsRe  = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(?:defendant['’]?s?\s+)?(?:counterclaims?|counter-claims?)(?:\s+(?:of|against|by)\b.*)?\s*[:.]?$`)
	countHeadRe      = mustAnchored(`(?i)^(counter-?claim|count|claim|cause\s+of\s+action)\s+(?:no\.?\s*)?([ivxlc]+|\d{1,3}|[a-z]+)\b\s*[:.\-–—]?\s*(.*)$`)
	ordCountRe       = mustAnchored(`(?i)^([a-z]+(?:[\s-][a-z]+)??)\s+(counter-?claim(?:\s+(?:claim\s+)?for\s+relief)?|count|claim\s+for\s+relief|cause\s+of\s+action|claim)\b\s*[:.\-–—]?\s*(.*)$`)
	singleClaimRe    = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(?:claim\s+for\s+relief|cause\s+of\s+action)\s*[:.]?$`)
	// titledClaimRe matches a single unnumbered claim heading with its
	// subject: "CAUSE OF ACTION FOR BREACH OF CONTRACT", "Claim for Relief
	// under 42 U.S.C. § 1983", "CAUSE OF ACTION: NEGLIGENCE".
	titledClaimRe = mustAnchored(`(?i)^(?:[IVX]+\.\s*)?(claim\s+for\s+relief|cause\s+of\s+action)(?:\s*[:\-–—]\s*|\s+(?:for|under|against)\s+)(\S.*)$`)
	romanHeadRe   = mustAnchored(`^([IVXL]{1,6})\.\s+(\S.*)$`)
	letterHeadRe  = mustAnchored(`^([A-Z])\.\s+(\S.*)$`)
)

// isCounterclaimsHeading reports whether t heads the counterclaims.
func isCounterclaimsHeading(t string) bool {
	return indexFold(t, "counter") >= 0 && counterclaimsRe.MatchString(t) && fieldCount(t) <= 8
}

// capsLine reports whether t is written in capitals: most letters upper case.
func capsLine(t string) bool {
	up, low := 0, 0
	for _, r := range t {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up >= 3 && low*8 <= up
}

// titleLine reports whether t reads as a title: most of its longer words capitalized.
func titleLine(t string) bool {
	words := strings.Fields(t)
	long, caps := 0, 0
	for _, w := range words {
		w = strings.TrimLeft(w, "(“\"'‘[")
		if len([]rune(w)) < 4 {
			continue
		}
		long++
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return long > 0 && caps*10 >= long*7
}

// handleHeading recognizes a heading line and updates the state; it reports
// whether the line was a heading.
func (p *parser) handleHeading(i int, t string, prevTerminal bool) bool {
	l := p.lines[i]
	// A long line that ends a sentence is text, never a heading.
	if (len(t) > 400 || len(t) > 160 && terminalPeriod(t)) && !whereforeRe.MatchString(t) && !runInDefense(t) {
		return false
	}
	if p.mode == modeBody && p.doc.Kind != KindComplaint && (len(p.spans) == 0 || p.spans[len(p.spans)-1].keyed) && keyedResponse(t) {
		// "RESPONSE TO PARAGRAPH NO. 2:" opens a response, not a section.
		return false
	}
	words := fieldCount(t)
	if c := p.curCount(); c != nil && p.to == toCountTitle && words <= 16 && capsLine(t) && (c.Title == "" || strings.HasSuffix(c.Title, "-") || strings.HasSuffix(c.Title, "–") || endsInConnector(c.Title)) && !p.isHeadingLike(t) && !p.isNumberedStart(t) {
		// "COUNT I" / "BREACH OF CONTRACT": the count's title, on the line
		// below its label (or going on from a title that ends in a dash).
		return false
	}
	if p.mode == modeCounterclaims {
		// Inside counterclaims only record headings; counts there are the defendant's own.
		if (capsLine(t) && words <= 14 && !terminalPeriod(t) && !p.isNumberedStart(t)) || romanHeadRe.MatchString(t) && words <= 12 && titleLine(t) {
			p.closeAll()
			p.addHeading(t, 2, l)
			p.heading = t
			return true
		}
		return false
	}
	switch {
	case words <= 10 && prayerAnswerRe.MatchString(t):
		p.closeAll()
		p.defense = nil
		p.mode = modePrayerAnswer
		p.to = toPrayerAnswer
		p.addHeading(t, 1, l)
		return true
	case prayerHeadRe.MatchString(t):
		p.closeAll()
		p.defense = nil
		p.countIdx = -1
		p.mode = modePrayerHead
		p.addHeading(t, 1, l)
		p.section, p.heading = t, t
		return true
	case whereforeRe.MatchString(t) && p.mode != modePrayer:
		p.closeAll()
		p.defense = nil
		p.countIdx = -1
		p.mode = modePrayer
		p.prayerLead = t
		p.prayerLeadLine = l.num
		p.leadAt = len(p.doc.Prayer)
		p.to = toPrayerLead
		return true
	case words <= 8 && (defensesHeadRe.MatchString(t) || oneDefenseHeadRe.MatchString(t)):
		p.closeAll()
		p.looseFrom = -1
		p.countIdx = -1
		p.mode = modeDefenses
		p.addHeading(t, 1, l)
		p.section, p.heading = t, t
		return true
	case isCounterclaimsHeading(t), p.doc.Kind == KindAnswer && p.counterclaimCount(t):
		p.closeAll()
		p.defense = nil
		p.countIdx = -1
		p.mode = modeCounterclaims
		p.startCounterclaim(i, t)
		p.addHeading(t, 1, l)
		p.section, p.heading = t, t
		return true
	}
	if p.mode == modeDefenses || p.doc.Kind == KindAnswer && p.looksLikeDefenseHeading(t) {
		if ord, title, text, ok := defenseHeadingText(t); ok {
			if p.mode != modeDefenses {
				p.mode = modeDefenses
			}
			p.closeAll()
			p.dropLooseDefenses()
			p.addDefense(ord, ordinalText(t), title, text, l.num)
			p.defenseFresh = text == ""
			p.to = toDefenseTitle
			if text != "" {
				p.to = toDefense
			}
			return true
		}
	}
	if p.mode == modeDefenses {
		// "RESERVATION OF ADDITIONAL DEFENSES": what follows reserves, it is no defense.
		if capsLine(t) && words <= 10 && !terminalPeriod(t) && reserveHeadRe.MatchString(t) {
			p.closeAll()
			p.defense = nil
			p.addHeading(t, 2, l)
			p.to = toReservation
			p.doc.ReservationLine = l.num
			return true
		}
		return false
	}
	if num, label, title, ok := countHeading(t); ok && (p.mode == modeBody || p.mode == modePrayerHead || p.mode == modePrayer && p.bodyGoesOn(i)) {
		if p.mode == modePrayer {
			// The WHEREFORE clause before was the last count's own prayer.
			p.reopenBody()
		}
		p.closeAll()
		p.mode = modeBody
		p.undoCut()
		p.doc.Counts = append(p.doc.Counts, Count{Number: num, Label: label, Line: l.num})
		p.countIdx = len(p.doc.Counts) - 1
		p.countStyle = headingStyle(t)
		p.addHeading(t, 1, l)
		p.section = t
		p.heading = t
		p.to = toCountTitle
		if title != "" {
			p.addCountLine(title)
		}
		return true
	}
	if p.mode == modePrayer && !capsLine(t) {
		return false
	}
	if m := romanHeadRe.FindStringSubmatch(t); m != nil && romanValue(m[1]) > 0 && words <= 16 && !terminalPeriod(t) && (capsLine(m[2]) || titleLine(m[2])) {
		p.closeAll()
		p.addHeading(t, 1, l)
		p.section, p.heading = t, t
		p.countIdx = -1
		return true
	}
	if m := letterHeadRe.FindStringSubmatch(t); m != nil && words <= 24 && !terminalPeriod(t) && titleLine(m[2]) && p.mode == modeBody {
		p.closeAll()
		p.addHeading(t, 2, l)
		p.heading = t
		return true
	}
	next := p.nextNonBlank(i)
	nextStarts := func() bool {
		return next >= 0 && (p.isNumberedStart(p.lines[next].text) || p.isHeadingLike(p.lines[next].text))
	}
	if capsLine(t) && words <= 14 && !terminalPeriod(t) && !strings.Contains(t, "§") && !p.isNumberedStart(t) && (prevTerminal || nextStarts()) {
		p.closeAll()
		p.endCountAt(t)
		level := 1
		if p.countIdx >= 0 {
			level = 2
		}
		p.addHeading(t, level, l)
		p.heading = t
		if level == 1 {
			p.section = t
		}
		return true
	}
	// An unnumbered sub-heading: a short line, not a sentence, after a
	// finished paragraph and before a numbered one ("24/7 injects spyware
	// into LivePerson's technology").
	if prevTerminal && words <= 20 && (words >= 2 || wordHeading(t) || nameHeading(t)) && (!endsLikeText(t) || nameHeading(t)) && startsUpper(t) && !p.isNumberedStart(t) && next >= 0 && p.to != toCountTitle && p.mode == modeBody && (p.isNumberedStart(p.lines[next].text) || words <= 4 && p.subHeadingAbove(next)) {
		p.closeAll()
		if p.endCountAt(t) {
			p.addHeading(t, 1, l)
			p.section, p.heading = t, t
			return true
		}
		p.addHeading(t, 3, l)
		p.heading = t
		return true
	}
	return false
}

// remedyHeadRe matches a heading that names a remedy or the case's relief
// rather than a claim: "Injunctive Relief", "Attorneys' Fees", "DAMAGES".
var remedyHeadRe = regexp.MustCompile(`(?i)\b(?:relief|injunct\w*|damages|fees|costs|remed(?:y|ies)|declaratory|restitution|punitive)\b`)

// headingStyle names how a heading is set: its numbering (roman, letter,
// number, none) and its case (capitals, title case, text). Headings set
// alike are of one rank.
func headingStyle(t string) string {
	prefix := "none"
	switch {
	case romanHeadRe.MatchString(t):
		prefix = "roman"
	case letterHeadRe.MatchString(t):
		prefix = "letter"
	case startsWithDigit(t):
		prefix = "number"
	}
	switch {
	case capsLine(t):
		return prefix + " caps"
	case titleLine(t):
		return prefix + " title"
	}
	return prefix + " text"
}

// endCountAt ends the open count at heading t when t is of the count
// heading's rank and names a remedy ("Cause of Action" ... "Necessity of
// Injunctive Relief"): what follows is no longer the claim. If another
// count follows, the heading was a part of each count after all, and
// undoCut gives its paragraphs back.
func (p *parser) endCountAt(t string) bool {
	c := p.curCount()
	if c == nil || c.First == 0 || headingStyle(t) != p.countStyle || !remedyHeadRe.MatchString(t) || p.partOfCounts[normalizeTitle(t)] {
		return false
	}
	p.cutIdx, p.cutAt, p.cutHeading = p.countIdx, len(p.doc.Paragraphs), normalizeTitle(t)
	p.countIdx = -1
	return true
}

// undoCut gives back to the count a remedy heading ended the paragraphs
// read since, when another count follows: the heading was a part of the
// count ("COUNT I ... DAMAGES ... COUNT II"), and so is the same heading in
// the counts after.
func (p *parser) undoCut() {
	if p.cutIdx < 0 {
		return
	}
	c := &p.doc.Counts[p.cutIdx]
	for i := p.cutAt; i < len(p.doc.Paragraphs); i++ {
		para := &p.doc.Paragraphs[i]
		if para.Count == 0 {
			para.Count = c.Number
			c.Last = max(c.Last, para.Number, p.spans[i].n2)
		}
	}
	if p.partOfCounts == nil {
		p.partOfCounts = map[string]bool{}
	}
	p.partOfCounts[p.cutHeading] = true
	p.cutIdx = -1
}

// countHeading reads "COUNT I", "COUNT ONE: Violations of ...", "FIRST CLAIM FOR RELIEF", "CLAIM FOR RELIEF".
func countHeading(t string) (num int, label, title string, ok bool) {
	// Every form names a count, a claim or a cause ("cau": (?i) folds "ſ" to s).
	if indexFold(t, "count") < 0 && indexFold(t, "claim") < 0 && indexFold(t, "cau") < 0 || fieldCount(t) > 30 {
		return 0, "", "", false
	}
	// "VI. FIRST CAUSE OF ACTION - Equal Protection", "B. Count II": the
	// section's own numeral comes first.
	if k := strings.Index(t, ". "); k > 0 && k <= 6 {
		if pre := t[:k]; romanValue(pre) > 0 || len(pre) == 1 && pre[0] >= 'A' && pre[0] <= 'Z' {
			t = strings.TrimSpace(t[k+2:])
		}
	}
	if m := countHeadRe.FindStringSubmatch(t); m != nil {
		if n := countNumber(m[2]); n > 0 && (capsLine(m[1]+" "+m[2]) || strings.EqualFold(m[1], "count") || shortTitle(t, m[1]+" "+m[2])) {
			label := strings.TrimSpace(m[1] + " " + m[2])
			return n, strings.ToUpper(label), strings.TrimSpace(m[3]), true
		}
	}
	if m := ordCountRe.FindStringSubmatch(t); m != nil {
		if n := ordinalValue(m[1]); n > 0 && (capsLine(m[1]+" "+m[2]) || shortTitle(t, m[1]+" "+m[2])) {
			return n, strings.ToUpper(strings.TrimSpace(m[1] + " " + m[2])), strings.TrimSpace(m[3]), true
		}
	}
	if singleClaimRe.MatchString(t) {
		return 1, strings.ToUpper(strings.TrimSpace(t)), "", true
	}
	if m := titledClaimRe.FindStringSubmatch(t); m != nil && !terminalPeriod(t) && (capsLine(t) || shortTitle(t, m[1])) {
		return 1, strings.ToUpper(m[1]), strings.TrimSpace(m[2]), true
	}
	return 0, "", "", false
}

// shortTitle reports whether a count heading in title case ("Cause of
// Action One: Age Discrimination", "Second Claim for Relief") is a heading:
// its label is capitalized and the line is short and not a sentence.
func shortTitle(t, label string) bool {
	return titleLine(label) && startsUpper(t) && fieldCount(t) <= 14 && !terminalPeriod(t)
}

// addCountLine adds a line under a count heading to its title or statute.
func (p *parser) addCountLine(t string) {
	c := p.curCount()
	if c == nil {
		return
	}
	t = strings.TrimSpace(t)
	paren := isParenthetical(t)
	inner := t
	if paren {
		inner = strings.TrimSpace(t[1 : len(t)-1])
	}
	if paren && againstRe.MatchString(inner) {
		return
	}
	if c.Title == "" {
		c.Title = inner
	} else if paren && len(statutes(inner)) > 0 {
		if c.Statute == "" {
			c.Statute = inner
		}
		return
	} else if !paren {
		c.Title = joinText(c.Title, inner)
	}
	if c.Statute == "" {
		if st := statutes(c.Title); len(st) > 0 {
			c.Statute = st[0]
			// "Copyright Infringement, 17 U.S.C. § 101 et seq." → title before the citation.
			if idx := strings.Index(c.Title, st[0]); idx > 0 {
				head := strings.TrimRight(strings.TrimSpace(c.Title[:idx]), ",;:-–— ")
				if strings.HasSuffix(strings.ToLower(head), "under") || strings.HasSuffix(strings.ToLower(head), "of") || strings.HasSuffix(strings.ToLower(head), "to") {
					return
				}
				if head != "" {
					c.Statute = strings.TrimSpace(c.Title[idx:])
					c.Title = head
					// "Federal Trademark Infringement (15 U.S.C. § 1114)".
					if strings.HasSuffix(c.Title, "(") {
						c.Title = strings.TrimSpace(strings.TrimSuffix(c.Title, "("))
						c.Statute = strings.TrimSuffix(c.Statute, ")")
					}
				}
			}
		}
	}
}

// terminalPeriod reports whether t ends with a period (a sentence, not a heading).
func terminalPeriod(t string) bool {
	t = strings.TrimRight(t, " ”\"’')*")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, " et seq.") && !strings.HasSuffix(t, "INC.") && !strings.HasSuffix(t, "Inc.")
}

// endsLikeText reports whether t ends the way running text does.
func endsLikeText(t string) bool {
	t = strings.TrimRight(t, " ")
	if t == "" {
		return true
	}
	switch t[len(t)-1] {
	case '.', ',', ';', ':', '-':
		return true
	}
	return false
}

// nameHeading reports whether t is a short heading that names a person and
// so ends with an initial's period ("Samuel E.", "Jarnelle M.").
func nameHeading(t string) bool {
	n := len(t)
	return n >= 4 && n <= 40 && t[n-1] == '.' && t[n-2] >= 'A' && t[n-2] <= 'Z' && (t[n-3] == ' ' || t[n-3] >= 'a' && t[n-3] <= 'z') && fieldCount(t) <= 4
}

// subHeadingAbove reports whether the line at i is itself a short
// sub-heading directly above a numbered paragraph ("Plaintiffs" over
// "Samuel E." over "33. Samuel E. is 22 years old.").
func (p *parser) subHeadingAbove(i int) bool {
	t := p.lines[i].text
	if fieldCount(t) > 6 || !startsUpper(t) || terminal(t) && !nameHeading(t) {
		return false
	}
	j := p.nextNonBlank(i)
	return j >= 0 && p.isNumberedStart(p.lines[j].text)
}

// wordHeading reports whether t is a one-word heading: a capitalized word
// of letters ("Parties", "Facts", "Jurisdiction").
func wordHeading(t string) bool {
	if len(t) < 4 || len(t) > 24 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	for i := 1; i < len(t); i++ {
		if c := t[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func startsUpper(t string) bool {
	for _, r := range t {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"'
	}
	return false
}

// isNumberedStart reports whether t starts a numbered paragraph that fits the sequence.
func (p *parser) isNumberedStart(t string) bool {
	n, _, rest, ok := start(t)
	if !ok {
		return false
	}
	last := p.last
	if p.mode == modeCounterclaims {
		last = p.ccLast
	}
	if ok, _ := acceptNext(n, last, rest); ok {
		return true
	}
	// Paragraph 1 of a new sequence (defenses, counterclaims).
	return n == 1 || n == last+2
}

// isHeadingLike reports whether t is a heading the parser always recognizes.
func (p *parser) isHeadingLike(t string) bool {
	if _, _, _, ok := countHeading(t); ok {
		return true
	}
	if _, _, ok := defenseHeading(t); ok {
		return true
	}
	return prayerHeadRe.MatchString(t) || defensesHeadRe.MatchString(t) || oneDefenseHeadRe.MatchString(t) || whereforeRe.MatchString(t) || isCounterclaimsHeading(t)
}

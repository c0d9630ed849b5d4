package pleading

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	titleRe       = mustAnchored(`(?i)^(?:(?:defendants?['’]?s?|plaintiffs?['’]?s?|(?:plaintiffs?-)?intervenors?['’]?s?)\s+(?:[a-z.,'’ ]+\s+)?)?(?:(?:first|second|third|fourth|fifth)\s+)?(?:amended\s+)?(?:verified\s+)?(?:class\s+action\s+)?(?:complaint|answer)\b.*$`)
	courtRe       = regexp.MustCompile(`(?i)\b(?:district\s+court|superior\s+court|circuit\s+court|court\s+of\s+|supreme\s+(?:judicial\s+)?court|bankruptcy\s+court|county\s+court)`)
	courtMoreRe   = regexp.MustCompile(`(?i)^(?:for\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|central|middle)\s+)?district\s+of\b|^[a-z ]+\s+division\b|^(?:in\s+and\s+)?for\s+the\s+county\s+of\b|^county\s+of\b|^(?:in\s+and\s+)?for\s+[a-z.\- ]{2,30}\s+county\b`)
	caseNoRe      = regexp.MustCompile(`(?i)\b(?:case|index|civil\s+action|docket|cause|file)\s*(?:no|number|#)\.?\s*:?\s*([0-9a-z][0-9a-z:\-–]*(?:\s[a-z]{2,4}\b)?(?:[-–][0-9a-z]+)*)`)
	caseCoreRe    = regexp.MustCompile(`(?i)(?:(\d{1,2})\s*:\s*)?(\d{2})\s*[-–]?\s*([a-z]{2,3})\s*[-–]?\s*0*(\d{1,6})((?:[-–\s]+[a-z]{2,4}\b)*)`)
	caseCoreAltRe = regexp.MustCompile(`(?i)\b([a-z]{2})\s*(\d{2})\s*[-–]\s*0*(\d{1,6})((?:[-–][a-z]{2,4}\b)*)`)
	ndIllCaseRe   = regexp.MustCompile(`(?i)\bNo\.?\s*(\d{2}\s*-?\s*CV?\s*-?\s*\d{2,6})\b`)
	ndIllCoreRe   = regexp.MustCompile(`(?i)^\s*(\d{2})\s*-?\s*C\s*-?\s*(\d{2,6})\s*$`)
	stampCaseRe   = regexp.MustCompile(`(?i)(?:\b|[a-z])(\d{1,2}:\d{2}-?[a-z]{2}-?\d{2,6}(?:-[a-z]{2,4})*)`)
	roleRe        = regexp.MustCompile(`(?i)^(.*?)[,;]?\s*\b(plaintiffs?|defendants?|petitioners?|respondents?|(?:plaintiffs?-)?intervenors?)(?:[-–\s]+(?:and\s+)?counter[-\s]?(?:plaintiffs?|defendants?|claimants?))?\s*[.,;:]?\s*$`)
	// roleColRe matches a role with the right column's words after it: "Plaintiff, COMPLAINT".
	roleColRe = regexp.MustCompile(`^((?i:plaintiffs?|defendants?|petitioners?|respondents?))\s*[,.;:]\s+[A-Z][A-Z '’]+$`)
	// rightCaseRe matches a right column's case-number label run into a party's name: "COMMISSION, CIVIL ACTION NO.".
	rightCaseRe = regexp.MustCompile(`(?i)[,\s]+(?:(?:civil\s+action|case|index|docket|cause)\s+(?:no|number)\.?.*|jury\s+(?:trial\s+)?demand(?:ed)?)$`)
	caseLabelRe = regexp.MustCompile(`(?i)\b(?:civil\s+action|case|index|docket)\s+no\.?\s*:?\s*$`)
	// sovereignRe matches a line naming the state alone: "COMMONWEALTH OF MASSACHUSETTS".
	sovereignRe = regexp.MustCompile(`(?i)^(?:the\s+)?(?:commonwealth|state)\s+of\s+[a-z]+(?:\s+[a-z]+)?$`)
	// venueRe matches the county line of a New England caption: "SUFFOLK, ss.".
	venueRe      = regexp.MustCompile(`(?i)^[a-z][a-z .]{1,30},?\s+ss\.?(?:\s|$)`)
	judgeLineRe  = regexp.MustCompile(`(?i)^(?:(?:magistrate|district|chief)\s+)?(?:judge|hon\.|honorable)\b`)
	versusRe     = regexp.MustCompile(`(?i)^(?:v\.?|vs\.?|versus|y\.|-?\s*against\s*-?)$`)
	etAlRe       = regexp.MustCompile(`(?i),?\s*\bet\s+a[lI1]\.?,?`)
	honorificRe  = regexp.MustCompile(`(?i)^(?:the\s+honorable|hon\.|dr\.|mr\.|ms\.|mrs\.)\s+`)
	corpSuffixRe = regexp.MustCompile(`(?i)^(?:inc|llc|l\.l\.c|corp|corporation|co|ltd|llp|l\.p|lp|n\.a|p\.c|plc|s\.a|gmbh)\.?$`)
)

// parseHeader reads the part before paragraph 1: counsel, court, caption,
// title and the preamble; and the headings just above paragraph 1.
func (p *parser) parseHeader(first int) {
	d := p.doc
	head := p.lines[:first]
	p.headEnd = first

	// Headings directly above paragraph 1 ("I. INTRODUCTION", "NATURE OF ACTION").
	hstart := first
	for j := first - 1; j >= 0; j-- {
		t := head[j].text
		if t == "" {
			continue
		}
		if romanHeadRe.MatchString(t) && !terminalPeriod(t) || capsLine(t) && fieldCount(t) <= 10 && !terminalPeriod(t) && !titleRe.MatchString(t) && !isCourt(t) {
			hstart = j
			continue
		}
		// A heading in title case right above paragraph 1 ("Jurisdiction
		// And Venue", "Parties"), after a finished sentence.
		if hstart == first && (wordHeading(t) || titleLine(t) && fieldCount(t) <= 8 && startsUpper(t)) && !endsLikeText(t) && !titleRe.MatchString(t) && !isCourt(t) && !roleRe.MatchString(t) && prevSentenceEnds(head, j) {
			hstart = j
		}
		break
	}

	// Title: the last line before the body that names the pleading.
	titleIdx := -1
	for j := 0; j < hstart; j++ {
		for _, seg := range captionSegments(head[j].text) {
			s := strings.TrimSpace(seg)
			if m := roleColRe.FindStringSubmatch(s); m != nil {
				// "Plaintiff, COMPLAINT": the title in the right column.
				s = strings.TrimSpace(strings.TrimLeft(s[len(m[1]):], ",.;: "))
			}
			if s == "" || fieldCount(s) > 14 || !capsLine(s) && !(titleLine(s) && fieldCount(s) <= 6 && !endsLikeText(s)) {
				// A title in capitals, or a short one in title case ("Complaint-in-Intervention").
				continue
			}
			if isTitle(s) && !strings.HasSuffix(strings.ToUpper(s), "FOR:") {
				d.Title = normalizeTitle(s)
				titleIdx = j
			} else if isTitle(s) && d.Title == "" {
				d.Title = normalizeTitle(strings.TrimSuffix(strings.TrimSpace(s), "FOR:"))
				titleIdx = j
			}
		}
	}
	// A title in a caption's right column with no rule to split it off:
	// "HARBOR FOODS, INC.; and DOES 1    ANSWER TO PLAINTIFF'S COMPLAINT".
	if d.Title == "" {
		for j := 0; j < hstart && d.Title == ""; j++ {
			if tail := titleTail(head[j].text); tail != "" {
				d.Title, titleIdx = normalizeTitle(tail), j
			}
		}
	}
	// A title broken over two lines: "SECOND AMENDED" / "COMPLAINT", or
	// "ANSWER OF DEFENDANTS ... TO" / "PLAINTIFFS' CLASS ACTION COMPLAINT",
	// whose second line names the pleading answered.
	if titleIdx > 0 {
		prev := strings.TrimSpace(head[titleIdx-1].text)
		if titleLeadRe.MatchString(prev) && !strings.Contains(d.Title, prev) {
			d.Title = prev + " " + d.Title
		} else if capsLine(prev) && isTitle(prev) && endsInConnector(prev) {
			d.Title = normalizeTitle(prev) + " " + d.Title
		}
	}
	d.Kind = titleKind(d.Title)
	if p.kind != "" {
		d.Kind = p.kind
	}

	if d.Kind == KindAnswer {
		p.headerDefenses(head[titleIdx+1 : hstart])
	}

	// Court and case number. A caption printed twice (a SUMMONS before the
	// COMPLAINT) is read from its last printing before the title.
	var court []string
	courtLine, courtEnd := -1, -1
	cstart := 0
	if titleIdx > 0 {
		for j := titleIdx; j >= 0; j-- {
			if t := strings.TrimSpace(captionSegments(head[j].text)[0]); isCourt(t) && capsLine(t) {
				for k := j - 1; k >= 0; k-- {
					if t2 := strings.TrimSpace(captionSegments(head[k].text)[0]); isCourt(t2) && capsLine(t2) {
						// Another court line above: keep the later caption.
						cstart = j
						break
					}
				}
				break
			}
		}
	}
	for j := cstart; j < hstart; j++ {
		t := strings.TrimSpace(captionSegments(head[j].text)[0])
		if courtLine < 0 && isCourt(t) && capsLine(t) {
			if j > cstart {
				// "COMMONWEALTH OF MASSACHUSETTS" / "SUPREME JUDICIAL COURT": the state above its court.
				if up := strings.TrimSpace(captionSegments(head[j-1].text)[0]); capsLine(up) && sovereignRe.MatchString(up) {
					court = append(court, up)
				}
			}
			court = append(court, t)
			courtLine, courtEnd = j, j
			d.Caption.Line = head[j].num
			continue
		}
		if courtLine >= 0 && j <= courtEnd+2 && courtMoreRe.MatchString(t) && len(court) < 4 {
			court = append(court, t)
			courtEnd = j
		}
	}
	if courtLine < 0 {
		// The first line of the court lost to the scan: "FOR THE NORTHERN DISTRICT OF ILLINOIS / EASTERN DIVISION".
		for j := 0; j < hstart; j++ {
			t := strings.TrimSpace(captionSegments(head[j].text)[0])
			if courtLine < 0 && capsLine(t) && strings.Contains(strings.ToUpper(t), "DISTRICT OF") && courtMoreRe.MatchString(t) {
				court = append(court, t)
				courtLine, courtEnd = j, j
				d.Caption.Line = head[j].num
				continue
			}
			if courtLine >= 0 && j <= courtEnd+2 && courtMoreRe.MatchString(t) && len(court) < 4 {
				court = append(court, t)
				courtEnd = j
			}
		}
	}
	d.Caption.Court = prettyCourt(strings.Join(court, " "))
	for j := 0; j < hstart && d.Caption.CaseNumber == ""; j++ {
		for _, m := range caseNoRe.FindAllStringSubmatch(head[j].text, -1) {
			if c := strings.Trim(m[1], "-–: "); digits(c) >= 3 && caseCoreRe.MatchString(c) || caseCoreAltRe.MatchString(c) || digits(c) >= 5 {
				// The last: a state court's own form ("CASE NO.: 12-12345 CACE").
				d.Caption.CaseNumber = c
				break
			}
		}
		if d.Caption.CaseNumber == "" && caseLabelRe.MatchString(head[j].text) {
			// "CIVIL ACTION NO." with the number a few lines down, in the right column.
			for k := j + 1; k < hstart && k <= j+4; k++ {
				if t := strings.Trim(head[k].text, " -"); numberish(t) {
					d.Caption.CaseNumber = t
					break
				}
			}
		}
		if d.Caption.CaseNumber == "" && strings.Contains(head[j].text, "No") {
			// "No. 02 C 4594": the Northern District of Illinois's form.
			if m := ndIllCaseRe.FindStringSubmatch(head[j].text); m != nil {
				d.Caption.CaseNumber = m[1]
			}
		}
	}
	if d.Caption.CaseNumber == "" && p.stampCase != "" {
		d.Caption.CaseNumber = p.stampCase
	}
	p.findJudges(head[:hstart])

	// Parties: the caption lines between the court and the title.
	from := courtEnd + 1
	if courtLine < 0 {
		from = 0
	}
	p.parseParties(head[from:hstart])

	// Preamble: the text between the title and the headings above paragraph 1.
	pstart := titleIdx + 1
	if titleIdx < 0 {
		pstart = from
	}
	var pre []string
	for j := pstart; j < hstart; j++ {
		if t := head[j].text; t != "" && !capsLine(t) {
			if p.preambleLine == 0 {
				p.preambleLine = head[j].num
			}
			pre = append(pre, t)
		}
	}
	p.preamble = strings.Join(pre, " ")

	for j := hstart; j < first; j++ {
		if t := head[j].text; t != "" {
			level := 1
			if m := romanHeadRe.FindStringSubmatch(t); (m == nil || romanValue(m[1]) == 0) && letterHeadRe.MatchString(t) {
				level = 2
			}
			p.addHeading(t, level, head[j])
			if level == 1 {
				p.section = t
			}
			p.heading = t
		}
	}
}

// headerDefenses reads the defenses an answer pleads before its numbered
// responses ("FIRST DEFENSE / The Complaint fails to state a claim ...").
// The defense that only leads into the responses ("SECOND DEFENSE / In
// response to the numbered paragraphs of the Complaint, Acme states:") is
// a heading over them, not a defense.
func (p *parser) headerDefenses(lines []line) {
	var cur *Defense
	for _, l := range lines {
		t := l.text
		if t == "" {
			continue
		}
		if strings.Contains(strings.ToLower(t), "defense") {
			if ord, title, text, ok := defenseHeadingText(t); ok {
				p.addDefense(ord, ordinalText(t), title, text, l.num)
				cur = &p.doc.Defenses[len(p.doc.Defenses)-1]
				continue
			}
		}
		if cur == nil {
			continue
		}
		if cur.Title == "" && cur.Text == "" && isParenthetical(t) {
			cur.Title = strings.Trim(t, "() ")
			continue
		}
		cur.Text = joinText(cur.Text, t)
	}
	if cur != nil && (cur.Text == "" || strings.HasSuffix(strings.TrimSpace(cur.Text), ":")) {
		p.heading = strings.TrimSpace(cur.Ordinal + " DEFENSE")
		p.doc.Defenses = p.doc.Defenses[:len(p.doc.Defenses)-1]
	}
	p.defense = nil
}

// numberish reports whether t is a case number standing alone: four or more
// digits and at most three letters ("1 01-0301 -S-", "06 CV 2018").
func numberish(t string) bool {
	d, l := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			d++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			l++
		}
	}
	return d >= 4 && l <= 3 && len(t) <= 30
}

// prevSentenceEnds reports whether the last non-blank line before head[j]
// ends a sentence (or there is none).
func prevSentenceEnds(head []line, j int) bool {
	for k := j - 1; k >= 0; k-- {
		if t := head[k].text; t != "" {
			return terminal(t)
		}
	}
	return true
}

// captionSegments splits a caption line into its columns at the ")" or ":"
// rules drawn down the middle of a caption.
func captionSegments(t string) []string {
	var segs []string
	depth, last := 0, 0
	for i, r := range t {
		switch r {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
				continue
			}
			segs = append(segs, strings.TrimSpace(t[last:i]))
			last = i + 1
		case ':', '§':
			// "LIVEPERSON, INC.,\t:" — a colon rule, not "Case No.: 12".
			// "JOHN SMITH,  §" — Texas draws the rule with section signs (two bytes).
			end := i + len(string(r))
			if i > 0 && (t[i-1] == '\t' || t[i-1] == ' ') && (end == len(t) || t[end] == ' ' || t[end] == '\t') {
				segs = append(segs, strings.TrimSpace(t[last:i]))
				last = end
			}
		}
	}
	segs = append(segs, strings.TrimSpace(t[last:]))
	return segs
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// prettyCourt writes a court's name in title case: "United States District Court for the Southern District of New York".
func prettyCourt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	small := map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true}
	words := strings.Fields(strings.ToLower(s))
	var out []string
	for i, w := range words {
		if !small[w] && (len([]rune(w)) <= 2 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' }) >= 0) {
			continue // OCR debris ("8y:", "~~~-")
		}
		if small[w] && i > 0 {
			out = append(out, w)
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		out = append(out, string(r))
	}
	return strings.Join(out, " ")
}

// NormalizeCaseNumber returns a case number in a canonical form, so
// "14-cv-01559-RWS" and "14-CV-01559-RWS" compare equal, and so do
// "4:09CV00033 WRW" and "4:09-cv-00033-WRW".
func NormalizeCaseNumber(s string) string {
	if m := ndIllCoreRe.FindStringSubmatch(s); m != nil {
		// "02 C 4594" is the Northern District of Illinois's 1:02-cv-04594.
		return m[1] + "-CV-" + strings.TrimLeft(m[2], "0")
	}
	if m := caseCoreRe.FindStringSubmatch(s); m != nil {
		out := ""
		if m[1] != "" {
			out = m[1] + ":"
		}
		out += m[2] + "-" + strings.ToUpper(m[3]) + "-" + m[4]
		for _, j := range strings.FieldsFunc(m[5], func(r rune) bool { return r == '-' || r == '–' || r == ' ' }) {
			out += "-" + strings.ToUpper(j)
		}
		return out
	}
	if m := caseCoreAltRe.FindStringSubmatch(s); m != nil {
		out := m[2] + "-" + strings.ToUpper(m[1]) + "-" + m[3]
		for _, j := range strings.FieldsFunc(m[4], func(r rune) bool { return r == '-' || r == '–' }) {
			out += "-" + strings.ToUpper(j)
		}
		return out
	}
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

// SameCase reports whether two case numbers name the same case: the same
// year, type and number (and office, where both give one); judges' initials
// and zero padding may differ.
func SameCase(a, b string) bool {
	core := func(s string) (office, rest string) {
		n := NormalizeCaseNumber(s)
		if i := strings.Index(n, ":"); i >= 0 {
			office, n = n[:i], n[i+1:]
		}
		parts := strings.Split(n, "-")
		if len(parts) >= 3 {
			return office, strings.Join(parts[:3], "-")
		}
		return office, n
	}
	oa, ra := core(a)
	ob, rb := core(b)
	if ra != rb {
		return false
	}
	return oa == "" || ob == "" || oa == ob
}

// isCourt reports whether t names a court: courtRe, asked only of text
// holding "court".
func isCourt(t string) bool {
	return indexFold(t, "court") >= 0 && courtRe.MatchString(t)
}

package pleading

import (
	"regexp"
	"strings"
	"time"
	"unicode"
)

var (
	titleRe       = regexp.MustCompile(`(?i)^(?:(?:defendants?['’]?s?|plaintiffs?['’]?s?|(?:plaintiffs?-)?intervenors?['’]?s?)\s+(?:[a-z.,'’ ]+\s+)?)?(?:(?:first|second|third|fourth|fifth)\s+)?(?:amended\s+)?(?:verified\s+)?(?:class\s+action\s+)?(?:complaint|answer)\b.*$`)
	courtRe       = regexp.MustCompile(`(?i)\b(?:district\s+court|superior\s+court|circuit\s+court|court\s+of\s+|supreme\s+court|bankruptcy\s+court|county\s+court)`)
	courtMoreRe   = regexp.MustCompile(`(?i)^(?:for\s+the\s+)?(?:(?:northern|southern|eastern|western|central|middle)\s+)?district\s+of\b|^[a-z ]+\s+division\b|^(?:in\s+and\s+)?for\s+the\s+county\s+of\b|^county\s+of\b`)
	caseNoRe      = regexp.MustCompile(`(?i)\b(?:case|index|civil\s+action|docket|cause|file)\s*(?:no|number|#)\.?\s*:?\s*([0-9a-z][0-9a-z:\-–]*(?:\s[a-z]{2,4}\b)?(?:[-–][0-9a-z]+)*)`)
	caseCoreRe    = regexp.MustCompile(`(?i)(?:(\d{1,2})\s*:\s*)?(\d{2})\s*[-–]?\s*([a-z]{2,3})\s*[-–]?\s*0*(\d{1,6})((?:[-–\s]+[a-z]{2,4}\b)*)`)
	caseCoreAltRe = regexp.MustCompile(`(?i)\b([a-z]{2})\s*(\d{2})\s*[-–]\s*0*(\d{1,6})((?:[-–][a-z]{2,4}\b)*)`)
	ndIllCaseRe   = regexp.MustCompile(`(?i)\bNo\.?\s*(\d{2}\s*-?\s*CV?\s*-?\s*\d{2,6})\b`)
	ndIllCoreRe   = regexp.MustCompile(`(?i)^\s*(\d{2})\s*-?\s*C\s*-?\s*(\d{2,6})\s*$`)
	stampCaseRe   = regexp.MustCompile(`(?i)\b(\d{1,2}:\d{2}-?[a-z]{2}-?\d{2,6}(?:-[a-z]{2,4})*)`)
	roleRe        = regexp.MustCompile(`(?i)^(.*?)[,;]?\s*\b(plaintiffs?|defendants?|petitioners?|respondents?|(?:plaintiffs?-)?intervenors?)(?:[-–\s]+(?:and\s+)?counter[-\s]?(?:plaintiffs?|defendants?|claimants?))?\s*[.,;:]?\s*$`)
	// roleColRe matches a role with the right column's words after it: "Plaintiff, COMPLAINT".
	roleColRe = regexp.MustCompile(`^((?i:plaintiffs?|defendants?|petitioners?|respondents?))\s*[,.;:]\s+[A-Z][A-Z '’]+$`)
	// rightCaseRe matches a right column's case-number label run into a party's name: "COMMISSION, CIVIL ACTION NO.".
	rightCaseRe  = regexp.MustCompile(`(?i)[,\s]+(?:(?:civil\s+action|case|index|docket|cause)\s+(?:no|number)\.?.*|jury\s+(?:trial\s+)?demand(?:ed)?)$`)
	caseLabelRe  = regexp.MustCompile(`(?i)\b(?:civil\s+action|case|index|docket)\s+no\.?\s*:?\s*$`)
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

var titleWordRe = regexp.MustCompile(`\b(?:(?:FIRST|SECOND|THIRD)\s+)?(?:AMENDED\s+)?(?:ANSWER|COMPLAINT)\b`)

// titleTail returns the part of a line from a title word in capitals to its
// end, when that part reads as a title; "" otherwise.
func titleTail(t string) string {
	if len(t) > 200 {
		return ""
	}
	loc := titleWordRe.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	tail := strings.TrimSpace(t[loc[0]:])
	if !capsLine(tail) || fieldCount(tail) > 10 || !titleRe.MatchString(tail) {
		return ""
	}
	return tail
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

// andReplacer mends an "AND" OCR split.
var andReplacer = strings.NewReplacer("A.ND", "AND", "A ND", "AND")

// normalizeTitle tidies a title: single spaces, upper case.
func normalizeTitle(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = andReplacer.Replace(s)
	return strings.ToUpper(strings.Trim(s, " .,:"))
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

// parseParties reads plaintiffs and defendants from caption lines.
func (p *parser) parseParties(lines []line) {
	var names []string
	var plaintiffs, defendants []string
	side := 0 // 0 before "v.", 1 after
	flush := func(role string) {
		joined := strings.Join(names, " ")
		names = nil
		if strings.TrimSpace(joined) == "" {
			return
		}
		switch {
		case strings.HasPrefix(strings.ToLower(role), "plaintiff"), strings.HasPrefix(strings.ToLower(role), "petitioner"), strings.HasPrefix(strings.ToLower(role), "intervenor"):
			plaintiffs = append(plaintiffs, joined)
		default:
			defendants = append(defendants, joined)
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(captionSegments(l.text)[0])
		t = strings.Trim(t, "-_ \t§")
		if t == "" || strings.Trim(t, ")-_:X §") == "" {
			continue
		}
		if m := roleColRe.FindStringSubmatch(t); m != nil {
			t = m[1] + ","
		}
		if loc := rightCaseRe.FindStringIndex(t); loc != nil && loc[0] > 0 {
			// "United States of America,  Case No. 5:25-cv-25": the right column's label and number.
			t = strings.TrimSpace(t[:loc[0]])
		}
		if caseNoRe.MatchString(t) || ndIllCaseRe.MatchString(t) || judgeLineRe.MatchString(t) || numberish(t) {
			continue
		}
		if versusRe.MatchString(t) {
			if side == 0 && len(names) > 0 {
				flush("plaintiff")
			}
			side = 1
			continue
		}
		if m := roleRe.FindStringSubmatch(t); m != nil {
			if rest := strings.TrimSpace(m[1]); rest != "" {
				names = append(names, rest)
			}
			flush(m[2])
			if strings.HasPrefix(strings.ToLower(m[2]), "plaintiff") || strings.HasPrefix(strings.ToLower(m[2]), "petitioner") || strings.HasPrefix(strings.ToLower(m[2]), "intervenor") {
				side = 1
				continue
			}
			break // the defendants end the caption
		}
		if caseNoRe.MatchString(t) || isCourt(t) || titleRe.MatchString(t) && (capsLine(t) || titleLine(t) && fieldCount(t) <= 6) || juryRe.MatchString(t) {
			continue
		}
		names = append(names, t)
	}
	if len(names) > 0 && side == 1 && len(defendants) == 0 {
		flush("defendant")
	}
	for _, s := range plaintiffs {
		p.doc.Caption.Plaintiffs = append(p.doc.Caption.Plaintiffs, splitParties(s)...)
	}
	for _, s := range defendants {
		p.doc.Caption.Defendants = append(p.doc.Caption.Defendants, splitParties(s)...)
	}
	if p.doc.Caption.Plaintiffs == nil {
		p.doc.Caption.Plaintiffs = []Party{}
	}
	if p.doc.Caption.Defendants == nil {
		p.doc.Caption.Defendants = []Party{}
	}
}

var (
	titleLeadRe = regexp.MustCompile(`^(?:(?:FIRST|SECOND|THIRD|FOURTH)\s+)?AMENDED$|^VERIFIED$`)
	andSplitRe  = regexp.MustCompile(`(?i),?\s+and\s+`)
	dbaRe       = regexp.MustCompile(`(?i)\bd/b/a\s+(.+)$`)
	doesRe      = regexp.MustCompile(`(?i)^(?:and\s+)?(?:does|roes?)\b`)
)

// splitParties splits one side of a caption into parties: at semicolons, or
// at " and " between two names.
func splitParties(s string) []Party {
	s = etAlRe.ReplaceAllString(s, "")
	var chunks []string
	if strings.Contains(s, ";") {
		chunks = strings.Split(s, ";")
	} else {
		chunks = andSplitRe.Split(s, -1)
		// Split at "and" only where a name in capitals follows it: "CITY OF
		// LAKEVIEW, an Illinois municipal corporation, and OFFICER JOHN ROE".
		if len(chunks) > 1 {
			merged := chunks[:1]
			for _, c := range chunks[1:] {
				if capsLead(c) && capsLead(merged[len(merged)-1]) {
					merged = append(merged, c)
				} else {
					merged[len(merged)-1] += " and " + c
				}
			}
			chunks = merged
		}
	}
	var out []Party
	for _, c := range chunks {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		party := Party{Aliases: []string{}}
		if m := dbaRe.FindStringSubmatch(c); m != nil {
			party.Aliases = append(party.Aliases, strings.Trim(m[1], " ,."))
			c = strings.TrimSpace(c[:strings.Index(strings.ToLower(c), "d/b/a")])
		}
		party.Name = partyName(c)
		if party.Name != "" && !doesRe.MatchString(party.Name) {
			out = append(out, party)
		}
	}
	return out
}

// capsLead reports whether s opens with a name in capitals (two words at least, or one before a comma).
func capsLead(s string) bool {
	words := strings.Fields(strings.TrimSpace(s))
	n := 0
	for _, w := range words {
		if !capsLine(w+"XX") || strings.IndexFunc(w, unicode.IsLower) >= 0 {
			break
		}
		n++
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	return n >= 2 || n == 1 && len(words) > 0 && strings.HasSuffix(words[0], ",")
}

// partyName keeps the name from a caption entry, dropping descriptions:
// "RV FUN, INC., an Arizona corporation," → "RV FUN, INC.".
func partyName(c string) string {
	c = honorificRe.ReplaceAllString(strings.TrimSpace(c), "")
	parts := strings.Split(c, ",")
	var keep []string
	for i, part := range parts {
		s := strings.TrimSpace(part)
		if s == "" {
			continue
		}
		if i == 0 || corpSuffixRe.MatchString(s) || capsLine(s) && !strings.HasPrefix(strings.ToLower(s), "in his") {
			keep = append(keep, s)
			continue
		}
		break
	}
	name := strings.Join(keep, ", ")
	return strings.Trim(name, " ,.;") + map[bool]string{true: ".", false: ""}[strings.HasSuffix(strings.TrimRight(name, " ,;"), ".") && corpSuffixRe.MatchString(lastWord(name))]
}

func lastWord(s string) string {
	f := strings.Fields(strings.TrimRight(s, " ,;"))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// NameKey reduces a party name or alias to lower-case letters and digits, so
// "24/7", "[24]7" and "24-7" share the key "247".
func NameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Matches reports whether name is the party's name or one of its aliases.
func (pt Party) Matches(name string) bool {
	k := NameKey(name)
	if k == "" {
		return false
	}
	if k == NameKey(pt.Name) {
		return true
	}
	for _, a := range pt.Aliases {
		if NameKey(a) == k {
			return true
		}
	}
	return false
}

var (
	defRe = regexp.MustCompile(`\((?:the\s+|collectively,?\s+|hereinafter\s+)?[“"]([^”"()]{1,60})[”"](?:\s*(?:,|or|and|,\s*or)\s*(?:the\s+)?[“"]([^”"()]{1,60})[”"])?(?:\s*(?:,|or|and|,\s*or)\s*(?:the\s+)?[“"]([^”"()]{1,60})[”"])?\s*\)`)
)

// findDefinitions reads defined terms ("LivePerson" or "Plaintiff") from
// the preamble and the paragraphs, and adds those that name a party to its aliases.
func (p *parser) findDefinitions() {
	d := p.doc
	texts := []struct {
		s    string
		line int
	}{{p.preamble, p.preambleLine}}
	for i, para := range d.Paragraphs {
		if i >= 40 {
			break
		}
		texts = append(texts, struct {
			s    string
			line int
		}{para.Text, para.Line})
	}
	for _, r := range d.Responses {
		if len(texts) > 80 {
			break
		}
		texts = append(texts, struct {
			s    string
			line int
		}{r.Text, r.Line})
	}
	parties := func() []*Party {
		var out []*Party
		for i := range d.Caption.Plaintiffs {
			out = append(out, &d.Caption.Plaintiffs[i])
		}
		for i := range d.Caption.Defendants {
			out = append(out, &d.Caption.Defendants[i])
		}
		return out
	}
	for _, t := range texts {
		for _, m := range defRe.FindAllStringSubmatchIndex(t.s, -1) {
			before := t.s[max(0, m[0]-140):m[0]]
			var terms []string
			for k := 2; k+1 < len(m); k += 2 {
				if m[k] >= 0 {
					term := strings.TrimSpace(t.s[m[k]:m[k+1]])
					term = strings.TrimSuffix(strings.TrimSuffix(term, "’s"), "'s")
					terms = append(terms, term)
				}
			}
			if len(terms) == 0 {
				continue
			}
			d.DefinedTerms = append(d.DefinedTerms, DefinedTerm{Term: terms[0], Aliases: terms[1:], Meaning: lastWords(before, 8), Line: t.line})
			bk := NameKey(before)
			// The party named nearest before the definition is the one defined.
			var hit *Party
			best := -1
			for _, pt := range parties() {
				for _, k := range []string{NameKey(pt.Name), coreKey(pt.Name)} {
					if len(k) < 3 {
						continue
					}
					if i := strings.LastIndex(bk, k); i >= 0 && len(bk)-(i+len(k)) <= 30 && i+len(k) > best {
						best, hit = i+len(k), pt
					}
				}
			}
			if hit == nil {
				continue
			}
			if full := definedName(before, hit.Name); full != "" {
				hit.Name = full
			}
			for _, term := range terms {
				if !hit.Matches(term) {
					hit.Aliases = append(hit.Aliases, term)
				}
			}
		}
	}
	// "24/7" and "[24]7" are one name: add the bracketless form of bracketed aliases.
	for _, pt := range parties() {
		for _, a := range pt.Aliases {
			if strings.ContainsAny(a, "[]") {
				plain := strings.NewReplacer("[", "", "]", "").Replace(a)
				if !pt.Matches(plain) {
					pt.Aliases = append(pt.Aliases, plain)
				}
			}
		}
	}
}

// coreKey is a party name's key without corporate suffixes: "LIVEPERSON, INC." → "liveperson".
func coreKey(name string) string {
	var keep []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ',' || r == ' ' }) {
		if corpSuffixRe.MatchString(w) {
			continue
		}
		keep = append(keep, w)
	}
	return NameKey(strings.Join(keep, " "))
}

// definedName returns the party's name as the text spells it just before a
// definition, when its letters match the caption's ("LivePerson, Inc.").
func definedName(before, captionName string) string {
	k := NameKey(captionName)
	words := strings.Fields(before)
	for n := 1; n <= 8 && n <= len(words); n++ {
		cand := strings.Join(words[len(words)-n:], " ")
		cand = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(cand), "’s"), "'s")
		if NameKey(cand) == k {
			return strings.Trim(cand, " ,")
		}
	}
	return ""
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Trim(strings.Join(f, " "), " ,")
}

var (
	datedRe   = regexp.MustCompile(`(?i)^(?:dated|date)\s*:?\s*(?:this\s+)?(.+)$`)
	dayOfRe   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([a-z]+),?\s+(\d{4})`)
	mdyRe     = regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4})`)
	juryRe    = regexp.MustCompile(`(?i)\bjury\s+trial\s+demand(?:ed)?\b|\bdemand\s+for\s+(?:a\s+)?(?:trial\s+by\s+)?jury\b|\b(?:demands?|requests?)\s+(?:a\s+)?(?:trial\s+by\s+jury|jury\s+trial)\b|\bjury\s+demand\b`)
	emailRe   = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	firmRe    = regexp.MustCompile(`(?i)\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|P\.A\.|PLLC|P\.L\.L\.C\.|law\s+offices?|law\s+group|law\s+firm|attorney\s+general|department\s+of\s+justice|counsel['’]?s\s+office|& [A-Z])`)
	attyForRe = regexp.MustCompile(`(?i)\battorneys?\s+for\s+(.+)$`)
	personRe  = regexp.MustCompile(`^(?:/s/\s*)?([A-Z][A-Za-z'’\-]*\.?(?:\s+[A-Z][A-Za-z'’\-]*\.?){1,3})(?:,?\s+(?:Jr\.|Sr\.|III|II|Esq\.))?(?:\s*\(.*\))?$`)
	notNameRe = regexp.MustCompile(`(?i)\b(?:jury|trial|demand|answer|complaint|defenses?|relief|prayer|certificate|service|respectfully|submitted|dated)\b`)
	addressRe = regexp.MustCompile(`(?i)\d|\b(?:street|avenue|ave|suite|floor|road|blvd|boulevard|telephone|fax|facsimile|phone|email|e-mail|counsel|attorneys?|division|section|district|court|united|states|department|office|general)\b`)
)

// isAddress reports whether t reads as part of an address block: addressRe.
func isAddress(t string) bool {
	if isASCII(t) {
		return addressASCII(t)
	}
	return addressRe.MatchString(t)
}

// isNotName reports whether a line that reads like a name holds a word no
// name has ("Jury", "Dated"): notNameRe.
func isNotName(t string) bool {
	if isASCII(t) {
		return hasWordFold(t, notNameWords)
	}
	return notNameRe.MatchString(t)
}

// isCourt reports whether t names a court: courtRe, asked only of text
// holding "court".
func isCourt(t string) bool {
	return indexFold(t, "court") >= 0 && courtRe.MatchString(t)
}

// isFirm reports whether t names a law firm or office: firmRe, asked only
// of text holding a piece every one of its phrases has.
func isFirm(t string) bool {
	if strings.IndexByte(t, '&') < 0 && indexFold(t, "ll") < 0 && indexFold(t, "l.l.") < 0 && indexFold(t, "p.") < 0 &&
		indexFold(t, "law") < 0 && indexFold(t, "attorney") < 0 && indexFold(t, "department") < 0 && indexFold(t, "coun") < 0 {
		return false
	}
	return firmRe.MatchString(t)
}

// personMatch returns personRe's match of a signature line, asked only of
// lines that start with a capital or "/s/" and hold, before any
// parenthesis, nothing but the letters, marks and spaces of a name.
func personMatch(t string) []string {
	if t == "" || !(t[0] >= 'A' && t[0] <= 'Z' || strings.HasPrefix(t, "/s/")) {
		return nil
	}
	head := t
	if k := strings.IndexByte(t, '('); k >= 0 {
		head = t[:k]
	}
	for i := 0; i < len(head); i++ {
		switch c := head[i]; {
		case isLetter(c), c == ' ', c == '\t', c == '\n', c == '\f', c == '\r', c == '\'', c == '-', c == '.', c == ',', c == '/':
		case strings.HasPrefix(head[i:], "’"):
			i += len("’") - 1
		default:
			return nil
		}
	}
	return personRe.FindStringSubmatch(t)
}

// findDateJuryCounsel reads the date, the jury demand and the counsel blocks.
func (p *parser) findDateJuryCounsel() {
	d := p.doc
	p.findDefinitions()
	for i := len(p.lines) - 1; i >= 0; i-- {
		t := p.lines[i].text
		if t == "" || !(strings.HasPrefix(t, "Date") || strings.HasPrefix(t, "DATE") || strings.HasPrefix(t, "date") || strings.Contains(t, "day of") || strings.Contains(t, "DAY OF")) {
			continue
		}
		if m := datedRe.FindStringSubmatch(t); m != nil || dayOfRe.MatchString(t) && i >= p.bodyEnd-2 {
			if iso, text := parseDate(t); iso != "" {
				d.Date, d.DateText = iso, text
			}
		}
	}
	for _, l := range p.lines {
		if juryDemandIn(l.text) {
			d.JuryDemand = true
			break
		}
	}
	p.findCounsel()
}

// juryDemandIn reports whether t demands a jury: juryRe, run only around
// each word "jury" ("injury" is not one).
func juryDemandIn(t string) bool {
	for off := 0; ; {
		k := indexFold(t[off:], "jury")
		if k < 0 {
			return false
		}
		k += off
		if k == 0 || !isLetter(t[k-1]) {
			if juryRe.MatchString(t[max(0, k-40):min(len(t), k+30)]) {
				return true
			}
		}
		off = k + 4
	}
}

// indexFold returns the index of the lower-case ASCII word w in t, in any case, or -1.
// It jumps between the places where w's first letter occurs in either case.
func indexFold(t, w string) int {
	lo, up := w[0], w[0]
	if lo >= 'a' && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	nextLo, nextUp := -2, -2 // where lo and up next occur at or after i; -1 when they do not
	for i := 0; i+len(w) <= len(t); {
		if nextLo != -1 && nextLo < i {
			nextLo = indexByteFrom(t, lo, i)
		}
		if nextUp != -1 && nextUp < i {
			nextUp = indexByteFrom(t, up, i)
		}
		k := nextLo
		if k < 0 || nextUp >= 0 && nextUp < k {
			k = nextUp
		}
		if k < 0 || k+len(w) > len(t) {
			return -1
		}
		if hasPrefixFold(t[k:], w) {
			return k
		}
		i = k + 1
	}
	return -1
}

// indexByteFrom returns the index of c in t at or after i, or -1.
func indexByteFrom(t string, c byte, i int) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// parseDate reads "February 4, 2015" or "7th day of September, 2006" into ISO form.
func parseDate(t string) (iso, text string) {
	if m := mdyRe.FindStringSubmatch(t); m != nil {
		if tm, err := time.Parse("January 2 2006", strings.Title(strings.ToLower(m[1]))+" "+m[2]+" "+m[3]); err == nil { //nolint:staticcheck
			return tm.Format("2006-01-02"), m[0]
		}
	}
	if m := dayOfRe.FindStringSubmatch(t); m != nil {
		if tm, err := time.Parse("January 2 2006", strings.Title(strings.ToLower(m[2]))+" "+m[1]+" "+m[3]); err == nil { //nolint:staticcheck
			return tm.Format("2006-01-02"), m[0]
		}
	}
	return "", ""
}

// findCounsel reads signature blocks: runs of lines holding emails, firms and names.
func (p *parser) findCounsel() {
	d := p.doc
	zones := [][2]int{}
	first := 0
	for i, l := range p.lines {
		if isCourt(l.text) && capsLine(l.text) {
			first = i
			break
		}
	}
	zones = append(zones, [2]int{0, first})
	if p.bodyEnd < len(p.lines) {
		zones = append(zones, [2]int{p.bodyEnd, len(p.lines)})
	}
	for _, z := range zones {
		var cur *Counsel
		stop := false
		for i := z[0]; i < z[1] && !stop; i++ {
			t := strings.TrimSpace(p.lines[i].text)
			if strings.EqualFold(t, "CERTIFICATE OF SERVICE") || strings.HasPrefix(strings.ToUpper(t), "CERTIFICATE OF SERVICE") {
				stop = true
				continue
			}
			if t == "" {
				if cur != nil && (len(cur.Emails) > 0 || cur.Firm != "") {
					cur = nil
				}
				continue
			}
			if len(t) > 160 {
				// Running text, not a line of a signature block.
				continue
			}
			if cur == nil {
				d.Counsel = append(d.Counsel, Counsel{Names: []string{}, Line: p.lines[i].num})
				cur = &d.Counsel[len(d.Counsel)-1]
			}
			if containsAnyFold(t, "ttorney", "TTORNEY") {
				if m := attyForRe.FindStringSubmatch(t); m != nil {
					cur.Represents = strings.Trim(m[1], " .,")
					cur = nil
					continue
				}
			}
			if strings.IndexByte(t, '@') >= 0 {
				if es := emailRe.FindAllString(t, -1); len(es) > 0 {
					cur.Emails = append(cur.Emails, es...)
					continue
				}
			}
			if cur.Firm == "" && isFirm(t) {
				cur.Firm = t
				continue
			}
			if cur.Firm != "" && strings.HasPrefix(strings.ToUpper(t), "AND ") && capsLine(t) && strings.HasSuffix(cur.Firm, strings.TrimSpace(cur.Firm)) && len(cur.Names) >= 0 && i > 0 && p.lines[i-1].text == cur.Firm {
				cur.Firm += " " + t
				continue
			}
			if cur.Firm == "" && capsLine(t) && i+1 < z[1] && strings.HasPrefix(strings.ToUpper(strings.TrimSpace(p.lines[i+1].text)), "AND ") && isFirm(p.lines[i+1].text) {
				cur.Firm = t + " " + strings.TrimSpace(p.lines[i+1].text)
				i++
				continue
			}
			if m := personMatch(t); m != nil && !isAddress(m[1]) && !isFirm(t) && !isNotName(t) && fieldCount(m[1]) >= 2 {
				name := strings.TrimSpace(m[1])
				dup := false
				for _, n := range cur.Names {
					dup = dup || strings.EqualFold(n, name)
				}
				if !dup {
					cur.Names = append(cur.Names, name)
				}
			}
		}
	}
	// Keep only blocks that are counsel (a name with an email, a firm or
	// whom they represent), once each: captions repeat the signature block.
	out := d.Counsel[:0]
	seen := map[string]bool{}
	for _, c := range d.Counsel {
		key := c.Firm + "|" + strings.Join(c.Names, "|")
		if len(c.Names) > 0 && (len(c.Emails) > 0 || c.Firm != "" || c.Represents != "") && !seen[key] {
			seen[key] = true
			out = append(out, c)
		}
	}
	d.Counsel = out
	if d.Counsel == nil {
		d.Counsel = []Counsel{}
	}
}

// isTitle reports whether s names a pleading the way a title does: titleRe,
// or, for a line whose spaces extraction lost ("ANSWEROFDEFENDANTS,TO"),
// the same words read from its letters alone.
func isTitle(s string) bool {
	return titleRe.MatchString(s) || lostSpaces(s) && squeezedTitleRe.MatchString(squeeze(s))
}

// lostSpaces reports whether a title line lost the spaces around the word
// naming the pleading: "ANSWEROFDEFENDANTS", "ACTIONCOMPLAINT" (but not
// "ANSWERING" or "COMPLAINTS").
func lostSpaces(s string) bool {
	up := strings.ToUpper(s)
	for _, w := range [...]string{"ANSWER", "COMPLAINT"} {
		for i := 0; ; {
			k := strings.Index(up[i:], w)
			if k < 0 {
				break
			}
			k += i
			before := k > 0 && isLetter(up[k-1])
			after := up[k+len(w):]
			glued := len(after) > 0 && isLetter(after[0]) && !strings.HasPrefix(after, "ING") && !strings.HasPrefix(after, "ED") && !(strings.HasPrefix(after, "S") && (len(after) == 1 || !isLetter(after[1])))
			if before || glued {
				return true
			}
			i = k + len(w)
		}
	}
	return false
}

// squeezedTitleRe is titleRe over a line's letters alone, upper-cased.
var squeezedTitleRe = regexp.MustCompile(`^(?:(?:DEFENDANTS?|PLAINTIFFS?|(?:PLAINTIFFS?)?INTERVENORS?)[A-Z]*?)?(?:FIRST|SECOND|THIRD|FOURTH|FIFTH)?(?:AMENDED)?(?:VERIFIED)?(?:CLASSACTION)?(?:COMPLAINT|ANSWER)`)

// squeeze returns the letters of s, upper-cased, without anything else: a
// view of a line that does not depend on its spaces.
func squeeze(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		}
	}
	return string(b)
}

// endsInConnector reports whether a title line ends with a word that the
// next line goes on from ("ANSWER OF DEFENDANTS ... TO", "... AND").
func endsInConnector(t string) bool {
	t = strings.TrimRight(t, " ,:;")
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToUpper(t[i+1:]) {
	case "TO", "THE", "OF", "AND", "FOR", "IN", "ON", "WITH", "AGAINST", "S", "PLAINTIFFS", "PLAINTIFF", "DEFENDANTS", "DEFENDANT":
		return true
	}
	return false
}

// titleKind decides a document's kind from its title: a title naming an
// answer is an answer even when it also names the complaint it answers.
func titleKind(title string) Kind {
	up := squeeze(title)
	switch {
	case strings.Contains(up, "ANSWER"):
		return KindAnswer
	case strings.Contains(up, "COMPLAINT"):
		return KindComplaint
	}
	return KindOther
}

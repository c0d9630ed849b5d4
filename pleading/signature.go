package pleading

import (
	"regexp"
	"strings"
	"time"
)

var (
	datedRe = regexp.MustCompile(`(?i)^(?:dated|date)\s*:?\s*(?:this\s+)?(.+)$`)
	dayOfRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([a-z]+),?\s+(\d{4})`)
	mdyRe   = regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4})`)
	juryRe  = regexp.MustCompile(`(?i)\bjury\s+trial\s+demand(?:ed)?\b|\bdemand\s+for\s+(?:a\s+)?(?:trial\s+by\s+)?jury\b|\b(?:demands?|requests?)\s+(?:a\s+)?(?:trial\s+by\s+jury|jury\s+trial)\b|\bjury\s+demand\b`)
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	firmRe  = regexp.MustCompile(`(?i)\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|P\.A\.|PLLC|P\.L\.L\.C\.|law\s+offices?|law\s+group|law\s+firm|attorney\s+general|department\s+of\s+justice|counsel['’]?s\s+office|& [A-Z])`)
	// captionRoleRe matches a party's role standing alone in a caption: "Plaintiffs,".
	captionRoleRe = regexp.MustCompile(`(?i)^(?:plaintiffs?|defendants?|petitioners?|respondents?)\s*[.,;:]?$`)
	attyForRe     = regexp.MustCompile(`(?i)\battorneys?\s+for\s+(.+)$`)
	personRe      = regexp.MustCompile(`^(?:/s/\s*)?([A-Z][A-Za-z'’\-]*\.?(?:\s+[A-Z][A-Za-z'’\-]*\.?){1,3})(?:,?\s+(?:Jr\.|Sr\.|III|II|Esq\.))?(?:\s*\(.*\))?$`)
	notNameRe     = regexp.MustCompile(`(?i)\b(?:jury|trial|demand|answer|complaint|defenses?|relief|prayer|certificate|service|respectfully|submitted|dated)\b`)
	addressRe     = regexp.MustCompile(`(?i)\d|\b(?:street|avenue|ave|suite|floor|road|blvd|boulevard|telephone|fax|facsimile|phone|email|e-mail|counsel|attorneys?|division|section|district|court|united|states|department|office|general)\b`)
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

// isFirm reports whether t names a law firm or office: firmRe, asked only
// of text holding a piece every one of its phrases has.
func isFirm(t string) bool {
	return mayBeFirm(t) && firmRe.MatchString(t)
}

// mayBeFirm reports whether t holds, in any case, a piece of text that
// every match of firmRe holds ("llp", "l.l.", "p.c", "law", "&", ...).
func mayBeFirm(t string) bool {
	return strings.IndexByte(t, '&') >= 0 || indexFold(t, "llp") >= 0 || indexFold(t, "llc") >= 0 || indexFold(t, "l.l.") >= 0 ||
		indexFold(t, "p.c") >= 0 || indexFold(t, "p.a") >= 0 || indexFold(t, "law") >= 0 || indexFold(t, "attorney") >= 0 ||
		indexFold(t, "department") >= 0 || indexFold(t, "coun") >= 0
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
	// The pleading ends where a paper filed with it begins (an affidavit
	// under its own caption): the dates in that paper are not its date.
	end := len(p.lines)
	for i := p.bodyEnd; i < len(p.lines); i++ {
		if attachedCaption(p.lines[i].text) {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
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
	for i, l := range p.lines[:p.headEnd] {
		// The court line of the caption, above paragraph 1 (a court named
		// in the body or in a paper attached after it is no caption).
		if isCourt(l.text) && capsLine(l.text) {
			first = i
			break
		}
	}
	zones = append(zones, [2]int{0, first})
	if p.bodyEnd < len(p.lines) {
		zones = append(zones, [2]int{p.bodyEnd, len(p.lines)})
	}
	for zi, z := range zones {
		var cur *Counsel
		stop := false
		for i := z[0]; i < z[1] && !stop; i++ {
			t := strings.TrimSpace(p.lines[i].text)
			if certificateOfService(t) {
				stop = true
				continue
			}
			if zi > 0 && attachedCaption(t) {
				// The caption of a paper filed with this one (an affidavit,
				// an exhibit): its names are not counsel's.
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
			if m := personMatch(unglueInitials(t)); m != nil && !isAddress(m[1]) && !isFirm(t) && !isNotName(t) && fieldCount(m[1]) >= 2 {
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

// certificateOfService reports whether t heads a certificate of service,
// also as text extraction runs it together ("CERTIFICATE OFSERVICE").
func certificateOfService(t string) bool {
	if len(t) > 60 || indexFold(t, "certificate") < 0 {
		return false
	}
	return strings.HasPrefix(strings.ToUpper(strings.Join(strings.Fields(t), "")), "CERTIFICATEOFSERVICE")
}

// attachedCaption reports whether t is a line of a caption: a party's role
// or "v." alone in the parties' column, before the rule ("Plaintiffs,   )").
func attachedCaption(t string) bool {
	segs := captionSegments(t)
	if len(segs) < 2 {
		return false
	}
	s := strings.TrimSpace(segs[0])
	return versusRe.MatchString(s) || captionRoleRe.MatchString(s)
}

// unglueInitials puts back the spaces text extraction drops around a
// middle initial: "/s/ StephenG.Dietrick" reads "/s/ Stephen G. Dietrick".
// Other joins ("McDonald", "DeMarco") are names as written and stay.
func unglueInitials(t string) string {
	if strings.IndexByte(t, '.') < 0 {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		upper := func(k int) bool { return k >= 0 && k < len(t) && t[k] >= 'A' && t[k] <= 'Z' }
		lower := func(k int) bool { return k >= 0 && k < len(t) && t[k] >= 'a' && t[k] <= 'z' }
		if upper(i) && lower(i-1) && i+1 < len(t) && t[i+1] == '.' && upper(i+2) {
			// "nG.D": an initial run into the first name.
			b.WriteByte(' ')
		}
		b.WriteByte(c)
		if c == '.' && upper(i-1) && !upper(i-2) && upper(i+1) && lower(i+2) {
			// "G.Dietrick": the surname run into the initial.
			b.WriteByte(' ')
		}
	}
	return b.String()
}

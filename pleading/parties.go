package pleading

import (
	"regexp"
	"strings"
	"unicode"
)

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
		if caseNoRe.MatchString(t) || ndIllCaseRe.MatchString(t) || judgeLineRe.MatchString(t) || numberish(t) || venueRe.MatchString(t) {
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

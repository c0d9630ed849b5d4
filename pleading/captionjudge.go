package pleading

import (
	"regexp"
	"strings"
)

var (
	// judgeRe finds a judge's title in a caption segment: "Judge", "Hon.",
	// "Honorable Judge", "Magistrate Judge", "Judge:", "(Judge St. Eve)",
	// with the name that follows, if any.
	judgeRe = regexp.MustCompile(`(?i)(?:^|[\s(\[])((?:(?:chief|senior|u\.\s?s\.|united\s+states)\s+)?(?:(?:magistrate|mag\.|district|bankruptcy)\s+)?judge\b|(?:the\s+)?hon(?:orable\b|\.))(?:\s+(?:(?:u\.\s?s\.\s+)?(?:magistrate|mag\.|district|bankruptcy)\s+)?judge\b)?\s*:?\s*(?:hon(?:orable\b|\.)\s+)?(.*)$`)
	// caseJudgesRe finds the judges' initials a federal case number ends
	// with: "2:18-cv-00907-KOB", "3:13-cv-00547-HTW-LRA".
	caseJudgesRe = regexp.MustCompile(`(?i)\d{2}\s*-?\s*[a-z]{2,3}\s*-?\s*\d{1,6}((?:[-–\s]+[a-z]{2,4})+)\s*$`)
	// altCaseJudgesRe is the form that puts the type first and the
	// division before the judge: "CV06-1675-PCT-EHC".
	altCaseJudgesRe = regexp.MustCompile(`(?i)^[a-z]{2}\s*-?\s*\d{2}\s*[-–]\s*\d{1,6}[-–]([a-z]{2,4})((?:[-–][a-z]{2,4})+)\s*$`)
)

// judgeStop are words that end a judge's name in a caption ("Judge Amy St.
// Eve Courtroom 1241"); a name never holds them.
var judgeStop = map[string]bool{
	"courtroom": true, "dept": true, "dept.": true, "department": true, "div": true, "division": true,
	"case": true, "no": true, "no.": true, "plaintiff": true, "plaintiffs": true, "defendant": true,
	"defendants": true, "presiding": true, "assigned": true, "to": true, "and": true, "of": true,
	"the": true, "for": true, "in": true, "action": true, "complaint": true, "answer": true, "date": true,
	"time": true, "trial": true, "jury": true, "magistrate": true, "judge": true, "mag.": true,
	"room": true, "court": true, "ctrm": true, "ctrm.": true, "hearing": true, "referred": true,
}

// findJudges reads the judges a caption names: "Judge: Jane Doe", "Hon.
// Jane Doe", "(Judge St. Eve)", "Honorable Judge" with the name on the next
// line of its column, "Magistrate Judge Jane Doe"; and, where none is
// named, the initials a federal case number ends with ("-KOB", the
// district judge; a second, "-LRA", the magistrate judge).
func (p *parser) findJudges(head []line) {
	d := p.doc
	for j := 0; j < len(head); j++ {
		segs := captionSegments(head[j].text)
		for si, seg := range segs {
			if indexFold(seg, "judge") < 0 && indexFold(seg, "hon") < 0 {
				continue
			}
			m := judgeRe.FindStringSubmatch(seg)
			if m == nil {
				continue
			}
			lead := m[0][:len(m[0])-len(m[2])]
			title := judgeTitle(lead)
			hasJudge := indexFold(lead, "judge") >= 0
			name, ok := judgeName(m[2])
			if !hasJudge && (si == 0 && len(segs) > 1 || strings.HasSuffix(strings.TrimSpace(m[2]), ",")) {
				// "THE HONORABLE MIKE BEEBE, Governor": a party with its
				// honorific, in the parties' column.
				continue
			}
			if !ok && strings.Trim(m[2], " :()[]_") == "" && j+1 < len(head) {
				// "Honorable Judge" / "Amy St. Eve": the name below, in the
				// same (last) column.
				next := captionSegments(head[j+1].text)
				name, ok = judgeName(next[len(next)-1])
			}
			if ok {
				d.Caption.addJudge(Judge{Name: name, Title: title, Line: head[j].num})
			}
		}
	}
	if len(d.Caption.Judges) > 0 {
		return
	}
	for _, cn := range []string{d.Caption.CaseNumber, p.stampCase} {
		for i, in := range caseJudgeInitials(cn) {
			title := "Judge"
			if i == 1 {
				title = "Magistrate Judge"
			}
			d.Caption.Judges = append(d.Caption.Judges, Judge{Initials: in, Title: title})
		}
		if len(d.Caption.Judges) > 0 {
			return
		}
	}
}

// addJudge adds j unless a judge of that name is already there.
func (c *Caption) addJudge(j Judge) {
	for _, k := range c.Judges {
		if strings.EqualFold(k.Name, j.Name) || strings.HasSuffix(strings.ToLower(k.Name), " "+strings.ToLower(j.Name)) {
			return
		}
		if strings.HasSuffix(strings.ToLower(j.Name), " "+strings.ToLower(k.Name)) {
			// "St. Eve" then "Amy St. Eve": keep the longer one.
			for i := range c.Judges {
				if c.Judges[i].Name == k.Name {
					c.Judges[i].Name = j.Name
				}
			}
			return
		}
	}
	c.Judges = append(c.Judges, j)
}

// judgeTitle names the kind of judge a matched title says: "Magistrate
// Judge", "Bankruptcy Judge", or "Judge".
func judgeTitle(m string) string {
	switch {
	case indexFold(m, "magistrate") >= 0 || indexFold(m, "mag.") >= 0:
		return "Magistrate Judge"
	case indexFold(m, "bankruptcy") >= 0:
		return "Bankruptcy Judge"
	}
	return "Judge"
}

// judgeName reads the name at the start of s: one to five capitalized
// words or initials ("Amy St. Eve", "J. Paul Oetken", "KIMBERLY J. MUELLER"),
// up to a closing parenthesis, a comma or a word no name holds.
func judgeName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, ":( ")
	if i := strings.IndexAny(s, "),;[]"); i >= 0 {
		s = s[:i]
	}
	var words []string
	for _, w := range strings.Fields(s) {
		if judgeStop[strings.ToLower(w)] || !nameWord(w) {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) > 5 {
		return "", false
	}
	// A name is more than initials: at least one word of two letters or more.
	long := false
	for _, w := range words {
		long = long || len(strings.Trim(w, ".")) >= 2
	}
	if !long {
		return "", false
	}
	name := strings.Join(words, " ")
	if capsLine(name) {
		// "CARL J. BARBIER" reads as "Carl J. Barbier".
		name = titleCaseName(words)
	}
	return name, true
}

// nameWord reports whether w can be a word of a person's name: a capital
// letter first, then letters, periods, apostrophes or hyphens.
func nameWord(w string) bool {
	for i, r := range w {
		switch {
		case i == 0:
			if !(r >= 'A' && r <= 'Z') {
				return false
			}
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return w != ""
}

// caseJudgeInitials returns the judges' initials a case number ends with:
// ["KOB"] for "2:18-cv-00907-KOB", ["HTW", "LRA"] for
// "3:13-cv-00547-HTW-LRA", ["EHC"] for "CV06-1675-PCT-EHC" (PCT is the
// division).
func caseJudgeInitials(cn string) []string {
	cn = strings.TrimSpace(cn)
	if cn == "" {
		return nil
	}
	var suffix string
	if m := altCaseJudgesRe.FindStringSubmatch(cn); m != nil {
		suffix = m[2]
	} else if m := caseJudgesRe.FindStringSubmatch(cn); m != nil {
		suffix = m[1]
	}
	var out []string
	for _, s := range strings.FieldsFunc(suffix, func(r rune) bool { return r == '-' || r == '–' || r == ' ' }) {
		out = append(out, strings.ToUpper(s))
	}
	return out
}

// titleCaseName writes a name given in capitals in title case: "CARL J.
// BARBIER" as "Carl J. Barbier", "O'MALLEY" as "O'Malley".
func titleCaseName(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		b := []rune(strings.ToLower(w))
		up := true
		for k, r := range b {
			if up && r >= 'a' && r <= 'z' {
				b[k] = r - 'a' + 'A'
			}
			up = r == '\'' || r == '’' || r == '-' || r == '.'
		}
		out[i] = string(b)
	}
	return strings.Join(out, " ")
}

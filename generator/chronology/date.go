package chronology

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date the pleading gives.
type Precision string

// The precisions of a date, finest first.
const (
	Day     Precision = "day"
	Month   Precision = "month"
	Part    Precision = "part" // part of a year: "early 2007", "the spring of 2014", "Q3 2012"
	Year    Precision = "year"
	Unknown Precision = ""
)

// Date is a date as a pleading gives it: the span it names and how precisely.
type Date struct {
	Start     time.Time // first day the date can mean
	End       time.Time // last day the date can mean
	Precision Precision
	Text      string // the words of the pleading: "in or about early 2007"
	Qualifier string // "in or about", "no later than", "since", "on or before", ... ("" for none)
	Part      string // for a Part date, which part: "early", "late", "spring", "first quarter", ...
}

// ISO formats the date as precisely as it is known: 2007-11-02, 2007-11, 2007.
func (d Date) ISO() string {
	switch d.Precision {
	case Day:
		return d.Start.Format("2006-01-02")
	case Month:
		return d.Start.Format("2006-01")
	}
	return d.Start.Format("2006")
}

// String formats the date for a reader: "Nov. 2, 2007", "Jan. 2013", "early 2007", "2012",
// with its qualifier ("no later than 2012").
func (d Date) String() string {
	var s string
	switch d.Precision {
	case Day:
		s = monthAbbr(d.Start.Month()) + " " + strconv.Itoa(d.Start.Day()) + ", " + strconv.Itoa(d.Start.Year())
	case Month:
		s = monthAbbr(d.Start.Month()) + " " + strconv.Itoa(d.Start.Year())
	case Part:
		s = d.Part + " " + strconv.Itoa(d.Start.Year())
		if d.Part == "mid" {
			s = "mid-" + strconv.Itoa(d.Start.Year())
		}
	default:
		s = strconv.Itoa(d.Start.Year())
	}
	if d.Qualifier != "" {
		s = d.Qualifier + " " + s
	}
	return s
}

func monthAbbr(m time.Month) string {
	return [...]string{"", "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}[m]
}

// months maps every spelling of a month the pleadings use to its number.
var months = map[string]time.Month{}

func init() {
	full := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, m := range full {
		months[m] = time.Month(i + 1)
		months[m[:3]] = time.Month(i + 1)
	}
	months["sept"] = time.September
}

const monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	// "January 22, 2013", "Jan. 22 2013", "22 January 2013"
	mdyRE = regexp.MustCompile(`(?i)\b(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	dmyRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(` + monthRE + `),?\s+((?:19|20)\d\d)\b`)
	// "March 1 and March 14, 2024": a day without its year before another that has one
	rangeRE = regexp.MustCompile(`(?i)\b(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|through|to|until|–|-)\s+(?:` + monthRE + `\s+)?(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	// "1/22/2013", "01/22/13", "2013-01-22"
	numRE = regexp.MustCompile(`(?i)\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)\b`)
	isoRE = regexp.MustCompile(`(?i)\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)
	// "January 2013", "Jan. of 2013"
	myRE = regexp.MustCompile(`(?i)\b(` + monthRE + `)\s+(?:of\s+)?((?:19|20)\d\d)\b`)
	// "early 2007", "the spring of 2014", "late-2012", "mid-2012", "the first quarter of 2014", "Q3 2012"
	partRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(early|late|mid|middle of|beginning of|end of|spring|summer|fall|autumn|winter|first half|second half|first quarter|second quarter|third quarter|fourth quarter|Q[1-4])[\s-]+(?:of\s+)?((?:19|20)\d\d)\b`)
	// a year with a word before it that makes it a date: "in 2006", "since 1996", "by 2014"
	yearRE = regexp.MustCompile(`(?i)\b((?:in or about|in or around|no later than|not later than|as early as|as of|since|until|through|beginning in|starting in|prior to|before|after|by|around|during|circa|in|from|between|and|to|of|year|years)\s+)((?:19|20)\d\d)\b`)
)

// span is a date found in a text, at byte offsets [Start, End).
type span struct {
	Date
	From, To int
}

// findDates returns the dates of text, finest reading first, without overlaps,
// in text order. Every date the readers know holds a year (or a numeric
// date), so only the stretches of text around one are read.
func findDates(text string) []span {
	var out []span
	for _, w := range windows(text) {
		for _, s := range findDatesIn(text[w[0]:w[1]]) {
			s.From += w[0]
			s.To += w[0]
			out = append(out, s)
		}
	}
	return out
}

// windows returns the stretches of text, from a word start 70 bytes before
// to 8 bytes after each year or numeric date, merged where they overlap.
func windows(text string) [][2]int {
	var out [][2]int
	for i := 0; i+3 < len(text); i++ {
		c := text[i]
		year := (c == '1' && text[i+1] == '9' || c == '2' && text[i+1] == '0') && isDigit(text[i+2]) && isDigit(text[i+3]) &&
			(i == 0 || !isDigit(text[i-1])) && (i+4 >= len(text) || !isDigit(text[i+4]))
		numeric := c == '/' && i > 0 && isDigit(text[i-1]) && isDigit(text[i+1])
		if !year && !numeric {
			continue
		}
		a := max(0, i-70)
		for a > 0 && text[a-1] != ' ' {
			a--
		}
		b := min(len(text), i+12)
		for b < len(text) && text[b] != ' ' {
			b++
		}
		if n := len(out); n > 0 && a <= out[n-1][1] {
			out[n-1][1] = b
		} else {
			out = append(out, [2]int{a, b})
		}
		i += 3
	}
	return out
}

// when runs re over text only if ok: the cheap test that text can hold a match.
func when(ok bool, re *regexp.Regexp, text string) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(text, -1)
}

// hasMonth reports whether lower-case text names a month.
func hasMonth(lower string) bool {
	for _, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// hasPart reports whether lower-case text names a part of a year.
func hasPart(lower string) bool {
	for _, w := range []string{"early", "late", "mid", "beginning", "end of", "spring", "summer", "fall", "autumn", "winter", "half", "quarter", "q1", "q2", "q3", "q4"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findDatesIn returns the dates of one stretch of text.
func findDatesIn(text string) []span {
	var out []span
	taken := func(a, b int) bool {
		for _, s := range out {
			if a < s.To && b > s.From {
				return true
			}
		}
		return false
	}
	add := func(a, b int, d Date, ok bool) {
		if !ok || taken(a, b) {
			return
		}
		a = withQualifier(text, a)
		d.Text = strings.TrimSpace(text[a:b])
		d.Qualifier = qualifier(d.Text)
		out = append(out, span{Date: d, From: a, To: b})
	}
	lower := strings.ToLower(text)
	month := hasMonth(lower)
	for _, m := range when(month, mdyRE, text) {
		d, ok := dayDate(text[m[6]:m[7]], monthOf(text[m[2]:m[3]]), text[m[4]:m[5]])
		add(m[0], m[1], d, ok)
	}
	for _, m := range when(month, dmyRE, text) {
		d, ok := dayDate(text[m[6]:m[7]], monthOf(text[m[4]:m[5]]), text[m[2]:m[3]])
		add(m[0], m[1], d, ok)
	}
	// "between March 1 and March 14, 2024", "October 1 through November 22, 2024": the first day takes the year of the second.
	for _, m := range when(month, rangeRE, text) {
		d, ok := dayDate(text[m[8]:m[9]], monthOf(text[m[2]:m[3]]), text[m[4]:m[5]])
		add(m[2], m[5], d, ok)
	}
	for _, m := range when(strings.Contains(text, "-"), isoRE, text) {
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, ok := dayDate(text[m[2]:m[3]], time.Month(mo), text[m[6]:m[7]])
		add(m[0], m[1], d, ok)
	}
	for _, m := range when(strings.Contains(text, "/"), numRE, text) {
		mo, _ := strconv.Atoi(text[m[2]:m[3]])
		y := text[m[6]:m[7]]
		if len(y) == 2 {
			if n, _ := strconv.Atoi(y); n < 70 {
				y = "20" + y
			} else {
				y = "19" + y
			}
		}
		d, ok := dayDate(y, time.Month(mo), text[m[4]:m[5]])
		add(m[0], m[1], d, ok)
	}
	for _, m := range when(month, myRE, text) {
		mo := monthOf(text[m[2]:m[3]])
		if mo == 0 || isMayVerb(text, m[2], m[3]) {
			continue
		}
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		start := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		add(m[0], m[1], Date{Start: start, End: start.AddDate(0, 1, -1), Precision: Month}, true)
	}
	for _, m := range when(hasPart(lower), partRE, text) {
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		d, ok := partDate(strings.ToLower(text[m[2]:m[3]]), y)
		add(m[0], m[1], d, ok)
	}
	for _, m := range yearRE.FindAllStringSubmatchIndex(text, -1) {
		lead := strings.ToLower(strings.TrimSpace(text[m[2]:m[3]]))
		if (lead == "and" || lead == "to") && !yearListBefore(out, m[0]) {
			continue // "and 2013" only continues a list of dates: "in 2012 and 2013"
		}
		if lead == "of" || lead == "year" || lead == "years" {
			if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, m[0]-12):m[0]])), "year") && lead == "of" {
				continue // "Section 2 of 2014" is not a date; "the year of 2014" is
			}
		}
		if notAYear(text, m[4], m[5]) {
			continue
		}
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		start := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		a := m[0]
		if !isQualifier(lead) {
			a = m[4] // "in 2006": the date is the year; "in" says nothing of its bounds
		}
		add(a, m[1], Date{Start: start, End: time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC), Precision: Year}, true)
	}
	sortSpans(out)
	return out
}

// qualifiers are the words before a date that say how it bounds the event, longest first.
var qualifiers = []string{"in or about", "in or around", "on or about", "on or around", "on or before", "on or after", "at or about", "no later than", "not later than", "no earlier than", "as early as", "as late as", "beginning in", "starting in", "approximately", "prior to", "through", "as of", "since", "until", "before", "after", "around", "about", "circa", "by"}

// withQualifier moves a date's start back over the qualifier before it: "on or about March 3, 2019".
func withQualifier(text string, a int) int {
	before := strings.ToLower(text[max(0, a-20):a])
	for _, q := range qualifiers {
		if strings.HasSuffix(before, q+" ") {
			b := a - len(q) - 1
			if b == 0 || text[b-1] == ' ' || text[b-1] == '(' || text[b-1] == ',' {
				return b
			}
		}
	}
	return a
}

// yearListBefore reports whether a date ends just before offset i (a list "2012 and 2013").
func yearListBefore(found []span, i int) bool {
	for _, s := range found {
		if s.To <= i && i-s.To <= 2 {
			return true
		}
	}
	return false
}

// notAYear reports whether the four digits at text[a:b] are part of a number,
// an address, a citation or an amount rather than a year.
func notAYear(text string, a, b int) bool {
	if a > 0 {
		switch text[a-1] {
		case '$', '#', '§', '.', ',', '/', '-':
			return true
		}
	}
	if b < len(text) {
		switch c := text[b]; {
		case c >= '0' && c <= '9', c == '%':
			return true
		case c == ',' && b+1 < len(text) && text[b+1] >= '0' && text[b+1] <= '9':
			return true
		}
	}
	before := strings.ToLower(text[max(0, a-24):a])
	for _, w := range []string{"section ", "§ ", "no. ", "number ", "suite ", "u.s.c. ", "page ", "paragraph ", "¶ ", "exhibit ", "$"} {
		if strings.HasSuffix(strings.TrimRight(before, "in of from and to by "), strings.TrimSpace(w)) {
			return true
		}
	}
	return false
}

// isMayVerb reports whether "May" at text[a:b] is the verb ("may 2015 ..." is rare; "may" lower-case is the verb).
func isMayVerb(text string, a, b int) bool {
	return text[a:b] == "may"
}

// isQualifier reports whether a word before a year bounds the date rather than just placing it.
func isQualifier(lead string) bool {
	switch lead {
	case "in", "from", "during", "and", "to", "of", "year", "years", "between":
		return false
	}
	return true
}

// qualifier returns the bounding words a date's text starts with.
func qualifier(text string) string {
	lower := strings.ToLower(text)
	for _, q := range []string{"in or about", "in or around", "on or about", "on or around", "on or before", "on or after", "at or about", "no later than", "not later than", "no earlier than", "as early as", "as late as", "as of", "since", "until", "through", "beginning in", "starting in", "prior to", "before", "after", "by", "around", "about", "approximately", "circa"} {
		if strings.HasPrefix(lower, q+" ") {
			return q
		}
	}
	return ""
}

// monthOf returns the month a word names, or 0.
func monthOf(word string) time.Month {
	return months[strings.TrimSuffix(strings.ToLower(word), ".")]
}

// dayDate builds a day-precise date, refusing impossible ones (February 30).
func dayDate(year string, m time.Month, day string) (Date, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Month() != m {
		return Date{}, false
	}
	return Date{Start: t, End: t, Precision: Day}, true
}

// partDate builds the date of a part of a year.
func partDate(part string, y int) (Date, bool) {
	var m0, m1 time.Month
	switch part {
	case "early", "beginning of":
		m0, m1 = time.January, time.April
	case "mid", "middle of", "summer":
		m0, m1 = time.May, time.August
		if part == "summer" {
			m0, m1 = time.June, time.August
		}
	case "late", "end of":
		m0, m1 = time.September, time.December
	case "spring":
		m0, m1 = time.March, time.May
	case "fall", "autumn":
		m0, m1 = time.September, time.November
	case "winter":
		m0, m1 = time.January, time.March // "winter 2013" reads as its first months
	case "first half":
		m0, m1 = time.January, time.June
	case "second half":
		m0, m1 = time.July, time.December
	case "first quarter", "q1":
		m0, m1 = time.January, time.March
	case "second quarter", "q2":
		m0, m1 = time.April, time.June
	case "third quarter", "q3":
		m0, m1 = time.July, time.September
	case "fourth quarter", "q4":
		m0, m1 = time.October, time.December
	default:
		return Date{}, false
	}
	start := time.Date(y, m0, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(y, m1+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	label := map[string]string{"beginning of": "early", "middle of": "mid", "end of": "late", "autumn": "fall",
		"first half": "first half of", "second half": "second half of", "q1": "first quarter of", "q2": "second quarter of",
		"q3": "third quarter of", "q4": "fourth quarter of", "first quarter": "first quarter of", "second quarter": "second quarter of",
		"third quarter": "third quarter of", "fourth quarter": "fourth quarter of"}[part]
	if label == "" {
		label = part
	}
	return Date{Start: start, End: end, Precision: Part, Part: label}, true
}

// sortSpans orders spans by their place in the text.
func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].From < s[j-1].From; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

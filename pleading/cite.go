package pleading

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

var (
	statuteRe = regexp.MustCompile(`\b\d{1,2}\s+U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?\s*(?:§§?|[Ss]ections?|[Ss]ec\.)\s*[0-9][0-9A-Za-z().\-]*(?:\s*(?:,|and|&|through|-|–)\s*[0-9][0-9A-Za-z().\-]*)*(?:,?\s+et\.?\s+seq\.?)?` +
		`|\b\d{1,2}\s+C\.?\s?F\.?\s?R\.?\s*(?:§§?|[Pp]t\.|[Pp]art)\s*[0-9][0-9.A-Za-z()\-]*` +
		`|\bFed\.\s?R\.\s?Civ\.\s?P\.\s*\d+(?:\([a-z0-9]+\))*` +
		`|\b[A-Z][a-z]{1,5}\.\s(?:[A-Z][a-z]*\.\s){0,3}(?:Code|Stat)\.?(?:\s(?:Ann\.|§))*\s*§*\s*[0-9][0-9.\-:]*`)
	// exhibitRe starts with its literal "Ex" so the scan for it is fast; the
	// word boundary before it is checked by exhibits.
	exhibitRe   = regexp.MustCompile(`(?:Exhibits?|Exs?\.)\s+([A-Z]{1,2}|\d{1,3})\b(?:\s*(?:,|and|&)\s*([A-Z]{1,2}|\d{1,3})\b)*`)
	exhibitIDRe = regexp.MustCompile(`\b([A-Z]{1,2}|\d{1,3})\b`)
)

// statutes returns the statutes a text cites, in order, without repeats.
func statutes(text string) []string {
	if !strings.Contains(text, "U.S.C") && !strings.Contains(text, "USC") && !strings.Contains(text, "U. S. C") && !strings.Contains(text, "C.F.R") &&
		!strings.Contains(text, "Fed.") && !strings.Contains(text, "Code") && !strings.Contains(text, "Stat") {
		return nil
	}
	ms := statuteMatches(text)
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		m = strings.TrimRight(strings.TrimSpace(m), ",;")
		m = strings.TrimSuffix(m, ".")
		if strings.HasSuffix(m, "et seq") {
			m += "."
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// statuteAnchors are the words a citation turns on, with how far before
// the word a citation may start.
var statuteAnchors = [...]struct {
	word   string
	before int
}{
	{"U.S.C", 8}, {"USC", 8}, {"U. S. C", 8}, {"C.F.R", 8}, {"Fed.", 0}, {"Code", 48}, {"Stat", 48},
}

// statuteMatches returns what statuteRe finds in text, running it only on
// the stretches around the words a citation must hold (a long paragraph is
// otherwise scanned at every byte).
func statuteMatches(text string) []string {
	type win struct{ a, b int }
	var wins []win
	for _, an := range statuteAnchors {
		for off := 0; ; {
			k := strings.Index(text[off:], an.word)
			if k < 0 {
				break
			}
			k += off
			wins = append(wins, win{max(0, k-an.before), min(len(text), k+220)})
			off = k + len(an.word)
		}
	}
	if len(wins) == 0 {
		return nil
	}
	sort.Slice(wins, func(i, j int) bool { return wins[i].a < wins[j].a })
	merged := wins[:1]
	for _, w := range wins[1:] {
		if last := &merged[len(merged)-1]; w.a <= last.b {
			last.b = max(last.b, w.b)
		} else {
			merged = append(merged, w)
		}
	}
	var out []string
	for _, w := range merged {
		if win := text[w.a:w.b]; mayCiteStatute(win) {
			out = append(out, statuteRe.FindAllString(win, -1)...)
		}
	}
	return out
}

// mayCiteStatute reports whether s holds what every match of statuteRe
// holds, so that statuteRe need not scan a window ("the State of New
// York") where it cannot match: a digit, spaces and "U" or "C" ("42
// U.S.C.", "29 C.F.R."); "Fed."; or "Code" or "Stat" followed, past
// periods, spaces, "Ann." and "§", by a digit.
func mayCiteStatute(s string) bool {
	if strings.Contains(s, "Fed.") {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || !isRegexpSpace(s[i+1]) {
			continue
		}
		j := i + 1
		for j < len(s) && isRegexpSpace(s[j]) {
			j++
		}
		if j < len(s) && (s[j] == 'U' || s[j] == 'C') {
			return true
		}
	}
	for _, w := range [...]string{"Code", "Stat"} {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 {
				break
			}
			j := off + k + len(w)
			for j < len(s) && strings.IndexByte(" \t\n\f\r.An\xc2\xa7", s[j]) >= 0 {
				j++
			}
			if j < len(s) && s[j] >= '0' && s[j] <= '9' {
				return true
			}
			off += k + len(w)
		}
	}
	return false
}

// isRegexpSpace reports whether c is what \s matches in a Go regexp.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// exhibits returns the exhibits a text cites ("Exhibit A", "Ex. B"), as "Exhibit A".
func exhibits(text string) []string {
	if !strings.Contains(text, "Exhibit") && !strings.Contains(text, "Ex.") && !strings.Contains(text, "Exs.") {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, loc := range exhibitRe.FindAllStringIndex(text, -1) {
		if loc[0] > 0 && isWordByte(text[loc[0]-1]|0x20) {
			continue // "...Ex. A" inside a word
		}
		m := text[loc[0]:loc[1]]
		// Skip the word itself, then take every id listed.
		rest := m[strings.IndexAny(m, " \t")+1:]
		for _, id := range exhibitIDRe.FindAllString(rest, -1) {
			e := "Exhibit " + id
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "eight": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50,
}

// ocrWReplacer mends a "w" OCR read as "'v", "\\v" or "’v".
var ocrWReplacer = strings.NewReplacer("'v", "w", "\\v", "w", "’v", "w")

// ordinalValue reads an ordinal such as "TWENTY-SIXTH", "Twenty Third" or "3rd"; 0 if it is not one.
func ordinalValue(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	s = ocrWReplacer.Replace(s)
	if n, err := strconv.Atoi(strings.TrimRight(s, "stndrh")); err == nil && n > 0 {
		return n
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' || r == '–' })
	switch len(parts) {
	case 1:
		return ordinalWords[parts[0]]
	case 2:
		tens, ok := numberWords[parts[0]]
		unit := ordinalWords[parts[1]]
		if ok && tens >= 20 && unit > 0 && unit < 10 {
			return tens + unit
		}
	}
	return 0
}

// cardinalValue reads a number written in words below 200: "fifty-four",
// "sixty", "one hundred twelve"; 0 if it is not one.
func cardinalValue(s string) int {
	s = strings.ToLower(s)
	total := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' }) {
		if w == "hundred" && total > 0 && total < 10 {
			total *= 100
			continue
		}
		if w == "and" {
			continue
		}
		n, ok := numberWords[w]
		if !ok || n == 0 {
			return 0
		}
		total += n
	}
	return total
}

// romanValue reads a roman numeral ("XIV"); 0 if it is not one.
func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	s = strings.ToUpper(s)
	if s == "" {
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// countNumber reads a count's number: "IV", "4", "FOUR", "FOURTH".
func countNumber(s string) int {
	s = strings.Trim(strings.TrimSpace(s), ".:")
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n := romanValue(s); n > 0 {
		return n
	}
	if n, ok := numberWords[strings.ToLower(s)]; ok {
		return n
	}
	return ordinalValue(s)
}

var (
	// paraRefRe finds references to paragraphs: "Paragraph 12", "paragraphs 1 through 7",
	// "paragraphs 10,11,12, and 13", "PARAGRAPH ONE (1)", "¶¶ 3-5".
	paraRefRe = regexp.MustCompile(`(?i)(?:\bparagraphs?|\bparas?\.|¶¶?)\s*(?:nos?\.\s*)?((?:(?:[a-z\-'’]+\s+)?\(\d{1,7}\)|\d{1,7}(?:\b|[a-z]\b))(?:\s*(?:,|and|&|or|through|thru|to|-|–|—)\s*(?:and\s+)?(?:(?:[a-z\-'’]+\s+)?\(\d{1,7}\)|\d{1,7}\b))*)`)
	refNumRe  = regexp.MustCompile(`\d{1,7}`)
	refSepRe  = regexp.MustCompile(`(?i)\d{1,7}\)?\s*(through|thru|to|-|–|—)\s*(?:[a-z\-'’]+\s+)?\(?\d`)
)

// paragraphRefs returns the paragraph numbers a phrase such as "paragraphs 1
// through 7 and 9" names, expanded and sorted, and whether any was found.
func paragraphRefs(text string) []int {
	var out []int
	for _, m := range paraRefRe.FindAllStringSubmatch(text, -1) {
		out = append(out, expandRefs(m[1])...)
	}
	return uniqueSorted(out)
}

// firstParagraphRefs returns the paragraph numbers named by the first reference in text.
func firstParagraphRefs(text string) ([]int, int) {
	if len(text) > 400 {
		// A leading reference sits in the opening words; cut at a word boundary.
		cut := 400
		for cut < len(text) && text[cut] != ' ' {
			cut++
		}
		text = text[:cut]
	}
	// Every match starts where paraRefStart looks, so the regexp is run from there.
	k := paraRefStart(text)
	if k < 0 {
		return nil, -1
	}
	loc := paraRefRe.FindStringSubmatchIndex(text[k:])
	if loc == nil {
		return nil, -1
	}
	return uniqueSorted(expandRefs(text[k+loc[2] : k+loc[3]])), k + loc[0]
}

// paraRefStart returns the first offset where paraRefRe may match text:
// "para" in any case at a word's start, or "¶"; -1 when there is none.
func paraRefStart(text string) int {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == "¶"[0] && strings.HasPrefix(text[i:], "¶"):
			return i
		case c|0x20 == 'p' && hasPrefixFold(text[i:], "para") && (i == 0 || !isWordChar(text[i-1])):
			return i
		}
	}
	return -1
}

// expandRefs expands "1 through 7, 9" into 1..7 and 9.
func expandRefs(s string) []int {
	nums := refNumRe.FindAllStringIndex(s, -1)
	var out []int
	for i := 0; i < len(nums); i++ {
		a, _ := strconv.Atoi(s[nums[i][0]:nums[i][1]])
		if i+1 < len(nums) {
			between := s[nums[i][0]:nums[i+1][1]]
			if refSepRe.MatchString(between) {
				b, _ := strconv.Atoi(s[nums[i+1][0]:nums[i+1][1]])
				if b >= a && b-a < 2000 {
					for n := a; n <= b; n++ {
						out = append(out, n)
					}
					i++
					continue
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// uniqueSorted sorts ns and drops repeats (nil when empty).
func uniqueSorted(ns []int) []int {
	if len(ns) == 0 {
		return nil
	}
	slices.Sort(ns)
	return slices.Compact(ns)
}

var (
	incorpRe     = regexp.MustCompile(`(?i)\b(?:incorporat\w*|re-?alleg\w*|re-?assert\w*|repeats?\b|restates?\b)`)
	allPriorRe   = regexp.MustCompile(`(?i)\b(?:all|each of the|each and every|every)\s+(?:of\s+the\s+)?(?:prior|preceding|foregoing|above|previous|allegations?|answers?|responses?|paragraphs?)\b|\b(?:foregoing|preceding|above|prior|previous)\s+(?:numbered\s+)?paragraphs?\b|\bset\s+forth\s+above\b`)
	incorpObjRe  = regexp.MustCompile(`(?i)\bby\s+reference\b|\bherein\b|\bas\s+if\b|\b(?:its|their|the)\s+(?:answers|responses|admissions|allegations)\b|\beach\s+and\s+every\b|\bpreceding\b|\bforegoing\b|\babove\b`)
	incorpWordRe = regexp.MustCompile(`(?i)paragraphs?\s+([a-z]+(?:-[a-z]+)?)\s+(?:through|thru|to)\s+([a-z]+(?:-[a-z]+)?)\b`)
	incorpRngRe  = regexp.MustCompile(`(?i)paragraphs?\s+(?:[a-z\-'’]+\s+)?\(?(\d{1,7})\)?\s*(?:-|–|—|through|thru|to)\s*(?:[a-z\-'’]+\s+)?\(?(\d{1,7})\)?`)
)

// incorporation returns the range of paragraphs an incorporation paragraph
// re-alleges, or nil when the text incorporates nothing. Paragraph n is the
// incorporating paragraph, used for "all preceding paragraphs".
func incorporation(text string, n int) *Range {
	head := text[:min(len(text), 320)]
	if !hasIncorpVerb(head) {
		return nil
	}
	loc := incorpVerb(text)
	if loc == nil || loc[0] > 300 {
		return nil
	}
	// The range sits near the verb: "re-alleges paragraphs 1-55", "Paragraphs 1
	// through 59 are re-alleged and incorporated".
	near := text[max(0, loc[0]-120):min(len(text), loc[1]+200)]
	if m := incorpRngRe.FindStringSubmatch(near); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a > 0 && b >= a {
			return &Range{First: a, Last: b}
		}
	}
	// "The allegations of paragraphs one through fifty-four are incorporated".
	if m := incorpWordRe.FindStringSubmatch(near); m != nil {
		a, b := cardinalValue(m[1]), cardinalValue(m[2])
		if a > 0 && b >= a {
			return &Range{First: a, Last: b}
		}
	}
	// "incorporates by reference the allegations of the preceding paragraphs":
	// the words after the verb must say what is incorporated.
	after := text[loc[0]:min(len(text), loc[1]+200)]
	if n > 1 && allPriorRe.MatchString(after) && incorpObjRe.MatchString(after) {
		return &Range{First: 1, Last: n - 1}
	}
	return nil
}

// incorpVerb returns what incorpRe.FindStringIndex(text) returns when that
// starts in the first 300 bytes; otherwise nil or a match starting later.
// A match starting there ends with its word, so the scan stops at the
// first space after byte 320 instead of running through a long paragraph.
func incorpVerb(text string) []int {
	if len(text) > 320 {
		if k := strings.IndexByte(text[320:], ' '); k >= 0 {
			text = text[:320+k]
		}
	}
	return incorpRe.FindStringIndex(text)
}

// hasIncorpVerb reports, in one pass, whether s holds a verb that
// incorporates ("incorporates", "re-alleges", "realleges", "reasserts",
// "repeats", "restates") in any case.
func hasIncorpVerb(s string) bool {
	for i := 0; i+6 < len(s); i++ {
		switch s[i] | 0x20 {
		case 'n':
			if hasPrefixFold(s[i:], "ncorporat") {
				return true
			}
		case 'e':
			switch s[i+1] | 0x20 {
			case '-':
				if hasPrefixFold(s[i:], "e-alleg") {
					return true
				}
			case 'a':
				if hasPrefixFold(s[i:], "eallege") || hasPrefixFold(s[i:], "eassert") {
					return true
				}
			case 'p':
				if hasPrefixFold(s[i:], "epeat") {
					return true
				}
			case 's':
				if hasPrefixFold(s[i:], "estate") {
					return true
				}
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}

// containsAnyFold reports whether s holds any of the substrings (give each in the cases to find).
func containsAnyFold(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

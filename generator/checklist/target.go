package checklist

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// Target is what a pleaded defense says it answers, resolved to the complaint's counts.
type Target struct {
	// Scope is how the defense names its target: one of the Scope constants.
	Scope string `json:"scope"`
	// Phrase is the answer's words for it ("copyright claims", "Counts IV and V"), "" for all claims.
	Phrase string `json:"phrase,omitempty"`
	// Counts are the counts the words reach, before the catalogue narrows them.
	Counts []int `json:"counts"`
	// Missing are the counts or claims it names that the complaint does not have.
	Missing []string `json:"missing"`
}

// The scopes of a defense's target.
const (
	ScopeAll      = "all"       // all claims, the Complaint, or nothing said
	ScopeStateLaw = "state-law" // the counts not under federal law
	ScopeFederal  = "federal"   // the counts under federal law
	ScopeClaims   = "claims"    // named claim types ("copyright claims") or counts
	ScopeRelief   = "relief"    // a kind of relief ("claims for punitive damages"): every count seeking it
	ScopeNone     = "none"      // a reservation of rights answers nothing
)

// Text describes the target in words: "all claims", "copyright claims".
func (t Target) Text() string {
	switch t.Scope {
	case ScopeAll:
		return "all claims"
	case ScopeNone:
		return "nothing"
	}
	return t.Phrase
}

var (
	defNumeralWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15}
	defOrdinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
		"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}

	defNumeral       = `(?:[ivxl]+|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`
	defNamedCountsRE = regexp.MustCompile(`\bcounts?\s+(` + defNumeral + `(?:\s*(?:,|and|or|&|through|to|-|–)\s*(?:counts?\s+)?` + defNumeral + `)*)\b`)
	defNumeralRE     = regexp.MustCompile(defNumeral + `|through|to|-|–`)
	defOrdinal       = `(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)`
	defOrdinalRE     = regexp.MustCompile(`\b(` + defOrdinal + `(?:\s*(?:,|and|or|&)\s*` + defOrdinal + `)*)\s+(?:claims? for relief|causes? of action|counts?|claims?)\b`)
	defOrdinalWordRE = regexp.MustCompile(defOrdinal)
	defClaimNumRE    = regexp.MustCompile(`\bclaim\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b`)
	defClaimWordRE   = regexp.MustCompile(`\b(?:claims?|causes? of action|counts?)\b`)
	defReliefRE      = regexp.MustCompile(`^\s+(?:for|seeking|to)\s+(?:an?\s+)?((?:punitive|exemplary|injunctive|liquidated|statutory|treble|enhanced|compensatory|consequential|emotional|back|front|equitable|monetary)\b[\w\s']{0,20}?(?:damages|relief|pay|fees|profits|remedies)|attorney.s fees|attorneys. fees|fees|costs|interest)`)
	defClauseStop    = regexp.MustCompile(`[.;:()\[\]]`)
	defVerbRE        = regexp.MustCompile(`^\s+(?:that|to|as|it|the|a|an)\b`)

	// defBoundary ends the words before "claims" that name a claim type.
	defBoundary = defSet("to", "for", "by", "that", "because", "are", "is", "as", "on", "barred", "the", "a", "an", "against",
		"from", "under", "its", "their", "his", "her", "all", "each", "every", "any", "these", "those", "such", "this", "said",
		"in", "with", "which", "no", "not", "has", "have", "plaintiff", "plaintiffs", "defendant", "defendants", "it", "they",
		"were", "was", "be", "if", "whether", "new", "additional", "further", "certain", "some", "several", "both", "own",
		"whose", "what", "respective", "individual", "class", "member", "members", "nor", "where", "why", "how", "also")
	// defSkipWords are words before "claims" that say nothing about which claims.
	defSkipWords = defSet("purported", "purportedly", "alleged", "allegedly", "asserted", "putative", "remaining", "other", "various", "so-called", "pled", "pleaded")
	// defStateLawWords and defFederalWords make up "state law claims" and "federal claims".
	defStateLawWords = defSet("state", "law", "common", "statutory", "and", "or", "pendent", "supplemental", "non-federal", "nonfederal", "state-law", "common-law")
	defFederalWords  = defSet("federal", "law", "statutory", "federal-law")
	// defTitleStop are words left out when a target's words are compared with a count's title.
	defTitleStop = defSet("of", "the", "and", "or", "for", "under", "with", "a", "an", "in", "to", "claim", "claims", "violation", "violations", "act")
)

func defSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// defResolveTarget reads what a defense says it answers and resolves it to the counts.
func defResolveTarget(text string, counts []CountRef, lib *library.Elements, skip map[string]bool) Target {
	low := strings.ToLower(defQuoteFold.Replace(text))
	t := Target{Counts: []int{}, Missing: []string{}}
	set := map[int]bool{}
	exists := map[int]bool{}
	for _, c := range counts {
		exists[c.Number] = true
	}
	var phrases []string
	specific := false

	// Counts named by number or ordinal.
	var named []int
	hasCount := strings.Contains(low, "count")
	hasClaim := hasCount || strings.Contains(low, "claim") || strings.Contains(low, "cause")
	if !hasClaim {
		low = ""
	}
	low = defBlankMatchesIf(hasCount, low, defNamedCountsRE, func(m []string) {
		named = append(named, defNumerals(m[1])...)
		phrases = append(phrases, "Counts "+strings.ToUpper(m[1]))
	})
	low = defBlankMatchesIf(hasClaim && strings.Contains(low, "th ") || strings.Contains(low, "first") || strings.Contains(low, "second") || strings.Contains(low, "third"), low, defOrdinalRE, func(m []string) {
		for _, w := range defOrdinalWordRE.FindAllString(m[1], -1) {
			named = append(named, defOrdinalWords[w])
		}
		phrases = append(phrases, m[0])
	})
	low = defBlankMatchesIf(strings.Contains(low, "claim "), low, defClaimNumRE, func(m []string) {
		named = append(named, defNumeralWords[m[1]])
		phrases = append(phrases, m[0])
	})
	for _, n := range named {
		specific = true
		if exists[n] {
			set[n] = true
		} else if n > 0 {
			t.Missing = defAppendUnique(t.Missing, "Count "+defRoman(n))
		}
	}

	// "<words> claims", "claims for <relief>".
	scope := ""
	relief := ""
	for _, loc := range defClaimWordRE.FindAllStringIndex(low, -1) {
		if m := defReliefRE.FindStringSubmatch(low[loc[1]:]); m != nil {
			relief = strings.TrimSpace(m[1])
		}
		words := defClaimWords(low[:loc[0]], skip)
		if len(words) == 0 {
			continue
		}
		x := strings.Join(words, " ")
		switch {
		case defAllIn(words, defStateLawWords) && (defHas(words, "state") || defHas(words, "common") || defHas(words, "state-law") || defHas(words, "common-law") || defHas(words, "pendent") || defHas(words, "supplemental")):
			specific = true
			scope = defMergeScope(scope, ScopeStateLaw)
			phrases = append(phrases, x+" claims")
			for _, c := range counts {
				if !c.Federal {
					set[c.Number] = true
				}
			}
		case defAllIn(words, defFederalWords) && (defHas(words, "federal") || defHas(words, "federal-law")):
			specific = true
			scope = defMergeScope(scope, ScopeFederal)
			phrases = append(phrases, x+" claims")
			for _, c := range counts {
				if c.Federal {
					set[c.Number] = true
				}
			}
		default:
			if defVerbRE.MatchString(low[loc[1]:]) {
				continue // "EPA now claims that ...": the verb
			}
			var found []int
			var missing []string
			for _, part := range defSplitParts(x) {
				ns := defClaimCounts(part, counts, lib)
				if len(ns) == 0 && defLooksLikeClaim(part, lib) {
					missing = append(missing, part+" claim")
				}
				found = append(found, ns...)
			}
			if len(found) == 0 && len(missing) == 0 {
				continue // words that name no claim type
			}
			specific = true
			scope = defMergeScope(scope, ScopeClaims)
			phrases = append(phrases, x+" "+defPluralClaim(low[loc[0]:loc[1]]))
			for _, m := range missing {
				t.Missing = defAppendUnique(t.Missing, m)
			}
			for _, n := range found {
				set[n] = true
			}
		}
	}
	if len(named) > 0 {
		scope = defMergeScope(scope, ScopeClaims)
	}
	switch {
	case specific:
		t.Scope = scope
		t.Phrase = strings.Join(defDedupe(phrases), "; ")
	case relief != "":
		t.Scope = ScopeRelief
		t.Phrase = "claims for " + relief
		for _, c := range counts {
			set[c.Number] = true
		}
	default:
		t.Scope = ScopeAll
		for _, c := range counts {
			set[c.Number] = true
		}
	}
	for n := range set {
		t.Counts = append(t.Counts, n)
	}
	sort.Ints(t.Counts)
	return t
}

// defClaimWords returns the words just before "claims" that name a claim
// type, in order: "LivePerson's copyright" gives [copyright].
func defClaimWords(before string, skip map[string]bool) []string {
	if i := strings.LastIndexAny(before, ".;:()[]"); i >= 0 && defClauseStop.MatchString(before[i:i+1]) {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, ","); i >= 0 {
		before = before[i+1:]
	}
	fields := strings.Fields(before)
	var out []string
	for i := len(fields) - 1; i >= 0 && len(out) < 6; i-- {
		w := strings.Trim(fields[i], `"'“”‘’`)
		if w == "" {
			continue
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'") || defBoundary[w] || skip[strings.TrimSuffix(w, "'s")] {
			break
		}
		if defSkipWords[w] {
			continue
		}
		out = append(out, w)
	}
	// Reverse, and drop connecting words at the front.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	for len(out) > 0 && (out[0] == "of" || out[0] == "and" || out[0] == "or" || out[0] == "and/or") {
		out = out[1:]
	}
	return out
}

// defClaimCounts returns the counts a claim-type phrase ("copyright",
// "trade secret misappropriation", "tortious interference") names: the
// counts whose claim type the library matches to the phrase, else whose
// title holds its words, else whose claim carries a category it names.
func defClaimCounts(part string, counts []CountRef, lib *library.Elements) []int {
	var out []int
	if lib != nil {
		ids := map[string]bool{}
		for _, m := range lib.Candidates(part, "") {
			ids[m.Claim.ID] = true
		}
		for _, c := range counts {
			if c.Claim != "" && ids[c.Claim] {
				out = append(out, c.Number)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	var want []string
	for _, w := range prose.Words(part) {
		if !defTitleStop[w] {
			want = append(want, defSingular(w))
		}
	}
	if len(want) > 0 {
		for _, c := range counts {
			have := map[string]bool{}
			for _, w := range prose.Words(c.Title) {
				have[defSingular(w)] = true
			}
			all := true
			for _, w := range want {
				all = all && have[w]
			}
			if all {
				out = append(out, c.Number)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	padded := " " + strings.Join(prose.Words(part), " ") + " "
	for _, c := range counts {
		if c.claim == nil {
			continue
		}
		for _, tag := range c.claim.Category {
			tagWords := " " + strings.ReplaceAll(strings.ToLower(tag), "-", " ") + " "
			if strings.Contains(padded, tagWords) || strings.Contains(padded, strings.TrimSuffix(tagWords, " ")+"s ") {
				out = append(out, c.Number)
				break
			}
		}
	}
	return out
}

// defLooksLikeClaim reports whether words name a claim type the library
// knows (by its patterns or a category), pleaded in this complaint or not.
func defLooksLikeClaim(part string, lib *library.Elements) bool {
	if lib == nil {
		return false
	}
	if len(lib.Candidates(part, "")) > 0 {
		return true
	}
	padded := " " + strings.Join(prose.Words(part), " ") + " "
	for _, c := range lib.Claims {
		for _, tag := range c.Category {
			if strings.Contains(padded, " "+strings.ReplaceAll(strings.ToLower(tag), "-", " ")+" ") {
				return true
			}
		}
	}
	return false
}

// defCountRefs lists the complaint's counts with the claim type each pleads.
func defCountRefs(complaint *pleading.Document, lib *library.Elements) []CountRef {
	out := make([]CountRef, 0, len(complaint.Counts))
	for _, ct := range complaint.Counts {
		r := CountRef{Number: ct.Number, Label: ct.Label, Title: ct.Title, Statute: ct.Statute, Line: ct.Line}
		var claims []*library.Claim
		if lib != nil {
			// The count's own paragraphs name its law and theories when
			// its title does not ("STATEMENT OF CLAIMS").
			var body []string
			for n := ct.First; n <= ct.Last && n > 0 && n-ct.First < 40; n++ {
				if p := complaint.Paragraph(n); p != nil && p.Incorporates == nil {
					body = append(body, p.Text)
				}
			}
			m := lib.MatchCount(ct.Title, ct.Statute, strings.Join(body, " "))
			claims = m.Claims
			if len(claims) == 0 {
				best := 0
				for _, text := range body {
					if c, s := lib.Match(ct.Title, text); c != nil && s > best {
						claims, best = []*library.Claim{c}, s
					}
				}
			}
		}
		if len(claims) > 0 {
			r.claim, r.claims = claims[0], claims
			r.Claim = claims[0].ID
			for i, c := range claims {
				if i > 0 {
					r.ClaimName += "; "
				}
				r.ClaimName += c.Name
				r.Federal = r.Federal || c.Federal
			}
		} else {
			s := strings.ToLower(ct.Title + " " + ct.Statute)
			r.Federal = strings.Contains(s, "u.s.c") || strings.Contains(s, "constitution") || strings.Contains(s, "federal")
		}
		out = append(out, r)
	}
	return out
}

// defNumerals reads "ii, iii and v", "2 through 4" into numbers.
func defNumerals(s string) []int {
	var out []int
	toks := defNumeralRE.FindAllString(s, -1)
	for i := 0; i < len(toks); i++ {
		switch toks[i] {
		case "through", "to", "-", "–":
			if len(out) > 0 && i+1 < len(toks) {
				from, to := out[len(out)-1], defNumeralValue(toks[i+1])
				for n := from + 1; n <= to && n-from < 50; n++ {
					out = append(out, n)
				}
				i++
			}
			continue
		}
		if n := defNumeralValue(toks[i]); n > 0 {
			out = append(out, n)
		}
	}
	return out
}

func defNumeralValue(s string) int {
	if n, ok := defNumeralWords[s]; ok {
		return n
	}
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		n := 0
		for _, r := range s {
			n = n*10 + int(r-'0')
		}
		return n
	}
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50}
	n := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// defRoman formats n (1 to 3999) in Roman numerals.
func defRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// defRomanRuns formats count numbers as runs of Roman numerals: "II–V, VII, VIII".
func defRomanRuns(ns []int) string {
	s := append([]int(nil), ns...)
	sort.Ints(s)
	var parts []string
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && s[j+1] == s[j]+1 {
			j++
		}
		switch {
		case j-i >= 2:
			parts = append(parts, defRoman(s[i])+"–"+defRoman(s[j]))
		case j == i+1:
			parts = append(parts, defRoman(s[i]), defRoman(s[j]))
		default:
			parts = append(parts, defRoman(s[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// defCountList names counts: "Count I", "Counts II–V, VII, VIII".
func defCountList(ns []int, _ []CountRef) string {
	switch len(ns) {
	case 0:
		return "no count"
	case 1:
		return "Count " + defRoman(ns[0])
	}
	return "Counts " + defRomanRuns(ns)
}

var defQuoteFold = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

// defBlankMatchesIf is defBlankMatches when cond holds (a cheap test that re may match), else s.
func defBlankMatchesIf(cond bool, s string, re *regexp.Regexp, f func([]string)) string {
	if !cond {
		return s
	}
	return defBlankMatches(s, re, f)
}

// defBlankMatches blanks every match of re in s (keeping offsets) after passing its submatches to f.
func defBlankMatches(s string, re *regexp.Regexp, f func([]string)) string {
	locs := re.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	b := []byte(s)
	for _, loc := range locs {
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		f(m)
		for i := loc[0]; i < loc[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// defSplitParts splits "fraud and implied covenant" into its claim types.
func defSplitParts(x string) []string {
	f := func(r rune) bool { return r == ',' || r == '/' }
	var out []string
	for _, a := range strings.FieldsFunc(x, f) {
		for _, b := range strings.Split(" "+a+" ", " and ") {
			for _, c := range strings.Split(b, " or ") {
				if c = strings.TrimSpace(c); c != "" && c != "and/or" {
					out = append(out, strings.TrimSpace(strings.TrimPrefix(c, "and/or ")))
				}
			}
		}
	}
	return out
}

func defSingular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

func defPluralClaim(w string) string {
	if strings.HasSuffix(w, "s") || strings.Contains(w, "causes") {
		return "claims"
	}
	return "claim"
}

func defMergeScope(have, add string) string {
	if have == "" || have == add {
		return add
	}
	return ScopeClaims
}

func defAllIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return true
}

func defHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func defAppendUnique(list []string, s string) []string {
	if defHas(list, s) {
		return list
	}
	return append(list, s)
}

func defDedupe(list []string) []string {
	var out []string
	for _, s := range list {
		out = defAppendUnique(out, s)
	}
	return out
}

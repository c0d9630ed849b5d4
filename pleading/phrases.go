package pleading

import "strings"

// facet is what a phrase of a response signals.
type facet uint8

const (
	fAdmit   facet = iota + 1 // admits the allegation (or part of it)
	fDeny                     // denies it
	fLack                     // lacks knowledge or information (FRCP 8(b)(5))
	fRefer                    // refers to a document: "speaks for itself"
	fLegal                    // calls it a legal conclusion, or says no response is required
	fCond                     // answers only "to the extent a response is required" (no facet of its own)
	fIncorp                   // repeats and re-alleges earlier responses
	fNeutral                  // words that look like a facet and are none: "to admit or deny"
	fThen                     // a consequence: "therefore", "accordingly"
)

// A phraseRow is one phrasing of a facet. Its pattern is words separated by
// spaces: "a|b" is either word, "word?" may be left out, "stem*" is any
// word starting with stem, and "~N" skips up to N tokens of the same
// clause. Patterns are matched on the normalized token stream (see
// tokenize), so case, curly quotes, OCR slips and lost spaces do not
// matter. To read a court's phrasing, add a row and a test.
type phraseRow struct {
	facet   facet
	pattern string
}

// phraseTable holds every phrasing the response reader knows. Where two
// rows match at the same word, the longer match wins, so "deny knowledge or
// information" is lack of knowledge, not a denial, and the "admit" of "to
// admit or deny" admits nothing. How the facets combine into a class is
// decided in classify, by the conventions of GOLD.md.
var phraseTable = []phraseRow{
	// Admissions and denials, one word each; negation is read around them.
	{fAdmit, "admit|admits|admitted|admitting|concede|concedes|conceded"},
	{fDeny, "deny|denies|denied|denying"},
	// "Not admitted." puts the allegation to proof (Pennsylvania and New
	// Jersey practice, "Not admitted; strict proof demanded"): a denial.
	{fDeny, "not admitted"},
	{fDeny, "does|do not admit"},
	{fDeny, "disputes|controverts the|each|all|any|that|these|those"},
	// "does not dispute that ...": an admission in other words ("does not
	// contest venue" concedes a point without admitting the allegation).
	{fAdmit, "does|do not dispute that"},

	// Lack of knowledge, in every voice.
	{fLack, "lack|lacks|lacking|without|insufficient|no sufficient|adequate? knowledge|information"},
	{fLack, "lack|lacks|lacking|without|insufficient|no knowledge|information or knowledge|information"},
	{fLack, "lack|lacks|lacking of sufficient? knowledge|information"},
	{fLack, "not have|possess|presently? sufficient|adequate|enough? knowledge|information"},
	{fLack, "is|are without sufficient? knowledge|information"},
	{fLack, "unable to admit|form|determine"},
	{fLack, "deny|denies|denied|denying knowledge|information"},
	{fLack, "deny|denies|denying having|any? sufficient? knowledge|information"},
	{fLack, "knowledge|information insufficient|not sufficient to"},
	{fLack, "cannot|can't admit or deny"},
	{fLack, "can|could neither admit nor deny"},
	{fLack, "want of sufficient? knowledge|information"},
	{fLack, "cannot form|determine a belief"},
	{fNeutral, "to either? admit or|nor deny"},
	{fNeutral, "neither admit|admits|admitted nor deny|denies|denied"},
	{fNeutral, "does|do not admit or deny"},

	// A denial that follows from lack of knowledge is part of it.
	{fThen, "therefore|accordingly|thus|consequently|hence|so"},
	{fThen, "on|upon that|this basis"},

	// Conditional answers: "to the extent a response is required, denied".
	{fCond, "to the extent ~8 response|responses|answer|answers|reply ~5 required|necessary|needed|warranted|deemed|appropriate"},
	{fCond, "to the extent ~8 require|requires|required|necessitate|necessitates a|any? further? response|responses|answer"},
	{fCond, "insofar|inasmuch as ~8 response|responses|answer|answers ~5 required|necessary|needed|deemed"},
	{fCond, "if|should|where a|any|further? response|answer ~4 required|necessary|needed|deemed"},
	{fCond, "should|if the court ~2 require|requires|deem|deems|find|finds ~3 response|answer"},
	{fCond, "in the event ~8 response|answer ~4 required|necessary|needed|deemed"},

	// Legal conclusions and "no response is required".
	{fLegal, "legal conclusion|conclusions"},
	{fLegal, "conclusion|conclusions of law"},
	{fLegal, "no response|responses|answer|reply is|are? required|necessary|needed|warranted"},
	{fLegal, "no further|responsive response|answer|pleading is|are? required|necessary|needed"},
	{fLegal, "require|requires no response|answer"},
	{fLegal, "not require|requires a|any response|answer"},
	{fLegal, "no response|answer ~3 is|be required|necessary|needed"},
	{fLegal, "does|do not contain any? factual? allegations"},
	{fLegal, "make|makes no answer"},
	// "not directed to this Defendant": no response is required of it.
	{fLegal, "not directed|addressed|made to|at|against"},
	{fLegal, "directed|addressed to|at|against other|another|co-defendants|codefendants"},

	// References to a document.
	{fRefer, "refer|refers|referred the court to"},
	{fRefer, "respectfully refer|refers|referred ~6 to the? document|documents|statute|statutes|report|letter|complaint|agreement|agreements|contract|exhibit|record|decision|opinion|order|article|text"},
	{fRefer, "speak|speaks for itself|themselves|themself"},
	{fRefer, "best evidence of its|their content|contents|terms"},
	{fRefer, "refer|refers to the? document|documents|contract|contracts|agreement|agreements for its|their full? terms|content|contents"},

	// Incorporation of earlier responses, in any voice.
	{fIncorp, "repeat*|realleg*|reasser*|reaver*|reiterat*|incorporat*|restat*|readopt* ~12 response|responses|answer|answers|paragraphs|foregoing|preceding|above|prior|previous"},
	{fIncorp, "response|responses|answer|answers ~12 realleged|reasserted|incorporated|repeated|restated|reiterated|readopted"},
}

// A compiled phrase is a phraseRow as slots of words.
type phrase struct {
	facet facet
	slots []slot
	row   int
}

// slot is one position of a pattern: the words it takes, or a gap.
type slot struct {
	words    map[string]bool
	list     []string // the words, when they are few (else nil)
	prefixes []string
	optional bool
	gap      int // >0: skip up to gap tokens
}

func (s *slot) match(w string) bool {
	if s.list != nil {
		for _, x := range s.list {
			if x == w {
				return true
			}
		}
	} else if s.words[w] {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// phraseIndex holds the compiled table, indexed by the words a phrase may start with.
type phraseIndex struct {
	byFirst  map[string][]*phrase
	prefixed []*phrase // phrases whose first slot has a stem* word
	// prefixFirst marks the first letters of those stems.
	prefixFirst [256]bool
}

var phrases = compilePhrases(phraseTable)

func compilePhrases(rows []phraseRow) phraseIndex {
	ix := phraseIndex{byFirst: map[string][]*phrase{}}
	for i, row := range rows {
		ph := &phrase{facet: row.facet, row: i}
		for _, f := range strings.Fields(row.pattern) {
			if f[0] == '~' {
				n := 0
				for _, c := range f[1:] {
					n = n*10 + int(c-'0')
				}
				ph.slots = append(ph.slots, slot{gap: n})
				continue
			}
			s := slot{words: map[string]bool{}}
			if strings.HasSuffix(f, "?") {
				s.optional = true
				f = strings.TrimSuffix(f, "?")
			}
			for _, w := range strings.Split(f, "|") {
				if strings.HasSuffix(w, "*") {
					s.prefixes = append(s.prefixes, strings.TrimSuffix(w, "*"))
				} else {
					s.words[w] = true
				}
			}
			if len(s.words) <= 8 {
				// A few words are found faster in a list than in a map.
				for w := range s.words {
					s.list = append(s.list, w)
				}
			}
			ph.slots = append(ph.slots, s)
		}
		first := ph.slots[0]
		if len(first.prefixes) > 0 {
			ix.prefixed = append(ix.prefixed, ph)
			for _, p := range first.prefixes {
				ix.prefixFirst[p[0]] = true
			}
		}
		for w := range first.words {
			ix.byFirst[w] = append(ix.byFirst[w], ph)
		}
	}
	return ix
}

// matchSlots returns the end (exclusive) of the longest match of slots at toks[i], or -1.
func matchSlots(toks []token, i int, slots []slot) int {
	if len(slots) == 0 {
		return i
	}
	s := &slots[0]
	best := -1
	if s.gap > 0 {
		for k := 0; k <= s.gap && i+k <= len(toks); k++ {
			if e := matchSlots(toks, i+k, slots[1:]); e > best {
				best = e
			}
			if i+k < len(toks) && (toks[i+k].w == "." || toks[i+k].w == ";") {
				break
			}
		}
		return best
	}
	if s.optional {
		best = matchSlots(toks, i, slots[1:])
	}
	if i < len(toks) && s.match(toks[i].w) {
		if e := matchSlots(toks, i+1, slots[1:]); e > best {
			best = e
		}
	}
	return best
}

// hit is one phrase found in a token stream.
type hit struct {
	facet      facet
	start, end int // token indexes, end exclusive
}

// findPhrases reads toks left to right; at each token the longest phrase
// that starts there wins and its tokens are consumed.
func findPhrases(toks []token) []hit { return appendPhrases(nil, toks) }

// appendPhrases appends the phrases found in toks to hits (see findPhrases).
func appendPhrases(hits []hit, toks []token) []hit {
	for i := 0; i < len(toks); {
		best, bf := -1, facet(0)
		try := func(ph *phrase) {
			if e := matchSlots(toks, i, ph.slots); e > best || e == best && e > 0 && ph.facet < bf {
				best, bf = e, ph.facet
			}
		}
		for _, ph := range phrases.byFirst[toks[i].w] {
			try(ph)
		}
		if w := toks[i].w; w != "" && phrases.prefixFirst[w[0]] {
			for _, ph := range phrases.prefixed {
				try(ph)
			}
		}
		if best > i {
			hits = append(hits, hit{bf, i, best})
			i = best
			continue
		}
		i++
	}
	return hits
}

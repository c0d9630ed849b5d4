package chart

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// What the answer says beyond admitting and denying is deposition
// material: the facts it asserts of its own ("[24]7 gave notice of
// termination of the Co-Marketing Agreement effective November 2, 2007",
// "[24]7 took nothing from LivePerson") and what exactly it denies
// ("specifically denies that it had never used website-based
// live-interaction technology"). Each is quoted verbatim from the response,
// cut only at a clause boundary; a formula repeated across many responses
// ("denies that LivePerson is entitled to any relief") is boilerplate and
// left out.

// Statement is a clause of the answer quoted for a deposition list.
type Statement struct {
	Paragraph int    `json:"paragraph"` // the complaint ¶ the response answers (its first)
	Response  int    `json:"response"`  // the answer ¶
	Page      int    `json:"page,omitempty"`
	Text      string `json:"text"` // verbatim, with "…" where cut
	Cite      string `json:"cite"` // "Ans. ¶69, p. 3"
}

var (
	// assertStartRe finds where the party starts saying something of its
	// own inside a sentence: "but notes that", "and avers that", "; to the
	// contrary,", "; for example,", "Further answering,".
	assertStartRe = regexp.MustCompile(`(?i)` +
		`(?:^|,?\s+but\s*(?:,\s*(?:upon|on)\s+information\s+and\s+belief,)?\s*|[,;]\s+and\s+(?:further\s+|also\s+|affirmatively\s+)?|;\s*)(?:(?:[A-Z][\w.&\[\]/-]*|\[\d+\]\d+|it|he|she|they)\s+){0,3}?(?:further\s+|also\s+|affirmatively\s+|specifically\s+)?(?:notes?|noted|states?|stated|avers?|averred|alleges?|alleged|asserts?|contends?|clarif(?:y|ies)|maintains?|submits?)\s+(?:that\b|,)` +
		// "and avers that": verbs only a party uses, with or without a comma.
		`|\s+and\s+(?:(?:further|also|affirmatively)\s+)?(?:avers?|averred|alleges?|asserts?|contends?)\s+that\b` +
		`|(?:^|;\s*)(?:to\s+the\s+contrary|for\s+example|further\s+answering|by\s+way\s+of\s+further\s+(?:answer|response)|in\s+fact|rather)\b,?`)
	// genericObjectRe is what a general denial denies: the allegations, same,
	// the paragraph.
	genericObjectRe = regexp.MustCompile(`(?i)^(?:each\s+and\s+every|all|any\s+and\s+all|the\s+remaining|each|every|any|the|those|these|such|said|same\b|this\s+paragraph|paragraph|them\b|it\b|that\s+allegation|knowledge|for\s+lack|as\s+to|and\s+every|the\s+allegations?|any\s+remaining|the\s+rest|the\s+balance|generally|all\s+other)(?:\s+(?:of\s+the\s+)?(?:remaining\s+|other\s+|factual\s+)?(?:allegations?|averments?|remaining|other|paragraph|statements?|characterizations?|claims?|inferences?)\b.*)?$`)
	// nonAssertionRe marks a sentence that is no assertion of fact: a
	// formula about the complaint, the law or the response itself.
	nonAssertionRe = regexp.MustCompile(`(?i)\b(?:no\s+(?:further\s+)?response\s+is\s+(?:required|necessary|needed)|to\s+the\s+extent\s+(?:a|that\s+a|any)\s+response|speaks?\s+for\s+(?:it|them)sel|purports?\s+to|legal\s+conclusions?|conclusions?\s+of\s+law|refers?\s+the\s+court|incorporates?|repeats?\s+and\s+re-?alleges?|re-?asserts?|reserves?\s+the\s+right|lacks?\s+(?:sufficient\s+)?knowledge|without\s+(?:sufficient\s+)?knowledge|insufficient\s+(?:knowledge|information)|is\s+not\s+required\s+to|heading|prayer|wherefore|paragraph\s+\d+\s+(?:of\s+the\s+\w+\s+)?(?:is|are|contains?|states?|sets?\s+forth|consists?))`)
	// verbRe2 is a verb of saying, which needs the party as its subject.
	verbRe2 = regexp.MustCompile(`(?i)\b(?:notes?|noted|states?|stated|avers?|averred|alleges?|alleged|asserts?|contends?|clarif(?:y|ies)|maintains?|submits?)\b`)
	// reportedRe is what another says: "EPA alleges that", "Plaintiff claims".
	reportedRe = regexp.MustCompile(`(?i)\b(?:alleges?|alleged|claims?|contends?|asserts?|argues?|seeks?|purports?)\b`)
	// clauseEndRe ends a quoted clause: the answer turns to another act.
	clauseEndRe = regexp.MustCompile(`(?i)(?:;\s+(?:and\s+)?(?:[\w.&\[\]/-]+\s+){0,3}?(?:(?:further|also|specifically)\s+)?(?:den(?:y|ies)|alleges?|avers?|states?|notes?|admits?)\b|,?\s+and\s+(?:(?:further|also|respectfully|specifically)\s+)*(?:refers?|den(?:y|ies)|incorporates?|admits?)\b|,\s+(?:but|except)\b|;\s+(?:to\s+the\s+contrary|for\s+example|except|otherwise|however)\b|\s+(?:and\s+)?therefore\s+denies|\s+and\s+(?:further\s+)?(?:avers?|alleges?)\s+that\b|,\s+and\s+(?:it\s+|[A-Z][\w.&\[\]/-]*\s+)?(?:states?|avers?|notes?)\b)`)
)

// statements returns the assertions and the specific denials of every
// response of the answer (those answering no numbered paragraph, like a
// response to the "Nature of the Action", included), boilerplate left out.
func statements(c *joined.Case) (asserts, denials []Statement) {
	type cand struct {
		st  Statement
		key string
	}
	var as, ds []cand
	count := map[string]int{}
	parties := c.AnsweringParties()
	for i := range c.Answer.Responses {
		r := &c.Answer.Responses[i]
		if r.Incorporates != nil && !r.Admits && !r.Denies {
			continue
		}
		para := 0
		if len(r.Answers) > 0 {
			para = r.Answers[0]
		}
		page := c.Page(r)
		cite := "Ans. ¶" + strconv.Itoa(r.Paragraph)
		if page > 0 {
			cite += ", p. " + strconv.Itoa(page)
		}
		t := prose.NormalizeSpace(r.Text)
		keys := map[string]bool{}
		for _, sp := range prose.SentenceSpans(t) {
			s := sp.Of(t)
			for _, q := range assertionsIn(s, parties) {
				k := boilerKey(q)
				as = append(as, cand{Statement{para, r.Paragraph, page, q, cite}, k})
				keys[k] = true
			}
			for _, q := range specificDenialsIn(s) {
				k := boilerKey(q)
				ds = append(ds, cand{Statement{para, r.Paragraph, page, q, cite}, k})
				keys[k] = true
			}
		}
		for k := range keys {
			count[k]++
		}
	}
	asserts, denials = []Statement{}, []Statement{}
	for _, x := range as {
		if count[x.key] < boilerLimit {
			asserts = append(asserts, x.st)
		}
	}
	for _, x := range ds {
		if count[x.key] < boilerLimit {
			denials = append(denials, x.st)
		}
	}
	return asserts, denials
}

// boilerLimit is in how many responses a clause is boilerplate.
const boilerLimit = 3

// boilerKey is a clause reduced to its letters, in lower case: copies that
// differ in paragraph numbers, punctuation or spaces lost in extraction
// ("containedinthisparagraph") share it.
func boilerKey(s string) string {
	// Rune by rune as strings.ToLower would lower it (unicode.ToLower), so
	// that "K" (Kelvin) still counts as a "k", without lowering the whole.
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= 0x80 {
			r = unicode.ToLower(r)
		} else if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' {
			b = append(b, byte(r))
		}
	}
	return string(b)
}

// assertionsIn returns the clauses of one sentence in which the answer
// asserts something of its own.
func assertionsIn(s string, parties joined.Parties) []string {
	ws := strings.Fields(s)
	if len(ws) < 4 {
		return nil
	}
	var out []string
	var locs [][]int
	if lower := strings.ToLower(s); containsAny(lower, "note", "state", "aver", " alleges", " alleged ", "assert", "contend", "clarif", "maintain", "submit", "contrary", "example", "further answer", "further response", "in fact", "rather") {
		locs = assertStartRe.FindAllStringIndex(s, -1)
	}
	if len(locs) > 0 {
		for _, loc := range locs {
			if loc[0] == loc[1] {
				continue
			}
			start := loc[0]
			// Start at the verb or the connective, past ", but" / "; ".
			start += len(s[start:loc[1]]) - len(strings.TrimLeft(s[start:loc[1]], ",; "))
			for _, c := range []string{"but", "and"} {
				if rest := strings.ToLower(s[start:loc[1]]); strings.HasPrefix(rest, c) && len(rest) > len(c) && (rest[len(c)] == ' ' || rest[len(c)] == ',') {
					start += len(c)
					start += len(s[start:loc[1]]) - len(strings.TrimLeft(s[start:loc[1]], ", "))
				}
			}
			if verbRe2.MatchString(s[start:loc[1]]) && !ownSubject(s[start:loc[1]], parties) {
				continue // "EPA alleges that": what another says
			}
			q := clauseFrom(s, start, loc[1])
			if q != "" && !nonAssertionRe.MatchString(q) {
				out = append(out, q)
			}
		}
		return out
	}
	// A sentence that neither admits, denies nor disclaims knowledge, and is
	// no formula: the party's own statement of fact ("[24]7 took nothing
	// from LivePerson").
	lower := strings.ToLower(s)
	if strings.Contains(lower, "admit") || strings.Contains(lower, "den") || nonAssertionRe.MatchString(s) || reportedRe.MatchString(s) || len(ws) < 6 {
		return nil
	}
	if !hasFactWord(lower) {
		return nil
	}
	return []string{s}
}

// ownSubject reports whether the words before the verb of an assertion
// name the answering party, a pronoun for it, or nobody.
func ownSubject(head string, parties joined.Parties) bool {
	ws := strings.Fields(head)
	var subj []string
	for _, w := range ws {
		switch strings.ToLower(strings.Trim(w, ",;")) {
		case "but", "and", "further", "also", "affirmatively", "specifically", "upon", "on", "information", "belief", "notes", "noted", "states", "stated", "state", "note", "avers", "aver", "averred", "alleges", "allege", "alleged", "asserts", "assert", "contends", "contend", "clarifies", "clarify", "maintains", "submits", "that", "":
			continue
		}
		subj = append(subj, w)
	}
	if len(subj) == 0 {
		return true
	}
	name := strings.Join(subj, " ")
	switch strings.ToLower(name) {
	case "it", "he", "she", "they", "defendant", "defendants", "respondent", "respondents":
		return true
	}
	return parties.Known() && len(parties.Find(name)) > 0
}

// hasFactWord reports whether a sentence reads as a statement of fact: a
// verb of action or state beyond "is"/"are" of a label.
func hasFactWord(lower string) bool {
	for _, w := range []string{" was ", " were ", " had ", " has ", " have ", " did ", "ed ", " took ", " spent ", " gave ", " made ", " never ", " is ", " are ", " will "} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// clauseFrom quotes s from start (a clause's first word) to the clause's
// end, with "…" where it starts or stops inside the sentence. from is where
// the search for the end starts.
func clauseFrom(s string, start, from int) string {
	end := len(s)
	if m := clauseEndRe.FindStringIndex(s[from:]); m != nil {
		end = from + m[0]
	}
	q := strings.TrimRight(s[start:end], " ,;:")
	if len(strings.Fields(q)) < 4 {
		return ""
	}
	if start > 0 {
		q = "… " + q
	}
	if end < len(s) {
		q += " …"
	}
	return q
}

// specificDenialsIn returns the denials of one sentence that say what they deny.
func specificDenialsIn(s string) []string {
	lower := strings.ToLower(s)
	if !strings.Contains(lower, "den") {
		return nil
	}
	var out []string
	for _, loc := range denyLocs(s, lower) {
		obj := strings.TrimSpace(s[loc[1]:])
		if lackBefore(s[:loc[0]]) {
			continue
		}
		if lo := strings.ToLower(obj); strings.HasPrefix(lo, "the allegation that") || strings.HasPrefix(lo, "the allegations that") {
			// "denies the allegation that the parties' contracts contain …": specific.
		} else if genericObjectRe.MatchString(obj) || !startsSpecific(obj) {
			continue
		}
		start := loc[0]
		// Quote from the clause's subject when the sentence starts with it:
		// "[24]7 specifically denies that …".
		if k := clauseStart(s, start); k >= 0 {
			start = k
		}
		if q := clauseFrom(s, start, loc[1]); q != "" {
			out = append(out, q)
		}
	}
	return out
}

// denyLocs finds the denying verbs of s ("denies", "deny"), with an adverb
// before ("specifically denies") and after ("denies expressly") — what
// specificDenyRe matches, found by scanning (it runs on every sentence).
func denyLocs(s, lower string) [][]int {
	var out [][]int
	for from := 0; ; {
		i := strings.Index(lower[from:], "den")
		if i < 0 {
			return out
		}
		at := from + i
		from = at + 3
		if at > 0 && isWordByte(lower[at-1]) {
			continue
		}
		end := at
		switch {
		case strings.HasPrefix(lower[at:], "denies"):
			end = at + 6
		case strings.HasPrefix(lower[at:], "deny"):
			end = at + 4
		default:
			continue
		}
		if end < len(lower) && isWordByte(lower[end]) {
			continue
		}
		start := at
		if w := lastWord(strings.TrimRight(lower[:at], " ")); denyAdverbs[w] {
			start = strings.LastIndex(lower[:at], w)
		}
		for end < len(lower) && lower[end] == ' ' {
			end++
		}
		for _, adv := range []string{"specifically ", "expressly "} {
			if strings.HasPrefix(lower[end:], adv) {
				end += len(adv)
			}
		}
		out = append(out, []int{start, end})
	}
}

var denyAdverbs = map[string]bool{"specifically": true, "further": true, "also": true, "expressly": true, "affirmatively": true, "particularly": true}

// startsSpecific reports whether what a denial denies is named: "that …",
// "misappropriation of …", "any wrongful conduct".
func startsSpecific(obj string) bool {
	lower := strings.ToLower(obj)
	for _, p := range []string{"that ", "having ", "it ", "any wrongdoing", "any wrongful", "any liability", "any misappropriation", "misappropriation", "access", "the characterization", "any characterization", "the implication", "any implication", "the suggestion", "any suggestion", "the inference", "any inference"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// clauseStart returns where the clause holding the verb at at starts when
// only its subject (a few words) stands before it in the sentence or after
// a semicolon, else -1.
func clauseStart(s string, at int) int {
	from := 0
	if k := strings.LastIndexByte(s[:at], ';'); k >= 0 {
		from = k + 1
	}
	if k := strings.LastIndex(s[:at], ", and "); k >= from {
		return at
	}
	head := strings.TrimSpace(s[from:at])
	switch strings.ToLower(head) {
	case "and", "but", "further", "and further", "also", "and also":
		return at
	}
	if head == "" || len(strings.Fields(head)) > 4 || strings.ContainsAny(head, ",") {
		return -1
	}
	return from + (len(s[from:at]) - len(strings.TrimLeft(s[from:at], " ")))
}

// lackBefore reports whether a lack-of-knowledge clause leads to the
// denial ("… and therefore denies that allegation").
func lackBefore(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "knowledge") || strings.Contains(l, "information sufficient") || strings.HasSuffix(strings.TrimSpace(l), "therefore")
}

// isDenialClass reports whether a row's class puts its allegation in issue.
func isDenialClass(c pleading.Class) bool {
	return c == pleading.ClassDenied || c == pleading.ClassPartlyAdmitted || c == pleading.ClassNoKnowledge
}

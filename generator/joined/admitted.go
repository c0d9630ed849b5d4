package joined

import (
	"regexp"
	"strings"

	"github.com/pleadkit/pleadkit/pleading/prose"
)

// An admitted statement, as the parser quotes it, sometimes runs on past
// what the party admits: into a reference to a document ("and respectfully
// refers the Court to the Agreement for its terms"), an averment of its own
// ("but DPE avers that ..."), a denial ("... Defendants DENY that ..."), or
// a following sentence that admits nothing. A lawyer locking in an admission
// quotes only the admitting clause; trimAdmission cuts the rest.

var (
	// admitVerbRe finds the verb that admits, with an "and alleges" joined to it.
	admitVerbRe = regexp.MustCompile(`(?i)\badmit(?:s|ted)?\b(?:\s+and\s+(?:alleges?|avers?|states?))?`)
	// runOnRe finds where a clause that does not admit starts after the admission.
	runOnRe = regexp.MustCompile(`(?i)` +
		// ", but notes that", ", but, upon information and belief, alleges"
		`,?\s+but\b|` +
		// ", which (charge) speaks for itself", ", and states that the email speaks for itself"
		`,?\s+(?:and\s+(?:\S+\s+){0,3})?(?:which\s+(?:\S+\s+){0,2})?speaks?\s+for\s+(?:it|them)sel(?:f|ves)|` +
		// ", because Plaintiff was properly classified": the party's reason, not the allegation
		`,\s+because\b|` +
		// "; otherwise denied", "; except ..."
		`[;,]\s+(?:except|otherwise|however)\b`)
	// runOnAndRe is another verb of the party joined by "and": ", and
	// (respectfully) refers the Court to", "and DPE incorporates the
	// averments", "and avers that". Case-sensitive, so that a noun ("and
	// other State officials") is not taken for a verb.
	runOnAndRe = regexp.MustCompile(`,?\s+and\s+(?:(?:further|also|affirmatively|respectfully|specifically)\s+)*(?:(?:it|he|she|they|[A-Z][\w.&\[\]/-]*|\[\d+\]\d+)\s+)?(?:(?:further|also|affirmatively|respectfully|specifically)\s+)*(?:avers?|alleges?|states?|notes?|den(?:y|ies)|refers?|incorporates?|objects?|asserts?|contends?|AVERS?|ALLEGES?|STATES?|DEN(?:Y|IES)|REFERS?)\b`)
	// runOnDenyRe is a denial run in without a period: "... at the CHDC
	// Defendants DENY that" (case-sensitive: the party's name is capitalized).
	runOnDenyRe = regexp.MustCompile(`\s+(?:[A-Z][\w.&\[\]/-]*|\[\d+\]\d+)\s+(?:DENY|DENIES|denies|deny)\b`)
	// keepAfterBut are the words after "but" that qualify the admission
	// rather than end it: "but only upon notice" stays in the quotation.
	keepAfterBut = map[string]bool{"also": true, "only": true, "solely": true, "merely": true, "instead": true}
	// leadingConjRe is a conjunction that starts a cut-off admission.
	leadingConjRe = regexp.MustCompile(`(?i)^(?:(?:but|and|further|also)\b[\s,]*)+`)
	// leadingDenialRe is a denial or lack-of-knowledge clause before the admitting verb.
	leadingDenialRe = regexp.MustCompile(`(?i)\bden(?:y|ies|ied)\b|lacks?\s+knowledge|without\s+knowledge`)
)

// trimAdmission returns stmt cut to the clauses that admit.
func trimAdmission(stmt string) string {
	stmt = strings.TrimSpace(stmt)
	loc := admitVerbRe.FindStringIndex(stmt)
	if loc == nil {
		return stmt // "It is admitted that ..." forms the parser already cut
	}
	// A denial before the verb ("denies for lack of knowledge ..., but admits
	// that ..."): quote from the verb.
	if leadingDenialRe.MatchString(stmt[:loc[0]]) {
		stmt = "… " + stmt[loc[0]:]
		loc = admitVerbRe.FindStringIndex(stmt)
	}
	// A conjunction left from the sentence the parser cut it from ("but
	// ADMIT that ...", "and further ADMIT that ..."): the quotation starts
	// mid-sentence.
	if m := leadingConjRe.FindStringIndex(stmt); m != nil {
		stmt = "… " + stmt[m[1]:]
	}
	sents := prose.Sentences(stmt)
	if len(sents) == 0 {
		return stmt
	}
	// Keep the leading sentences that admit; a sentence that admits nothing
	// ends the quotation.
	var kept []string
	for i, s := range sents {
		if i > 0 && !admitVerbRe.MatchString(s) {
			break
		}
		kept = append(kept, cutRunOn(s))
	}
	out := strings.Join(kept, " ")
	if out == "" {
		return stmt
	}
	return out
}

// cutRunOn cuts one admitting sentence at the first clause after its
// admitting verb that does not admit.
func cutRunOn(s string) string {
	loc := admitVerbRe.FindStringIndex(s)
	if loc == nil {
		return s
	}
	from := loc[1]
	// Only the regexps whose words the sentence holds run (a prefilter).
	lower := strings.ToLower(s)
	var res []*regexp.Regexp
	for _, k := range []struct {
		re   *regexp.Regexp
		keys []string
	}{
		{runOnRe, []string{"but", "speak", "because", "except", "otherwise", "however"}},
		{runOnAndRe, []string{" and "}},
		{runOnDenyRe, []string{"den"}},
	} {
		for _, key := range k.keys {
			if strings.Contains(lower, key) {
				res = append(res, k.re)
				break
			}
		}
	}
	// "admits ... and admits that ...": each admitting verb restarts the search.
	for {
		var m []int
		for _, re := range res {
			if d := re.FindStringIndex(s[from:]); d != nil && (m == nil || d[0] < m[0]) {
				m = d
			}
		}
		if m == nil {
			return s
		}
		at := from + m[0]
		rest := s[from+m[1]:]
		// The run-on words themselves admit ("but admits", "and further admits"),
		// or qualify it ("but only"): keep going past them.
		if admitVerbRe.MatchString(s[at:min(len(s), from+m[1]+12)]) || (strings.HasSuffix(strings.ToLower(s[at:from+m[1]]), "but") && keepAfterBut[firstWord(rest)]) {
			from += m[1]
			continue
		}
		head := strings.TrimRight(s[:at], " ,;:")
		if len(prose.Words(head)) < 4 {
			return s // too little left to quote: keep the whole
		}
		return head + "."
	}
}

// firstWord returns the first word of s in lower case, without punctuation.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ",;:.()"))
}

// purportsOnlyRe is an admission that someone "purports" to do something:
// group 1 is who ("Plaintiff", "LivePerson's state law claims").
var purportsOnlyRe = regexp.MustCompile(`(?i)\badmit(?:s|ted)?\b(?:\s+and\s+alleges)?\s+(?:only\s+)?that\s+((?:the\s+)?[\w\[\]/'’&.-]+(?:\s+[\w\[\]/'’&.-]+){0,3}?)\s+(?:purports?\s+to\s+(?:have\s+)?(?:bring|brought|state|stated|assert|asserted|allege|alleged|invoke|invoked|seek|sought|set\s+forth|characterize|describe|quote|summarize|sue|recover)|seeks?)\b`)

// pleaderWordRe names the plaintiff's side or its pleading generically.
var pleaderWordRe = regexp.MustCompile(`(?i)\b(plaintiffs?|complaint|claims?|action|suit|relators?|petitioners?)\b`)

// AdmitsNoFact reports whether every admitting clause of stmt admits only
// what the plaintiff or its complaint purports to say or seek ("admits that
// Plaintiff purports to bring this action under Title VII"). pleader
// reports whether a subject names the plaintiff.
func AdmitsNoFact(stmt string, pleader func(string) bool) bool {
	if lower := strings.ToLower(stmt); !strings.Contains(lower, "purport") && !strings.Contains(lower, "seek") {
		return false
	}
	n := len(admitVerbRe.FindAllStringIndex(stmt, -1))
	if n == 0 {
		return false
	}
	ms := purportsOnlyRe.FindAllStringSubmatch(stmt, -1)
	if len(ms) != n {
		return false
	}
	for _, m := range ms {
		if !pleaderWordRe.MatchString(m[1]) && (pleader == nil || !pleader(m[1])) {
			return false
		}
	}
	return true
}

// onlyPurports reports whether every statement admits no fact.
func onlyPurports(stmts []string, pleader func(string) bool) bool {
	for _, s := range stmts {
		if !AdmitsNoFact(s, pleader) {
			return false
		}
	}
	return len(stmts) > 0
}

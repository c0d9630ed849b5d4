package joined

import (
	"regexp"
	"strings"
)

// What an admission admits: a fact, or only what the complaint purports to say.

// admitVerbRe finds the verb that admits, with an "and alleges" joined to it.
var admitVerbRe = regexp.MustCompile(`(?i)\badmit(?:s|ted)?\b(?:\s+and\s+(?:alleges?|avers?|states?))?`)

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

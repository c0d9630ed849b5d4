package joined

import (
	"regexp"
	"slices"
	"strings"

	"github.com/pleadkit/pleadkit/pleading/prose"
)

// wholesaleRe is an admission of whole paragraphs, without a word of its own.
var wholesaleRe = prose.Guard(`(?i)^.{0,80}?\badmits?\s+(?:all\s+of\s+|each\s+and\s+every\s+(?:one\s+of\s+)?|all\s+)?the\s+allegations?\s+(?:contained\s+|set\s+forth\s+)?(?:in|of)\s+(?:the\s+)?(?:paragraphs?|¶+)\s*[\d\s,–-]*(?:(?:through|to|and)\s*[\d\s,–-]+)*(?:of\s+the\s+[\w\s]*complaint)?\s*\.?$`, "admit")

// AllWholesale reports whether every statement admits whole paragraphs.
func AllWholesale(stmts []string) bool {
	for _, s := range stmts {
		if !AdmitsWholesale(s) {
			return false
		}
	}
	return len(stmts) > 0
}

// AdmitsWholesale reports whether s admits whole paragraphs without a word of its own.
// A bare "Admitted." or "Admitted, upon information and belief …" admits the whole too.
func AdmitsWholesale(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "…"))
	return wholesaleRe.MatchString(s) || bareAdmitRe.MatchString(s)
}

// NamesPleader reports whether s names the plaintiff.
func (c *Case) NamesPleader(s string) bool {
	return c.pleader.Known() && len(c.pleader.Find(s)) > 0
}

// LackScope returns what the row's lack-of-knowledge clauses cover when they
// name it ("regarding LivePerson's belief", "the second sentence"), or ""
// when they cover the whole allegation (or what the admissions leave of it).
func (c *Case) LackScope(row Row) string {
	var parts []string
	sents := prose.Sentences(prose.PlainText(row.Allegation))
	for _, i := range c.byPara[row.Number] {
		r := &c.Answer.Responses[i]
		if !r.LacksKnowledge {
			continue
		}
		clauses := prose.LackClauses(r.Text)
		if len(clauses) == 0 {
			return ""
		}
		for _, cl := range clauses {
			if !prose.NamesSentence(cl) && prose.SpecificSubject(cl) < 0 {
				return "" // a general clause: the whole allegation
			}
			for _, s := range prose.CoveredSentences(cl, sents) {
				s = strings.TrimSpace(scopeEndRe.ReplaceAllString(s, ""))
				if s != "" && !slices.Contains(parts, s) {
					parts = append(parts, s)
				}
			}
		}
	}
	return strings.Join(parts, "; ")
}

// scopeEndRe is the formula ending a lack-of-knowledge clause.
var scopeEndRe = regexp.MustCompile(`(?i),?\s*(and|&)?\s*(therefore|thus|on that basis)?\s*den(y|ies)\b.*$|\.$`)

package checklist

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// What a defense pleads beyond naming its doctrine: specifics (dates,
// amounts, documents, quoted terms, names other than the parties') and
// content words beyond the boilerplate of "Plaintiff's claims are barred,
// in whole or in part, by the doctrine of ...".

var (
	defDateRE   = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2},?\s+)?\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b`)
	defAmountRE = regexp.MustCompile(`\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)`)
	defDocRE    = regexp.MustCompile(`\b(?:Section|Sections|Article|Exhibit|Ex\.|Schedule|Paragraph|Clause)\s+\d[\w.()]*(?:\s+of\s+(?:the|its|their)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?`)
	defQuoteRE  = regexp.MustCompile(`["“]([^"”\s][^"”]{1,58}[^"”\s,])["”]`)
	// defLeadIn is the framing some answers open each defense with.
	defLeadIn = regexp.MustCompile(`(?i)^\s*as\s+(?:a|an|its|their|his|her|the)\s+[\w-]+\s+(?:and\s+separate\s+)?a\w+\s+defen[sc]e[.,:]?\s*(?:to\s+[^,]{1,60},\s*)?(?:[\w'\[\]]+\s+){0,4}?(?:states?|alleges?|asserts?|avers?|contends?)(?:\s+that)?[.,:]?\s*`)
	// defCiteRE is a statute or rule citation: law, not fact.
	defCiteRE = regexp.MustCompile(`(?i)\b\d+\s+(?:U\.?\s?S\.?\s?C\.?|C\.\s?F\.\s?R\.|U\.S\.|F\.\s?(?:2d|3d|4th|Supp\.?)|S\.\s?Ct\.)\s*(?:§+\s*)?[\d()a-zA-Z.,\s-]*|§+\s*[\d.()a-z-]+`)

	// defBoilerplate are the words of a defense that only name a doctrine or frame a bar.
	defBoilerplate = defSet(
		"barred", "bar", "bars", "whole", "part", "doctrine", "doctrines", "claim", "claims", "complaint", "relief", "granted",
		"applicable", "alleged", "allegedly", "purported", "purportedly", "extent", "plaintiff", "plaintiffs", "defendant", "defendants",
		"damages", "damage", "recovery", "recover", "precluded", "preclude", "precludes", "limited", "statute", "statutes",
		"limitations", "law", "laws", "principles", "equitable", "equity", "including", "without", "limitation", "fails", "fail",
		"failure", "failed", "cause", "causes", "action", "upon", "which", "may", "might", "has", "have", "been", "being", "were",
		"was", "are", "the", "and", "for", "its", "their", "his", "her", "that", "because", "therefore", "thereby", "hereto",
		"herein", "therein", "thereof", "such", "other", "others", "further", "also", "not", "either", "directly", "indirectly",
		"right", "rights", "defense", "defenses", "affirmative", "asserts", "alleges", "states", "state", "contends", "any", "all",
		"each", "every", "some", "this", "these", "those", "with", "from", "into", "against", "would", "could", "should", "shall",
		"must", "will", "can", "cannot", "entitled", "entitle", "case", "matter", "court", "courts", "answer", "does", "did", "had",
		"but", "not", "only", "same", "certain", "own", "conduct", "acts", "act", "actions", "omissions", "omission", "there",
		"whether", "respect", "regard", "basis", "grounds", "ground", "reason", "reasons", "legal", "applies", "apply", "title",
		"section", "code", "pursuant", "within", "meaning", "under", "issue", "issues", "injury", "injuries", "harm", "loss",
		"losses", "caused", "causing", "result", "resulting", "results", "resulted", "proximate", "proximately", "if", "what",
		"when", "where", "who", "whom", "such", "then", "than", "them", "they", "it", "is", "be", "by", "of", "to", "in", "on",
		"at", "as", "or", "an", "a", "no", "nor", "so", "sought", "seeks", "seek", "matters", "allegations", "allegation",
		"expressly", "impliedly", "implicitly", "explicitly", "express", "implied", "implicit", "either", "specifically",
		"denied", "denies", "deny", "admits", "admitted", "hereby", "herein", "hereinafter", "aforementioned", "foregoing",
		"incorporates", "incorporate", "reference", "fully", "set", "forth", "stated", "state", "states", "sufficient", "facts",
		"fact", "granted", "dismissed", "dismissal", "dismiss", "complains", "now", "about", "whatsoever", "thereto",
	)
	// defCapsCommon are capitalized words that are not names of anything in the case.
	defCapsCommon = defSet("The", "Complaint", "Answer", "Court", "Plaintiff", "Plaintiffs", "Defendant", "Defendants", "Act", "Constitution",
		"United", "States", "Code", "Title", "Section", "Rule", "Rules", "Federal", "Affirmative", "Defense", "Amendment", "Amended",
		"Second", "First", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Fourteenth", "Civil",
		"Procedure", "Count", "Counts", "Claim", "Claims", "Relief", "Prayer", "Any", "All", "Each", "If", "At", "In", "To", "As",
		"By", "For", "Further", "Upon", "Without", "No", "Not", "U.S.C.", "C.F.R.", "State", "District", "Clause", "Due", "Process",
		"Commercial", "Statute", "Limitations", "Doctrine", "Defenses", "Article", "Paragraph", "Paragraphs", "Exhibit", "Because",
		"Twelfth", "Thirteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth", "Eight",
		"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Inc", "LLC", "Corp", "Co", "Ltd", "Dr", "Mr", "Ms", "Mrs", "Ann", "Stat", "Fed", "Reg", "Supp", "Rev", "Cal", "Gen",
		"Agency", "Government", "Order", "Judgment", "Law", "Laws", "Regulations", "Regulation", "Rights", "Persons", "Person")
)

// defFacts returns the specifics a defense's text pleads, in order:
// dates, amounts, document references, quoted terms and names other than
// the parties'; statute citations do not count.
func defFacts(text string, skip map[string]bool) []string {
	text = strings.Join(strings.Fields(text), " ")
	if strings.HasPrefix(text, "As ") || strings.HasPrefix(text, "as ") {
		text = defLeadIn.ReplaceAllString(text, "")
	}
	plain := text
	if defMayCite(text) {
		plain = defCiteRE.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat(" ", len(s)) })
	}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(strings.TrimRight(s, ".,;: "))
		if s != "" && !defHas(out, s) {
			out = append(out, s)
		}
	}
	if strings.ContainsAny(plain, "0123456789") {
		for _, re := range []*regexp.Regexp{defDateRE, defAmountRE, defDocRE} {
			for _, m := range re.FindAllString(plain, -1) {
				add(m)
			}
		}
	}
	if strings.ContainsAny(plain, "\"“") {
		for _, m := range defQuoteRE.FindAllStringSubmatch(plain, -1) {
			if !skip[strings.ToLower(m[1])] {
				add("“" + m[1] + "”")
			}
		}
	}
	// A year alone adds nothing next to a full date holding it.
	kept := out[:0]
	for _, f := range out {
		dup := false
		if len(f) == 4 && f[0] >= '0' && f[0] <= '9' {
			for _, g := range out {
				dup = dup || g != f && strings.Contains(g, f)
			}
		}
		if !dup {
			kept = append(kept, f)
		}
	}
	out = kept
	for _, n := range defProperNames(plain, skip) {
		inside := false
		for _, f := range out {
			inside = inside || strings.Contains(f, n)
		}
		if !inside {
			add(n)
		}
	}
	return out
}

// defMayCite reports whether text may hold a citation defCiteRE matches.
func defMayCite(text string) bool {
	return strings.Contains(text, "§") || strings.ContainsAny(text, "0123456789") &&
		(strings.Contains(text, ".S") || strings.Contains(text, ".s") || strings.Contains(text, "F.") || strings.Contains(text, "US") || strings.Contains(text, "Us"))
}

// defProperNames returns runs of capitalized words ("Integrator Portal",
// "Request for Correction") that are not at a sentence start, not the
// parties' names and not common legal words.
func defProperNames(text string, skip map[string]bool) []string {
	var out []string
	var run []string
	flush := func() {
		for len(run) > 0 && defConnectors[run[len(run)-1]] {
			run = run[:len(run)-1]
		}
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
		}
		run = nil
	}
	fields := strings.Fields(text)
	skipping := false // inside a capitalized run that opens a sentence
	for i, f := range fields {
		w := strings.Trim(f, `,;:.()[]"'“”‘’`)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(run) > 0 && defConnectors[w] {
			run = append(run, w)
			continue
		}
		start := i == 0 || strings.HasSuffix(fields[i-1], ".") && !strings.HasSuffix(strings.ToUpper(fields[i-1]), "U.S.C.")
		upper := defIsWord(w) && unicode.IsUpper(defFirstRune(w))
		if start {
			skipping = upper
		} else if !upper {
			skipping = false
		}
		if !upper || start || skipping || defCapsCommon[w] || skip[strings.ToLower(w)] {
			flush()
			continue
		}
		run = append(run, w)
		if strings.ContainsAny(f[len(f)-1:], ",;:.)") {
			flush()
		}
	}
	flush()
	return out
}

// defConnectors may join the capitalized words of one name.
var defConnectors = defSet("of", "for", "and", "the", "on", "de", "&")

// defIsWord reports whether w is a word worth taking for a name: letters
// (an inner hyphen, apostrophe or digit allowed), a capital and a lower-case
// letter, or an acronym of three letters or more.
func defIsWord(w string) bool {
	letters, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		case r == '-' || r == '\'' || r == '’' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 3 || letters >= 2 && lower > 0
}

// defIsBare reports whether a defense pleads no facts: no specifics and no
// more than a clause of content beyond naming the doctrine.
func defIsBare(text string, facts []string, skip, own map[string]bool) bool {
	if len(facts) > 0 {
		// A single name (the plaintiff's agent, a product) with nothing else is still thin.
		if len(facts) > 1 || !defIsName(facts[0]) {
			return false
		}
	}
	return defContentWords(text, skip, own) < 10
}

// defContentWords counts the words of text beyond boilerplate, the parties'
// names, citations and own (the words naming the defense and its target).
func defContentWords(text string, skip, own map[string]bool) int {
	plain := defLeadIn.ReplaceAllString(text, "")
	if defMayCite(plain) {
		plain = defCiteRE.ReplaceAllString(plain, " ")
	}
	n := 0
	for _, w := range prose.Words(plain) {
		if len(w) < 3 || defBoilerplate[w] || skip[w] || own[defSingular(w)] || prose.IsDigits(w) {
			continue
		}
		n++
	}
	return n
}

// defPartyWords are the words of the parties' names and aliases, lower
// case: they are not facts.
func defPartyWords(c *joined.Case) map[string]bool {
	m := map[string]bool{}
	add := func(s string) {
		for _, w := range prose.Words(s) {
			m[w] = true
		}
		m[strings.ToLower(strings.TrimSpace(s))] = true
	}
	for _, ps := range [][]pleading.Party{c.Caption.Plaintiffs, c.Caption.Defendants, c.Answer.Caption.Plaintiffs, c.Answer.Caption.Defendants} {
		for _, p := range ps {
			add(p.Name)
			for _, a := range p.Aliases {
				add(a)
			}
		}
	}
	add(c.AnsweringParty)
	// Defined terms are not skipped: "the Agreement", "the Portal" are facts of the case.
	// Corporate and generic words in names are not names of anything else.
	for _, w := range []string{"inc", "llc", "corp", "corporation", "company", "co", "ltd", "lp", "llp", "the", "of", "and", "united", "states", "america", "state"} {
		delete(m, w)
	}
	return m
}

func defIsName(s string) bool {
	r := defFirstRune(s)
	return unicode.IsUpper(r) && !strings.ContainsAny(s, "0123456789$“\"")
}

func defFirstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

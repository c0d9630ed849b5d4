package chart

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// The deposition lists: admissions to lock in, denials to probe, and
// lack-of-knowledge responses to test, each with a reason derived from the
// allegation's own words.

// depositionLists builds the three lists from the rows of c.
func depositionLists(c *joined.Case, a *analysis) (adm []Admission, den []Probe, nok []Probe) {
	adm, den, nok = []Admission{}, []Probe{}, []Probe{}
	for _, row := range c.Rows {
		switch row.Class {
		case pleading.ClassAdmitted, pleading.ClassPartlyAdmitted:
			// "admits that Plaintiff purports to bring this action": nothing to lock in.
			var stmts []string
			for _, st := range row.Admitted {
				if !joined.AdmitsNoFact(st, a.j.NamesPleader) {
					stmts = append(stmts, st)
				}
			}
			if len(row.Admitted) > 0 && len(stmts) == 0 {
				break
			}
			ad := Admission{Paragraph: row.Number, Statements: stmts, Source: row.Sources()}
			if row.Class == pleading.ClassAdmitted && joined.AllWholesale(row.Admitted) {
				// "RV Fun admits the allegations of paragraphs 1 through 7": lock in the allegation itself.
				ad.Statements = nil
			}
			if len(ad.Statements) == 0 {
				if row.Class == pleading.ClassAdmitted {
					ad.Full = true
					ad.Statements = []string{row.Allegation}
				} else {
					ad.Statements = admitSentences(row)
				}
			}
			if len(ad.Statements) > 0 {
				adm = append(adm, ad)
			}
		}
		if row.Class == pleading.ClassDenied || row.Class == pleading.ClassPartlyAdmitted {
			allegation := row.Allegation
			if row.Class == pleading.ClassPartlyAdmitted {
				// Only what the admissions leave standing is denied: a
				// paragraph whose every sentence the answer admits (its
				// "except as so admitted, denied" denies nothing more) is
				// no denial to probe.
				allegation = strings.Join(unadmitted(row), " ")
				if allegation == "" || forumAdmitted(row) {
					continue
				}
			}
			den = append(den, Probe{
				Paragraph:  row.Number,
				Allegation: allegation,
				Class:      row.ClassText,
				Reasons:    a.discovery(row),
				Source:     row.Sources(),
			})
		}
		if lacksKnowledge(a, row) {
			scope := a.j.LackScope(row)
			reasons, proper := a.shouldKnow(row, scope)
			nok = append(nok, Probe{
				Paragraph:  row.Number,
				Allegation: row.Allegation,
				Scope:      scope,
				Class:      row.ClassText,
				Reasons:    reasons,
				Source:     row.Sources(),
				Proper:     proper,
			})
		}
	}
	return adm, den, nok
}

// unadmitted returns the sentences of a partly admitted row's allegation
// that no admitted statement covers (most of their words absent from every
// admission), in order.
func unadmitted(row joined.Row) []string {
	if len(row.Admitted) == 0 || row.Whole {
		if row.Whole {
			return nil
		}
		return []string{row.Allegation}
	}
	admitted := map[string]bool{}
	for _, st := range row.Admitted {
		for w := range prose.WordSet(st) {
			admitted[w] = true
		}
	}
	var out []string
	for _, s := range prose.Sentences(prose.PlainText(row.Allegation)) {
		ws := prose.WordSet(s)
		if len(ws) == 0 {
			continue
		}
		shared := 0
		for w := range ws {
			if admitted[w] {
				shared++
			}
		}
		if float64(shared) < 0.7*float64(len(ws)) {
			out = append(out, s)
		}
	}
	return out
}

// forumAdmitted reports whether a jurisdiction or venue paragraph had its
// jurisdiction or venue admitted: what the answer denies there are the merits
// the paragraph recites in passing, which the paragraphs pleading them put in issue.
func forumAdmitted(row joined.Row) bool {
	if !forumRe.MatchString(row.Allegation) {
		return false
	}
	for _, st := range row.Admitted {
		if forumRe.MatchString(st) {
			return true
		}
	}
	return false
}

var forumRe = prose.Guard(`(?i)\b(?:jurisdiction|venue)\b`, "jurisdiction", "venue")

// lacksKnowledge reports whether a response to row pleads lack of knowledge.
func lacksKnowledge(a *analysis, row joined.Row) bool {
	if row.Class == pleading.ClassNoKnowledge {
		return true
	}
	for _, i := range a.j.Responding(row.Number) {
		if a.answer.Responses[i].LacksKnowledge {
			return true
		}
	}
	return false
}

var admitRe = prose.Guard(`(?i)\badmit`, "admit")

// admitSentences returns the sentences of row's responses that admit something,
// for a partial admission the parser did not quote.
func admitSentences(row joined.Row) []string {
	var out []string
	for _, r := range row.Responses {
		for _, s := range prose.Sentences(prose.PlainText(r.Text)) {
			if admitRe.MatchString(s) && !strings.Contains(strings.ToLower(s), "except as") {
				out = append(out, s)
			}
		}
	}
	return out
}

// registryRe finds what a state's registry of companies shows.
var registryRe = prose.Guard(`(?i)principal place of business|incorporated (in|under)|organized (and existing )?under|\bis an? ([\w-]+ ){0,3}(corporation|company|limited liability|partnership)|headquartered`,
	"principal place", "incorporated", "organized", "corporation", "company", "limited liability", "partnership", "headquartered")

var exhibitRe = prose.Guard(`\b(?:Exhibit|Ex\.)\s*([A-Z0-9]+)\b`, "exhibit", "ex.")

// The keyword families that suggest discovery and reasons, matched on words
// (faster and clearer than case-insensitive regexps over every allegation).
var (
	contractKW = newKeywords("agreement agreements contract contracts license licenses licence licences msa", "", "terms of use|terms of service|purchase order|statement of work")
	docKW      = newKeywords("document documents record records report reports memorandum memoranda invoice invoices registration registrations filings certificate certificates manual manuals log logs", "", "")
	commKW     = newKeywords("email emails letter letters message messages representation representations statement statements meeting meetings misinformation", "communicat notif misrepresent disparag emailing emailed", "e-mail")
	webKW      = newKeywords("website websites webpage webpages marketing brochure brochures blog", "advertis promot", "web site|web page|press release|social media")
	techKW     = newKeywords("software code algorithm algorithms spyware server servers console consoles interface interfaces database databases platform platforms logs", "", "source code|back-end|agent console|reporting interface")
	moneyKW    = newKeywords("damage damages lost loss losses revenue revenues profit profits paid payment payments", "cancel", "")
	harmKW     = newKeywords("", "harm injur", "")
	practiceKW = newKeywords("policy policies procedure procedures practice practices standard standards training protocol protocols supervision staffing monitoring", "", "")
	awareKW    = newKeywords("aware knew knows knowledge learned malice", "intentional willful deliberate", "")
	publicKW   = newKeywords("registered registration patent patents public publicly published press", "", "copyright office|patent and trademark|secretary of state|filed with")
	customerKW = newKeywords("customer customers client clients", "", "")
	jointKW    = newKeywords("", "", "joint customer|mutual customer|shared customer|joint client|mutual client|shared client|joint account|mutual account")
)

// keywords is a family of words, word prefixes and phrases.
type keywords struct {
	words    []string // in order of preference, for find
	prefixes []string
	phrases  []string
}

func newKeywords(words, prefixes, phrases string) keywords {
	k := keywords{words: strings.Fields(words), prefixes: strings.Fields(prefixes)}
	if phrases != "" {
		k.phrases = strings.Split(phrases, "|")
	}
	return k
}

// text is an allegation prepared for keyword matching.
type text struct {
	lower string
	words []string
	set   map[string]bool
}

func newText(s string) text {
	t := text{lower: strings.ToLower(s), words: prose.Words(s)}
	t.set = make(map[string]bool, len(t.words))
	for _, w := range t.words {
		t.set[w] = true
	}
	return t
}

// find returns a keyword of k that t holds (phrases first, then words in
// k's order, then words starting with a prefix), or "".
func (k keywords) find(t text) string {
	for _, p := range k.phrases {
		if strings.Contains(t.lower, p) {
			return p
		}
	}
	for _, w := range k.words {
		if t.set[w] {
			return w
		}
	}
	if len(k.prefixes) > 0 {
		for _, w := range t.words {
			for _, p := range k.prefixes {
				if strings.HasPrefix(w, p) {
					return w
				}
			}
		}
	}
	return ""
}

func (k keywords) in(t text) bool { return k.find(t) != "" }

// findAll returns up to n distinct keywords of k that t holds, phrases
// first, then words in the allegation's order.
func (k keywords) findAll(t text, n int) []string {
	var out []string
	for _, p := range k.phrases {
		if strings.Contains(t.lower, p) && len(out) < n {
			out = append(out, p)
		}
	}
	for _, w := range t.words {
		if len(out) >= n {
			break
		}
		hit := false
		for _, kw := range k.words {
			if w == kw {
				hit = true
				break
			}
		}
		for _, p := range k.prefixes {
			if !hit && strings.HasPrefix(w, p) {
				hit = true
			}
		}
		if hit && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// jurisdictionRe finds an allegation of jurisdiction or venue.
var jurisdictionRe = prose.Guard(`(?i)\b(jurisdiction|venue)\b`, "jurisdiction", "venue")

// filingOfRe is the filing of the lawsuit itself, not a document to request.
var filingOfRe = regexp.MustCompile(`(?i)\b(?:the\s+)?filing\s+of\s+(?:this|the)\s+(?:action|lawsuit|suit|complaint|case)\b`)

// neutralNames replaces the names of documents by what they are and drops
// the filing of the action itself, for keyword matching.
func neutralNames(s string) string {
	for _, kw := range []string{"Agreement", "Contract", "Licen"} {
		if strings.Contains(s, kw) {
			s = replaceDocNames(s, kw)
		}
	}
	if strings.Contains(s, "filing of") || strings.Contains(s, "Filing of") {
		s = filingOfRe.ReplaceAllString(s, "")
	}
	return s
}

// replaceDocNames replaces each name of a document ending in kw ("the
// Co-Marketing and Referral Agreement", "Master Service Agreement") by the
// kind of document it is ("agreement"): the words of a name say what the
// document is called, not what the allegation is about.
func replaceDocNames(s, kw string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(s[i:], kw)
		if j < 0 {
			break
		}
		at := i + j
		end := at + len(kw)
		for end < len(s) && (s[end] >= 'a' && s[end] <= 'z') {
			end++ // "Agreements", "License"
		}
		i = end
		// Walk back over capitalized words, and "and"/"of"/"for"/"on"
		// between them.
		start := at
		for {
			ws := strings.TrimRight(s[last:start], " ")
			if len(ws) == len(s[last:start]) {
				break // no space before: not a word boundary
			}
			k := strings.LastIndexAny(ws, " \n\t(")
			word := ws[k+1:]
			if word == "" {
				break
			}
			if c := word[0]; c >= 'A' && c <= 'Z' {
				start = last + k + 1
				continue
			}
			if (word == "and" || word == "of" || word == "for" || word == "on") && start != at {
				start = last + k + 1
				continue
			}
			break
		}
		// A connector cannot begin the name.
		for _, c := range []string{"and ", "of ", "for ", "on "} {
			if strings.HasPrefix(s[start:at], c) {
				start += len(c)
			}
		}
		if start == at {
			continue // a bare "Agreement": nothing to replace
		}
		b.WriteString(s[last:start])
		b.WriteString(strings.ToLower(s[at:end]))
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// pleaderOnly reports whether t names the plaintiff but not the answering party.
func (a *analysis) pleaderOnly(t text) bool {
	if !a.pleader.Known() || len(a.pleader.Find(t.lower)) == 0 {
		return false
	}
	return !a.parties.Known() || len(a.parties.Find(t.lower)) == 0
}

// conductClause returns the first sentence of text in which the answering party acts.
func (a *analysis) conductClause(text string) string {
	if !a.parties.Known() || !a.parties.Mentioned(strings.ToLower(text)) {
		return ""
	}
	for _, s := range prose.Sentences(text) {
		if k := a.aboutParty(s, nil, nil); strings.HasSuffix(k, "conduct or knowledge") && a.acts(s) {
			return s
		}
	}
	return ""
}

// participles after has/had/have that make an act ("has provided", "had sent").
var participles = map[string]bool{"been": true, "done": true, "made": true, "taken": true, "given": true,
	"sent": true, "known": true, "built": true, "sold": true, "told": true, "paid": true, "begun": true,
	"gone": true, "won": true, "stolen": true, "written": true, "continued": true}

// acts reports whether the answering party is the subject of an action verb
// in s, not of "is", "was" or "has" alone ("24/7 is the Governor" is status).
func (a *analysis) acts(s string) bool {
	for _, m := range a.parties.Find(s) {
		if !verbRe.MatchString(s[m[1]:]) || strings.HasPrefix(strings.TrimSpace(s[m[1]:]), ",") {
			continue
		}
		ws := strings.Fields(strings.ToLower(s[m[1]:]))
		for len(ws) > 0 && strings.HasSuffix(ws[0], "ly") {
			ws = ws[1:]
		}
		if len(ws) == 0 {
			continue
		}
		switch v := strings.Trim(ws[0], ",;:."); v {
		case "is", "was", "are", "were", "be":
			continue
		case "has", "had", "have":
			if len(ws) > 1 {
				next := strings.Trim(ws[1], ",;:.")
				if strings.HasSuffix(next, "ed") || participles[next] {
					return true
				}
			}
			continue
		}
		return true
	}
	return false
}

// possessive forms "24/7's" or "Defendants'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// shouldKnow says why the answering party should know what it pleads
// ignorance of, judged on what the clause it used covers: scope (what the
// clause names), else what the admissions leave of a partly admitted
// allegation, else the whole allegation. proper is set when the only
// thing to say is that the facts are the plaintiff's own.
func (a *analysis) shouldKnow(row joined.Row, scope string) (reasons []string, proper bool) {
	plain, what := prose.PlainText(row.Allegation), "the allegation"
	switch {
	case scope != "":
		plain, what = scope, "what it disclaims knowledge of"
	case row.Class == pleading.ClassPartlyAdmitted:
		if rest := strings.Join(unadmitted(row), " "); rest != "" {
			plain, what = rest, "what the admissions leave of the allegation"
		}
	}
	t := newText(plain)
	party := a.parties.Short
	var out []string
	if a.conditions[row.Number] {
		out = append(out, "Conditions precedent: FRCP 9(c) requires a denial \"with particularity\"; a lack of knowledge names no condition that failed. Move to strike or ask which condition it contends was not met.")
	}
	if a.selfKnowledge[row.Number] {
		out = append(out, fmt.Sprintf("The allegation is about %s %s: %s own status, conduct or knowledge.", party, reflexive(party), pronoun(party)))
	}
	mentions := a.parties.Mentioned(t.lower)
	if contractKW.in(t) && (mentions || strings.Contains(t.lower, "parties")) {
		out = append(out, fmt.Sprintf("It concerns the parties' agreements, which %s signed and keeps.", party))
	}
	if jointKW.in(t) || (mentions && customerKW.in(t)) {
		out = append(out, fmt.Sprintf("%s served these customers %s: %s own account records and staff would know.", party, reflexive(party), pronoun(party)))
	}
	if mentions && webKW.in(t) {
		out = append(out, fmt.Sprintf("It concerns %s own website or marketing.", possessive(party)))
	}
	if registryRe.MatchString(plain) {
		out = append(out, "A matter of public record: the state's registry of corporations shows where a company is incorporated and has its principal place of business.")
	} else if publicKW.in(t) {
		out = append(out, "A matter of public record: a reasonable inquiry (FRCP 11(b)(4)) would answer it.")
	}
	if len(out) == 0 && a.pleaderOnly(t) {
		// Say "does not name" only of the text judged, which pleaderOnly checked.
		out = append(out, fmt.Sprintf("Facts of %s own business (%s does not name %s): the response may well be proper. Test it where %s had access to them — through a contract, shared customers, or people it hired — by asking what inquiry it made.", possessive(a.pleader.Short), what, party, party))
		proper = true
	}
	if len(out) == 0 {
		out = append(out, fmt.Sprintf("Ask what inquiry %s made before answering (FRCP 8(b)(5) allows the response only after a reasonable inquiry) and who would know.", party))
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out, proper
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// reflexive is "itself", or "themselves" for several parties ("Defendants").
func reflexive(name string) string {
	if name == "Defendants" {
		return "themselves"
	}
	return "itself"
}

// pronoun is "its", or "their" for several parties ("Defendants").
func pronoun(name string) string {
	if name == "Defendants" {
		return "their"
	}
	return "its"
}

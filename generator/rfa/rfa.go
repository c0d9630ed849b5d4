// Package rfa drafts requests for admission under FRCP 36 from the
// allegations an answer did not admit: each denied, partly admitted or
// lack-of-knowledge allegation split into single facts, one fact per
// request, in the answering party's own name, numbered and cited to the
// complaint paragraph. What the answer already admitted is left out, and a
// sentence that cannot be split into single facts cleanly is left out too,
// never served as a compound request.
package rfa

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading"
)

// Request is one request for admission.
type Request struct {
	Number    int    `json:"number"`
	Text      string `json:"text"` // "Admit that [24]7 authored the white paper attached to the Complaint as Exhibit D."
	Paragraph int    `json:"paragraph"`
	Page      int    `json:"page,omitempty"`
	Count     int    `json:"count,omitempty"`
	Response  string `json:"response"` // the answer's class on the source paragraph: denied, partly admitted, no knowledge
}

// Cite formats the request's source: "Compl. ¶49, p. 12".
func (r Request) Cite() string {
	s := "Compl. ¶" + strconv.Itoa(r.Paragraph)
	if r.Page > 0 {
		s += ", p. " + strconv.Itoa(r.Page)
	}
	return s
}

// Set is the draft requests for one answering party.
type Set struct {
	To      string    `json:"to"`      // the party the requests are served on: "[24]7 Customer, Inc."
	Name    string    `json:"name"`    // its defined name in the requests: "[24]7"
	Skipped int       `json:"skipped"` // sentences left out because they could not be split into single facts
	Items   []Request `json:"items"`
}

// Build drafts the requests to the answering party from the complaint and its answer.
func Build(complaint, answer *pleading.Document) Set {
	var set Set
	if complaint == nil || answer == nil {
		return set
	}
	x := entity.NewIndex(complaint, answer)
	to := answeringParty(x, answer)
	if to >= 0 {
		p := x.Parties[to]
		set.To, set.Name = p.Name, p.Short
		if p.Answer != "" {
			set.Name = p.Answer
		}
	}
	seen := map[string]bool{}
	first := answer.FirstResponses()
	words := spacedWords(complaint)
	for _, p := range complaint.Paragraphs {
		r, ok := first[p.Number]
		if !ok {
			continue
		}
		var class string
		switch r.Class {
		case pleading.ClassDenied:
			class = "denied"
		case pleading.ClassPartlyAdmitted:
			class = "admitted in part"
		case pleading.ClassNoKnowledge:
			class = "no knowledge"
		default:
			continue
		}
		if p.Incorporates != nil {
			continue
		}
		text := strings.Join(strings.Fields(p.Text), " ")
		for _, fact := range facts(text, &set) {
			if admitted(fact, r.Admitted) {
				continue
			}
			req := "Admit that " + lowerFirst(rename(fact, x, to, set.Name), words) + "."
			key := strings.ToLower(req)
			if seen[key] {
				continue
			}
			seen[key] = true
			set.Items = append(set.Items, Request{Number: len(set.Items) + 1, Text: req, Paragraph: p.Number, Page: p.Page, Count: p.Count, Response: class})
		}
	}
	return set
}

// answeringParty returns the index of the party the answer speaks for: the
// defendant whose name the answer uses most, or the first defendant.
func answeringParty(x *entity.Index, answer *pleading.Document) int {
	best, bestN := -1, -1
	sample := answer.Title
	for _, r := range answer.Responses {
		sample += " " + r.Text
		if len(sample) > 20000 {
			break
		}
	}
	for i, p := range x.Parties {
		if p.Side != "defendant" {
			continue
		}
		n := 0
		for _, m := range x.Find(sample) {
			if m.Party == i {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// response returns the answer's first response to complaint ¶n that is not an incorporation.
func response(answer *pleading.Document, n int) (pleading.Response, bool) {
	r, ok := answer.FirstResponses()[n]
	return r, ok
}

// facts splits a paragraph into the single facts a request can ask about.
func facts(text string, set *Set) []string {
	var sents []string
	for i := 0; i < len(text); {
		a, b := entity.Sentence(text, i)
		if b <= i {
			break
		}
		sents = append(sents, strings.TrimSpace(text[a:b]))
		i = b
	}
	var out []string
	for k, sent := range sents {
		sent, exhibit := stripCitation(sent)
		if sent == "" {
			continue
		}
		if exhibit == "" && k+1 < len(sents) {
			if rest, ex := stripCitation(sents[k+1]); rest == "" {
				exhibit = ex // "(See Exhibit 4.)" after the sentence it supports
			}
		}
		sent = stripLead(sent)
		if skipSentence(sent) {
			continue
		}
		if exhibit != "" {
			sent = nameExhibit(sent, exhibit)
		}
		for _, clause := range clauses(sent) {
			for _, f := range splitVerbs(clause) {
				f = strings.TrimRight(strings.TrimSpace(f), ".,;:")
				if !standsAlone(f) {
					continue
				}
				if compound(f) {
					set.Skipped++
					continue
				}
				out = append(out, f)
			}
		}
	}
	return out
}

var (
	citeRE = regexp.MustCompile(`\s*\(\s*\*?(?:See|see|Id\.|id\.)\*?[^()]*\)\.?\s*$|\s*\(\s*\*?(?:See|see)\*?\s+\*?(?:Exhibit|Ex\.)\s+([A-Z0-9]+)\.?\*?\s*\)`)
	exRE   = regexp.MustCompile(`(?:Exhibit|Ex\.)\s+([A-Z0-9]+)`)
	leadRE = regexp.MustCompile(`(?i)^(?:(?:upon|on)\s+information\s+and\s+belief,\s*|(?:in\s+addition|additionally|further(?:more)?|moreover|for\s+example|in\s+particular|as\s+a\s+result|accordingly|indeed|specifically|thus|therefore),\s*|(?:as\s+(?:set\s+forth|detailed|alleged|described)\s+(?:above|below|herein)),\s*|[A-Z][\w/\[\]]*(?:\s+[A-Z][\w/\[\]]*)?\s+(?:believes|is\s+informed\s+and\s+believes|alleges)(?:,\s+however,|,\s+and\s+on\s+that\s+basis\s+alleges,)?\s+that\s+)`)
)

// stripCitation removes a citation to an exhibit or "Id." from a sentence and returns the exhibit it names.
func stripCitation(sent string) (string, string) {
	if !strings.Contains(sent, "(") {
		return sent, ""
	}
	exhibit := ""
	for _, m := range citeRE.FindAllString(sent, -1) {
		if e := exRE.FindStringSubmatch(m); e != nil {
			exhibit = "Exhibit " + e[1]
		}
	}
	sent = strings.TrimSpace(citeRE.ReplaceAllString(sent, ""))
	if strings.HasPrefix(sent, "(") && strings.HasSuffix(strings.TrimRight(sent, "."), ")") {
		return "", exhibit
	}
	return sent, exhibit
}

// stripLead removes what only introduces a fact: "Upon information and belief,", "LivePerson believes that".
func stripLead(s string) string {
	for {
		t := leadRE.ReplaceAllString(s, "")
		if t == s {
			return s
		}
		s = t
	}
}

// skipSentence reports whether a sentence is no fact to admit: relief,
// damages, a legal conclusion, a re-allegation, or a quotation.
func skipSentence(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"hereinafter", "shall refer", "as used in this complaint", "shall mean", "entitled to", "has been damaged", "have been damaged", "irreparabl", "re-allege", "realleges", "incorporates", "is liable", "are liable", "jurisdiction", "venue is proper", "wherefore", "punitive", "attorneys' fees", "attorneys’ fees", "will continue to", "unless enjoined", "constitutes", "constitute "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return strings.Count(s, "“") != strings.Count(s, "”") || strings.Count(s, `"`)%2 == 1
}

// docNounRE is the document a sentence citing an exhibit speaks of.
var docNounRE = regexp.MustCompile(`(?i)\b(?:a|an|the|its)\s+(?:[\w’'-]+,?\s+){0,4}?(agreement|contract|blog\s+post|post|white\s+paper|letter|e-?mail|report|advertisement|brochure|press\s+release|presentation|article|notice|invoice|policy|lease)(?:\s+entitled\s+“[^”]*”)?`)

// nameExhibit names the document a sentence cites by its exhibit: "a four-page
// white paper entitled “…”" → "the white paper attached to the Complaint as Exhibit D".
func nameExhibit(sent, exhibit string) string {
	m := docNounRE.FindStringSubmatchIndex(sent)
	if m == nil {
		return sent
	}
	noun := strings.ToLower(sent[m[2]:m[3]])
	return sent[:m[0]] + "the " + noun + " attached to the Complaint as " + exhibit + sent[m[1]:]
}

// clauses splits a sentence at the boundaries of its independent clauses.
func clauses(sent string) []string {
	var out []string
	start := 0
	for _, m := range clauseSplitRE.FindAllStringSubmatchIndex(sent, -1) {
		rest := sent[m[1]:]
		if !newSubject(rest) || !containsVerb(sent[start:m[0]]) {
			continue
		}
		out = append(out, sent[start:m[0]])
		start = m[1]
	}
	return append(out, sent[start:])
}

var clauseSplitRE = regexp.MustCompile(`;\s+(?:and\s+)?|,?\s+(?:and|but|while|whereas)\s+`)

// newSubject reports whether text starts with a subject and a verb: "24/7 has", "it knew", "the MSA provided".
func newSubject(text string) bool {
	w := strings.Fields(text)
	for i := 0; i < len(w) && i < 5; i++ {
		if isVerb(w[i]) {
			return i > 0
		}
	}
	return false
}

// verbCoordRE is a subject with two verbs joined by "and" before one object:
// "24/7 authored and made available on its website a white paper".
var verbCoordRE = regexp.MustCompile(`^(.{2,60}?)\s+((?:has|have|had|was|were)\s+)?(\w+)\s+and\s+((?:has|have|had)\s+)?(\w+(?:\s+(?:available|public|known|use\s+of))?)\s+(.+)$`)

// splitVerbs splits "X authored and made available Y" into "X authored Y" and "X made available Y".
func splitVerbs(clause string) []string {
	m := verbCoordRE.FindStringSubmatch(clause)
	if m == nil || !isVerb(m[3]) || !isVerb(firstWord(m[5])) || containsVerb(m[1]) {
		return []string{clause}
	}
	aux2 := m[4]
	if aux2 == "" {
		aux2 = m[2]
	}
	return []string{
		m[1] + " " + m[2] + m[3] + " " + m[6],
		m[1] + " " + aux2 + m[5] + " " + m[6],
	}
}

// compound reports whether a fact still joins two facts with "and" or "or":
// a verb on each side of the conjunction, or a list of acts.
func compound(f string) bool {
	w := strings.Fields(f)
	for i, x := range w {
		if x != "and" && x != "or" && x != "and/or" {
			continue
		}
		left, right := false, false
		for j := max(0, i-5); j < i; j++ {
			left = left || isVerb(w[j])
		}
		for j := i + 1; j < len(w) && j <= i+3; j++ {
			right = right || isVerb(w[j])
		}
		if left && right {
			return true
		}
	}
	return strings.Contains(f, "and/or")
}

// standsAlone reports whether a fact reads as a sentence: a subject, a verb, a few words.
func standsAlone(f string) bool {
	w := strings.Fields(f)
	if len(w) < 4 || len(w) > 45 {
		return false
	}
	if c := f[0]; c >= 'a' && c <= 'z' || !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '[' || c >= 0x80) {
		return false
	}
	switch w[0] {
	case "This", "That", "These", "Those", "Such", "It", "Its", "They", "Their", "He", "She", "His", "Her", "Nor", "Rather,", "Instead,", "Thus,", "Id.", "See":
		return false // leans on the sentence before: no request can stand on it alone
	}
	return containsVerb(f)
}

func containsVerb(s string) bool {
	for _, x := range strings.Fields(s) {
		if isVerb(x) {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// isVerb guesses whether a word is a finite verb: an auxiliary, a past tense, or a common verb.
func isVerb(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:()“”\"'"))
	if verbs[w] {
		return true
	}
	if notVerbs[w] || len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ed")
}

var verbs = setOf(`is are was were has have had did does do will would can could may might must should
made took knew gave sent told said wrote began become became brought built sold paid met left held kept led lost put ran
saw set stole won got went came found thought bought caught sought spent understood drew threw chose spoke broke hid
knows gives sends tells says writes begins brings builds sells pays meets leaves holds keeps leads loses runs sees sets
uses offers provides contains includes owns operates emits emitted conducts maintains employs requires permits refuses
denies admits agrees agreed continues remains represents advertises publishes markets claims states asserts operates`)

var notVerbs = setOf(`based limited united related detailed alleged proposed unauthorized authorized registered
copyrighted licensed trained skilled advanced red need seed feed speed indeed proceed exceed succeed breed bred
hundred kindred shed bed wed fed led`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// admitted reports whether the answer already admitted the fact: most of its
// words stand in one admitted statement.
func admitted(fact string, statements []string) bool {
	fw := wordSet(fact)
	if len(fw) == 0 {
		return false
	}
	for _, s := range statements {
		sw := wordSet(s)
		shared := 0
		for w := range fw {
			if sw[w] {
				shared++
			}
		}
		if float64(shared) >= 0.7*float64(len(fw)) {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) > 3 && !stop[w] {
			m[w] = true
		}
	}
	return m
}

var stop = setOf(`that this with from have been which their there were what when also into such than them they other
`)

// rename puts the answering party's own name in place of the complaint's names for it.
func rename(fact string, x *entity.Index, to int, name string) string {
	if to < 0 || name == "" {
		return fact
	}
	var b strings.Builder
	last := 0
	for _, m := range x.Find(fact) {
		if m.Party != to {
			continue
		}
		b.WriteString(fact[last:m.Start])
		b.WriteString(name)
		last = m.End
	}
	b.WriteString(fact[last:])
	return genericRE.ReplaceAllString(b.String(), name)
}

var genericRE = regexp.MustCompile(`\bDefendant\b`)

// lowerFirst lowers the first letter of a fact whose first word is an
// ordinary word ("In 2006, …" → "in 2006, …"): one the complaint also writes
// in lower case. Names keep their capital.
func lowerFirst(s string, words map[string]bool) string {
	w := strings.Trim(firstWord(s), ",")
	if w == "" || strings.ToUpper(w) == w {
		return s
	}
	lw := strings.ToLower(w)
	if lw == w {
		return s
	}
	if words[lw] {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// spacedWords returns every word the complaint writes between two spaces
// (" word "), the test lowerFirst makes, read once for the whole complaint.
func spacedWords(complaint *pleading.Document) map[string]bool {
	words := map[string]bool{}
	for _, p := range complaint.Paragraphs {
		parts := strings.Split(p.Text, " ")
		for i := 1; i < len(parts)-1; i++ {
			if parts[i] != "" {
				words[parts[i]] = true
			}
		}
	}
	return words
}

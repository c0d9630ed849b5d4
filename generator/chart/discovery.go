package chart

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// discovery suggests what discovery would prove a denied allegation, each
// suggestion drawn from what the allegation itself names — its exhibits and
// documents, the party's conduct, the people, dates, systems, statements and
// losses it mentions — so that two rows share a suggestion only when they
// share that content.
func (a *analysis) discovery(row joined.Row) []string {
	plain := prose.PlainText(row.Allegation)
	t := newText(neutralNames(plain))
	party := a.parties.Short
	if jurisdictionRe.MatchString(plain) {
		// Jurisdiction and venue: the facts they rest on, and the answering
		// party's contacts with the forum when the allegation names them.
		out := []string{fmt.Sprintf("Contention interrogatory: every fact on which %s denies “%s”, and the witnesses with knowledge of them.", party, strings.TrimRight(prose.FirstWords(plain, 14), "."))}
		if conduct := a.conductClause(plain); conduct != "" {
			out = append(out, fmt.Sprintf("Interrogatory and Rule 30(b)(6) topic on %s contacts with the forum: “%s”.", possessive(party), strings.TrimRight(prose.FirstWords(conduct, 14), ".")))
		}
		return out
	}
	// An allegation about the plaintiff's own business that does not name
	// the answering party: its mailboxes, systems and policies prove nothing
	// of it.
	own := a.pleaderOnly(t)
	dates := sync.OnceValue(func() string { return datesClause(plain) })
	var out []string
	if docs := namedDocuments(a.complaint.Paragraph(row.Number), plain, t); len(docs) > 0 {
		n := len(docs)
		if strings.HasSuffix(strings.TrimSuffix(docs[0], " referred to"), "s") {
			n = 2 // "the contracts referred to": them
		}
		out = append(out, fmt.Sprintf("Request for production: %s, with drafts and the communications about %s.", strings.Join(docs, ", "), plural(n, "it", "them")))
	}
	if conduct := a.conductClause(plain); conduct != "" {
		out = append(out, fmt.Sprintf("Interrogatory and Rule 30(b)(6) topic on %s conduct: “%s” — who, when, and on whose instruction.", possessive(party), strings.TrimRight(prose.FirstWords(conduct, 14), ".")))
	}
	if people := a.namedPeople(plain, len(out) < 3 && !own); len(people) > 0 {
		out = append(out, fmt.Sprintf("Depose %s on what the allegation says of %s.", strings.Join(people, " and "), plural(len(people), "them", "them")))
	}
	if own {
		out = append(out, fmt.Sprintf("Request for admission (FRCP 36) that “%s”: it pins down what %s really disputes of facts that are %s own, which its documents and witnesses prove.", strings.TrimRight(prose.FirstWords(firstSentence(plain), 16), ".…"), party, possessive(a.pleader.Short)))
	}
	if w := commKW.findAll(t, 3); len(w) > 0 && !own {
		out = append(out, fmt.Sprintf("Emails and messages: the %s alleged — ask %s to identify the custodians, then search their mailboxes%s.", strings.Join(nouns(w), ", "), party, dates()))
	}
	if w := webPlaces(plain); len(w) > 0 && !own && len(out) < 3 {
		out = append(out, fmt.Sprintf("Captures of %s (RFP; Internet Archive)%s, and who wrote and approved them.", strings.Join(w, ", "), dates()))
	}
	if w := techKW.findAll(t, 3); len(w) > 0 && len(out) < 3 && !own && a.parties.Mentioned(t.lower) {
		out = append(out, fmt.Sprintf("Inspection (FRCP 34) of the %s the allegation names, and the access logs%s.", strings.Join(w, ", "), dates()))
	}
	if w := practiceKW.findAll(t, 3); len(w) > 0 && len(out) < 3 && !own {
		out = append(out, fmt.Sprintf("Request for production: the %s in force%s and the records of following them; a Rule 30(b)(6) topic on them.", strings.Join(w, ", "), dates()))
	}
	if w := moneyKW.findAll(t, 3); len(w) > 0 && len(out) < 3 {
		what := strings.Join(nouns(w), ", ")
		if amt := amountRe.FindString(plain); strings.Contains(plain, "$") && amt != "" {
			what += " (" + amt + ")"
		}
		who := "those said to have caused or suffered them"
		if c := customerKW.find(t); c != "" {
			who = "the " + c + " concerned"
		}
		out = append(out, fmt.Sprintf("Records of the %s alleged: the plaintiff's books%s, and subpoenas to %s.", what, datesClause(plain), who))
	} else if w := harmKW.findAll(t, 2); len(w) > 0 && len(out) < 3 {
		out = append(out, fmt.Sprintf("Records of the %s alleged: incident and complaint files%s, and who investigated them.", strings.Join(w, ", "), dates()))
	}
	if w := awareKW.findAll(t, 1); len(w) > 0 && len(out) < 3 && !own {
		if cl := clauseWith(plain, w[0]); cl != "" {
			out = append(out, fmt.Sprintf("Deposition: when and how %s came to know what “%s” says it knew, and the documents showing it.", party, strings.TrimRight(prose.FirstWords(cl, 14), ".…")))
		}
	}
	if len(out) == 0 {
		out = append(out, fmt.Sprintf("Contention interrogatory: every fact on which %s denies “%s”, and the witnesses and documents with knowledge of them.", party, strings.TrimRight(prose.FirstWords(plain, 14), ".")))
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// namedDocuments returns the documents an allegation names: its exhibits,
// the agreements it calls by name ("the Co-Marketing Agreement"), and the
// titles it quotes after "entitled" ("“[24]7 Assist: Chat, Made Smarter.”").
func namedDocuments(p *pleading.Paragraph, plain string, t text) []string {
	var docs []string
	addDoc := func(d string) {
		bare := func(x string) string { return strings.TrimPrefix(strings.ToLower(x), "the ") }
		if !slices.ContainsFunc(docs, func(x string) bool { return bare(x) == bare(d) }) {
			docs = append(docs, d)
		}
	}
	if p != nil {
		for _, e := range p.Exhibits {
			addDoc(e)
		}
	}
	for _, m := range exhibitRe.FindAllStringSubmatch(plain, -1) {
		addDoc("Exhibit " + m[1])
	}
	for _, m := range docNames(plain, 3) {
		addDoc(m)
	}
	if containsAny(plain, "entitled", "titled", "captioned") {
		for _, m := range entitledRe.FindAllStringSubmatch(plain, 2) {
			addDoc("“" + strings.Trim(m[1], " .,") + "”")
		}
	}
	if len(docs) == 0 {
		if w := contractKW.find(t); w != "" {
			addDoc("the " + w + " referred to")
		} else if w := docKW.find(t); w != "" {
			addDoc("the " + w + " referred to")
		}
	}
	return docs
}

var (
	// entitledRe is a title quoted after "entitled".
	entitledRe = regexp.MustCompile(`(?i)\b(?:entitled|titled|captioned)\s+[“"]([^”"]{3,80})[”"]`)
	// amountRe is a sum of money.
	amountRe = regexp.MustCompile(`\$\s?[\d,]+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?`)
	// dateRe is a date or a year an allegation names.
	dateRe = regexp.MustCompile(`\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?\d{4}|(?:19|20)\d{2})\b`)
)

// webNouns are the web pages and marketing an allegation may name.
var webNouns = []string{"website", "web site", "webpage", "web page", "blog post", "white paper", "press release", "advertisement", "brochure", "marketing material", "social media post"}

// webPlaces returns the web pages and marketing an allegation names, with
// whose they are when it says ("24/7's website", "the white paper"); a bare
// "website" of nobody is left out.
func webPlaces(plain string) []string {
	lower := strings.ToLower(plain)
	if !containsAny(lower, "web", "blog", "white paper", "press release", "advertis", "brochure", "marketing material", "social media") {
		return nil
	}
	var out []string
	for _, n := range webNouns {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], n)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(n)
			if at > 0 && isWordByte(lower[at-1]) {
				continue
			}
			end := at + len(n)
			for end < len(lower) && isWordByte(lower[end]) {
				end++ // "websites", "advertisements"
			}
			noun := plain[at:end]
			owner := lastWord(strings.TrimRight(plain[:at], " "))
			var m string
			switch lo := strings.ToLower(owner); {
			case strings.HasSuffix(lo, "'s") || strings.HasSuffix(lo, "’s") || strings.HasSuffix(lo, "s'"):
				m = owner + " " + noun
			case strings.HasPrefix(n, "web"):
				continue // "the website": whose, the allegation does not say
			default:
				m = "the " + noun
			}
			if !slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, m) }) {
				out = append(out, m)
			}
			if len(out) == 3 {
				return out
			}
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// firstSentence returns the first sentence of s.
func firstSentence(s string) string {
	if sp := prose.SentenceSpans(s); len(sp) > 0 {
		return sp[0].Of(s)
	}
	return s
}

// datesClause is ", for 2014 and 2015" naming the dates an allegation gives, or "".
func datesClause(plain string) string {
	if !strings.ContainsAny(plain, "0123456789") {
		return ""
	}
	ds := dateRe.FindAllString(plain, -1)
	var out []string
	for _, d := range ds {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		return ""
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return " for " + strings.Join(out, ", ")
}

// docKinds end the name of a document: "the Co-Marketing Agreement".
var docKinds = []string{"Agreement", "Contract", "License", "Licence", "Policy", "Order", "Plan", "Report", "Manual", "Handbook", "Memorandum", "Permit"}

// docNames returns up to n documents plain calls by name: up to five
// capitalized words (joined by "and", "of", "for") before a kind of
// document ("the Master Services Agreement"), and "the MSA", "the NDA".
func docNames(plain string, n int) []string {
	var out []string
	for _, short := range []string{"the MSA", "the NDA"} {
		if strings.Contains(plain, short) {
			out = append(out, short)
		}
	}
	for _, kind := range docKinds {
		for from := 0; len(out) < n; {
			i := strings.Index(plain[from:], kind)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(kind)
			if from < len(plain) && isWordByte(plain[from]) && plain[from] != 's' {
				continue
			}
			ws := strings.Fields(plain[:at])
			k, caps := len(ws), 0
			for k > 0 && caps < 5 {
				w := ws[k-1]
				if w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, ".,;:()") {
					caps++
					k--
					continue
				}
				if (w == "and" || w == "of" || w == "for") && caps > 0 && k > 1 {
					k--
					continue
				}
				break
			}
			for k < len(ws) && (ws[k] == "and" || ws[k] == "of" || ws[k] == "for" || ws[k] == "The") {
				k++
			}
			if caps == 0 || k == len(ws) {
				continue // a bare "Agreement"
			}
			name := "the " + strings.Join(append(ws[k:], kind), " ")
			if !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// namedPeople returns the people an allegation names, not the parties.
// want is false when the suggestion would not be made anyway.
func (a *analysis) namedPeople(plain string, want bool) []string {
	if !want || !hasInnerCapital(plain) {
		return nil
	}
	var out []string
	for _, m := range entity.Persons(plain) {
		if a.parties.Known() && len(a.parties.Find(m.Name)) > 0 || a.pleader.Known() && len(a.pleader.Find(m.Name)) > 0 {
			continue
		}
		if !slices.Contains(out, m.Name) {
			out = append(out, m.Name)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

// nouns turns the words a keyword family found into the things to ask for:
// "notified" into "notices", "lost" into "losses".
func nouns(ws []string) []string {
	var out []string
	for _, w := range ws {
		n := w
		switch {
		case strings.HasPrefix(w, "email") || w == "e-mail":
			n = "emails"
		case strings.HasPrefix(w, "communicat"):
			n = "communications"
		case strings.HasPrefix(w, "notif"):
			n = "notices"
		case strings.HasPrefix(w, "misrepresent"):
			n = "misrepresentations"
		case strings.HasPrefix(w, "disparag"):
			n = "disparaging statements"
		case w == "lost" || w == "loss":
			n = "losses"
		case strings.HasPrefix(w, "cancel"):
			n = "cancellations"
		case w == "damage":
			n = "damages"
		case w == "paid" || w == "payment":
			n = "payments"
		case w == "revenue", w == "profit", w == "email", w == "letter", w == "message", w == "statement", w == "meeting", w == "representation":
			n = w + "s"
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// clauseWith returns the sentence of plain holding word (in lower case), from its start.
func clauseWith(plain, word string) string {
	for _, sp := range prose.SentenceSpans(plain) {
		if st := sp.Of(plain); strings.Contains(strings.ToLower(st), word) {
			return st
		}
	}
	return ""
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasInnerCapital reports whether s has a capitalized word after its first:
// without one it names nobody.
func hasInnerCapital(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] == ' ' {
			return true
		}
	}
	return false
}

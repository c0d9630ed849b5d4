package chart

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// A party cannot truthfully plead lack of knowledge (FRCP 8(b)(5)) of facts
// about itself: its citizenship, residence, incorporation, its own conduct.
// checkSelfKnowledge finds such responses: the response's lack-of-knowledge
// clause covers a sentence of the allegation that is about the answering party.

var (

	// statusRe finds allegations about a party's citizenship, residence or incorporation.
	statusRe = prose.Guard(`(?i)diversity of citizenship|citizens? of|citizenship|principal place of business|incorporated (in|under)|organized (and existing )?under|\bis an? ([\w-]+ ){0,3}(corporation|company|partnership|citizen|resident|entity|agency|limited liability)|\bresides?\b|\bresidence\b|\bis a resident\b|headquartered|domiciled`, "citizen", "principal place", "incorporated", "organized", "corporation", "company", "partnership", "resid", "headquarter", "domicil", "entity", "agency", "limited liability")
	// partiesRe finds allegations about "the parties" as a whole.
	partiesRe = prose.Guard(`(?i)between the parties|diversity of citizenship|the parties (are|were|have|had|entered|agreed|signed|executed)`, "parties", "diversity")
	// verbRe is what follows a party name used as the subject of a sentence.
	verbRe = regexp.MustCompile(`^\s*(?:,[^,]{0,60},\s*)?(?:\w+ly\s+){0,2}(?:is|was|were|are|has|had|have|did|does|do|knew|knows|know|became|began|continues|continued|\w+ed|\w+es|\w+s)\b`)
	// nounAfterRe lists plural nouns that follow a party name as an adjective ("24/7 agents").
	nounAfterRe = regexp.MustCompile(`(?i)^\s*(agents|customers|clients|employees|operators|personnel|products|services|systems|technologies|officials|representatives|facilities|documents|records|contracts|agreements|subsidiaries|affiliates)\b`)
)

func (a *analysis) checkSelfKnowledge(r *pleading.Response) {
	if !r.LacksKnowledge || !a.parties.Known() {
		return
	}
	clauses := prose.LackClauses(r.Text)
	if len(clauses) == 0 {
		return
	}
	admitted := prose.WordSet(strings.Join(r.Admitted, " "))
	// What the response admits or denies in words: a residual clause
	// ("Except as so admitted or denied, ... lacks knowledge") does not
	// reach a statement the response already answered.
	addressed := prose.WordSet(strings.Join(append(append([]string{}, r.Admitted...), prose.DenialSentences(r.Text)...), " "))
	for _, n := range r.Answers {
		p := a.complaint.Paragraph(n)
		if p == nil {
			continue
		}
		sents := prose.Sentences(prose.PlainText(p.Text))
		var hit string
		var kind string
		for _, cl := range clauses {
			var answered map[string]bool
			if residualRe.MatchString(cl) {
				answered = addressed
			}
			for _, s := range prose.CoveredSentences(cl, sents) {
				if k := a.aboutParty(s, admitted, answered); k != "" {
					hit, kind = s, k
					break
				}
			}
			if hit != "" {
				break
			}
		}
		if hit == "" {
			continue
		}
		a.add(a.finding(CodeSelfKnowledge, joined.SeverityWarning, n, r, fmt.Sprintf(
			"Answer ¶%d pleads lack of knowledge, but ¶%d alleges %s: “%s”. A party cannot lack knowledge of facts about itself: the FRCP 8(b)(5) response may be improper.",
			r.Paragraph, n, kind, strings.TrimRight(prose.FirstWords(hit, 25), "."))))
	}
}

// possStatusRe is a party's own status after a possessive: "24/7's principal place of business".
var possStatusRe = regexp.MustCompile(`(?i)^['’]s\s+(principal place of business|(sole |managing )?members?|citizenship|headquarters|state of (incorporation|organization)|residence|domicile)\b`)

// residualRe finds a lack-of-knowledge clause that covers only what the
// response has not otherwise answered.
var residualRe = prose.Guard(`(?i)\b(except (as|to the extent)|other than (as|what)|otherwise (admitted|denied)|remaining allegations|not (specifically|expressly) (admitted|denied)|as so admitted|the balance of)\b`, "except", "other than", "otherwise", "remaining", "not ", "as so", "balance")

// aboutParty says what a sentence alleges about the answering party
// ("its own citizenship", "its own conduct"), or "" when it is not about it:
// the party must be the subject (not a possessive, not after a preposition).
// answered, when not nil, holds the words a residual lack-of-knowledge
// clause leaves out: a statement mostly in them was admitted or denied.
func (a *analysis) aboutParty(s string, admitted, answered map[string]bool) string {
	if partiesRe.MatchString(s) && statusRe.MatchString(s) {
		return "the citizenship of the parties, " + a.parties.Short + " included"
	}
	if !a.parties.Mentioned(strings.ToLower(s)) {
		return ""
	}
	for _, m := range a.parties.Find(s) {
		start, end := m[0], m[1]
		after := s[end:]
		if strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") {
			if possStatusRe.MatchString(after) {
				return possessive(a.parties.Short) + " own citizenship, residence or incorporation"
			}
			continue // possessive: "24/7's technology"
		}
		if afterPreposition(s[:start]) {
			// The object of a transaction: "DuPont leases to Denka the land".
			// A party knows the leases, sales and letters made to it.
			if dealingRe.MatchString(tailBytes(s[:start], 60)) {
				return possessive(a.parties.Short) + " own dealings (a transaction it is a party to)"
			}
			continue
		}
		if nounAfterRe.MatchString(after) {
			continue
		}
		clause := after
		if i := strings.IndexAny(clause, ";"); i >= 0 {
			clause = clause[:i]
		}
		if len(clause) > 160 {
			clause = clause[:160]
		}
		if admittedClause(after, admitted, 0.7) {
			continue // the response admits what the party is said to have done
		}
		if answered != nil && admittedClause(after, answered, 0.4) {
			continue // admitted or denied in words: the residual clause does not reach it
		}
		if statusRe.MatchString(clause) && verbRe.MatchString(after) {
			return possessive(a.parties.Short) + " own citizenship, residence or incorporation"
		}
		if verbRe.MatchString(after) {
			return possessive(a.parties.Short) + " own conduct or knowledge"
		}
	}
	return ""
}

// predicateEndRe ends the predicate that follows a party name.
var predicateEndRe = regexp.MustCompile(`(?i),\s*(who|which|whom|where|when|and|but)\b|;|\s(because|although|while|after|before)\b|\.(\s|$)`)

// admittedClause reports whether the words of the predicate at the start of
// after (what the party is said to be or to have done) are nearly all among
// the admitted words (share of them at least): then the response admits it
// rather than pleading ignorance.
func admittedClause(after string, admitted map[string]bool, share float64) bool {
	if len(admitted) == 0 {
		return false
	}
	pred := after
	if loc := predicateEndRe.FindStringIndex(pred); loc != nil {
		pred = pred[:loc[0]]
	}
	ws := prose.WordSet(pred)
	if len(ws) == 0 {
		return false
	}
	in := 0
	for w := range ws {
		if admitted[w] {
			in++
		}
	}
	return float64(in) >= share*float64(len(ws))
}

// dealingRe ends the words before a party name that make it a party to a
// transaction: "leases to", "entered into an agreement with", "sent a letter to".
var dealingRe = regexp.MustCompile(`(?i)\b(?:leases?|leased|sold|sells?|paid|pays?|sent|sends?|licen[cs]e[ds]?|delivered|delivers?|assigned|assigns?|conveyed|conveys?|transferred|transfers?|agreements?|contracts?|contracted|entered into)\s+(?:[\w'’-]+\s+){0,4}?(?:to|with)\s+(?:the\s+)?$`)

// tailBytes returns the last n bytes of s, or all of it.
func tailBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// prepositions before a party name mean it is not the subject ("access by 24/7").
var prepositions = map[string]bool{
	"with": true, "to": true, "by": true, "of": true, "against": true, "for": true, "from": true,
	"about": true, "between": true, "than": true, "on": true, "upon": true, "toward": true,
	"towards": true, "into": true, "over": true, "via": true,
}

// afterPreposition reports whether before ends in a preposition, maybe with
// an article: "of the State of Arkansas" is not a subject.
func afterPreposition(before string) bool {
	w := prose.LastWord(before)
	if w == "the" || w == "a" || w == "an" {
		before = strings.TrimRight(before, " \t\n")
		w = prose.LastWord(before[:len(before)-len(w)])
	}
	return prepositions[w]
}

package joined

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// ErrSwapped reports a complaint and an answer passed in each other's place.
var ErrSwapped = errors.New("the complaint and the answer are swapped")

// Join joins a complaint and its answer: one row per complaint paragraph
// with the responses that cover it, the class that results, the admitted
// statements and the source lines of both pleadings. The documents are not
// modified.
func Join(complaint, answer *pleading.Document) (*Case, error) {
	if complaint == nil || answer == nil {
		return nil, errors.New("analyze: need both a complaint and an answer")
	}
	if complaint.Kind == pleading.KindAnswer && answer.Kind == pleading.KindComplaint {
		return nil, fmt.Errorf("analyze %s and %s: %w", complaint.File, answer.File, ErrSwapped)
	}
	if complaint.Kind == pleading.KindAnswer {
		return nil, fmt.Errorf("analyze %s: it reads as an answer, not a complaint", complaint.File)
	}
	if answer.Kind == pleading.KindComplaint {
		return nil, fmt.Errorf("analyze %s: it reads as a complaint, not an answer", answer.File)
	}
	if len(complaint.Paragraphs) == 0 {
		return nil, fmt.Errorf("analyze %s: %w", complaint.File, pleading.ErrNoParagraphs)
	}
	if len(answer.Responses) == 0 && answer.GeneralDenial == "" {
		return nil, fmt.Errorf("analyze %s: no responses to the complaint's paragraphs found (is it an answer?)", answer.File)
	}

	// Which complaint paragraphs each response answers is decided with the complaint in hand.
	answer = pleading.Key(complaint, answer)
	if answer.GeneralDenial == "" {
		// "The Secretary denies any allegation in Plaintiffs' Amended
		// Complaint that is not expressly admitted above", pleaded as the
		// first affirmative defense, is a general denial all the same.
		for _, d := range answer.Defenses {
			if t := prose.NormalizeSpace(d.Text); defenseDenialRe.MatchString(t) {
				cp := *answer
				cp.GeneralDenial = t
				answer = &cp
				break
			}
		}
	}
	c := &Case{
		Title:         caseTitle(complaint, answer),
		Caption:       complaint.Caption,
		Complaint:     complaint,
		Answer:        answer,
		GeneralDenial: answer.GeneralDenial,
	}
	c.parties = answeringParties(complaint, answer)
	pls := mergeParties(complaint.Caption.Plaintiffs, answer.Caption.Plaintiffs)
	c.pleader = newParties(pls, len(pls) == 1, false)
	c.AnsweringParty = c.parties.Short
	for _, r := range answer.Responses {
		c.answerPaged = c.answerPaged || r.Page > 1
	}
	c.index()
	c.buildRows()
	return c, nil
}

// Responding returns the indexes in Answer.Responses of the responses that
// answer complaint paragraph n, in the answer's order.
func (c *Case) Responding(n int) []int { return c.byPara[n] }

// AnsweringParties is who answers: their names and how to find them in text.
func (c *Case) AnsweringParties() Parties { return c.parties }

// Pleader is the plaintiffs, whose own facts the complaint also alleges.
func (c *Case) Pleader() Parties { return c.pleader }

// Page returns a response's page when the answer has page numbers, else 0
// (a text without page breaks puts every response on page 1, which says nothing).
// page returns a response's page when the answer has page numbers, else 0.
func (c *Case) Page(r *pleading.Response) int {
	if !c.answerPaged {
		return 0
	}
	return r.Page
}

func (c *Case) index() {
	c.byPara = make(map[int][]int, len(c.Complaint.Paragraphs))
	for i, r := range c.Answer.Responses {
		seen := map[int]bool{}
		for _, n := range r.Answers {
			if seen[n] {
				continue
			}
			seen[n] = true
			c.byPara[n] = append(c.byPara[n], i)
		}
	}
}

func (c *Case) buildRows() {
	counts := map[int]pleading.Count{}
	for _, ct := range c.Complaint.Counts {
		counts[ct.Number] = ct
	}
	general := c.Answer.GeneralDenial != ""
	rows := make([]Row, 0, len(c.Complaint.Paragraphs))
	for _, p := range c.Complaint.Paragraphs {
		row := Row{
			Number:     p.Number,
			Allegation: dotLeaderRe.ReplaceAllString(p.Text, "$1"),
			Line:       p.Line,
			Page:       p.Page,
			Section:    p.Section,
			Heading:    p.Heading,
			Count:      p.Count,
			Admitted:   []string{},
			Responses:  []RowResponse{},
			Findings:   []Finding{},
		}
		if ct, ok := counts[p.Count]; ok && p.Count > 0 {
			row.CountTitle = CountLabel(ct)
		}
		var classes []pleading.Class
		facets := map[string]bool{}
		for _, i := range c.byPara[p.Number] {
			r := &c.Answer.Responses[i]
			row.Responses = append(row.Responses, RowResponse{
				Paragraph: r.Paragraph,
				Answers:   r.Answers,
				Class:     r.Class,
				Text:      r.Text,
				Line:      r.Line,
				Page:      c.Page(r),
			})
			classes = append(classes, responseClass(r))
			for _, q := range admissionQuotes(r) {
				row.Review = row.Review || q.Whole
				s := resolveSentences(q.String(), p)
				if !slices.Contains(row.Admitted, s) {
					row.Admitted = append(row.Admitted, s)
				}
			}
			for _, f := range facetWords(r) {
				if !facets[f] {
					facets[f] = true
					row.Facets = append(row.Facets, f)
				}
			}
		}
		row.Class = combineClasses(classes)
		row.ClassText = ClassLabel(row.Class)
		row.Whole = row.Class == pleading.ClassAdmitted && (len(row.Admitted) == 0 || AllWholesale(row.Admitted))
		if row.Class == pleading.ClassNotAnswered {
			if general {
				row.GeneralDenial = true
				row.ClassText = "Not answered (general denial only)"
			} else {
				row.DeemedAdmitted = true
				row.ClassText = "Not answered (deemed admitted)"
			}
		}
		row.ResponseText = c.responseText(row)
		rows = append(rows, row)
	}
	c.Rows = rows
}

// defenseDenialRe is a defense that denies every allegation not admitted.
var defenseDenialRe = regexp.MustCompile(`(?i)^(?:[\w.,'’\s]{0,80}?\s)?(?:generally\s+)?den(?:y|ies)\s+(?:any|each\s+and\s+every|all|every|generally)\s+(?:and\s+every\s+)?(?:of\s+the\s+)?(?:(?:remaining|other|factual)\s+)?(?:allegations?|averments?)\b[^.]{0,120}?\bnot\s+(?:(?:expressly|specifically|explicitly|otherwise)\s+)*admitted\b[^.]{0,40}\.?$`)

// dotLeaderRe is a run of spaced periods that a pleading-paper text layer
// leaves after a paragraph's last line (". . . . . ."): not the allegation's.
var dotLeaderRe = regexp.MustCompile(`(\.)(?:\s+\.){2,}\s*$`)

// responseText is the row's class in words with the qualifiers a lawyer
// needs beside it: what the rest of a partial admission is, a reference to
// a document, a legal conclusion.
func (c *Case) responseText(row Row) string {
	text := row.ClassText
	var lacks, denies, refers, legal, condDenial bool
	for _, i := range c.byPara[row.Number] {
		r := &c.Answer.Responses[i]
		condDenial = condDenial || prose.ExplicitDenial(r.Text)
		lacks = lacks || r.LacksKnowledge
		denies = denies || (r.Denies && (!r.LacksKnowledge || prose.ExplicitDenial(r.Text)))
		refers = refers || r.RefersToDocument
		legal = legal || r.LegalConclusion
	}
	if row.Class == pleading.ClassPartlyAdmitted {
		if onlyPurports(row.Admitted, c.NamesPleader) {
			// "Defendant ADMITS that Plaintiff purports to bring this action":
			// no fact is admitted.
			text += " (only that the complaint purports to say or seek it)"
		}
		switch {
		case lacks && denies:
			text += "; the rest denied, in part for lack of knowledge"
		case lacks:
			text += "; the rest denied for lack of knowledge"
		case denies || condDenial:
			text += "; the rest denied"
		default:
			// "DPE admits only that ...": nothing else is admitted, but
			// nothing is denied in words either.
			text += "; the rest not expressly denied"
			if len(row.Admitted) > 0 && !AllWholesale(row.Admitted) && coverage(row.Allegation, strings.Join(row.Admitted, " ")) < 0.8 {
				// "admits that LivePerson is a Delaware corporation with an office on
				// Seventh Avenue, but states that the address ... is 462 Seventh Ave".
				text += ", and the admission is in narrower words than the allegation (compare the quotation)"
			}
		}
	}
	if row.Class == pleading.ClassAdmitted && len(row.Admitted) > 0 && !AllWholesale(row.Admitted) &&
		coverage(row.Allegation, strings.Join(row.Admitted, " ")) < 0.8 {
		// "admits that LivePerson is a Delaware corporation with an office on
		// Seventh Avenue" for "... its principal place of business at 482
		// Seventh Avenue": the answer admits its own, narrower words.
		text += ", in narrower words than the allegation (compare the quotation)"
	}
	if row.Class == pleading.ClassNoResponseRequired && condDenial {
		text += "; denied to the extent a response is required"
	}
	if lacks && row.Class != pleading.ClassNoKnowledge && row.Class != pleading.ClassPartlyAdmitted {
		if row.Class == pleading.ClassNoResponseRequired && !condDenial && c.LackScope(row) == "" {
			// "... legal conclusions to which no response is required. Further,
			// DPE lacks knowledge ... of Paragraph 18": the whole is denied under 8(b)(5).
			text += "; also denied for lack of knowledge"
		} else {
			text += "; in part for lack of knowledge"
		}
	}
	if refers {
		text += "; refers to a document"
	}
	if legal && row.Class != pleading.ClassNoResponseRequired {
		text += "; calls it a legal conclusion"
	}
	return text
}

// coverage is the share of the content words of allegation that said holds.
func coverage(allegation, said string) float64 {
	aw, sw := prose.WordSet(prose.PlainText(allegation)), prose.WordSet(prose.PlainText(said))
	if len(aw) == 0 {
		return 1
	}
	in := 0
	for w := range aw {
		if sw[w] {
			in++
		}
	}
	return float64(in) / float64(len(aw))
}

// sentenceOfRe finds an admission of sentences named by ordinal: "the
// allegations of the first and second sentences of Paragraph 3".
var sentenceOfRe = prose.Guard(`(?i)\b((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:,\s*|\s+and\s+|\s+through\s+)?)+)\s*sentences?\s+of\s+(?:the\s+)?(?:paragraph|¶)\s*(\d+)`, "sentence")

// admitsSentenceRe is an admission of sentences by ordinal: "DPE admits
// the allegations of the second sentence of Paragraph 2".
var admitsSentenceRe = regexp.MustCompile(`(?i)\badmits?\s+(?:the\s+allegations?\s+(?:of|in|contained\s+in|set\s+forth\s+in)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:,\s*|\s+and\s+|\s+through\s+)?)+\s*sentences?\s+of`)

// resolveSentences quotes the complaint's sentences an admission names by
// ordinal ("DPE admits the allegations of the second sentence of Paragraph
// 2": the second sentence, quoted), so the admission can be locked in.
func resolveSentences(stmt string, p pleading.Paragraph) string {
	if !admitsSentenceRe.MatchString(stmt) {
		// "In response to the third sentence of Paragraph 3, DPE admits only
		// that …": the admission is in its own words, not the sentence.
		return stmt
	}
	m := sentenceOfRe.FindAllStringSubmatch(stmt, 1)
	if m == nil || m[0][2] != strconv.Itoa(p.Number) {
		return stmt
	}
	sents := prose.Sentences(prose.PlainText(p.Text))
	var quoted []string
	for _, w := range prose.Words(m[0][1]) {
		i, ok := prose.Ordinals[w]
		if !ok {
			continue
		}
		if i == -1 {
			i = len(sents)
		}
		if i >= 1 && i <= len(sents) {
			quoted = append(quoted, sents[i-1])
		}
	}
	if len(quoted) == 0 {
		return stmt
	}
	return strings.TrimRight(stmt, ". ") + ": “" + strings.Join(quoted, " ") + "”"
}

// responseClass is the class of a response, derived from its facets when the parser left it empty.
func responseClass(r *pleading.Response) pleading.Class {
	if r.Class != "" {
		return r.Class
	}
	switch {
	case r.Incorporates != nil && !r.Admits && !r.Denies:
		return pleading.ClassIncorporated
	case r.Admits && (r.Denies || r.LacksKnowledge):
		return pleading.ClassPartlyAdmitted
	case r.Admits:
		return pleading.ClassAdmitted
	case r.LacksKnowledge:
		return pleading.ClassNoKnowledge
	case r.Denies:
		return pleading.ClassDenied
	case r.LegalConclusion:
		return pleading.ClassNoResponseRequired
	}
	return pleading.ClassNotAnswered
}

// combineClasses is the class of a paragraph several responses touch.
func combineClasses(cs []pleading.Class) pleading.Class {
	if len(cs) == 0 {
		return pleading.ClassNotAnswered
	}
	set := map[pleading.Class]bool{}
	for _, c := range cs {
		set[c] = true
	}
	if len(set) == 1 {
		return cs[0]
	}
	// An incorporation or a "no response required" next to a real response yields to it.
	substantive := 0
	for c := range set {
		if c != pleading.ClassIncorporated && c != pleading.ClassNoResponseRequired && c != pleading.ClassNotAnswered {
			substantive++
		}
	}
	if substantive == 0 {
		for _, c := range ClassOrder {
			if set[c] {
				return c
			}
		}
	}
	admits := set[pleading.ClassAdmitted] || set[pleading.ClassPartlyAdmitted]
	negates := set[pleading.ClassDenied] || set[pleading.ClassNoKnowledge] || set[pleading.ClassPartlyAdmitted]
	switch {
	case admits && negates:
		return pleading.ClassPartlyAdmitted
	case admits:
		return pleading.ClassAdmitted
	case set[pleading.ClassDenied]:
		return pleading.ClassDenied
	case set[pleading.ClassNoKnowledge]:
		return pleading.ClassNoKnowledge
	}
	return cs[0]
}

// facetWords lists what a response does, in words.
func facetWords(r *pleading.Response) []string {
	var out []string
	if r.Admits {
		out = append(out, "admits")
	}
	if r.Denies {
		out = append(out, "denies")
	}
	if r.LacksKnowledge {
		out = append(out, "lacks knowledge")
	}
	if r.RefersToDocument {
		out = append(out, "refers to document")
	}
	if r.LegalConclusion {
		out = append(out, "legal conclusion")
	}
	if r.Incorporates != nil {
		out = append(out, "incorporates ¶¶"+r.Incorporates.String())
	}
	return out
}

// caseTitle names the case as "Plaintiff v. Defendant", from the complaint's caption
// (the answer's when the complaint's is empty).
func caseTitle(complaint, answer *pleading.Document) string {
	cap := complaint.Caption
	if len(cap.Plaintiffs) == 0 || len(cap.Defendants) == 0 {
		cap = answer.Caption
	}
	if len(cap.Plaintiffs) == 0 || len(cap.Defendants) == 0 {
		if complaint.Title != "" {
			return complaint.Title
		}
		return "Response chart"
	}
	side := func(ps []pleading.Party) string {
		s := strings.TrimRight(strings.TrimSpace(ps[0].Name), ",")
		if len(ps) > 1 {
			s += " et al."
		}
		return s
	}
	return side(cap.Plaintiffs) + " v. " + side(cap.Defendants)
}

// CountLabel names a count as the complaint heads it, with its title: "COUNT I — Breach of Contract".
func CountLabel(ct pleading.Count) string {
	label := ct.Label
	if label == "" {
		label = "Count " + strconv.Itoa(ct.Number)
	}
	if ct.Title != "" && !strings.EqualFold(strings.TrimSpace(ct.Title), strings.TrimSpace(ct.Label)) {
		label += " — " + ct.Title
	}
	return label
}

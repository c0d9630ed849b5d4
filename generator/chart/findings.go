package chart

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// findings runs every check and appends its findings to the case.
func (a *analysis) findings() {
	a.checkCaption()
	a.checkUnknownParagraphs()
	a.checkNotAnswered()
	for i := range a.answer.Responses {
		r := &a.answer.Responses[i]
		a.checkIncorporation(r)
		a.checkSelfKnowledge(r)
		a.checkRefersToDocument(r)
		a.checkLegalConclusion(r)
	}
	a.checkCopied()
	a.checkAnsweredTwice()
	a.checkDuplicateNumbers()
	a.checkConditionsPrecedent()
}

// checkDuplicateNumbers flags a paragraph number the complaint or the
// answer uses twice: each response to it is shown beside every allegation of
// that number, so the chart cannot tell which one the answer meant.
func (a *analysis) checkDuplicateNumbers() {
	lines := map[int][]string{}
	var order []int
	for _, p := range a.complaint.Paragraphs {
		if len(lines[p.Number]) == 0 {
			order = append(order, p.Number)
		}
		lines[p.Number] = append(lines[p.Number], strconv.Itoa(p.Line))
	}
	for _, n := range order {
		if len(lines[n]) < 2 {
			continue
		}
		a.add(a.finding(CodeDuplicateNumber, joined.SeverityWarning, n, nil, fmt.Sprintf(
			"The complaint numbers %d paragraphs ¶%d (lines %s): the answer's response to ¶%d is shown beside each; check which allegation it answers.",
			len(lines[n]), n, strings.Join(lines[n], ", "), n)))
	}
	seen := map[int]*pleading.Response{}
	for i := range a.answer.Responses {
		r := &a.answer.Responses[i]
		if r.Paragraph <= 0 {
			continue
		}
		if first, ok := seen[r.Paragraph]; ok {
			f := a.finding(CodeDuplicateNumber, joined.SeverityWarning, 0, r, fmt.Sprintf(
				"The answer numbers two responses ¶%d (lines %d and %d): check that each answers the paragraphs it names.",
				r.Paragraph, first.Line, r.Line))
			a.add(f)
			continue
		}
		seen[r.Paragraph] = r
	}
}

// conditionRe finds an allegation that conditions precedent occurred or were performed.
var conditionRe = prose.Guard(`(?i)\bconditions?[\s-]+precedent\b`, "precedent")

// checkConditionsPrecedent flags a pleading of conditions precedent met only
// by lack of knowledge or a general denial: FRCP 9(c) requires a denial that
// a condition precedent occurred or was performed to be made with
// particularity, so such a response may admit the conditions.
func (a *analysis) checkConditionsPrecedent() {
	for _, row := range a.j.Rows {
		if !conditionRe.MatchString(row.Allegation) {
			continue
		}
		var r *pleading.Response
		if rs := a.j.Responding(row.Number); len(rs) > 0 {
			r = &a.answer.Responses[rs[0]]
		}
		var how string
		switch {
		case row.Class == pleading.ClassNoKnowledge:
			how = "pleads only lack of knowledge of"
		case row.GeneralDenial || (row.Class == pleading.ClassNotAnswered && a.answer.GeneralDenial != ""):
			how = "meets only with its general denial"
		case row.Class == pleading.ClassDenied && r != nil && len(strings.Fields(r.Text)) < 25 && !conditionRe.MatchString(r.Text):
			how = "denies, without naming which condition failed,"
		default:
			continue
		}
		msg := fmt.Sprintf("The answer %s the allegation that conditions precedent were satisfied. FRCP 9(c) requires a denial that a condition precedent occurred or was performed to be made with particularity: unless it names the condition that failed, the conditions may stand admitted.", how)
		a.add(a.finding(CodeConditionPrecedent, joined.SeverityWarning, row.Number, r, msg))
	}
}

// checkAnsweredTwice flags a complaint paragraph that two responses of its
// own answer: often a numbering slip that leaves the next paragraph unanswered.
func (a *analysis) checkAnsweredTwice() {
	for _, p := range a.complaint.Paragraphs {
		var own []*pleading.Response
		for _, i := range a.j.Responding(p.Number) {
			if r := &a.answer.Responses[i]; len(r.Answers) == 1 {
				own = append(own, r)
			}
		}
		if len(own) < 2 {
			continue
		}
		nums := make([]string, len(own))
		for i, r := range own {
			nums[i] = "¶" + strconv.Itoa(r.Paragraph)
		}
		msg := fmt.Sprintf("Answer %s all respond to ¶%d. Check the numbering: a slip here often leaves another paragraph unanswered.", strings.Join(nums, " and "), p.Number)
		if len(own) == 2 {
			msg = fmt.Sprintf("Answer %s both respond to ¶%d. Check the numbering: a slip here often leaves another paragraph unanswered.", strings.Join(nums, " and "), p.Number)
		}
		a.add(a.finding(CodeAnsweredTwice, joined.SeverityWarning, p.Number, own[len(own)-1], msg))
	}
}

func (a *analysis) add(f joined.Finding) {
	f.Label = codeLabels[f.Code]
	a.out.Findings = append(a.out.Findings, f)
}

// finding starts a finding about complaint paragraph n and response r (nil for none).
func (a *analysis) finding(code string, sev joined.Severity, n int, r *pleading.Response, msg string) joined.Finding {
	f := joined.Finding{Code: code, Severity: sev, Paragraph: n, Message: msg}
	if p := a.complaint.Paragraph(n); p != nil {
		f.ComplaintLine = p.Line
	}
	if r != nil {
		f.Response = r.Paragraph
		f.AnswerLine = r.Line
		f.AnswerPage = a.j.Page(r)
	}
	return f
}

// checkNotAnswered flags every paragraph no response covers.
func (a *analysis) checkNotAnswered() {
	for _, row := range a.j.Rows {
		if row.Class != pleading.ClassNotAnswered {
			continue
		}
		if row.GeneralDenial {
			a.add(a.finding(CodeGeneralDenialOnly, joined.SeverityWarning, row.Number, nil, fmt.Sprintf(
				"No response answers ¶%d; only the answer's general denial (“%s”) covers it. Worth a look: a general denial must be made in good faith (FRCP 8(b)(3)).",
				row.Number, prose.FirstWords(a.answer.GeneralDenial, 14))))
			continue
		}
		a.add(a.finding(CodeNotAnswered, joined.SeverityError, row.Number, nil, fmt.Sprintf(
			"No response answers ¶%d and the answer has no general denial: the allegation is deemed admitted (FRCP 8(b)(6)).", row.Number)))
	}
}

// checkUnknownParagraphs flags responses to paragraph numbers the complaint lacks.
func (a *analysis) checkUnknownParagraphs() {
	for i := range a.answer.Responses {
		r := &a.answer.Responses[i]
		for _, n := range r.Answers {
			if a.complaint.Paragraph(n) != nil {
				continue
			}
			a.add(a.finding(CodeUnknownParagraph, joined.SeverityWarning, n, r, fmt.Sprintf(
				"Answer ¶%d responds to ¶%d, which the complaint (%d paragraphs) does not have: check that the answer responds to this version of the complaint.",
				r.Paragraph, n, len(a.complaint.Paragraphs))))
		}
	}
}

// checkIncorporation compares an incorporation response's range with the complaint paragraph's.
func (a *analysis) checkIncorporation(r *pleading.Response) {
	if r.Incorporates == nil {
		return
	}
	for _, n := range r.Answers {
		p := a.complaint.Paragraph(n)
		if p == nil || p.Incorporates == nil || *p.Incorporates == *r.Incorporates {
			continue
		}
		msg := fmt.Sprintf("Answer ¶%d incorporates its responses to ¶¶%s, but complaint ¶%d re-alleges ¶¶%s.",
			r.Paragraph, r.Incorporates, n, p.Incorporates)
		if r.Incorporates.Contains(n) {
			msg += fmt.Sprintf(" The range includes ¶%d itself, so the response incorporates itself.", n)
		}
		if r.Incorporates.Last < p.Incorporates.Last || r.Incorporates.First > p.Incorporates.First {
			msg += " Some re-alleged paragraphs are left without an incorporated response."
		}
		a.add(a.finding(CodeIncorporationRange, joined.SeverityWarning, n, r, msg))
	}
}

// checkRefersToDocument flags "the document speaks for itself" responses.
func (a *analysis) checkRefersToDocument(r *pleading.Response) {
	if !r.RefersToDocument {
		return
	}
	sev := joined.SeverityInfo
	tail := "it is neither an admission nor a denial of what the allegation says the document means."
	quote := referClause(r.Text)
	if !r.Denies && !r.LacksKnowledge && !denyRe.MatchString(r.Text) {
		switch {
		case lawRe.MatchString(referSentence(r.Text)):
			// "Thornburg v. Gingles, 478 U.S. 30 (1986), speaks for itself":
			// the law needs no admission or denial.
			tail = "it refers to a statute or a decision, a statement of law that needs no admission or denial."
		case a.j.GeneralDenial != "":
			tail = "the answer's general denial denies what it does not admit, so the allegation is not deemed admitted; the reference itself answers nothing."
		default:
			sev = joined.SeverityWarning
			tail = "with no denial beside it, the allegation may be deemed admitted (FRCP 8(b)(6))."
		}
	}
	what := "refers to a document instead of answering"
	if r.Admits || (r.Denies && prose.ExplicitDenial(r.Text)) {
		// It answers too: only the reference is neither admission nor denial.
		what = "also refers to a document"
		if sev == joined.SeverityInfo {
			tail = "that part is neither an admission nor a denial of what the allegation says the document says."
		}
	}
	for _, n := range r.Answers {
		if a.complaint.Paragraph(n) == nil {
			continue
		}
		a.add(a.finding(CodeRefersToDocument, sev, n, r, fmt.Sprintf(
			"Answer ¶%d %s (“%s”): %s", r.Paragraph, what, quote, tail)))
	}
}

// lawRe finds a statute, a decision or a constitution: law, not a document of the case.
var lawRe = regexp.MustCompile(`\b\d+\s*U\.\s?S\.\s?C\.|\b\d+\s+U\.S\.\s+\d|§|\b[A-Z][\w.'’-]*\s+v\.\s+[A-Z]|\bF\.\s?(?:Supp|\dd)|\bC\.F\.R\.|\bStat\.|\b(?:Act|Constitution|Amendment|Code|statutes?|regulations?|laws?)\b|\bS\.\s?Rep\.|\bH\.R\.\s?Rep\.`)

// referSentence returns the sentence of text that refers to a document.
func referSentence(text string) string {
	t := prose.NormalizeSpace(prose.PlainText(text))
	for _, sp := range prose.SentenceSpans(t) {
		if referRe.MatchString(sp.Of(t)) {
			return sp.Of(t)
		}
	}
	return ""
}

// referClause quotes the clause of text that refers to a document: the
// sentence when the reference is near its start, else the clause the
// reference sits in ("… and respectfully refers the Court to the contract").
func referClause(text string) string {
	t := prose.NormalizeSpace(prose.PlainText(text))
	for _, sp := range prose.SentenceSpans(t) {
		s := sp.Of(t)
		loc := referRe.FindStringIndex(s)
		if loc == nil {
			continue
		}
		if len(prose.Words(s[:loc[0]])) <= 12 {
			return prose.FirstWords(s, 20)
		}
		start := 0
		for _, sep := range []string{", ", "; "} {
			if i := strings.LastIndex(s[:loc[0]], sep); i >= 0 && i+len(sep) > start {
				start = i + len(sep)
			}
		}
		n := len(prose.Words(s[start:loc[0]]))
		pointsBack := start > 0 && strings.HasPrefix(strings.ToLower(s[start:]), "which")
		if n > 12 || pointsBack {
			// No clause break near, or a clause that only points back
			// ("which speaks for itself"): start a few words before it.
			back := 6
			if pointsBack {
				back = n + 8
			}
			ws := strings.Fields(s[:loc[0]])
			if back > len(ws) {
				back = len(ws)
			}
			start = max(0, strings.LastIndex(s[:loc[0]], strings.Join(ws[len(ws)-back:], " ")))
			if start == 0 {
				return prose.FirstWords(s, 20)
			}
		}
		return "… " + prose.FirstWords(s[start:], 20)
	}
	return prose.FirstWords(prose.PlainText(text), 20)
}

var referRe = prose.Guard(`(?i)speaks? for (it|them)sel(f|ves)|refers? the court|best evidence|refer(s)? to the .{0,40}for (its|their)`, "itsel", "themsel", "refer", "best evidence")

// checkLegalConclusion flags "no response is required" responses that neither admit nor deny.
func (a *analysis) checkLegalConclusion(r *pleading.Response) {
	if !r.LegalConclusion || r.Admits || r.Denies || r.LacksKnowledge || denyRe.MatchString(r.Text) {
		return
	}
	for _, n := range r.Answers {
		if a.complaint.Paragraph(n) == nil {
			continue
		}
		a.add(a.finding(CodeLegalConclusion, joined.SeverityInfo, n, r, fmt.Sprintf(
			"Answer ¶%d calls ¶%d a legal conclusion and does not deny it: any fact in the allegation may be deemed admitted (FRCP 8(b)(6)).",
			r.Paragraph, n)))
	}
}

// checkCaption compares the case numbers and the parties of the two captions.
func (a *analysis) checkCaption() {
	cc, ac := a.complaint.Caption, a.answer.Caption
	if cc.CaseNumber != "" && ac.CaseNumber != "" && !sameCaseNumber(cc.CaseNumber, ac.CaseNumber) {
		if federal(ac.Court) && cc.Court != "" && !federal(cc.Court) {
			a.add(joined.Finding{Code: CodeCaptionMismatch, Severity: joined.SeverityInfo, ComplaintLine: cc.Line, AnswerLine: ac.Line,
				Message: fmt.Sprintf("The case was removed: the complaint was filed in the %s as No. %s; the answer is captioned in the %s as No. %s.", cc.Court, cc.CaseNumber, ac.Court, ac.CaseNumber)})
		} else {
			a.add(joined.Finding{Code: CodeCaptionMismatch, Severity: joined.SeverityWarning, ComplaintLine: cc.Line, AnswerLine: ac.Line,
				Message: fmt.Sprintf("The case numbers differ: the complaint says “%s”, the answer “%s”.", cc.CaseNumber, ac.CaseNumber)})
		}
	}
	side := func(role string, cs, as []pleading.Party) {
		if len(cs) == 0 || len(as) == 0 {
			return
		}
		var extra, missing []string
		for _, p := range as {
			if joined.FindParty(cs, p) < 0 {
				extra = append(extra, "“"+p.Name+"”")
			}
		}
		for _, p := range cs {
			if joined.FindParty(as, p) < 0 {
				missing = append(missing, "“"+p.Name+"”")
			}
		}
		if len(extra) > 0 {
			a.add(joined.Finding{Code: CodeCaptionMismatch, Severity: joined.SeverityWarning, ComplaintLine: cc.Line, AnswerLine: ac.Line,
				Message: fmt.Sprintf("The answer's caption names %s %s, whom the complaint's caption does not name (it names %s).", plural(len(extra), role, role+"s"), strings.Join(extra, ", "), partyList(cs))})
		}
		// FRCP 10(a): after the complaint, a pleading's caption may name only
		// the first party on each side and refer generally to the others
		// ("STATE OF ARKANSAS, et al."): leaving them out is no mismatch.
		if len(missing) > 0 && joined.FindParty(as, cs[0]) < 0 {
			a.add(joined.Finding{Code: CodeCaptionMismatch, Severity: joined.SeverityInfo, ComplaintLine: cc.Line, AnswerLine: ac.Line,
				Message: fmt.Sprintf("The complaint's caption names %s %s, whom the answer's caption leaves out (it names %s).", plural(len(missing), role, role+"s"), strings.Join(missing, ", "), partyList(as))})
		}
	}
	side("plaintiff", cc.Plaintiffs, ac.Plaintiffs)
	side("defendant", cc.Defendants, ac.Defendants)
}

// federal reports whether a court is a federal court.
func federal(court string) bool {
	c := strings.ToLower(court)
	return strings.Contains(c, "united states district court") || strings.Contains(c, "united states bankruptcy court") || strings.Contains(c, "court of federal claims")
}

func partyList(ps []pleading.Party) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = "“" + p.Name + "”"
	}
	return strings.Join(names, ", ")
}

// sameCaseNumber compares case numbers loosely: the same year, type and
// number (pleading.SameCase), whatever the padding, case and judges' initials.
func sameCaseNumber(x, y string) bool { return pleading.SameCase(x, y) }

// checkCopied flags responses whose substantive text repeats an earlier response
// although the allegations they answer differ.
func (a *analysis) checkCopied() {
	type first struct {
		r    *pleading.Response
		text string // the earlier allegation(s)
	}
	seen := map[string]first{}
	// A clause the answer gives in three or more responses is its
	// boilerplate ("The Secretary lacks sufficient information to admit or
	// deny …", "averred that the allegations … constitute history too
	// remote …"), not a response copied by mistake: it is left out before
	// responses are compared.
	clauses := make([][]string, len(a.answer.Responses))
	keys := make([][]string, len(a.answer.Responses)) // boilerKey of each clause
	uses := map[string]int{}
	for i := range a.answer.Responses {
		seenKey := map[string]bool{}
		for _, cl := range responseClauses(a.answer.Responses[i].Text) {
			k := boilerKey(cl)
			clauses[i] = append(clauses[i], cl)
			keys[i] = append(keys[i], k)
			if !seenKey[k] {
				seenKey[k] = true
				uses[k]++
			}
		}
	}
	for i := range a.answer.Responses {
		r := &a.answer.Responses[i]
		var own []string
		for j, cl := range clauses[i] {
			if uses[keys[i][j]] < boilerLimit {
				own = append(own, cl)
			}
		}
		sub := substantive(strings.Join(own, " "), a.parties)
		if len(sub) < a.cfg.copyMinWords {
			continue
		}
		key := strings.Join(sub, " ")
		alleg := a.allegations(r)
		prev, ok := seen[key]
		if !ok {
			seen[key] = first{r: r, text: alleg}
			continue
		}
		if alleg == "" || prev.text == "" {
			continue
		}
		sim := prose.Similarity(alleg, prev.text)
		if sim >= a.cfg.copyMaxSimilarity {
			continue
		}
		for _, n := range r.Answers {
			if a.complaint.Paragraph(n) == nil {
				continue
			}
			f := a.finding(CodeCopiedResponse, joined.SeverityWarning, n, r, fmt.Sprintf(
				"Answer ¶%d repeats word for word what answer ¶%d says (“%s”), but complaint ¶%d alleges something else (%.0f%% word overlap with %s): the response may not answer this allegation.",
				r.Paragraph, prev.r.Paragraph, strings.TrimRight(prose.FirstWords(firstSubstantive(r.Text), 16), "."), n, 100*sim, paraList(prev.r.Answers)))
			if len(prev.r.Answers) > 0 {
				f.Related = prev.r.Answers[0]
			}
			a.add(f)
		}
	}
}

// responseClauses splits a response's text into sentences, and those at
// ", but" and "; ".
func responseClauses(text string) []string {
	t := prose.NormalizeSpace(prose.PlainText(text))
	var out []string
	for _, sp := range prose.SentenceSpans(t) {
		for _, part := range clauseSplitRe.Split(sp.Of(t), -1) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

var clauseSplitRe = regexp.MustCompile(`,\s*but\b|;\s*`)

// allegations joins the text of the complaint paragraphs r answers.
func (a *analysis) allegations(r *pleading.Response) string {
	var b strings.Builder
	for _, n := range r.Answers {
		if p := a.complaint.Paragraph(n); p != nil {
			b.WriteString(p.Text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func paraList(ns []int) string {
	if len(ns) == 1 {
		return "¶" + strconv.Itoa(ns[0])
	}
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return "¶¶" + strings.Join(s, ", ")
}

// denialFormulaWords are the words of the formula sentences every answer repeats:
// "Except as so admitted, X denies each and every allegation set forth in Paragraph N."
var denialFormulaWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`in answer to response responding paragraph paragraphs of the complaint
		except as so otherwise expressly specifically admitted denied herein therein set forth contained
		each and every all any allegation allegations remaining such those these them same that it
		denies deny denied lacks lack is without knowledge or information sufficient form a belief as truth
		therefore on ground basis other than further also party defendant defendants to with respect
		regarding about in its thereof alleged this and remaining`) {
		m[w] = true
	}
	return m
}()

// legalRe finds "no response is required" sentences.
var legalRe = prose.Guard(`(?i)no (responsive pleading|response) (is )?(required|necessary|needed)|legal conclusions?|conclusions? of law`, "respons", "conclusion")

// denyRe finds a denial, however the parser classed the response.
var denyRe = prose.Guard(`(?i)\bden(y|ies|ied|ial)\b`, "den")

// substantive returns the words of a response's substantive sentences — its
// admissions and specific statements — with paragraph references and the
// answering party's names folded. Formula sentences (denials, lack of
// knowledge, "speaks for itself", "no response is required") are left out:
// answers repeat them by design.
func substantive(text string, ps joined.Parties) []string {
	var out []string
	for _, s := range prose.Sentences(prose.PlainText(text)) {
		all := prose.Words(s)
		if !prose.HasAdmit(all) && (prose.HasDeny(all) || prose.PleadsLack(s) || referRe.MatchString(s) || legalRe.MatchString(s)) {
			continue
		}
		if prose.HasAdmit(all) && (joined.AdmitsWholesale(s) || sentenceAdmitRe.MatchString(strings.TrimSpace(s))) {
			continue // "admits the allegations of the first sentence of Paragraph 29": the complaint's own words
		}
		// Paragraph numbers are left out: copies differ in the numbers they name.
		ws := make([]string, 0, len(all))
		formula := true
		afterPara := false
		for _, w := range all {
			if prose.IsDigits(w) {
				if !afterPara {
					ws = append(ws, w)
				}
				continue
			}
			switch w {
			case "paragraph", "paragraphs":
				afterPara = true
			case "through", "to", "and":
				// "paragraphs 12 through 15": still a paragraph reference
			default:
				afterPara = false
			}
			ws = append(ws, w)
			if !denialFormulaWords[w] && !ps.NameWord(w) {
				formula = false
			}
		}
		if formula {
			continue
		}
		// drop the lead-in "In answer to Paragraph N," that every response starts with
		for len(ws) > 0 && (ws[0] == "in" || ws[0] == "answer" || ws[0] == "to" || ws[0] == "paragraph" || ws[0] == "response" || ws[0] == "responding") {
			ws = ws[1:]
		}
		out = append(out, ws...)
	}
	return out
}

// firstSubstantive returns the first sentence of a response that admits or
// states something, without its "In answer to Paragraph N," lead-in.
func firstSubstantive(text string) string {
	for _, s := range prose.Sentences(prose.PlainText(text)) {
		if admitRe.MatchString(s) || !(denyRe.MatchString(s) || prose.PleadsLack(s) || referRe.MatchString(s) || legalRe.MatchString(s)) {
			return leadInRe.ReplaceAllString(s, "")
		}
	}
	return prose.PlainText(text)
}

// leadInRe is the "In answer to Paragraph 16," that starts a response.
var leadInRe = regexp.MustCompile(`(?i)^(in (answer|response) to|answering|responding to) (the allegations (of|in) )?paragraphs? [\d\s,–-]+(of the complaint)?,?\s*`)

// sentenceAdmitRe is an admission of sentences of a paragraph named by ordinal, and nothing more.
var sentenceAdmitRe = prose.Guard(`(?i)^.{0,80}?\badmits?\s+(?:the\s+allegations?\s+(?:contained\s+|set\s+forth\s+)?(?:in|of)\s+)?the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:,\s*|\s+and\s+|\s+through\s+)?)+\s*sentences?\s+of\s+(?:the\s+)?(?:paragraph|¶)\s*\d+\s*\.?$`, "sentence")

package generator

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
)

// The deposition lists: admissions to lock in, denials to probe, and
// lack-of-knowledge responses to test, each with a reason derived from the
// allegation's own words.

// depositionLists builds the three lists from the rows of c.
func depositionLists(c *Case, a *analysis) (adm []Admission, den []Probe, nok []Probe) {
	adm, den, nok = []Admission{}, []Probe{}, []Probe{}
	for _, row := range c.Rows {
		switch row.Class {
		case pleading.ClassAdmitted, pleading.ClassPartlyAdmitted:
			ad := Admission{Paragraph: row.Number, Statements: row.Admitted, Source: row.Sources()}
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
			den = append(den, Probe{
				Paragraph:  row.Number,
				Allegation: row.Allegation,
				Class:      row.ClassText,
				Reasons:    a.discovery(row),
				Source:     row.Sources(),
			})
		}
		if lacksKnowledge(a, row) {
			nok = append(nok, Probe{
				Paragraph:  row.Number,
				Allegation: row.Allegation,
				Class:      row.ClassText,
				Reasons:    a.shouldKnow(row),
				Source:     row.Sources(),
			})
		}
	}
	return adm, den, nok
}

// lacksKnowledge reports whether a response to row pleads lack of knowledge.
func lacksKnowledge(a *analysis, row Row) bool {
	if row.Class == pleading.ClassNoKnowledge {
		return true
	}
	for _, i := range a.byPara[row.Number] {
		if a.answer.Responses[i].LacksKnowledge {
			return true
		}
	}
	return false
}

var admitRe = regexp.MustCompile(`(?i)\badmit`)

// admitSentences returns the sentences of row's responses that admit something,
// for a partial admission the parser did not quote.
func admitSentences(row Row) []string {
	var out []string
	for _, r := range row.Responses {
		for _, s := range sentences(plainText(r.Text)) {
			if admitRe.MatchString(s) && !strings.Contains(strings.ToLower(s), "except as") {
				out = append(out, s)
			}
		}
	}
	return out
}

var (
	exhibitRe  = regexp.MustCompile(`(?i)\b(?:Exhibit|Ex\.)\s*([A-Z0-9]+)\b`)
	contractRe = regexp.MustCompile(`(?i)\b(agreements?|contracts?|licen[cs]es?|MSA|terms of (use|service)|purchase orders?|statements? of work)\b`)
	docRe      = regexp.MustCompile(`(?i)\b(documents?|records?|reports?|memorand(a|um)|invoices?|registrations?|filings?|policy|policies|manuals?|logs?)\b`)
	commRe     = regexp.MustCompile(`(?i)\b(e-?mails?|communicat\w*|told|inform(ed|s)?|notif\w*|letters?|messages?|misrepresent\w*|representations?|statements?|said|meetings?|misinformation|disparag\w*|calls?)\b`)
	webRe      = regexp.MustCompile(`(?i)\b(web ?sites?|web ?pages?|advertis\w*|marketing|press releases?|brochures?|social media|blog|promot\w*)\b`)
	techRe     = regexp.MustCompile(`(?i)\b(source code|software|code|algorithms?|spyware|reverse[- ]engineer\w*|servers?|systems?|access(ed)?|download\w*|cop(y|ied|ying)|technolog\w*)\b`)
	moneyRe    = regexp.MustCompile(`(?i)\b(damages?|lost|loss(es)?|revenues?|profits?|cancel\w*|harm\w*|injur\w*|paid|payments?)\b`)
	awareRe    = regexp.MustCompile(`(?i)\b(aware|knew|knows|knowledge|learned|intentional\w*|willful\w*|deliberate\w*|malice)\b`)
	publicRe   = regexp.MustCompile(`(?i)\b(registered|registration|Copyright Office|Patent and Trademark|patents?|public(ly)?|published|press|Secretary of State|filed with)\b`)
	jointRe    = regexp.MustCompile(`(?i)\b(joint|mutual|shared) (customers?|clients?|accounts?)\b`)
	customerRe = regexp.MustCompile(`(?i)\b(customers?|clients?)\b`)
)

// discovery suggests what discovery would prove a denied allegation.
func (a *analysis) discovery(row Row) []string {
	text := plainText(row.Allegation)
	party := a.parties.short
	var out []string
	var docs []string
	if p := a.complaint.Paragraph(row.Number); p != nil {
		docs = append(docs, p.Exhibits...)
	}
	for _, m := range exhibitRe.FindAllStringSubmatch(text, -1) {
		if e := "Exhibit " + m[1]; !containsFold(docs, e) {
			docs = append(docs, e)
		}
	}
	switch {
	case len(docs) > 0:
		out = append(out, fmt.Sprintf("Request for production: %s, with drafts and the communications about %s.", strings.Join(docs, ", "), plural(len(docs), "it", "them")))
	case contractRe.MatchString(text):
		out = append(out, fmt.Sprintf("Request for production: the %s referred to, with drafts, amendments and the communications about them.", strings.ToLower(contractRe.FindString(text))))
	case docRe.MatchString(text):
		out = append(out, fmt.Sprintf("Request for production: the %s referred to.", strings.ToLower(docRe.FindString(text))))
	}
	if conduct := a.conductClause(text); conduct != "" {
		out = append(out, fmt.Sprintf("Interrogatory and Rule 30(b)(6) topic on %s's conduct: %q — who, when, and on whose instruction.", party, firstWords(conduct, 14)))
	}
	if commRe.MatchString(text) {
		out = append(out, fmt.Sprintf("Emails and messages: ask %s to identify the custodians, then search their mailboxes for the communications alleged.", party))
	}
	if webRe.MatchString(text) {
		out = append(out, "Captures of the web pages and marketing materials (RFP; Internet Archive), and who wrote and approved them.")
	}
	if techRe.MatchString(text) && len(out) < 3 {
		out = append(out, "Forensic discovery: access logs, source code and the systems used (FRCP 34 inspection).")
	}
	if moneyRe.MatchString(text) && len(out) < 3 {
		out = append(out, "Financial records and the files of the customers named; third-party subpoenas to those customers.")
	}
	if awareRe.MatchString(text) && len(out) < 3 {
		out = append(out, fmt.Sprintf("Deposition: when and how %s learned the facts alleged; documents showing what it knew.", party))
	}
	if len(out) == 0 {
		out = append(out, "Contention interrogatory: every fact supporting the denial, and the witnesses and documents with knowledge of them.")
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// conductClause returns the first sentence of text in which the answering party acts.
func (a *analysis) conductClause(text string) string {
	if a.parties.re == nil {
		return ""
	}
	for _, s := range sentences(text) {
		if k := a.aboutParty(s); strings.HasSuffix(k, "conduct or knowledge") {
			return s
		}
	}
	return ""
}

// shouldKnow says why the answering party should know what it pleads ignorance of.
func (a *analysis) shouldKnow(row Row) []string {
	text := plainText(row.Allegation)
	party := a.parties.short
	var out []string
	for _, f := range row.Findings {
		if f.Code == CodeSelfKnowledge {
			out = append(out, fmt.Sprintf("The allegation is about %s itself: its own status, conduct or knowledge.", party))
			break
		}
	}
	mentions := a.parties.re != nil && a.parties.re.MatchString(text)
	if contractRe.MatchString(text) && (mentions || strings.Contains(strings.ToLower(text), "parties")) {
		out = append(out, fmt.Sprintf("It concerns the parties' agreements, which %s signed and keeps.", party))
	}
	if jointRe.MatchString(text) || (mentions && customerRe.MatchString(text)) {
		out = append(out, fmt.Sprintf("%s served these customers itself: its own account records and staff would know.", party))
	}
	if mentions && webRe.MatchString(text) {
		out = append(out, fmt.Sprintf("It concerns %s's own website or marketing.", party))
	}
	if statusRe.MatchString(text) && !partiesRe.MatchString(text) {
		out = append(out, "A matter of public record: the state's registry of corporations shows where a company is incorporated and has its principal place of business.")
	} else if publicRe.MatchString(text) {
		out = append(out, "A matter of public record: a reasonable inquiry (FRCP 11(b)(4)) would answer it.")
	}
	if len(out) == 0 {
		out = append(out, fmt.Sprintf("Ask what inquiry %s made before answering (FRCP 8(b)(5) allows the response only after a reasonable inquiry) and who would know.", party))
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

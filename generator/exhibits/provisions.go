package exhibits

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading"
)

// Provision is one section of an agreement the complaint says was breached
// (or relies on), with the paragraph that says so and the answer's response.
type Provision struct {
	Agreement string   `json:"agreement"` // "the Co-Marketing Agreement"
	Exhibit   string   `json:"exhibit,omitempty"`
	Sections  []string `json:"sections"` // "2.1", "5(b)", "9(d)(2)"
	Paragraph int      `json:"paragraph"`
	Page      int      `json:"page,omitempty"`
	Count     int      `json:"count,omitempty"`
	Breach    bool     `json:"breach"` // the paragraph alleges a breach of them
	Says      string   `json:"says"`   // the sentence that cites them
	Response  Response `json:"response"`
}

// SectionList formats the sections: "§§ 2.1, 2.2, 2.3, 5.2, 5.4".
func (p Provision) SectionList() string {
	if len(p.Sections) == 1 {
		return "§ " + p.Sections[0]
	}
	return "§§ " + strings.Join(p.Sections, ", ")
}

// sectionsRE finds a list of sections: "paragraphs 2.1, 2.2, 2.3, 5.2 and 5.4",
// "Sections 5(b), 6(b), 7(a)", "§§ 4.1–4.3", "Article IV".
var sectionsRE = regexp.MustCompile(`(?i)(?:\b(?:sections?|paragraphs?|clauses?|articles?|provisions?)|§§?|¶¶?)\s*(` + refRE + `(?:\s*(?:,|and|or|through|to|–|-)\s*(?:and\s+)?(?:` + refRE + `))*)`)

const refRE = `(?:\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))*|\([a-z]\)|[IVX]+)`

var oneRefRE = regexp.MustCompile(refRE)

// agreementAfterRE is the agreement a list of sections belongs to: "of the Co-Marketing Agreement", "of the MSA".
var agreementAfterRE = regexp.MustCompile(`^\s*(?:of|under|in)\s+(?:the\s+|its\s+|their\s+)?([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,5})`)

// breachRE tells a paragraph that alleges a breach.
var breachRE = regexp.MustCompile(`(?i)\b(?:breach(?:ed|es|ing)?|violat(?:ed|es|ing|ion)|failed\s+to\s+(?:comply|perform|pay)|default(?:ed)?)\b`)

// provisions finds the sections of agreements the complaint names.
func provisions(doc *pleading.Document, exhibits []Exhibit) []Provision {
	agreements := agreementNames(doc)
	var out []Provision
	for _, p := range doc.Paragraphs {
		text := strings.Join(strings.Fields(p.Text), " ")
		for _, m := range sectionsRE.FindAllStringSubmatchIndex(text, -1) {
			rest := text[m[1]:]
			name := ""
			if am := agreementAfterRE.FindStringSubmatch(rest); am != nil {
				name = matchAgreement(am[1], agreements)
			}
			a, b := entity.Sentence(text, m[0])
			sent := text[a:b]
			if name == "" {
				name = agreementIn(sent, agreements)
			}
			if name == "" {
				continue // a statute's section, a paragraph of the complaint: not a contract's
			}
			if statuteNear(text, m[0]) {
				continue
			}
			pr := Provision{Agreement: name, Sections: sectionList(text[m[2]:m[3]]), Paragraph: p.Number, Page: p.Page, Count: p.Count,
				Breach: breachRE.MatchString(sent), Says: strings.TrimSpace(seeRE.ReplaceAllString(sent, ""))}
			for _, e := range exhibits {
				n := strings.TrimPrefix(name, "the ")
				if strings.EqualFold(strings.TrimPrefix(e.Description, "the "), n) || strings.EqualFold(strings.TrimPrefix(e.Term, "the "), n) {
					pr.Exhibit = e.Label
				}
			}
			if len(pr.Sections) > 0 {
				out = append(out, pr)
			}
		}
	}
	return out
}

// sectionList splits "2.1, 2.2, 2.3, 5.2 and 5.4" or "7(a), (b), (f)" into sections,
// carrying a bare "(b)" onto the number before it: "7(b)".
func sectionList(s string) []string {
	var out []string
	last := ""
	for _, r := range oneRefRE.FindAllString(s, -1) {
		if strings.HasPrefix(r, "(") && last != "" {
			base := last
			if i := strings.IndexByte(base, '('); i >= 0 {
				base = base[:i]
			}
			r = base + r
		}
		out = append(out, r)
		last = r
	}
	return out
}

// statuteNear reports whether the section list at i cites a statute or rule ("U.S.C.", "C.F.R.", "Fed. R.").
func statuteNear(text string, i int) bool {
	before := text[max(0, i-20):i]
	return strings.Contains(before, "U.S.C") || strings.Contains(before, "C.F.R") || strings.Contains(before, "Fed. R") || strings.Contains(before, "Stat.")
}

// agreementNames returns the names the complaint gives its agreements:
// defined terms that name one ("the Co-Marketing Agreement", "MSA").
func agreementNames(doc *pleading.Document) []string {
	var out []string
	for _, t := range doc.DefinedTerms {
		l := strings.ToLower(t.Term)
		if strings.Contains(l, "agreement") || strings.Contains(l, "contract") || strings.Contains(l, "lease") || l == "msa" || l == "nda" || strings.Contains(strings.ToLower(t.Meaning), "agreement") && len(t.Term) <= 8 {
			out = append(out, t.Term)
		}
	}
	return out
}

// matchAgreement returns the agreement a capitalized name after "of the" names, or "".
func matchAgreement(name string, agreements []string) string {
	for _, a := range agreements {
		bare := strings.TrimPrefix(strings.TrimPrefix(a, "the "), "The ")
		if strings.HasPrefix(name, bare) {
			return a
		}
	}
	l := strings.ToLower(name)
	if strings.Contains(l, "agreement") || strings.Contains(l, "contract") || strings.Contains(l, "lease") {
		return "the " + name
	}
	return ""
}

// agreementIn returns the agreement a sentence names, or "".
func agreementIn(sent string, agreements []string) string {
	for _, a := range agreements {
		bare := strings.TrimPrefix(strings.TrimPrefix(a, "the "), "The ")
		if regexp.MustCompile(`\b` + regexp.QuoteMeta(bare) + `\b`).MatchString(sent) {
			return a
		}
	}
	return ""
}

// Cite formats where the provision is cited: "Compl. ¶70, p. 18".
func (p Provision) Cite() string {
	s := "Compl. ¶" + strconv.Itoa(p.Paragraph)
	if p.Page > 0 {
		s += ", p. " + strconv.Itoa(p.Page)
	}
	return s
}

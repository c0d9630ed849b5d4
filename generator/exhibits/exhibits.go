// Package exhibits indexes the documents a case's pleadings cite: each
// exhibit and each named document (agreements, letters, posts, white papers,
// patents, registrations), where it is cited, what the complaint says it
// shows and how the answer responds; and the contract provisions the
// complaint says were breached.
package exhibits

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading"
)

// Exhibit is one exhibit or named document of the pleadings.
type Exhibit struct {
	Label       string     `json:"label"`       // "Exhibit A", or the document's name
	Description string     `json:"description"` // what it is: "the Co-Marketing Agreement"
	Shows       string     `json:"shows"`       // what the complaint says of it, at its first citation
	Paragraphs  []int      `json:"paragraphs"`  // complaint ¶¶ that cite it
	Page        int        `json:"page,omitempty"`
	Responses   []Response `json:"responses"`      // the answer's response to each citing ¶
	Attached    bool       `json:"attached"`       // an exhibit to the complaint (not only named)
	Term        string     `json:"term,omitempty"` // the name the complaint defines for it: "Agreement", "MSA"
}

// Response is the answer's position on one paragraph citing a document.
type Response struct {
	Paragraph int    `json:"paragraph"` // complaint ¶
	Answer    int    `json:"answer,omitempty"`
	Page      int    `json:"page,omitempty"`
	Position  string `json:"position"` // "admitted", "denied", "refers to the document (speaks for itself)", ...
}

// Index is every document the pleadings cite, and the provisions alleged breached.
type Index struct {
	Exhibits   []Exhibit   `json:"exhibits"`
	Documents  []Exhibit   `json:"documents"`
	Provisions []Provision `json:"provisions"`
}

// Build indexes the documents the complaint cites, with the answer's responses (answer may be nil).
func Build(complaint, answer *pleading.Document) Index {
	var ix Index
	if complaint == nil {
		return ix
	}
	byLabel := map[string]int{}
	for _, p := range complaint.Paragraphs {
		text := strings.Join(strings.Fields(p.Text), " ")
		for _, label := range p.Exhibits {
			i, ok := byLabel[label]
			if !ok {
				ix.Exhibits = append(ix.Exhibits, Exhibit{Label: label, Attached: true, Page: p.Page})
				i = len(ix.Exhibits) - 1
				byLabel[label] = i
			}
			e := &ix.Exhibits[i]
			if e.Description == "" {
				var used []string
				for _, o := range ix.Exhibits {
					if o.Description != "" {
						used = append(used, strings.ToLower(o.Description))
					}
				}
				e.Description, e.Shows = describe(text, label, complaint, used)
				e.Term = definedAs(e.Description, text, complaint)
			}
			e.Paragraphs = appendOnce(e.Paragraphs, p.Number)
		}
	}
	ix.Documents = documents(complaint, ix.Exhibits)
	ix.Provisions = provisions(complaint, ix.Exhibits)
	first := answer.FirstResponses()
	for i := range ix.Exhibits {
		ix.Exhibits[i].Responses = responses(ix.Exhibits[i].Paragraphs, answer, first)
	}
	for i := range ix.Documents {
		ix.Documents[i].Responses = responses(ix.Documents[i].Paragraphs, answer, first)
	}
	for i := range ix.Provisions {
		ix.Provisions[i].Response = responses([]int{ix.Provisions[i].Paragraph}, answer, first)[0]
	}
	return ix
}

// Cites formats the citing paragraphs: "¶¶ 25, 70, 75, 84".
func (e Exhibit) Cites() string { return paras(e.Paragraphs) }

// paras formats paragraph numbers as "¶ 5" or "¶¶ 5, 7".
func paras(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	if len(ns) == 1 {
		return "¶ " + parts[0]
	}
	return "¶¶ " + strings.Join(parts, ", ")
}

// attachedRE finds what is attached as an exhibit: "A true copy of the Lease is attached as Exhibit 3".
var attachedRE = regexp.MustCompile(`(?i)(?:a\s+)?(?:true\s+(?:and\s+(?:correct|accurate)\s+)?|correct\s+)?(?:copy|copies)\s+of\s+(.{3,120}?)\s+(?:is|are)\s+attached\s+(?:hereto\s+)?as\s+`)

// docRE finds a document named in a sentence: "a blog post", "a four-page white paper entitled “…”".
var docRE = regexp.MustCompile(`(?i)\b(?:a|an|the|its|their|his|her|by)\s+(?:[\w’'-]+,?\s+){0,6}?(agreement|contract|amendment|addendum|blog\s+post|post|white\s+paper|letter|e-?mail|report|registration|certificate|patent|notice|invoice|press\s+release|advertisement|brochure|policy|permit|order|assessment|lease|memorandum|presentation|article|web\s*page|video|transcript|minutes|resolution|plan|application|charge|determination|decision)(?:\s+dated\s+\w+\.?\s+\d{1,2},\s+\d{4})?(?:\s+entitled\s+[“"][^”"]{1,120}[”"]?)?`)

// describe says what an exhibit is, from the paragraph citing it: what is
// "attached as" it, else the document named in the sentence citing it (or
// the sentence before a bare "(See Exhibit A.)"), and what that sentence says.
func describe(text, label string, doc *pleading.Document, used []string) (what, shows string) {
	i := exhibitAt(text, label)
	if i < 0 {
		return "", ""
	}
	a, b := entity.Sentence(text, i)
	sent := text[a:b]
	if m := attachedRE.FindStringSubmatch(sent); m != nil {
		return strings.TrimSpace(m[1]), strings.TrimSpace(sent)
	}
	if strings.HasPrefix(strings.TrimLeft(sent, "(*"), "See") || strings.HasPrefix(strings.TrimLeft(sent, "(*"), "see") {
		if a2, b2 := entity.PrevSentence(text, a); b2 > a2 { // "(See Exhibit A.)" stands after the sentence it supports
			sent = text[a2:b2]
		}
	}
	shows = strings.TrimSpace(seeRE.ReplaceAllString(sent, ""))
	if m := registeredRE.FindStringSubmatch(sent); m != nil {
		return strings.ToLower(m[2]) + " registration of " + strings.TrimSpace(m[1]), shows
	}
	// The documents the sentence names, first to last; an exhibit is the
	// first one no earlier exhibit already is (a letter under the Agreement
	// is the letter, when the Agreement is Exhibit A).
	cands := docRE.FindAllString(sent, -1)
	// A document the sentence defines ("a Master Service Agreement (“MSA”)") comes first.
	sort.SliceStable(cands, func(i, j int) bool {
		return definedAs(cands[i], sent, doc) != "" && definedAs(cands[j], sent, doc) == ""
	})
	for _, m := range cands {
		d := strings.TrimSuffix(balance(m), ".")
		if strings.HasPrefix(strings.ToLower(d), "by ") {
			d = d[3:]
			if !articleRE.MatchString(d) {
				d = "the " + d // "By letter dated …" → "the letter dated …"
			}
		}
		for _, t := range doc.DefinedTerms {
			if documentWord(t.Term) && strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(d, "the "), "The "), strings.TrimPrefix(t.Term, "the ")) {
				d = t.Term
			}
		}
		if !isUsed(d, used) {
			return d, shows
		}
	}
	for _, t := range doc.DefinedTerms {
		if documentWord(t.Term) && strings.Contains(sent, t.Term) && !isUsed(t.Term, used) {
			return t.Term, shows
		}
	}
	return entity.Words(shows, 12), shows
}

var articleRE = regexp.MustCompile(`(?i)^(?:a|an|the|its|their|his|her)\s`)

// definedAs returns the name the complaint defines for a document: the
// defined term right after it ("a Systems Integration Agreement (the
// “Agreement”)"), or the defined term it is.
func definedAs(desc, text string, doc *pleading.Document) string {
	for _, t := range doc.DefinedTerms {
		if strings.EqualFold(t.Term, desc) {
			return t.Term
		}
	}
	bare := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(desc, "a "), "an "), "the ")
	i := strings.Index(text, bare)
	if i < 0 {
		return ""
	}
	if m := defRE.FindStringSubmatch(text[i+len(bare):]); m != nil {
		return m[1]
	}
	return ""
}

var defRE = regexp.MustCompile(`^\s*\((?:the\s+|hereinafter\s+)?[“"]([^”"]{1,40})[”"]\)`)

// isUsed reports whether an earlier exhibit already is the document d.
func isUsed(d string, used []string) bool {
	k := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(d, "the "), "The "))
	for _, u := range used {
		if strings.TrimPrefix(u, "the ") == k {
			return true
		}
	}
	return false
}

// registeredRE is a registration the complaint pleads: "registered its copyrighted X with the United States Copyright Office".
var registeredRE = regexp.MustCompile(`registered\s+(?:its\s+|the\s+)?(?:copyrighted\s+)?(.{3,80}?)\s+with\s+the\s+(?:United\s+States\s+|U\.S\.\s+)?(Copyright|Patent\s+and\s+Trademark|Trademark)\s+Office`)

// seeRE is a citation signal to an exhibit inside a sentence: "(See Exhibit D)".
var seeRE = regexp.MustCompile(`\s*\(\s*\*?(?:See|see)\*?\s+\*?(?:Exhibit|Ex\.)\s+[A-Z0-9]+\.?\*?\s*\)\.?`)

// exhibitAt returns the offset of the exhibit's citation in text, or -1.
func exhibitAt(text, label string) int {
	letter := strings.TrimSpace(strings.TrimPrefix(label, "Exhibit"))
	re := regexp.MustCompile(`\b(?:Exhibit|Ex\.|Exh\.)\s+` + regexp.QuoteMeta(letter) + `\b`)
	if m := re.FindStringIndex(text); m != nil {
		return m[0]
	}
	return -1
}

// balance closes a curly quotation a cut left open.
func balance(s string) string {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return s + "”"
	}
	return s
}

// documentWord reports whether a defined term names a document: "the Co-Marketing Agreement", "MSA".
func documentWord(term string) bool {
	l := strings.ToLower(term)
	for _, w := range []string{"agreement", "contract", "lease", "policy", "permit", "order", "report", "letter", "notice", "plan", "assessment", "review", "memorandum", "amendment", "decree", "msa", "nda", "sow"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// documents lists the defined documents the complaint names but does not
// attach: "the 2010 IRIS Assessment", "the Ground Lease".
func documents(doc *pleading.Document, exhibits []Exhibit) []Exhibit {
	var out []Exhibit
	for _, t := range doc.DefinedTerms {
		if !documentWord(t.Term) {
			continue
		}
		attached := false
		for _, e := range exhibits {
			if strings.EqualFold(e.Description, t.Term) {
				attached = true
			}
		}
		if attached {
			continue
		}
		d := Exhibit{Label: t.Term, Description: strings.TrimSpace(t.Meaning)}
		for _, p := range doc.Paragraphs {
			if strings.Contains(p.Text, strings.TrimPrefix(strings.TrimPrefix(t.Term, "the "), "The ")) {
				d.Paragraphs = appendOnce(d.Paragraphs, p.Number)
				if d.Page == 0 {
					d.Page = p.Page
				}
				if d.Shows == "" {
					d.Shows = entity.Words(strings.Join(strings.Fields(p.Text), " "), 30)
				}
			}
		}
		if len(d.Paragraphs) > 0 {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Paragraphs[0] < out[j].Paragraphs[0] })
	return out
}

// responses returns the answer's position on each of the paragraphs.
func responses(ns []int, answer *pleading.Document, first map[int]pleading.Response) []Response {
	out := make([]Response, 0, len(ns))
	for _, n := range ns {
		r := Response{Paragraph: n, Position: "awaiting answer"}
		if answer != nil {
			r.Position = "not answered"
			if answer.GeneralDenial != "" {
				r.Position = "denied (general denial)"
			}
			if resp, ok := first[n]; ok {
				r.Answer, r.Page = resp.Paragraph, resp.Page
				r.Position = Position(resp)
			}
		}
		out = append(out, r)
	}
	return out
}

// Position says in words what a response does with a paragraph citing a document.
func Position(r pleading.Response) string {
	var s string
	switch r.Class {
	case pleading.ClassAdmitted:
		s = "admitted"
	case pleading.ClassPartlyAdmitted:
		s = "admitted in part"
	case pleading.ClassDenied:
		s = "denied"
	case pleading.ClassNoKnowledge:
		s = "no knowledge"
	case pleading.ClassNoResponseRequired:
		s = "no response"
	default:
		s = string(r.Class)
	}
	if r.RefersToDocument {
		s += "; refers to the document (speaks for itself)"
	}
	return s
}

func has(ns []int, n int) bool {
	for _, x := range ns {
		if x == n {
			return true
		}
	}
	return false
}

func appendOnce(ns []int, n int) []int {
	if has(ns, n) {
		return ns
	}
	return append(ns, n)
}

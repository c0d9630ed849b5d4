package checklist

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// The fates of an FRCP 12(b)(2)–(5) defense.
const (
	Rule12Raised   = "raised"   // pleaded as a defense
	Rule12Waived   = "waived"   // not raised: waived under FRCP 12(h)(1)
	Rule12Conceded = "conceded" // not raised, and the answer admits what it would deny
)

// Treatments of a complaint paragraph that alleges jurisdiction, venue, process or service.
const (
	TreatAdmits      = "admits"
	TreatNotContest  = "does not contest"
	TreatDenies      = "denies"
	TreatNoKnowledge = "pleads lack of knowledge of"
	TreatNotAddress  = "does not address"
	TreatNotAnswered = "not answered"
)

// Rule12Status is what became of one waivable FRCP 12(b) defense.
type Rule12Status struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Rule   string `json:"rule"`
	Status string `json:"status"`
	// Raised are the numbers of the pleaded defenses that raise it.
	Raised []int `json:"raised"`
	// Paragraphs are the complaint paragraphs alleging what it would deny, and what the answer did with each.
	Paragraphs []Rule12Paragraph `json:"paragraphs"`
	Message    string            `json:"message"`
}

// Rule12Paragraph is a complaint paragraph alleging jurisdiction, venue,
// process or service, and how the answer treats it.
type Rule12Paragraph struct {
	Paragraph int    `json:"paragraph"`
	Treatment string `json:"treatment"`
	Quote     string `json:"quote,omitempty"` // the answer's words that admit or concede it
	Source    string `json:"source,omitempty"`
}

var (
	defNotContestRE = regexp.MustCompile(`(?i)\b(?:does|do|will|shall)\s+not\s+(?:contest|dispute|challenge|object\s+to)\b[^.]*|\bconsents?\s+to\b[^.]*|\bwaives?\b[^.]*`)
	defDenialRE     = regexp.MustCompile(`(?i)\bden(?:y|ies|ied)\b|\bimproper\b|\bnot\s+proper\b|\black(?:s)?\b|\bcontests?\b`)
	defSubjectWords = []string{"jurisdiction", "venue", "service", "served", "process", "summons", "forum"}
	// defSubjectKeys are the words a sentence must hold before the patterns
	// of the built-in Rule 12 defenses are tried on it.
	defSubjectKeys = map[string][]string{
		"lack-of-personal-jurisdiction": {"jurisdiction"},
		"improper-venue":                {"venue", "forum"},
		"insufficient-process":          {"process", "summons"},
		"insufficient-service":          {"service", "served", "process"},
	}
)

// defRule12 reports, for each waivable Rule 12(b) defense of the
// catalogue (personal jurisdiction, venue, process, service), whether the
// answer raises it, and if not, whether it also concedes it.
func defRule12(c *joined.Case, cl *Checklist, cat *library.Catalogue) []Rule12Status {
	out := []Rule12Status{}
	// The sentences of the complaint that may allege jurisdiction, venue, process or service.
	type sentence struct {
		para      int
		text, low string
	}
	var cands []sentence
	for _, p := range c.Complaint.Paragraphs {
		low := strings.ToLower(p.Text)
		if !defHasAny(low, defSubjectWords) {
			continue
		}
		for _, s := range prose.Sentences(p.Text) {
			if l := strings.ToLower(s); defHasAny(l, defSubjectWords) {
				cands = append(cands, sentence{p.Number, s, l})
			}
		}
	}
	rows := make(map[int]*joined.Row, len(c.Rows))
	for i := range c.Rows {
		rows[c.Rows[i].Number] = &c.Rows[i]
	}
	for _, d := range cat.Defenses {
		if d.Kind != library.KindRule12 || !d.Waivable {
			continue
		}
		st := Rule12Status{ID: d.ID, Name: d.Name, Rule: d.Rule, Raised: []int{}, Paragraphs: []Rule12Paragraph{}}
		// A catalogue of this one defense: its patterns alone recognize its subject.
		one := &library.Catalogue{Defenses: []*library.Defense{d}}
		for _, pd := range cl.Defenses {
			for _, m := range pd.Matches {
				if m.Defense.ID == d.ID {
					st.Raised = append(st.Raised, pd.Number)
					break
				}
			}
		}
		keys := defSubjectKeys[d.ID]
		if keys == nil {
			keys = defSubjectWords
		}
		done := map[int]bool{}
		for _, s := range cands {
			if done[s.para] || !defHasAny(s.low, keys) || !defMentions(one, s.text) {
				continue
			}
			done[s.para] = true
			st.Paragraphs = append(st.Paragraphs, defTreatment(one, s.para, rows[s.para]))
		}
		conceded := []Rule12Paragraph{}
		for _, tp := range st.Paragraphs {
			if tp.Treatment == TreatAdmits || tp.Treatment == TreatNotContest {
				conceded = append(conceded, tp)
			}
		}
		switch {
		case len(st.Raised) > 0:
			st.Status = Rule12Raised
			var names []string
			for _, n := range st.Raised {
				if pd := cl.Defense(n); pd != nil {
					names = append(names, "the "+pd.Heading())
				}
			}
			st.Message = "Raised by " + defJoinAnd(names) + ". It must still be pressed: litigating the merits without moving on it can forfeit it."
			if len(conceded) > 0 {
				st.Message += " Yet the answer concedes it at " + defParaList(conceded) + ": the two cannot both stand."
			}
		case len(conceded) > 0:
			st.Status = Rule12Conceded
			st.Message = endSentence("Waived: not raised in the answer (FRCP 12(h)(1)(B)), and conceded: the answer " + defConcessions(conceded))
		default:
			st.Status = Rule12Waived
			st.Message = "Waived: not raised in the answer (FRCP 12(h)(1)(B)), unless raised by a pre-answer Rule 12 motion."
			for _, tp := range st.Paragraphs {
				switch tp.Treatment {
				case TreatNotAddress:
					st.Message += " The response to ¶" + strconv.Itoa(tp.Paragraph) + ", which alleges it, does not address it"
					if tp.Quote != "" {
						st.Message += " (it admits only: " + tp.Quote + ")"
					}
					st.Message += "."
				case TreatDenies:
					st.Message += " The response to ¶" + strconv.Itoa(tp.Paragraph) + " denies it, but a denial is not the defense: courts divide on whether it preserves it."
				case TreatNoKnowledge:
					st.Message += " The response to ¶" + strconv.Itoa(tp.Paragraph) + ", which alleges it, pleads lack of knowledge: that is not the defense."
				case TreatNotAnswered:
					st.Message += " ¶" + strconv.Itoa(tp.Paragraph) + ", which alleges it, is not answered."
				}
			}
		}
		out = append(out, st)
	}
	return out
}

// defHasAny reports whether low contains one of the words.
func defHasAny(low string, words []string) bool {
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// defMentions reports whether text names the subject of the one defense of
// cat (personal jurisdiction, venue, ...), by the defense's own patterns.
func defMentions(one *library.Catalogue, text string) bool {
	return len(one.MatchAll("", text)) > 0
}

// defTreatment reads what the answer did with a complaint paragraph alleging
// the subject of the one defense of cat.
func defTreatment(one *library.Catalogue, n int, row *joined.Row) Rule12Paragraph {
	tp := Rule12Paragraph{Paragraph: n, Treatment: TreatNotAnswered}
	if row == nil || len(row.Responses) == 0 {
		return tp
	}
	tp.Source = row.Sources()
	if row.Class == pleading.ClassAdmitted {
		tp.Treatment, tp.Quote = TreatAdmits, "the paragraph in full"
		if len(row.Admitted) > 0 {
			tp.Quote = "“" + strings.Join(row.Admitted, " … ") + "”"
		}
		return tp
	}
	for _, s := range row.Admitted {
		if defMentions(one, s) {
			tp.Treatment, tp.Quote = TreatAdmits, "“"+s+"”"
			return tp
		}
	}
	for _, r := range row.Responses {
		for _, m := range defNotContestRE.FindAllString(r.Text, -1) {
			if defMentions(one, m) {
				tp.Treatment, tp.Quote = TreatNotContest, "“"+strings.TrimSpace(m)+"”"
				return tp
			}
		}
	}
	for _, r := range row.Responses {
		for _, s := range prose.Sentences(r.Text) {
			if defMentions(one, s) && defDenialRE.MatchString(s) {
				tp.Treatment, tp.Quote = TreatDenies, "“"+s+"”"
				return tp
			}
		}
	}
	tp.Treatment = TreatNotAddress
	if row.Class == pleading.ClassNoKnowledge {
		tp.Treatment = TreatNoKnowledge
	}
	if len(row.Admitted) > 0 {
		tp.Quote = "“" + strings.Join(row.Admitted, " … ") + "”"
	}
	return tp
}

func defConcessions(ps []Rule12Paragraph) string {
	var parts []string
	for i, p := range ps {
		if i > 0 && p.Quote == ps[i-1].Quote && p.Treatment == ps[i-1].Treatment {
			parts = append(parts, "again in the response to ¶"+strconv.Itoa(p.Paragraph))
			continue
		}
		s := p.Treatment + " it in the response to ¶" + strconv.Itoa(p.Paragraph)
		if p.Quote != "" {
			s += ", " + p.Quote
		}
		parts = append(parts, s)
	}
	return defJoinAnd(parts)
}

func defParaList(ps []Rule12Paragraph) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, "¶"+strconv.Itoa(p.Paragraph))
	}
	return defJoinAnd(parts)
}

// defNotPleaded lists the FRCP 8(c)(1) defenses of the catalogue that no
// endSentence ends s with a period unless a quotation that closes it
// already ends one (“... Paragraph 17.”).
func endSentence(s string) string {
	for _, end := range []string{".", ".”", ".\"", "?”", "!”"} {
		if strings.HasSuffix(s, end) {
			return s
		}
	}
	return s + "."
}

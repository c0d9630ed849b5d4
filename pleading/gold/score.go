package gold

import (
	"fmt"
	"slices"

	"github.com/pleadkit/pleadkit/pleading"
)

// Result is how the parser's reading of one case scores against its gold.
// Each score is a count right out of a count wanted.
type Result struct {
	Case string
	// Paragraphs: complaint paragraphs 1..N (less missing) the parser found.
	Paragraphs, ParagraphsWant int
	// Counts: gold counts whose first and last paragraphs the parser matches.
	Counts, CountsWant int
	// Defenses: defenses found, up to the gold number.
	Defenses, DefensesWant int
	// Answered and ClassRight: complaint paragraphs of the gold responses
	// that a parsed response covers, and covers with the gold class, out of Covered.
	Answered, ClassRight, Covered int
	// Facets: the six booleans of each gold response that the parser's
	// response to its first paragraph carries too.
	Facets, FacetsWant int
	Mismatches         []Mismatch
}

// Mismatch is one place where the parser and the gold differ.
type Mismatch struct {
	What string // "paragraph", "count", "defenses", "unanswered", "class", "facet"
	Para int    // the complaint paragraph, or 0
	Line int    // the line in the answer (or, for paragraphs and counts, the complaint), or 0
	Want string
	Got  string
}

// String formats m as "¶12 line 340: class: want denied, got admitted".
func (m Mismatch) String() string {
	s := ""
	if m.Para > 0 {
		s = fmt.Sprintf("¶%d ", m.Para)
	}
	if m.Line > 0 {
		s += fmt.Sprintf("line %d ", m.Line)
	}
	return fmt.Sprintf("%s%s: want %s, got %s", s, m.What, m.Want, m.Got)
}

// Share returns right/want as a fraction, 1 when nothing is wanted.
func Share(right, want int) float64 {
	if want == 0 {
		return 1
	}
	return float64(right) / float64(want)
}

// Score compares the parsed complaint and answer with the gold.
func Score(g *Gold, complaint, answer *pleading.Document) *Result {
	r := &Result{Case: g.Case}
	r.scoreParagraphs(g, complaint)
	r.scoreCounts(g, complaint)
	r.scoreDefenses(g, answer)
	r.scoreResponses(g, answer)
	return r
}

func (r *Result) miss(what string, para, line int, want, got string) {
	r.Mismatches = append(r.Mismatches, Mismatch{What: what, Para: para, Line: line, Want: want, Got: got})
}

func (r *Result) scoreParagraphs(g *Gold, complaint *pleading.Document) {
	found := make(map[int]bool, len(complaint.Paragraphs))
	for _, p := range complaint.Paragraphs {
		found[p.Number] = true
	}
	for n := 1; n <= g.Complaint.Highest(); n++ {
		if slices.Contains(g.Complaint.Missing, n) {
			continue
		}
		r.ParagraphsWant++
		if found[n] {
			r.Paragraphs++
		} else {
			r.miss("paragraph", n, 0, "found", "missing")
		}
	}
}

func (r *Result) scoreCounts(g *Gold, complaint *pleading.Document) {
	r.CountsWant = len(g.Complaint.Counts)
	for _, want := range g.Complaint.Counts {
		ok := false
		for _, c := range complaint.Counts {
			if c.First == want.First && c.Last == want.Last {
				ok = true
				break
			}
		}
		if ok {
			r.Counts++
			continue
		}
		got := "none"
		for _, c := range complaint.Counts {
			if c.Number == want.Number {
				got = fmt.Sprintf("¶¶%d–%d", c.First, c.Last)
			}
		}
		r.miss(fmt.Sprintf("count %d (%s)", want.Number, want.Title), 0, 0, fmt.Sprintf("¶¶%d–%d", want.First, want.Last), got)
	}
}

func (r *Result) scoreDefenses(g *Gold, answer *pleading.Document) {
	r.DefensesWant = len(g.Answer.Defenses)
	r.Defenses = min(len(answer.Defenses), r.DefensesWant)
	if len(answer.Defenses) != r.DefensesWant {
		r.miss("defenses", 0, 0, fmt.Sprint(r.DefensesWant), fmt.Sprint(len(answer.Defenses)))
	}
}

// covering returns, for each complaint paragraph, the first parsed response that answers it.
func covering(answer *pleading.Document) map[int]*pleading.Response {
	by := map[int]*pleading.Response{}
	for i := range answer.Responses {
		resp := &answer.Responses[i]
		for _, n := range resp.Answers {
			if by[n] == nil {
				by[n] = resp
			}
		}
	}
	return by
}

func (r *Result) scoreResponses(g *Gold, answer *pleading.Document) {
	by := covering(answer)
	for _, want := range g.Answer.Responses {
		for _, n := range want.Answers {
			r.Covered++
			got := by[n]
			if got == nil {
				r.miss("class", n, 0, want.Class, "not answered")
				continue
			}
			r.Answered++
			if string(got.Class) == want.Class {
				r.ClassRight++
			} else {
				r.miss("class", n, got.Line, want.Class, string(got.Class))
			}
		}
		r.FacetsWant += 6
		got := by[want.Answers[0]]
		if got == nil {
			continue
		}
		facets := [6]struct {
			name      string
			want, got bool
		}{
			{"admits", want.Admits, got.Admits},
			{"denies", want.Denies, got.Denies},
			{"lacks_knowledge", want.LacksKnowledge, got.LacksKnowledge},
			{"refers_to_document", want.RefersToDocument, got.RefersToDocument},
			{"legal_conclusion", want.LegalConclusion, got.LegalConclusion},
			{"incorporates", want.Incorporates, got.Incorporates != nil},
		}
		for _, f := range facets {
			if f.want == f.got {
				r.Facets++
			} else {
				r.miss(f.name, want.Answers[0], got.Line, fmt.Sprint(f.want), fmt.Sprint(f.got))
			}
		}
	}
}

package generator

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/matrix"
)

// The response chart's deposition lists seen through the claim-element
// matrix: admissions grouped by the count and element they go to (those
// that go to an element first, corporate and jurisdictional facts last),
// and denials ranked by how much a count depends on the allegation they
// put in issue. It combines two products, so it lives here, above both.

// Deposition is the deposition lists tied to the matrix.
type Deposition struct {
	// Groups are the admissions by count and element, in the complaint's
	// order, then "Other facts", then "Parties, jurisdiction and venue".
	Groups []AdmissionGroup `json:"groups"`
	// Denials are the denials to probe, the most consequential first.
	Denials []RankedDenial `json:"denials"`
}

// AdmissionGroup is the admissions that go to one element of one count.
type AdmissionGroup struct {
	Count      string            `json:"count,omitempty"`   // "COUNT VI — Lanham Act"
	Element    string            `json:"element,omitempty"` // the element's statement
	Label      string            `json:"label"`             // what the group is, in one line
	Admissions []chart.Admission `json:"admissions"`
}

// RankedDenial is a denial to probe with the elements it contests.
type RankedDenial struct {
	chart.Probe
	// Elements are the count elements the denied allegation pleads:
	// "COUNT VI — Lanham Act: false statement (1 of 2 allegations)".
	Elements []string `json:"elements"`
	// Weight is how much a count depends on the allegation: 1 when it is
	// the only one pleading an element, 1/n with n allegations.
	Weight float64 `json:"weight"`
}

// Deposition builds the deposition lists tied to the case's matrix (built
// once per case, on first use).
func (c *Case) Deposition() (*Deposition, error) {
	m, err := c.cachedMatrix()
	if err != nil {
		return nil, err
	}
	return tieDeposition(c, m), nil
}

// cachedMatrix is the case's matrix, built on first use.
func (c *Case) cachedMatrix() (*matrix.Matrix, error) {
	c.matrixOnce.Do(func() { c.matrix, c.matrixErr = c.buildMatrix() })
	return c.matrix, c.matrixErr
}

// elementRef is one element of one count a paragraph pleads.
type elementRef struct {
	count, element string
	order          int // count and element order in the matrix
	n              int // how many allegations plead the element
	effect         matrix.Effect
}

func tieDeposition(c *Case, m *matrix.Matrix) *Deposition {
	refs := map[int][]elementRef{}
	order := 0
	for _, mc := range m.Counts {
		for _, el := range mc.Elements {
			order++
			for _, s := range el.Support {
				refs[s.Paragraph] = append(refs[s.Paragraph], elementRef{
					count: mc.Heading(), element: el.Statement, order: order, n: len(el.Support), effect: s.Effect})
			}
		}
	}
	sections := map[int]string{}
	for _, r := range c.Rows {
		sections[r.Number] = r.Section // the top-level section: "PARTIES, JURISDICTION, AND VENUE"
	}
	d := &Deposition{Groups: []AdmissionGroup{}, Denials: []RankedDenial{}}

	// Admissions: under the first element they go to.
	type keyed struct {
		order int
		key   string
	}
	groups := map[string]*AdmissionGroup{}
	var keys []keyed
	add := func(k keyed, g AdmissionGroup, a chart.Admission) {
		if groups[k.key] == nil {
			g.Admissions = []chart.Admission{}
			groups[k.key] = &g
			keys = append(keys, k)
		}
		groups[k.key].Admissions = append(groups[k.key].Admissions, a)
	}
	for _, a := range c.Admissions {
		var to *elementRef
		for i, r := range refs[a.Paragraph] {
			if r.effect == matrix.EffectAdmits || r.effect == matrix.EffectPartly {
				to = &refs[a.Paragraph][i]
				break
			}
		}
		switch {
		case to != nil:
			add(keyed{to.order, to.count + "\x00" + to.element},
				AdmissionGroup{Count: to.count, Element: to.element, Label: to.count + ": " + to.element}, a)
		case forumSection(sections[a.Paragraph]):
			add(keyed{1 << 30, "forum"}, AdmissionGroup{Label: "Parties, jurisdiction and venue"}, a)
		default:
			add(keyed{1<<30 - 1, "other"}, AdmissionGroup{Label: "Other facts (no count element)"}, a)
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return keys[i].order < keys[j].order })
	for _, k := range keys {
		d.Groups = append(d.Groups, *groups[k.key])
	}

	// Denials: by the weight of the elements they contest, the two it
	// weighs most on named.
	for _, p := range c.Denials {
		rd := RankedDenial{Probe: p, Elements: []string{}}
		var contested []elementRef
		for _, r := range refs[p.Paragraph] {
			if r.effect != matrix.EffectAdmits {
				contested = append(contested, r)
			}
		}
		sort.SliceStable(contested, func(i, j int) bool { return contested[i].n < contested[j].n })
		seen := map[string]bool{}
		for _, r := range contested {
			if w := 1 / float64(max(1, r.n)); w > rd.Weight {
				rd.Weight = w
			}
			label := fmt.Sprintf("%s: %s (%s)", r.count, r.element, share(r.n))
			if !seen[label] && len(rd.Elements) < 2 {
				seen[label] = true
				rd.Elements = append(rd.Elements, label)
			}
		}
		if n := len(contested) - len(rd.Elements); n > 0 {
			rd.Elements = append(rd.Elements, fmt.Sprintf("and %d more", n))
		}
		d.Denials = append(d.Denials, rd)
	}
	sort.SliceStable(d.Denials, func(i, j int) bool { return d.Denials[i].Weight > d.Denials[j].Weight })
	return d
}

// share says how many allegations plead an element.
func share(n int) string {
	if n <= 1 {
		return "the only allegation pleading it"
	}
	return fmt.Sprintf("one of %d allegations pleading it", n)
}

// forumSection reports whether a section heading is the parties', jurisdiction's or venue's.
func forumSection(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "parties") || strings.Contains(l, "party") || strings.Contains(l, "jurisdiction") || strings.Contains(l, "venue")
}

package chart

import (
	"sort"
	"strconv"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

// summarize counts the rows by class, section and count, and the findings by severity.
func summarize(c *joined.Case, findings []joined.Finding) Summary {
	s := Summary{Paragraphs: len(c.Rows), Responses: len(c.Answer.Responses)}
	byClass := map[pleading.Class]int{}
	paras := map[pleading.Class][]int{}
	var sections []Group
	secIdx := map[string]int{}
	var counts []Group
	countIdx := map[int]int{}
	countLabels := map[int]string{}
	for _, ct := range c.Complaint.Counts {
		countLabels[ct.Number] = joined.CountLabel(ct)
	}
	for _, r := range c.Rows {
		byClass[r.Class]++
		paras[r.Class] = append(paras[r.Class], r.Number)
		if r.DeemedAdmitted {
			s.DeemedAdmitted++
		}
		if r.GeneralDenial {
			s.GeneralDenialCovered++
		}
		label := r.Section
		if label == "" {
			label = r.Heading
		}
		if label == "" {
			label = "(no heading)"
		}
		i, ok := secIdx[label]
		if !ok {
			i = len(sections)
			secIdx[label] = i
			sections = append(sections, Group{Label: label, First: r.Number, Last: r.Number})
		}
		sections[i].add(r)
		if r.Count > 0 {
			j, ok := countIdx[r.Count]
			if !ok {
				j = len(counts)
				countIdx[r.Count] = j
				l := countLabels[r.Count]
				if l == "" {
					l = "Count " + strconv.Itoa(r.Count)
				}
				counts = append(counts, Group{Label: l, Number: r.Count, First: r.Number, Last: r.Number})
			}
			counts[j].add(r)
		}
	}
	for _, cl := range joined.ClassOrder {
		s.ByClass = append(s.ByClass, ClassCount{Class: cl, Label: joined.ClassLabel(cl), N: byClass[cl], Paragraphs: nonNil(paras[cl])})
		delete(byClass, cl)
	}
	// Classes the parser may add later still count, so the total always adds up.
	extra := make([]string, 0, len(byClass))
	for cl := range byClass {
		extra = append(extra, string(cl))
	}
	sort.Strings(extra)
	for _, cl := range extra {
		c := pleading.Class(cl)
		s.ByClass = append(s.ByClass, ClassCount{Class: c, Label: joined.ClassLabel(c), N: byClass[c], Paragraphs: paras[c]})
	}
	for _, cc := range s.ByClass {
		switch cc.Class {
		case pleading.ClassAdmitted:
			s.Admitted = cc.N
		case pleading.ClassPartlyAdmitted:
			s.PartlyAdmitted = cc.N
		case pleading.ClassDenied:
			s.Denied = cc.N
		case pleading.ClassNoKnowledge:
			s.NoKnowledge = cc.N
		case pleading.ClassIncorporated:
			s.Incorporated = cc.N
		case pleading.ClassNoResponseRequired:
			s.NoResponseRequired = cc.N
		case pleading.ClassNotAnswered:
			s.NotAnswered = cc.N
		}
	}
	if sections == nil {
		sections = []Group{}
	}
	if counts == nil {
		counts = []Group{}
	}
	s.BySection, s.ByCount = sections, counts
	for _, f := range findings {
		switch f.Severity {
		case joined.SeverityError:
			s.Errors++
		case joined.SeverityWarning:
			s.Warnings++
		default:
			s.Infos++
		}
	}
	return s
}

// add counts row r in g.
func (g *Group) add(r joined.Row) {
	g.Paragraphs++
	if r.Number < g.First {
		g.First = r.Number
	}
	if r.Number > g.Last {
		g.Last = r.Number
	}
	switch r.Class {
	case pleading.ClassAdmitted:
		g.Admitted++
	case pleading.ClassPartlyAdmitted:
		g.PartlyAdmitted++
	case pleading.ClassDenied:
		g.Denied++
	case pleading.ClassNoKnowledge:
		g.NoKnowledge++
	case pleading.ClassIncorporated:
		g.Incorporated++
	case pleading.ClassNoResponseRequired:
		g.NoResponseRequired++
	case pleading.ClassNotAnswered:
		g.NotAnswered++
	}
}

// Range formats the group's paragraphs as "56–61".
func (g Group) Range() string {
	if g.First == g.Last {
		return strconv.Itoa(g.First)
	}
	return strconv.Itoa(g.First) + "–" + strconv.Itoa(g.Last)
}

func nonNil(ns []int) []int {
	if ns == nil {
		return []int{}
	}
	return ns
}

package people

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// TestSeedPeople checks the people of the LivePerson case and PV Kannan's outline.
func TestSeedPeople(t *testing.T) {
	c, a := pleadingtest.Case(t, "liveperson-v-247")
	l := Build(c, a)
	byName := map[string]Person{}
	for _, p := range l.People {
		byName[p.Name] = p
	}
	def, ok := byName["24/7 Customer, Inc."]
	if !ok || !def.Party || def.Role != "defendant" || !contains(def.Aliases, "[24]7") || !contains(def.Aliases, "24/7") {
		t.Errorf("the defendant with its aliases: %+v", def)
	}
	k, ok := byName["PV Kannan"]
	if !ok || k.Role != "founder of 24/7" || len(k.Paragraphs) == 0 || k.Paragraphs[0] != 48 {
		t.Fatalf("PV Kannan: %+v (people: %v)", k, names(l))
	}
	for _, co := range l.Counsel {
		if _, listed := byName[co.Name]; listed {
			t.Errorf("counsel %s listed among the people", co.Name)
		}
	}
	if len(l.Counsel) == 0 {
		t.Error("no counsel read")
	}
	topics := Topics(c, a)
	outlines := Outlines(l, topics, c, a)
	var kannan *Outline
	designees := 0
	for i := range outlines {
		if outlines[i].Witness == "PV Kannan" {
			kannan = &outlines[i]
		}
		if outlines[i].Kind == "Rule 30(b)(6) designee" {
			designees++
		}
	}
	if kannan == nil || len(kannan.Topics) == 0 {
		t.Fatalf("no outline for PV Kannan")
	}
	tp := kannan.Topics[0]
	if tp.Paragraph != 48 || !strings.Contains(tp.Allegation, "blog post") || !contains(tp.Documents, "Exhibit C") {
		t.Errorf("Kannan's first topic = %+v, want ¶48's blog post with Exhibit C to show", tp)
	}
	if designees != 2 {
		t.Errorf("%d Rule 30(b)(6) designee outlines, want one for each organizational party", designees)
	}
	var def30 *DesigneeTopics
	for i := range topics {
		if topics[i].Party == "[24]7" {
			def30 = &topics[i]
		}
	}
	if def30 == nil {
		t.Fatal("no 30(b)(6) topics for [24]7")
	}
	last := def30.Groups[len(def30.Groups)-1]
	if last.Title != "Affirmative defenses" || len(last.Items) != len(a.Defenses) {
		t.Errorf("defense topics: %q with %d items, want one per defense (%d)", last.Title, len(last.Items), len(a.Defenses))
	}
	for _, g := range def30.Groups {
		if g.Count == 3 && !strings.Contains(g.Title, "Breach of Contract") {
			t.Errorf("Count 3 group titled %q", g.Title)
		}
	}
}

func names(l List) []string {
	var out []string
	for _, p := range l.People {
		out = append(out, p.Name)
	}
	return out
}

// TestPersons finds people in other styles and leaves places and documents alone.
func TestPersons(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sergeant Ruiz and Dr. Alicia Moore examined the inmate.", []string{"Alicia Moore"}},
		{"Plaintiff told her supervisor, Karen Wallace, that she needed leave.", []string{"Karen Wallace"}},
		{"The Southern District of New York and the Master Service Agreement apply.", nil},
		{"Quay's president, J.R. Holloway, signed the letter.", []string{"J.R. Holloway"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range entity.Persons(tt.text) {
			got = append(got, m.Name)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Persons(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

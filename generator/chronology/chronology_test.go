package chronology

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// TestSeedChronology checks the ten dates of the LivePerson case, in order,
// each from its source, with the answer's position where it takes one.
func TestSeedChronology(t *testing.T) {
	c, a := pleadingtest.Case(t, "liveperson-v-247")
	ch := Build(c, a)
	want := []struct{ when, cite, position, what string }{
		{"since 1996", "Compl. ¶17", "", "LivePerson has been committed"},
		{"2000", "Compl. ¶24", "admitted", "founded in 2000"},
		{"2006", "Compl. ¶25", "admitted", "Co-Marketing and Referral Agreement"},
		{"early 2007", "Compl. ¶27", "admitted", "Master Service Agreement"},
		{"Nov. 2, 2007", "Ans. ¶69", "asserted by the answer", "notice of termination of the Co-Marketing Agreement"},
		{"no later than 2012", "Compl. ¶7", "denied", "began no later than 2012"},
		{"Jan. 22, 2013", "Compl. ¶48", "", "PV Kannan"},
		{"2014", "Compl. ¶49", "", "white paper"},
		{"Feb. 4, 2015", "Compl.", "", "Complaint"},
		{"Feb. 18, 2015", "Ans.", "", "Answer"},
	}
	at := 0
	for _, w := range want {
		found := -1
		for i := at; i < len(ch.Events); i++ {
			e := ch.Events[i]
			if e.When == w.when && strings.HasPrefix(e.Cite(), w.cite) && strings.Contains(e.What, w.what) {
				found = i
				break
			}
		}
		if found < 0 {
			t.Fatalf("no event %q from %s (%q) after event %d, in order; events:\n%s", w.when, w.cite, w.what, at, dump(ch))
		}
		if w.position != "" && ch.Events[found].Position != w.position {
			t.Errorf("%s %s: position %q, want %q", w.when, w.cite, ch.Events[found].Position, w.position)
		}
		at = found + 1
	}
	for _, e := range ch.Events {
		if e.When == "Jan. 22, 2013" && !contains(e.Who, "PV Kannan") {
			t.Errorf("the blog post's event names %v, want PV Kannan among them", e.Who)
		}
	}
}

func dump(ch Chronology) string {
	var b strings.Builder
	for i, e := range ch.Events {
		b.WriteString(strings.Join([]string{itoa(i), e.When, e.Cite(), e.Position, e.What}, " | "))
		b.WriteByte('\n')
	}
	return b.String()
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i%10))) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestDates reads dates in the shapes pleadings write them, and refuses numbers that are not dates.
func TestDates(t *testing.T) {
	tests := []struct {
		text string
		want []string // When of each date found, in order
	}{
		{"On or about March 3, 2019, the Board met.", []string{"on or about Mar. 3, 2019"}},
		{"The lease was signed 14 February 2020 and renewed in June of 2021.", []string{"Feb. 14, 2020", "June 2021"}},
		{"Payments stopped on 7/1/2018.", []string{"July 1, 2018"}},
		{"In the spring of 2014 the plant expanded; by late 2015 it doubled.", []string{"spring 2014", "by late 2015"}},
		{"She worked there from 2009 until 2013.", []string{"2009", "until 2013"}},
		{"Between March 1 and March 14, 2024, he copied 4,212 files.", []string{"Mar. 1, 2024", "Mar. 14, 2024"}},
		{"from October 1 through November 22, 2024", []string{"Oct. 1, 2024", "through Nov. 22, 2024"}},
		{"The office is at 2000 Main Street, Suite 1900.", nil},
		{"Section 2012 of the Code and 15 U.S.C. § 1125 apply; damages exceed $2,015.", nil},
		{"He was paid 2015 dollars.", nil},
		{"February 30, 2019 is not a day.", nil},
		{"It may 2015 be.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range findDates(tt.text) {
			got = append(got, s.Date.String())
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("findDates(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEvents checks what an event holds: the clause, relative dates, quotations and citations left out.
func TestEvents(t *testing.T) {
	complaint := &pleading.Document{Kind: pleading.KindComplaint, Caption: pleading.Caption{
		Plaintiffs: []pleading.Party{{Name: "Harbor Freight Lines, Inc.", Aliases: []string{"Harbor"}}},
		Defendants: []pleading.Party{{Name: "Quay Holdings LLC", Aliases: []string{"Quay"}}},
	}, Paragraphs: []pleading.Paragraph{
		{Number: 1, Line: 10, Text: "On June 3, 2021, Harbor delivered the cranes to Quay. Two weeks later, Quay rejected them."},
		{Number: 2, Line: 12, Text: `Quay's brochure boasts that it has "led the port since 1990."`},
		{Number: 3, Line: 14, Text: "See Harbor v. Port Auth., 12 F.4th 100 (9th Cir. 2021)."},
	}}
	answer := &pleading.Document{Kind: pleading.KindAnswer, Responses: []pleading.Response{
		{Paragraph: 1, Answers: []int{1}, Class: pleading.ClassDenied, Text: "Denied. Quay states that the cranes arrived on July 9, 2021."},
	}}
	ch := Build(complaint, answer)
	var got []string
	for _, e := range ch.Events {
		got = append(got, e.When+" "+e.Cite()+" "+e.Position)
	}
	want := []string{"June 3, 2021 Compl. ¶1 denied", "June 17, 2021 Compl. ¶1 denied", "July 9, 2021 Ans. ¶1 asserted by the answer"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("events = %q, want %q", got, want)
	}
	if e := ch.Events[0]; e.What != "On June 3, 2021, Harbor delivered the cranes to Quay" || !contains(e.Who, "Harbor") || !contains(e.Who, "Quay") {
		t.Errorf("first event = %+v", e)
	}
	if e := ch.Events[0]; e.Conflict != "Answer ¶1 gives July 9, 2021" {
		t.Errorf("conflict = %q, want the answer's other date", e.Conflict)
	}
	if ch.Events[2].What != "the cranes arrived on July 9, 2021" {
		t.Errorf("answer event what = %q", ch.Events[2].What)
	}
}

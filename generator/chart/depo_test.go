package chart

import (
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

// TestConditionsPrecedentAndForumProbes: a lack of knowledge or a bare
// general denial of conditions precedent is flagged under FRCP 9(c); a
// particular denial is not; a venue paragraph whose venue is admitted is no
// denial to probe, while a partly admitted merits paragraph is, showing only
// what the admissions leave standing.
func TestConditionsPrecedentAndForumProbes(t *testing.T) {
	complaint := &pleading.Document{Kind: pleading.KindComplaint, File: "c.md",
		Caption: pleading.Caption{Plaintiffs: []pleading.Party{{Name: "Harbor Freight Lines, Inc."}}, Defendants: []pleading.Party{{Name: "Quay Holdings LLC", Aliases: []string{"Quay"}}}},
		Paragraphs: []pleading.Paragraph{
			{Number: 1, Line: 1, Text: "Venue is proper in this District because Quay resides here and breached the contract here."},
			{Number: 2, Line: 2, Text: "Harbor delivered twelve cranes. Quay never paid for them."},
			{Number: 3, Line: 3, Text: "All conditions precedent to Harbor's claims have been performed, excused or waived."},
			{Number: 4, Line: 4, Text: "Harbor has performed every condition precedent under the Supply Agreement."},
			{Number: 5, Line: 5, Text: "Harbor gave timely notice of the defects under the Supply Agreement."},
		}}
	answer := &pleading.Document{Kind: pleading.KindAnswer, File: "a.md",
		GeneralDenial: "Quay denies every allegation not expressly admitted.",
		Responses: []pleading.Response{
			{Paragraph: 1, Answers: []int{1}, Admits: true, Denies: true, Class: pleading.ClassPartlyAdmitted, Line: 1,
				Text: "Quay admits that venue is proper in this District. Quay denies the remaining allegations.", Admitted: []string{"venue is proper in this District"}},
			{Paragraph: 2, Answers: []int{2}, Admits: true, Denies: true, Class: pleading.ClassPartlyAdmitted, Line: 2,
				Text: "Quay admits that Harbor delivered twelve cranes and denies the remaining allegations.", Admitted: []string{"Harbor delivered twelve cranes"}},
			{Paragraph: 3, Answers: []int{3}, LacksKnowledge: true, Class: pleading.ClassNoKnowledge, Line: 3,
				Text: "Quay is without knowledge or information sufficient to form a belief as to Paragraph 3 and therefore denies it."},
			{Paragraph: 4, Answers: []int{4}, Denies: true, Class: pleading.ClassDenied, Line: 4,
				Text: "Denied. Harbor never gave the thirty-day notice of defects that Section 9.2 of the Supply Agreement makes a condition precedent to any claim."},
			{Paragraph: 5, Answers: []int{5}, Denies: true, Class: pleading.ClassDenied, Line: 5, Text: "Denied."},
		}}
	j, err := joined.Join(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	ch := Build(j)
	flagged := map[int]bool{}
	for _, f := range ch.Findings {
		if f.Code == CodeConditionPrecedent {
			flagged[f.Paragraph] = true
			if !strings.Contains(f.Message, "FRCP 9(c)") {
				t.Errorf("¶%d: message %q", f.Paragraph, f.Message)
			}
		}
	}
	if !flagged[3] || flagged[4] || flagged[5] {
		t.Errorf("9(c) findings on %v, want ¶3 only (¶4 names the failed condition, ¶5 pleads none)", flagged)
	}
	probes := map[int]string{}
	for _, p := range ch.Denials {
		probes[p.Paragraph] = p.Allegation
	}
	if _, ok := probes[1]; ok {
		t.Errorf("¶1 (venue admitted) is a denial to probe")
	}
	if got := probes[2]; got != "Quay never paid for them." {
		t.Errorf("¶2 probe = %q, want only the sentence the admission leaves standing", got)
	}
}

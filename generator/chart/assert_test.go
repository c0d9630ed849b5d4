package chart

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/pleading"
)

func TestAssertionsAndSpecificDenials(t *testing.T) {
	complaint := &pleading.Document{Kind: pleading.KindComplaint,
		Caption:    pleading.Caption{Plaintiffs: []pleading.Party{{Name: "EQUAL EMPLOYMENT OPPORTUNITY COMMISSION"}}, Defendants: []pleading.Party{{Name: "RV Fun, Inc.", Aliases: []string{"RV Fun"}}}},
		Paragraphs: []pleading.Paragraph{{Number: 8, Text: "Calhoon is a qualified individual with a disability."}, {Number: 9, Text: "Calhoon worked for RV Fun."}}}
	answer := &pleading.Document{Kind: pleading.KindAnswer, Responses: []pleading.Response{
		{Paragraph: 1, Text: `In response to the paragraph entitled "Nature of the Action" RV Fun denies the allegations therein; RV Fun alleges that Calhoon was reprimanded several times by RV Fun for smoking around gas tanks; RV Fun denies that Calhoon suffers from a disability.`, Denies: true},
		{Paragraph: 3, Answers: []int{8}, Text: "RV Fun denies the allegations of paragraph 8 of the Complaint and alleges that Calhoon posed a direct threat to the health or safety of others; RV Fun further alleges that Calhoon does not suffer from a disability.", Denies: true, Class: pleading.ClassDenied},
		{Paragraph: 4, Answers: []int{9}, Text: "RV Fun admits that Calhoon worked in a cleaning capacity for RV Fun but, upon information and belief, alleges that his prior experience did not involve a dangerous environment; RV Fun denies the remaining allegations of paragraph 9. Based on this, EPA alleges that exposure increases a person's risk.", Admits: true, Denies: true, Class: pleading.ClassPartlyAdmitted},
	}}
	c, err := joined.Join(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	as, ds := statements(c)
	var at, dt []string
	for _, s := range as {
		at = append(at, s.Text)
	}
	for _, s := range ds {
		dt = append(dt, s.Text)
	}
	all := strings.Join(at, "\n")
	for _, want := range []string{
		"RV Fun alleges that Calhoon was reprimanded several times by RV Fun for smoking around gas tanks",
		"alleges that Calhoon posed a direct threat to the health or safety of others",
		"upon information and belief, alleges that his prior experience did not involve a dangerous environment …",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("assertions lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "EPA alleges") {
		t.Errorf("what EPA alleges is taken for the answer's assertion:\n%s", all)
	}
	if strings.Contains(all, "remaining allegations") {
		t.Errorf("an assertion runs into the denial:\n%s", all)
	}
	if d := strings.Join(dt, "\n"); !strings.Contains(d, "RV Fun denies that Calhoon suffers from a disability.") || strings.Contains(d, "denies the allegations") {
		t.Errorf("specific denials:\n%s", d)
	}
}

// specificDenyRe is what denyLocs finds, as a regexp: the reference it is tested against.
var specificDenyRe = regexp.MustCompile(`(?i)\b(?:(?:specifically|further|also|expressly|affirmatively|particularly)\s+)?den(?:y|ies)\s+(?:(?:specifically|expressly)\s+)?`)

func TestDenyLocsAsRegexp(t *testing.T) {
	for _, s := range []string{
		"[24]7 specifically denies that it had never used website-based technology.",
		"RV Fun denies the allegations; RV Fun further denies that Calhoon is disabled, and denies expressly any liability.",
		"Defendants DENY that the State owns it. Denied. The denial stands; DPE also  denies it.",
		"deny", "It denies", "He denied that", "denies specifically that X",
	} {
		got := denyLocs(s, strings.ToLower(s))
		want := specificDenyRe.FindAllStringIndex(s, -1)
		// The regexp needs a space after the verb; denyLocs finds a verb at the end too.
		if len(want) < len(got) && len(got) > 0 && !strings.HasSuffix(strings.ToLower(s), "deny") && !strings.HasSuffix(strings.ToLower(s), "denies") {
			t.Errorf("%q: denyLocs %v, regexp %v", s, got, want)
			continue
		}
		for i := range want {
			if i >= len(got) || got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Errorf("%q: denyLocs %v, regexp %v", s, got, want)
				break
			}
		}
	}
}

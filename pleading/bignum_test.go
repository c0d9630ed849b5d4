package pleading

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Defect 7 of #18: paragraph numbers and references of any length read
// right: ¶100000 does not merge into ¶99999, "Paragraph 12001" is not ¶1200.
func TestLargeParagraphNumbers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,001-paragraph complaint")
	}
	const n = 100001
	var b strings.Builder
	b.WriteString("UNITED STATES DISTRICT COURT\n\nCOMPLAINT\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. Defendant shipped crate %d on time.\n\n", i, i)
	}
	doc, err := Parse("complaint.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != n {
		t.Fatalf("%d paragraphs, want %d", len(doc.Paragraphs), n)
	}
	for _, k := range []int{99999, 100000, 100001} {
		p := doc.Paragraph(k)
		if p == nil || p.Text != fmt.Sprintf("Defendant shipped crate %d on time.", k) {
			t.Errorf("¶%d = %+v", k, p)
		}
	}
}

func TestLargeParagraphReferences(t *testing.T) {
	answer := "UNITED STATES DISTRICT COURT\n\nANSWER\n\n" +
		"1. Defendant admits the allegations of Paragraph 12001.\n\n" +
		"2. Defendant denies the allegations of paragraphs 99999 through 100001.\n\n" +
		"3. Defendant lacks knowledge or information sufficient to form a belief about the allegations of ¶ 1234567, and therefore denies them.\n\n" +
		"4. Defendant denies the allegations of Paragraph 12345678.\n"
	doc, err := Parse("answer.txt", []byte(answer))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int{{12001}, {99999, 100000, 100001}, {1234567}, nil} // past the cap: no paragraph, never a cut one
	if len(doc.Responses) != len(want) {
		t.Fatalf("%d responses: %+v", len(doc.Responses), doc.Responses)
	}
	for i, r := range doc.Responses {
		if !slices.Equal(r.Answers, want[i]) {
			t.Errorf("response %d answers %v, want %v", i+1, r.Answers, want[i])
		}
	}
}

// A number past the cap at the start of a line is text, with a warning.
func TestParagraphNumberOverCap(t *testing.T) {
	doc, err := Parse("complaint.txt", []byte("COMPLAINT\n\n1. Plaintiff sues.\n\n2. Defendant owes\n12345678. dollars and more.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 2 || !strings.Contains(doc.Paragraphs[1].Text, "12345678. dollars") {
		t.Errorf("paragraphs %+v", doc.Paragraphs)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || w.Line == 6 && strings.Contains(w.Message, "more than 7 digits")
	}
	if !found {
		t.Errorf("warnings %+v lack the cap at line 6", doc.Warnings)
	}
}

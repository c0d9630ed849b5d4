package pleading

import (
	"fmt"
	"strings"
	"testing"
)

// Text as extraction and OCR leave it, each in a court's style other than
// the real case that showed it.

// A scanned Ohio common pleas complaint: junk before paragraph numbers, a
// bullet for a period, a number with no period after a finished sentence,
// and a number misread so it breaks the sequence.
const ohioScannedComplaint = `IN THE COURT OF COMMON PLEAS
FRANKLIN COUNTY, OHIO

DANA WELLS, Plaintiff,
v. Case No. 19CV004411
BUCKEYE STORAGE LLC, Defendant.

COMPLAINT

1. Plaintiff Dana Wells lives in Columbus, Ohio.
2. Defendant operates a storage facility on Route 33.
3 • Venue is proper in Franklin County.
,~' 4. Plaintiff rented unit 14 on May 1, 2018.
5. Defendant sold the contents of unit 14 without notice.
6 Plaintiff learned of the sale on June 9, 2018.
1. The contents were worth more than $20,000.
8. Defendant has refused to pay for them.
`

func TestOCRParagraphStarts(t *testing.T) {
	d := mustParse(t, ohioScannedComplaint)
	if got := paraNumbers(d); got != "1,2,3,4,5,6,7,8" {
		t.Fatalf("paragraphs %s, want 1..8", got)
	}
	want := map[int]string{
		3: "Venue is proper in Franklin County.",
		4: "Plaintiff rented unit 14 on May 1, 2018.",
		6: "Plaintiff learned of the sale on June 9, 2018.",
		7: "The contents were worth more than $20,000.",
	}
	for n, text := range want {
		if p := d.Paragraph(n); p == nil || p.Text != text {
			t.Errorf("¶%d = %+v, want %q", n, p, text)
		}
	}
	var msgs []string
	for _, w := range d.Warnings {
		msgs = append(msgs, w.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, w := range []string{`paragraph 3: "•" read as the period`, `paragraph 4: read past ",~'"`, "paragraph 6: its number has no period", "paragraph number 1 read as 7"} {
		if !strings.Contains(all, w) {
			t.Errorf("no warning %q in:\n%s", w, all)
		}
	}
}

// A number that does not fit is still text where nothing says it is a
// misread paragraph: a year opening a line, a list inside a paragraph.
func TestOCRStartsLeaveTextAlone(t *testing.T) {
	src := `COMPLAINT

1. Plaintiff was hired in
2006. He was promoted twice.
2. The policy lists three steps:
1. Report the injury within a day.
3. Plaintiff reported his injury.
4 of the 12 forms were missing.
`
	d := mustParse(t, src)
	if got := paraNumbers(d); got != "1,2,3" {
		t.Fatalf("paragraphs %s, want 1,2,3", got)
	}
	if !strings.Contains(d.Paragraph(3).Text, "4 of the 12 forms") {
		t.Errorf("¶3 = %q: the line after it is its text", d.Paragraph(3).Text)
	}
}

// A Washington answer as a PDF's text layer gives it: spaces lost after
// paragraph numbers, U+0003 after others, and compact CM/ECF headers.
func TestExtractionLeftovers(t *testing.T) {
	src := "Case2:21-cv-00310-RSM Document12 Filed04/02/21 Page1 of 3\n" +
		"UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON AT SEATTLE\n\n" +
		"LEE PARK, Plaintiff,\nv.\nSOUND FERRIES INC., Defendant.\n\n" +
		"ANSWER TO COMPLAINT\n\n" +
		"1.Defendant admits the allegations of paragraph 1.\n" +
		"2.\x03Defendant denies the allegations of paragraph 2.\n" +
		"Case2:21-cv-00310-RSM Document12 Filed04/02/21 Page2 of 3\n" +
		"3\x03Defendant denies the allegations of paragraph 3.\n" +
		"4.Defendantdeniestheallegationsofparagraph4.\n"
	d := mustParse(t, src)
	if d.Kind != KindAnswer || len(d.Responses) != 4 {
		t.Fatalf("kind %s, %d responses; want an answer of 4", d.Kind, len(d.Responses))
	}
	if d.Caption.CaseNumber != "2:21-cv-00310-RSM" {
		t.Errorf("case number %q", d.Caption.CaseNumber)
	}
	var pages []string
	for _, r := range d.Responses {
		pages = append(pages, fmt.Sprintf("%d:p%d", r.Paragraph, r.Page))
		if strings.ContainsRune(r.Text, '\x03') || strings.Contains(r.Text, "Document12") {
			t.Errorf("response %d keeps furniture: %q", r.Paragraph, r.Text)
		}
	}
	if got := strings.Join(pages, " "); got != "1:p1 2:p1 3:p2 4:p2" {
		t.Errorf("pages %s", got)
	}
}

// pagedComplaint is a complaint of n paragraphs with the page numbers a
// word processor prints at the foot of each page ("- 2 -") every perPage
// lines, and no stamps: the pages come from the printed numbers.
func pagedComplaint(n, perPage int, mark func(int) string) string {
	var b strings.Builder
	b.WriteString("IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS\n\nCOMPLAINT\n\n")
	lines, page := 4, 1
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. Plaintiff alleges fact number %d of this case.\n", i, i)
		lines++
		if lines%perPage == 0 {
			fmt.Fprintf(&b, "%s\n", mark(page))
			page++
			lines++
		}
	}
	return b.String()
}

func TestPrintedPageNumbers(t *testing.T) {
	tests := []struct {
		name string
		mark func(int) string
	}{
		{"dashes", func(p int) string { return fmt.Sprintf("- %d -", p) }},
		{"bare", func(p int) string { return fmt.Sprint(p) }},
		{"footer title", func(p int) string { return fmt.Sprintf("PLAINTIFF'S ORIGINAL PETITION AND COMPLAINT - Page %d", p) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, pagedComplaint(60, 20, tt.mark))
			// Lines 1-4 are the header; paragraph i sits on line 4+i plus
			// the page-number lines before it.
			for _, p := range d.Paragraphs {
				want := (p.Line-1)/20 + 1
				if p.Page != want {
					t.Errorf("¶%d (line %d) on page %d, want %d", p.Number, p.Line, p.Page, want)
				}
			}
		})
	}
}

// Without stamps, form feeds or printed page numbers, a paragraph's page is
// unknown (0), never a guessed page 1.
func TestUnknownPages(t *testing.T) {
	d := mustParse(t, pagedComplaint(60, 1000, nil))
	for _, p := range d.Paragraphs {
		if p.Page != 0 {
			t.Fatalf("¶%d on page %d, want 0 (unknown)", p.Number, p.Page)
		}
	}
}

// The real scanned complaint that showed the noise: every paragraph 1-88
// found, 47 read from its misread "41.".
func TestRealOCRComplaint(t *testing.T) {
	d := parseReal(t, "sarnicola-v-westchester/complaint.txt")
	want := make([]string, 88)
	for i := range want {
		want[i] = fmt.Sprint(i + 1)
	}
	if got := paraNumbers(d); got != strings.Join(want, ",") {
		t.Errorf("paragraphs %s", got)
	}
	if p := d.Paragraph(47); p == nil || !strings.HasPrefix(p.Text, "The Plaintiff's pocketbook") {
		t.Errorf("¶47 = %+v", p)
	}
}

// The real complaint whose pages are printed at their foot: pin cites
// checked by hand against the text.
func TestRealPrintedPages(t *testing.T) {
	d := parseReal(t, "foster-v-commissioner-of-correction/complaint.txt")
	for n, page := range map[int]int{1: 1, 11: 4, 41: 13, 101: 27} {
		if p := d.Paragraph(n); p == nil || p.Page != page {
			t.Errorf("¶%d: %+v, want page %d", n, p, page)
		}
	}
	a := parseReal(t, "chestnut-v-merrill/answer.txt")
	if len(a.Responses) < 109 || a.Responses[0].Page != 3 || a.Responses[108].Page != 18 {
		t.Errorf("chestnut answer: responses 1 and 109 on pages %d and %d, want 3 and 18 (stamps)", a.Responses[0].Page, a.Responses[len(a.Responses)-1].Page)
	}
}

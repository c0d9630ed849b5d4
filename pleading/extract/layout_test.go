package extract

import (
	"strings"
	"testing"
)

func TestJoinHyphen(t *testing.T) {
	vocab := map[string]bool{"information": true, "chloroprene": true, "containing": true, "well-known": true,
		"under": true, "standing": true, "counterclaim": true, "counter": true, "claim": true}
	mk := func(s string) *line { return &line{words: []word{{s: s, h: 10}}} }
	for _, c := range []struct {
		head, tail string
		join       bool
	}{
		{"infor-", "mation", true},            // the joined word is used elsewhere
		{"misappro-", "priation", true},       // neither half is a word: join
		{"well-", "known", false},             // the hyphenated form is used elsewhere
		{"chloroprene-", "containing", false}, // two words used alone: a compound
		{"under-", "standing", true},          // a closed compound
		{"counter-", "claim", true},           // the joined word is used elsewhere
		{"non-", "party", false},              // a prefix that keeps its hyphen
		{"self-", "executing", false},
		{"state-of-the-", "art", false}, // already a hyphenated compound
		{"pre-", "Trial", false},        // the tail is capitalized
	} {
		if got := joinHyphen(mk(c.head), mk(c.tail), vocab); got != c.join {
			t.Errorf("%s%s: join = %v, want %v", c.head, c.tail, got, c.join)
		}
	}
}

func TestPageNumberAndStamp(t *testing.T) {
	for _, s := range []string{"3", "- 3 -", "Page 3", "Page 3 of 27", "iii", "— 12 —"} {
		if !pageNumRE.MatchString(s) {
			t.Errorf("page number %q not recognized", s)
		}
	}
	for _, s := range []string{"3. Admitted.", "Page 3 of the Agreement says", "COUNT III"} {
		if pageNumRE.MatchString(s) {
			t.Errorf("%q taken for a page number", s)
		}
	}
	for _, s := range []string{
		"Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15 Page 3 of 27",
		"Case: 2:18-cv-00907-ALM-KAJ Doc #: 1 Filed: 03/21/18 Page: 1 of 20 PAGEID #: 1",
		"Case 2:23-cv-00735-CJB-MBN     Document 1     Filed 02/28/23     Page 1 of 22",
		"USCA11 Case: 21-12345 Document: 12 Date Filed: 01/02/2021 Page: 3 of 40",
	} {
		if !stampRE.MatchString(s) {
			t.Errorf("stamp %q not recognized", s)
		}
	}
	for _, s := range []string{"Case No. 1:25-cv-01234", "In this case, the Document was filed late.", "Case law says a Document is Filed when received."} {
		if stampRE.MatchString(s) {
			t.Errorf("%q taken for a stamp", s)
		}
	}
}

func TestNormalizeWord(t *testing.T) {
	for in, want := range map[string]string{
		"ﬁnancial": "financial", "eﬀect": "effect", "non\u2011party": "non-party",
		"infor\u00ad": "infor-", "infor\u00admation": "information", "plain": "plain",
	} {
		if got := normalizeWord(in); got != want {
			t.Errorf("normalizeWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFakeBold: text drawn twice, the second time a hair to the right (the
// way some writers embolden), reads once.
func TestFakeBold(t *testing.T) {
	var cs []gchar
	for _, dx := range []float64{0, 0.3} {
		for i, r := range "COUNT I" {
			cs = append(cs, gchar{s: string(r), r: r, rawX: 100 + dx + float64(i)*7, y: 50, size: 12, em: 7.0 / 12})
		}
	}
	ws := charsToWords(cs)
	var got []string
	for _, w := range ws {
		got = append(got, w.s)
	}
	if strings.Join(got, " ") != "COUNT I" {
		t.Errorf("words %q, want [COUNT I]", got)
	}
}

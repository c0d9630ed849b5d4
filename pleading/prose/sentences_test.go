package prose

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestSentenceSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Admitted. Denied in part.", []string{"Admitted.", "Denied in part."}},
		{"See 17 U.S.C. § 106. The Court held so in Feist v. Rural, 499 U.S. 340.",
			[]string{"See 17 U.S.C. § 106.", "The Court held so in Feist v. Rural, 499 U.S. 340."}},
		{"He said “stop.” Then he left!  Why? (It was late.) [Sic.] Done.",
			[]string{"He said “stop.”", "Then he left!", "Why?", "(It was late.)", "[Sic.]", "Done."}},
		{"Exhibit A. The contract, e.g. the MSA, governs. Mr. Smith agreed.",
			[]string{"Exhibit A.", "The contract, e.g. the MSA, governs.", "Mr. Smith agreed."}},
		{"Marcus J. Hale left. Paragraph 7. Next.", []string{"Marcus J. Hale left.", "Paragraph 7.", "Next."}},
		{"Sections 4.6 and 7.3. (See Exhibit C.)", []string{"Sections 4.6 and 7.3.", "(See Exhibit C.)"}},
		{"Smith v. Jones, No. 2:16-cv-1 (M.D. Ala. 2016). On Sept. 26 it ruled.",
			[]string{"Smith v. Jones, No. 2:16-cv-1 (M.D. Ala. 2016).", "On Sept. 26 it ruled."}},
		{"It is Democratic.The Secretary denies. U.S.Code stays.", []string{"It is Democratic.", "The Secretary denies.", "U.S.Code stays."}},
		{"Under 42 U.S.C. §§ 12101 et seq. (“ADA”) it is unlawful. It is, 29 U.S.C. § 621 et seq. These practices include it.",
			[]string{"Under 42 U.S.C. §§ 12101 et seq. (“ADA”) it is unlawful.", "It is, 29 U.S.C. § 621 et seq.", "These practices include it."}},
		{"  Leading and trailing space.  \n", []string{"Leading and trailing space."}},
		{"24/7 Customer, Inc. is a corporation.", []string{"24/7 Customer, Inc. is a corporation."}},
		{"", nil},
		{"No end", []string{"No end"}},
	}
	for _, tt := range tests {
		if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
		var spans []string
		for _, sp := range SentenceSpans(tt.in) {
			spans = append(spans, sp.Of(tt.in))
		}
		if !reflect.DeepEqual(spans, tt.want) {
			t.Errorf("SentenceSpans(%q) = %q, want %q", tt.in, spans, tt.want)
		}
	}
}

// TestSentenceSpansCover checks, on the real pleadings, that the spans are
// in order, do not overlap, neither start nor end with space, and leave out
// nothing but space: every sentence is verbatim and no word is lost.
func TestSentenceSpansCover(t *testing.T) {
	texts := []string{"a.b. c. d.E. 1. 2.", "Ends with a quote.’ Next sentence\u00a0. After NBSP.\u00a0Another. ÉTÉ begins."}
	root := filepath.Join("..", "..", "..", "shared", "pleadings")
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		for _, f := range []string{"complaint.txt", "answer.txt"} {
			src, err := os.ReadFile(filepath.Join(root, e.Name(), f))
			if err != nil {
				continue
			}
			texts = append(texts, string(src))
		}
	}
	if len(texts) == 2 {
		t.Logf("no real pleadings under %s: checked the built-in texts only", root)
	}
	for _, text := range texts {
		prev := 0
		for _, sp := range SentenceSpans(text) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("%.40q: span %v after %d", text, sp, prev)
			}
			if gap := text[prev:sp.Start]; strings.TrimSpace(gap) != "" {
				t.Fatalf("%.40q: text %q between sentences is lost", text, gap)
			}
			if s := sp.Of(text); strings.TrimSpace(s) != s {
				t.Fatalf("%.40q: sentence %q has surrounding space", text, s)
			}
			prev = sp.End
		}
		if rest := text[prev:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
			t.Fatalf("%.40q: text %q after the last sentence is lost", text, rest)
		}
	}
}

func TestNormalizeSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  a  b\n\tc\u00a0d ": "a b c d",
		"plain":               "plain",
		"":                    "",
	} {
		if got := NormalizeSpace(in); got != want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

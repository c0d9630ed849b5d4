package library

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"testing"
)

func TestStem(t *testing.T) {
	groups := [][]string{
		{"copy", "copies", "copied", "copying"},
		{"infringe", "infringed", "infringes", "infringing", "infringement", "infringements"},
		{"access", "accessed", "accessing"},
		{"license", "licensed", "licenses"},
		{"misuse", "misused"},
		{"register", "registered"},
	}
	for _, g := range groups {
		want := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: want equal", w, got, g[0], want)
			}
		}
	}
	apart := [][2]string{{"registration", "registered"}, {"business", "busy"}, {"status", "stat"}, {"owner", "own"}}
	for _, p := range apart {
		if stem(p[0]) == stem(p[1]) {
			t.Errorf("stem(%q) == stem(%q): want apart", p[0], p[1])
		}
	}
}

func TestTokenize(t *testing.T) {
	got := Tokenize("LivePerson’s reverse-engineered [24]7 code, it's $5,000.").raw
	want := []string{"liveperson", "reverse", "engineered", "24", "7", "code", "it", "5", "000"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize = %q, want %q", got, want)
	}
}

func TestKeywordsScore(t *testing.T) {
	k, err := CompileKeywords([]string{"copied", "copying", "substantially similar", "misappropriat*", "Copyright Office", "reverse engineer*"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		score int
		words []string
	}{
		{"Defendant copied and kept copying the code.", 1, []string{"copied"}},
		{"The works are substantially similar.", 2, []string{"substantially similar"}},
		{"similar, but not substantially", 0, nil},
		{"It misappropriated, and continues its misappropriation of, secrets.", 1, []string{"misappropriat*"}},
		{"registered with the United States Copyright Office", 2, []string{"Copyright Office"}},
		{"to reverse engineer and to reverse-engineering it", 2, []string{"reverse engineer*"}},
		{"an appropriate office", 0, nil},
		{"", 0, nil},
	}
	for _, tt := range tests {
		h := k.ScoreText(tt.text)
		if h.Score != tt.score || !reflect.DeepEqual(h.Words, tt.words) {
			t.Errorf("Score(%q) = %d %q, want %d %q", tt.text, h.Score, h.Words, tt.score, tt.words)
		}
	}
	if _, err := CompileKeywords([]string{"ok", "***"}); err == nil {
		t.Error("a keyword with no words compiled")
	}
}

// seedParagraphs reads the seed complaint's numbered paragraphs (first line
// of each, which is the whole paragraph in this file but for page breaks).
func seedParagraphs(t testing.TB) map[int]string {
	src, err := os.ReadFile(filepath.Join(pleadings(t), "liveperson-v-247", "complaint.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[int]string{}
	for _, m := range regexp.MustCompile(`(?m)^(\d+)\. (.*)$`).FindAllStringSubmatch(string(src), -1) {
		n, _ := strconv.Atoi(m[1])
		if _, dup := out[n]; !dup {
			out[n] = m[2]
		}
	}
	return out
}

// rank returns the paragraph numbers with a positive score, best first
// (ties by number).
func rank(e *Element, paras map[int]string) []int {
	type r struct{ n, s int }
	var rs []r
	for n, p := range paras {
		if h := e.ScoreText(p); h.Score > 0 {
			rs = append(rs, r{n, h.Score})
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].s != rs[j].s {
			return rs[i].s > rs[j].s
		}
		return rs[i].n < rs[j].n
	})
	out := make([]int, len(rs))
	for i, x := range rs {
		out[i] = x.n
	}
	return out
}

func TestScoreSeedAllegations(t *testing.T) {
	paras := seedParagraphs(t)
	if len(paras) < 100 {
		t.Fatalf("read %d paragraphs of the seed complaint, want 100+", len(paras))
	}
	l, _ := builtinLibs(t)
	tests := []struct {
		claim, element string
		top            int   // how many of the ranking to look at
		want           []int // paragraphs that must be among them
	}{
		{"copyright-infringement", "ownership", 1, []int{57}},
		{"copyright-infringement", "copying", 3, []int{42, 58}},
		{"trade-secret-misappropriation", "trade-secret", 1, []int{63}},
		{"trade-secret-misappropriation", "improper-acquisition", 3, []int{65, 40}},
		{"breach-of-contract", "contract", 1, []int{27}},
		{"breach-of-contract", "performance", 1, []int{72}},
		{"breach-of-contract", "breach", 2, []int{70, 71}},
		{"tortious-interference-existing-relations", "relationship", 1, []int{75}},
		{"tortious-interference-prospective", "relationship", 1, []int{84}},
		{"lanham-false-advertising", "false-statement", 3, []int{91, 46}},
		{"lanham-false-advertising", "advertising", 4, []int{46, 91, 48, 49}},
		{"unfair-competition-common-law", "misappropriation", 1, []int{97}},
		{"unjust-enrichment", "at-plaintiffs-expense", 1, []int{101}},
		{"unjust-enrichment", "inequity", 1, []int{101}},
	}
	for _, tt := range tests {
		e := l.Claim(tt.claim).Element(tt.element)
		r := rank(e, paras)
		top := r[:min(tt.top, len(r))]
		for _, n := range tt.want {
			found := false
			for _, m := range top {
				found = found || m == n
			}
			if !found {
				t.Errorf("%s/%s: ¶%d not in top %d %v", tt.claim, tt.element, n, tt.top, top)
			}
		}
	}
	// Recall where the issue asks for it: Count III's contract element reaches ¶¶25-29 and 69.
	con := l.Claim("breach-of-contract").Element("contract")
	for _, n := range []int{25, 26, 27, 28, 29, 69} {
		if h := con.ScoreText(paras[n]); h.Score == 0 {
			t.Errorf("contract element does not score ¶%d", n)
		}
	}
	// Precision: the ownership element does not pick the contract paragraphs.
	own := l.Claim("copyright-infringement").Element("ownership")
	for _, n := range []int{25, 27, 69, 91} {
		if h := own.ScoreText(paras[n]); h.Score > 0 {
			t.Errorf("ownership scores ¶%d %d %v, want 0", n, h.Score, h.Words)
		}
	}
}

// BenchmarkScoreSeed scores every paragraph of the seed complaint against
// every element of the eight seed claims, as the matrix does.
func BenchmarkScoreSeed(b *testing.B) {
	paras := seedParagraphs(b)
	l, _ := builtinLibs(b)
	var elems []*Element
	for _, id := range []string{"copyright-infringement", "trade-secret-misappropriation", "breach-of-contract",
		"tortious-interference-existing-relations", "tortious-interference-prospective",
		"lanham-false-advertising", "unfair-competition-common-law", "unjust-enrichment"} {
		elems = append(elems, l.Claim(id).Elements...)
	}
	texts := make([]string, 0, len(paras))
	for _, p := range paras {
		texts = append(texts, p)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range texts {
			tok := Tokenize(p)
			for _, e := range elems {
				e.Score(tok)
			}
		}
	}
}

// The shortcuts of Score (the stem bloom, the prefix keyword's substring
// test) turn away no keyword the words hold: a word that lost an inner
// apostrophe still meets a prefix keyword, and every stem of a text is
// found.
func TestScoreShortcuts(t *testing.T) {
	kw, err := CompileKeywords([]string{"obri*", "dont*", "misappropriat*", "reverse engineer", "copy"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. O'Brien said he don't know.", []string{"obri*", "dont*"}},
		{"It MISAPPROPRIATED and reverse-engineered the code, then copied it.", []string{"misappropriat*", "reverse engineer", "copy"}},
		{"It appropriated nothing.", nil},
	}
	for _, tt := range tests {
		if got := kw.ScoreText(tt.text).Words; !slices.Equal(got, tt.want) {
			t.Errorf("ScoreText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	text := "The quick brown fox jumps over the lazy dog while LivePerson's engineers watched 24/7's servers."
	toks := Tokenize(text)
	for _, w := range toks.raw {
		k, _ := CompileKeywords([]string{w})
		if k.Score(toks).Score == 0 {
			t.Errorf("word %q of the text not found in it", w)
		}
	}
}

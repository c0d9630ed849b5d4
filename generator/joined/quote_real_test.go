package joined

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// caseDirs returns the case folders of the shared real pleadings and of
// samples/, skipping the test when the real pleadings are absent.
func caseDirs(t *testing.T) []string {
	t.Helper()
	real := filepath.Join("..", "..", "..", "shared", "pleadings")
	if _, err := os.Stat(real); err != nil {
		t.Skipf("real pleadings not available (%v): this test needs %s", err, real)
	}
	var dirs []string
	for _, pat := range []string{filepath.Join(real, "*"), filepath.Join("..", "..", "samples", "*"), filepath.Join("..", "..", "samples", "batch", "*")} {
		ms, _ := filepath.Glob(pat)
		for _, m := range ms {
			if fi, err := os.Stat(m); err == nil && fi.IsDir() {
				dirs = append(dirs, m)
			}
		}
	}
	return dirs
}

// joinDir parses a case folder's pleadings and joins them; ok is false for
// a folder without both a complaint and an answer.
func joinDir(t *testing.T, dir string) (*Case, bool) {
	t.Helper()
	var complaint, answer *pleading.Document
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	mds, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	for _, f := range append(files, mds...) {
		switch filepath.Base(f) {
		case "EXPECTED.md", "README.md", "SOURCES.md", "GOLD.md":
			continue
		}
		d, err := pleading.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch d.Kind {
		case pleading.KindComplaint:
			complaint = d
		case pleading.KindAnswer:
			answer = d
		}
	}
	if complaint == nil || answer == nil {
		return nil, false
	}
	c, err := Join(complaint, answer)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return c, true
}

// spanOf returns a quotation without its ellipses and without the
// complaint's sentences an ordinal admission adds (": “…”"), and whether it
// stops inside its sentence.
func spanOf(stmt string) (span string, tail, resolved bool) {
	if admitsSentenceRe.MatchString(stmt) {
		if i := strings.Index(stmt, ": “"); i >= 0 {
			stmt, resolved = stmt[:i], true
		}
	}
	stmt = strings.TrimPrefix(stmt, "… ")
	if strings.HasSuffix(stmt, " …") {
		return strings.TrimSuffix(stmt, " …"), true, resolved
	}
	return stmt, false, resolved
}

// cutFollowRe is what may follow a quotation cut inside its sentence.
var cutFollowRe = regexp.MustCompile(`^(?:[,;:]|\s+(?:but|and|which|that|because|except|otherwise|[A-Z]|\[))`)

// TestAdmissionsVerbatim checks every admitted quotation of every real case
// and sample: a verbatim span of its response, ending at a sentence end or
// at a clause boundary, its quotation marks balanced, and losing no
// admitted statement the parser found.
func TestAdmissionsVerbatim(t *testing.T) {
	quotes := 0
	for _, dir := range caseDirs(t) {
		c, ok := joinDir(t, dir)
		if !ok {
			continue
		}
		name := filepath.Base(dir)
		for _, row := range c.Rows {
			var texts []string
			for _, rr := range row.Responses {
				texts = append(texts, prose.NormalizeSpace(rr.Text))
			}
			for _, stmt := range row.Admitted {
				quotes++
				span, tail, resolved := spanOf(stmt)
				at, in := -1, ""
				for _, tx := range texts {
					if i := strings.Index(tx, span); i >= 0 {
						at, in = i, tx
						break
					}
				}
				if at < 0 {
					t.Errorf("%s ¶%d: %q is not a verbatim span of the response", name, row.Number, stmt)
					continue
				}
				after := in[at+len(span):]
				if tail && !cutFollowRe.MatchString(after) {
					t.Errorf("%s ¶%d: %q is cut where no clause ends (followed by %q)", name, row.Number, stmt, first(after, 30))
				}
				if !tail && !row.Review && !resolved && !strings.ContainsAny(lastRune(strings.TrimRight(span, `"'”’)]`)), ".?!:") {
					t.Errorf("%s ¶%d: %q neither ends a sentence nor is marked as cut", name, row.Number, stmt)
				}
				if !balanced(span) && !row.Review && balanced(sentenceAround(in, at, len(span))) {
					t.Errorf("%s ¶%d: %q leaves a quotation mark open", name, row.Number, stmt)
				}
			}
			// Nothing the parser found admitted is lost.
			got := strings.Join(row.Admitted, " ")
			for _, i := range c.byPara[row.Number] {
				for _, st := range c.Answer.Responses[i].Admitted {
					st = admittedPart(st)
					if len(strings.Fields(st)) < 4 {
						continue // "… but admits.", "Admitted in part, denied in part.": nothing to compare
					}
					if cov := coverage(st, got); cov < 0.75 && !row.Whole {
						t.Errorf("%s ¶%d: the parser's admitted %q is %.0f%% in the quotations %q", name, row.Number, st, 100*cov, row.Admitted)
					}
				}
			}
		}
	}
	if quotes == 0 {
		t.Fatal("no admitted quotations found in any case")
	}
}

// admittedPart returns what a parser's admitted statement admits: from
// its first admitting word, to where the answer turns to something else,
// in the admitting sentences only.
func admittedPart(st string) string {
	st = prose.NormalizeSpace(st)
	if partOnlyRe.MatchString(st) {
		return ""
	}
	var parts []string
	for _, sp := range prose.SentenceSpans(st) {
		s := sp.Of(st)
		locs := admitLocs(s)
		if len(locs) == 0 {
			continue
		}
		end, _ := cutAfter(s, locs[0][1])
		parts = append(parts, s[locs[0][1]:end])
	}
	return strings.Join(parts, " ")
}

func first(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func lastRune(s string) string {
	if s == "" {
		return ""
	}
	r := []rune(s)
	return string(r[len(r)-1])
}

// sentenceAround returns the sentence of t holding [at, at+n).
func sentenceAround(t string, at, n int) string {
	for _, sp := range prose.SentenceSpans(t) {
		if sp.Start <= at && at+n <= sp.End {
			return sp.Of(t)
		}
	}
	return t
}

// TestAdmissionsNamedSlips asserts the quotations issue #12 names, on the
// seed case and three other real cases.
func TestAdmissionsNamedSlips(t *testing.T) {
	rows := map[string]map[int][]string{}
	for _, dir := range caseDirs(t) {
		switch name := filepath.Base(dir); name {
		case "liveperson-v-247", "chestnut-v-merrill", "eeoc-v-rv-fun", "usa-v-denka":
			c, ok := joinDir(t, dir)
			if !ok {
				t.Fatalf("%s: no complaint and answer", name)
			}
			rows[name] = map[int][]string{}
			for _, r := range c.Rows {
				rows[name][r.Number] = r.Admitted
			}
		}
	}
	joinedOf := func(name string, n int) string { return strings.Join(rows[name][n], " | ") }
	tests := []struct {
		name    string
		n       int
		has     []string
		hasNot  []string
		nQuotes int // 0: any
	}{
		{"liveperson-v-247", 49, []string{"the first predictive, real-time customer assistance solution for chat", "the industry’s first smart chat platform"}, nil, 0},
		{"liveperson-v-247", 14, []string{"LivePerson purports to have invoked this Court's subject matter jurisdiction"}, []string{"admits."}, 0},
		{"liveperson-v-247", 32, []string{"client's website,\" …"}, []string{`,".`, ",’."}, 0},
		{"liveperson-v-247", 13, nil, []string{"et seq. [24]7 admits"}, 3},
		{"liveperson-v-247", 69, []string{"entered into the Co-Marketing Agreement and MSA …"}, []string{"MSA."}, 1},
		{"chestnut-v-merrill", 83, []string{"(M.D. Ala. filed Sept. 26, 2016), is currently pending litigation challenging Alabama’s felon voting laws."}, nil, 1},
		{"chestnut-v-merrill", 64, nil, []string{"belief."}, 0},
		{"chestnut-v-merrill", 13, []string{"shevotes Democratic."}, []string{"denies", "Secretary"}, 1},
		{"chestnut-v-merrill", 19, nil, []string{"denies", "Secretary"}, 1},
		{"chestnut-v-merrill", 21, nil, []string{"denies", "Secretary"}, 1},
		{"eeoc-v-rv-fun", 9, []string{"worked in a cleaning capacity for RV Fun …"}, []string{"RV Fun."}, 1},
		{"usa-v-denka", 1, []string{"LaPlace, Louisiana …"}, []string{"Louisiana.", "emissions also travel"}, 1},
		{"usa-v-denka", 53, []string{"resulting in the lowest chloroprene emission rates in the history of the Facility."}, nil, 1},
	}
	for _, tt := range tests {
		if rows[tt.name] == nil {
			t.Fatalf("%s not loaded", tt.name)
		}
		got := joinedOf(tt.name, tt.n)
		for _, h := range tt.has {
			if !strings.Contains(got, h) {
				t.Errorf("%s ¶%d: admitted %q lacks %q", tt.name, tt.n, got, h)
			}
		}
		for _, h := range tt.hasNot {
			if strings.Contains(got, h) {
				t.Errorf("%s ¶%d: admitted %q holds %q", tt.name, tt.n, got, h)
			}
		}
		if tt.nQuotes > 0 && len(rows[tt.name][tt.n]) != tt.nQuotes {
			t.Errorf("%s ¶%d: %d quotations, want %d: %q", tt.name, tt.n, len(rows[tt.name][tt.n]), tt.nQuotes, rows[tt.name][tt.n])
		}
	}
}

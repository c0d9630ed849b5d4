package pleading

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The fast paths of the parser must answer exactly as the slow code they
// stand in front of. These tests run both over every window of the real
// pleadings and the samples, and over the fuzz targets' inputs.

// speedTexts returns the text of the real pleadings and the samples that
// are present.
func speedTexts(t testing.TB) []string {
	var out []string
	for _, glob := range []string{"../../shared/pleadings/*/*.txt", "../samples/*/*.md", "../samples/batch/*/*.txt", "testdata/*.txt"} {
		names, _ := filepath.Glob(glob)
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(data))
		}
	}
	if len(out) == 0 {
		t.Skip("no pleadings to read")
	}
	return out
}

// windows cuts s into pieces of the sizes given, each overlapping the next by half.
func windows(s string, sizes ...int) []string {
	var out []string
	for _, size := range sizes {
		for i := 0; i < len(s); i += size / 2 {
			out = append(out, s[i:min(len(s), i+size)])
		}
	}
	return out
}

var speedCases = []string{
	"42 U.S.C. § 1983", "29  C.F.R. § 1601.7", "Fed. R. Civ. P. 12(b)(6)", "Cal. Civ. Code § 51", "N.Y. Lab. Law",
	"Ark. Code Ann. § 16-123-107", "Tex. Bus. & Com. Code Ann. § 17.41", "Minn. Stat. § 181.932", "Stat. Ann. §§ 9",
	"the State of New York", "Source Code 12", "Code\n 5", "1\tU", "State 7", "He repeats", "REALLEGES", "Re-Alleges",
	"incorporated by", "INCORPORATES", "restatement", "repeat", "xrepeat", "repeatx", "e-alleg", "eallegeX",
}

func TestMayCiteStatute(t *testing.T) {
	check := func(s string) {
		if !mayCiteStatute(s) && len(statuteRe.FindAllString(s, -1)) > 0 {
			t.Fatalf("mayCiteStatute(%q) = false, but statuteRe finds %q", s, statuteRe.FindAllString(s, -1))
		}
	}
	for _, s := range speedCases {
		check(s)
	}
	for _, text := range speedTexts(t) {
		for _, w := range windows(text, 268) {
			check(w)
		}
	}
}

func checkIncorpVerb(t *testing.T, s string) {
	got, full := incorpVerb(s), incorpRe.FindStringIndex(s)
	if full != nil && full[0] <= 300 {
		if got == nil || got[0] != full[0] || got[1] != full[1] {
			t.Fatalf("incorpVerb(%q) = %v, want %v", s, got, full)
		}
	} else if got != nil && got[0] <= 300 {
		t.Fatalf("incorpVerb(%q) = %v, want none before 300 (%v)", s, got, full)
	}
}

func TestIncorpVerb(t *testing.T) {
	long := strings.Repeat("word ", 62)
	for _, s := range append(speedCases, long+"re-alleges and incorporates", long+"repeatedly", long+"x repeats", long+"restatesmentioned") {
		checkIncorpVerb(t, s)
		if firmRe.MatchString(s) && !mayBeFirm(s) {
			t.Fatalf("firmRe matches %q, but mayBeFirm says no", s)
		}
		checkAnchored(t, s)
		checkTails(t, s)
		checkTails(t, " and "+s)
		if got, want := respondsToAllegation(s), respondsToAllegationSlow(s); got != want {
			t.Fatalf("respondsToAllegation(%q) = %v, want %v", s, got, want)
		}
	}
	for _, text := range speedTexts(t) {
		for _, w := range windows(text, 340, 900) {
			checkIncorpVerb(t, w)
		}
	}
}

// respondsToAllegationSlow is respondsToAllegation as it was first written.
func respondsToAllegationSlow(text string) bool {
	s := strings.ToLower(squeeze(text[:min(len(text), 600)]))
	for _, w := range [...]string{"admit", "deny", "denie", "withoutknowledge", "noresponse"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	verb := false
	for _, w := range [...]string{"admit", "deny", "denies", "denied", "knowledgeorinformation", "knowledgeandinformation", "sufficientknowledge", "noresponse"} {
		if strings.Contains(s, w) {
			verb = true
			break
		}
	}
	return verb && (strings.Contains(s, "paragraph") || strings.Contains(s, "allegation") || strings.Contains(s, "complaint") || strings.Contains(s, "averment"))
}

func TestRespondsToAllegationFast(t *testing.T) {
	for _, text := range speedTexts(t) {
		for _, w := range windows(text, 120, 700) {
			if got, want := respondsToAllegation(w), respondsToAllegationSlow(w); got != want {
				t.Fatalf("respondsToAllegation(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// checkTails checks that andTailMay says yes wherever andTailRe matches.
func checkTails(t *testing.T, s string) {
	if andTailRe.MatchString(s) && !andTailMay(s) {
		t.Fatalf("andTailRe matches %q, but andTailMay says no", s)
	}
}

func TestTailWords(t *testing.T) {
	for _, s := range []string{" and Coldspire denies that", " and ACME Inc. avers that", " and further alleges that", " and A B C DENY", "\tand\n states that"} {
		if !andTailRe.MatchString(s) {
			t.Errorf("andTailRe does not match %q", s)
		}
		checkTails(t, s)
	}
	for _, text := range speedTexts(t) {
		low := strings.ToLower(text)
		for _, m := range []string{" and ", " but ", " however"} {
			for off := 0; ; {
				k := strings.Index(low[off:], m)
				if k < 0 {
					break
				}
				off += k + 1
				if off+300 <= len(text) {
					checkTails(t, text[off-1:off+300])
				}
			}
		}
	}
}

// TestRespondsToAllegationsEarlyOut checks that the early return gives the
// count's answer on every arrangement of up to ten paragraphs.
func TestRespondsToAllegationsEarlyOut(t *testing.T) {
	for n := 0; n <= 10; n++ {
		for mask := 0; mask < 1<<n; mask++ {
			paras := make([]Paragraph, n)
			hits := 0
			for i := range paras {
				paras[i].Text = "The Agreement was signed in 2019."
				if mask&(1<<i) != 0 {
					paras[i].Text = "Defendant admits the allegations of paragraph 3."
					hits++
				}
			}
			if got, want := respondsToAllegations(paras), n >= 3 && hits*3 > n*2; got != want {
				t.Fatalf("%d paragraphs, mask %b: %v, want %v", n, mask, got, want)
			}
		}
	}
}

// anchoredRes are the regexps the parser runs through mustAnchored.
var anchoredRes = []*anchoredRe{againstRe, prayerHeadRe, prayerAnswerRe, whereforeRe, defensesHeadRe, oneDefenseHeadRe,
	defenseItemRe, defenseNumRe, counterclaimsRe, countHeadRe, ordCountRe, singleClaimRe, titledClaimRe, romanHeadRe,
	letterHeadRe, generalDenialHeadRe, juryHeadRe, signatureRe, stampRe, pageNumRe, lineNumRe, titleRe, bareRe}

// checkAnchored checks that every anchored regexp answers s as the regexp alone does.
func checkAnchored(t *testing.T, s string) {
	for _, a := range anchoredRes {
		if got, want := a.MatchString(s), a.Regexp.MatchString(s); got != want {
			t.Fatalf("%s: MatchString(%q) = %v, want %v", a, s, got, want)
		}
		if got, want := a.FindStringSubmatchIndex(s), a.Regexp.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%s: FindStringSubmatchIndex(%q) = %v, want %v", a, s, got, want)
		}
	}
}

func TestMayBeFirm(t *testing.T) {
	for _, s := range []string{"Smith LLP", "Smith L.L.P.", "Jones PLLC", "Roe P.C.", "Doe, P.A.", "Law Offices of X", "Attorney General", "Department of Justice", "County Counsel's Office", "Smith& Jones"} {
		if !isFirm(s) {
			t.Errorf("isFirm(%q) = false", s)
		}
	}
	for _, text := range speedTexts(t) {
		for _, line := range strings.Split(text, "\n") {
			if firmRe.MatchString(line) && !mayBeFirm(line) {
				t.Fatalf("firmRe matches %q, but mayBeFirm says no", line)
			}
		}
	}
}

// TestAbbrevKeys checks what abbreviation assumes of the abbreviations,
// and that it answers as abbrevs[strings.ToLower(w)] does.
func TestAbbrevKeys(t *testing.T) {
	for k := range abbrevs {
		if len(k) > 5 || strings.ToLower(k) != k {
			t.Errorf("abbreviation %q: longer than five bytes or not lower-case ASCII", k)
		}
		for i := 0; i < len(k); i++ {
			if k[i] >= 0x80 {
				t.Errorf("abbreviation %q is not ASCII", k)
			}
		}
	}
	for _, w := range []string{"U.S.C", "Inc", "INC", "e.g", "İ.e", "\u212ao", "Corp", "Corporation", "No", "NOS", "é", "J"} {
		want := len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || abbrevs[strings.ToLower(w)]
		if got := abbreviation("see " + w); got != want {
			t.Errorf("abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAnchored(t *testing.T) {
	for _, s := range append(speedCases, "", " ", "WHEREFORE", "wherefore,", "ＷHEREFORE", "\xffPRAYER", "Kount I", "\u212aount", "ſeparate defenses", "IV. PRAYER FOR RELIEF", "COUNT II - Breach") {
		checkAnchored(t, s)
	}
	for _, text := range speedTexts(t) {
		for _, line := range strings.Split(text, "\n") {
			checkAnchored(t, line)
			checkAnchored(t, strings.TrimSpace(line))
		}
	}
	for _, expr := range []string{`a|^b`, `(?m)^a`, `x*`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("mustAnchored(%q) did not panic", expr)
				}
			}()
			mustAnchored(expr)
		}()
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range speedCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayCiteStatute(s) && len(statuteRe.FindAllString(s, -1)) > 0 {
			t.Fatalf("mayCiteStatute(%q) = false, but statuteRe matches", s)
		}
		checkIncorpVerb(t, s)
		if firmRe.MatchString(s) && !mayBeFirm(s) {
			t.Fatalf("firmRe matches %q, but mayBeFirm says no", s)
		}
		checkAnchored(t, s)
		checkTails(t, s)
		checkTails(t, " and "+s)
		if got, want := respondsToAllegation(s), respondsToAllegationSlow(s); got != want {
			t.Fatalf("respondsToAllegation(%q) = %v, want %v", s, got, want)
		}
	})
}

// BenchmarkParseScale parses synthetic complaints and answers of 100 to
// 10,000 paragraphs: time and memory per byte stay flat as they grow.
func BenchmarkParseScale(b *testing.B) {
	for _, kind := range []string{"complaint", "answer"} {
		for _, n := range []int{100, 1000, 3000, 10000} {
			data := syntheticComplaint(n)
			if kind == "answer" {
				data = syntheticAnswer(n)
			}
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					d, err := Parse("synthetic.txt", data)
					if err != nil || len(d.Paragraphs)+len(d.Responses) != n {
						b.Fatalf("err %v, %d paragraphs, %d responses", err, len(d.Paragraphs), len(d.Responses))
					}
				}
			})
		}
	}
}

package library

import (
	"testing"

	"github.com/pleadkit/pleadkit/templates"
)

// FuzzParse checks that no library input panics the loader or the matchers.
func FuzzParse(f *testing.F) {
	for _, name := range []string{ElementsFile, DefensesFile} {
		src, err := templates.FS.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte(goodClaim))
	f.Add([]byte("[[defense]]\nid = \"d\"\npatterns = ['(']\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if l, err := ParseElements(src, "fuzz.toml"); err == nil {
			l.Match("Breach of Contract", "17 U.S.C. § 101")
			for _, c := range l.Claims {
				for _, e := range c.Elements {
					e.ScoreText("copied the registered work")
				}
			}
		}
		if c, err := ParseDefenses(src, "fuzz.toml"); err == nil {
			c.MatchAll("(Waiver and/or Estoppel)", "barred by laches")
		}
	})
}

// FuzzTokenize checks that tokenizing and scoring any text never panics and
// gives non-empty words.
func FuzzTokenize(f *testing.F) {
	f.Add("LivePerson’s reverse-engineered [24]7 code, it's $5,000.")
	f.Add("'s '' ’’ İstanbul ǅ 12112(b)(5)(A)")
	kw, err := CompileKeywords([]string{"copied", "reverse engineer*", "Copyright Office"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tok := Tokenize(text)
		for i, w := range tok.raw {
			if w == "" || tok.stems[i] == "" {
				t.Fatalf("empty word %d in %q", i, text)
			}
		}
		kw.Score(tok)
	})
}

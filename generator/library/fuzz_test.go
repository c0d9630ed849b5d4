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

package library

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The TOML examples of README-section.md load, and merge over the built-ins.
func TestReadmeExamples(t *testing.T) {
	src, err := os.ReadFile("README-section.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```toml\n(.*?)```").FindAllStringSubmatch(string(src), -1)
	if len(blocks) != 5 {
		t.Fatalf("found %d toml examples, want 5 (claim, theory keys, claim authority, defense, defense sub-tables)", len(blocks))
	}
	l, c := builtinLibs(t)
	el, err := ParseElements([]byte(blocks[0][1]), "README-section.md")
	if err != nil {
		t.Fatalf("claim example: %v", err)
	}
	ml := l.Merge(el)
	if cl, _ := ml.Match("Violation of N.Y. Civil Rights Law §§ 50 and 51", ""); cl == nil || cl.ID != "right-of-publicity" {
		t.Errorf("claim example does not match its own matching line: %v", cl)
	}
	// The theory keys, added to the claim example.
	if _, err := ParseElements([]byte(blocks[0][1]+"\n"+blocks[1][1]), "README-section.md"); err == nil {
		t.Errorf("theory keys after [[claim.element]] tables loaded; they belong to the claim")
	}
	withTheory := strings.Replace(blocks[0][1], "[[claim.element]]", blocks[1][1]+"\n[[claim.element]]", 1)
	if _, err := ParseElements([]byte(withTheory), "README-section.md"); err != nil {
		t.Errorf("claim example with the theory keys: %v", err)
	}
	// The defense example, with the sub-table example appended.
	// The claim authority, added to the claim example.
	withAuth := strings.Replace(blocks[0][1], "[[claim.element]]", blocks[2][1]+"\n[[claim.element]]", 1)
	if al, err := ParseElements([]byte(withAuth), "README-section.md"); err != nil {
		t.Errorf("claim example with an authority: %v", err)
	} else if src := al.Claim("right-of-publicity").SourceIn("NY"); !strings.Contains(src, "Harsco") {
		t.Errorf("claim example's authority not cited in New York: %q", src)
	}
	dc, err := ParseDefenses([]byte(blocks[3][1]+"\n"+blocks[4][1]), "README-section.md")
	if err != nil {
		t.Fatalf("defense example: %v", err)
	}
	if d := dc.Defense("noerr-pennington"); d == nil || len(d.Authorities) != 1 || len(d.NotFor) != 2 {
		t.Errorf("defense example with sub-tables = %+v, want one authority and two not_for", d)
	}
	if err := c.Merge(dc).CheckTargets(ml); err != nil {
		t.Errorf("defense example targets: %v", err)
	}
}

package library

import (
	"os"
	"regexp"
	"testing"
)

// The TOML examples of README-section.md load, and merge over the built-ins.
func TestReadmeExamples(t *testing.T) {
	src, err := os.ReadFile("README-section.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```toml\n(.*?)```").FindAllStringSubmatch(string(src), -1)
	if len(blocks) != 2 {
		t.Fatalf("found %d toml examples, want 2", len(blocks))
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
	dc, err := ParseDefenses([]byte(blocks[1][1]), "README-section.md")
	if err != nil {
		t.Fatalf("defense example: %v", err)
	}
	if err := c.Merge(dc).CheckTargets(ml); err != nil {
		t.Errorf("defense example targets: %v", err)
	}
}

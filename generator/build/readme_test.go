package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// TestReadmeCaseToml builds the sample case with the case.toml the README shows.
func TestReadmeCaseToml(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "```toml\nname = ")
	if i < 0 {
		t.Fatal("README has no case.toml example")
	}
	body := s[i+len("```toml\n"):]
	body = body[:strings.Index(body, "```")]
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	if err := os.WriteFile(filepath.Join(dir, SettingsFile), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := LoadFolder(dir)
	if err != nil {
		t.Fatalf("README's case.toml: %v", err)
	}
	if f.Name() != "Acme v. Brightline" || !f.Answer.Caption.Defendants[0].Matches("BAL") {
		t.Errorf("name %q, defendant %+v", f.Name(), f.Answer.Caption.Defendants)
	}
	r := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"})
	if r.Failed() || len(r.Products) != 1 || r.Products[0] != "response-chart" {
		t.Fatalf("build with the README's case.toml: %+v", r)
	}
}

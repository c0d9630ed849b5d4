package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/templates"
)

// BenchmarkRebuildAfterTemplateChange measures what serve does between a
// saved template and the reload it pushes: the seed case's response chart
// template changed on disk, the case rebuilt (only that product, in its own
// formats md, pdf and html) and the pages' data read back.
func BenchmarkRebuildAfterTemplateChange(b *testing.B) {
	seed := filepath.Join("..", "..", "..", "shared", "pleadings", "liveperson-v-247")
	if _, err := os.Stat(seed); err != nil {
		b.Skipf("the seed case is not at %s (../shared beside the checkout): %v", seed, err)
	}
	root := b.TempDir()
	dir := filepath.Join(root, "liveperson-v-247")
	if err := os.MkdirAll(filepath.Join(dir, "templates"), 0o755); err != nil {
		b.Fatal(err)
	}
	for _, f := range []string{"complaint.txt", "answer.txt"} {
		data, err := os.ReadFile(filepath.Join(seed, f))
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	chart, err := templates.FS.ReadFile("response-chart.toml")
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Config{Roots: []string{root}, Options: build.Options{Version: "bench"}})
	if err != nil {
		b.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	tpl := filepath.Join(dir, "templates", "response-chart.toml")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		text := strings.Replace(string(chart), "title = ", fmt.Sprintf("# edit %d\ntitle = ", i), 1)
		if err := os.WriteFile(tpl, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		s.Rebuild(abs)
		if c, _ := s.lookup("liveperson-v-247"); c.Failed() {
			b.Fatalf("build failed: %+v", c.Problems)
		}
	}
}

package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// Defect 3 of #18: in a batch, a case whose template never ends fails
// alone, naming the template's line; the others build and the batch ends.
func TestBatchTemplateWithoutEnd(t *testing.T) {
	root := t.TempDir()
	good := filepath.Join(root, "good")
	bad := filepath.Join(root, "bad")
	copySample(t, "acme-v-brightline", good)
	copySample(t, "acme-v-brightline", bad)
	os.MkdirAll(filepath.Join(bad, "templates"), 0o755)
	loop := "name = \"loop\"\nformats = [\"md\"]\nbody = '''\n# Loop\n{{ range $i := 1000000000 }}{{ range $j := 1000000000 }}{{ end }}{{ end }}\n'''\n"
	if err := os.WriteFile(filepath.Join(bad, "templates", "loop.toml"), []byte(loop), 0o644); err != nil {
		t.Fatal(err)
	}
	results, err := All([]string{root}, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test", Limits: tmpl.Limits{Timeout: 300 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 2 {
		t.Fatalf("%d results", len(results))
	}
	for _, r := range results {
		switch filepath.Base(r.Dir) {
		case "bad":
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0], filepath.Join(bad, "templates", "loop.toml")+":5:") {
				t.Errorf("bad case errors = %q, want one naming loop.toml:5", r.Errors)
			}
		case "good":
			if r.Failed() {
				t.Errorf("good case failed: %v", r.Errors)
			}
		}
	}
}

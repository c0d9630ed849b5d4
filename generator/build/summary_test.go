package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// TestRebuildReportsFindingsAndShortName checks the build summary of a
// case folder with no name in case.toml: the short caption name, not the
// folder's, and the findings also on a rebuild that renders nothing.
func TestRebuildReportsFindingsAndShortName(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "folder-name")
	copySample(t, filepath.Join("batch", "tidewater-v-coldspire"), dir)
	if err := os.Remove(filepath.Join(dir, "case.toml")); err != nil {
		t.Fatal(err)
	}
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"}
	first := Case(dir, opts)
	if first.Failed() {
		t.Fatalf("build failed: %v", first.Errors)
	}
	second := Case(dir, opts)
	if !second.Skipped || len(second.Written) != 0 {
		t.Fatalf("the rebuild rendered again: skipped %v, wrote %v", second.Skipped, second.Written)
	}
	for _, r := range []Result{first, second} {
		if r.Case != "Tidewater v. Coldspire" {
			t.Errorf("case named %q, want its short caption name %q", r.Case, "Tidewater v. Coldspire")
		}
	}
	if len(first.Findings) == 0 || len(second.Findings) != len(first.Findings) {
		t.Errorf("findings: %d on the build, %d on the rebuild", len(first.Findings), len(second.Findings))
	}
}

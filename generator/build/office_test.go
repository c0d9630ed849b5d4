package build

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// TestBinderInBuild makes the binder as a build format: alone, with the
// products, up to date on a second build, and from case.toml's formats.
func TestBinderInBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	out := filepath.Join(dir, "out")
	r := Case(dir, Options{Formats: []tmpl.Format{Binder}, Templates: []string{"response-chart", "case-summary"}, Version: "test"})
	if r.Failed() {
		t.Fatal(r.Errors)
	}
	if len(r.Written) != 1 || filepath.Base(r.Written[0]) != "binder.pdf" {
		t.Fatalf("binder alone wrote %v", r.Written)
	}
	if r.Info == nil || r.Info.Title == "" || !r.Info.Answer || r.Info.Paragraphs == 0 {
		t.Errorf("case info %+v", r.Info)
	}
	r = Case(dir, Options{Formats: []tmpl.Format{Binder}, Templates: []string{"response-chart", "case-summary"}, Version: "test"})
	if !r.Skipped || r.Info == nil || !slices.Contains(r.Files, "binder.pdf") {
		t.Errorf("second build: skipped %v, info %v, files %v", r.Skipped, r.Info, r.Files)
	}
	// A product's options change the binder too.
	settings := "formats = [\"md\", \"binder\"]\ntemplates = [\"response-chart\", \"case-summary\"]\n[options.response-chart]\nallegation_words = 5\n"
	if err := os.WriteFile(filepath.Join(dir, SettingsFile), []byte(settings), 0o644); err != nil {
		t.Fatal(err)
	}
	r = Case(dir, Options{Version: "test"})
	if r.Failed() {
		t.Fatal(r.Errors)
	}
	for _, want := range []string{"binder.pdf", "response-chart.md", "case-summary.md"} {
		if !slices.Contains(r.Files, want) {
			t.Errorf("files %v lack %s", r.Files, want)
		}
		if _, err := os.Stat(filepath.Join(out, want)); err != nil {
			t.Error(err)
		}
	}
	if len(r.Written) != 3 {
		t.Errorf("wrote %v, want the binder and two Markdown files", r.Written)
	}
}

package build

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// copySample copies a sample case folder (without its out/) into dst.
func copySample(t testing.TB, name, dst string) {
	t.Helper()
	src := filepath.Join("..", "..", "samples", name)
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if d.Name() == "out" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestBuildSampleThenUpToDate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	before, _ := os.ReadFile(filepath.Join(dir, "answer.md"))
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown, tmpl.PDF}, Version: "test"}
	res := Case(dir, opts)
	if res.Failed() {
		t.Fatalf("build failed: %v", res.Errors)
	}
	if len(res.Written) == 0 || res.Skipped {
		t.Fatalf("nothing written: %+v", res)
	}
	for _, p := range res.Written {
		info, err := os.Stat(p)
		if err != nil || info.Size() == 0 {
			t.Errorf("%s: missing or empty (%v)", p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "response-chart.pdf")); err != nil {
		t.Errorf("response-chart.pdf not written: %v", err)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "answer.md"))
	if string(before) != string(after) {
		t.Error("the build modified an input file")
	}
	again := Case(dir, opts)
	if !again.Skipped || len(again.Written) != 0 {
		t.Errorf("second build with nothing changed rendered again: %+v", again)
	}
	// A changed input makes the case stale.
	if err := os.WriteFile(filepath.Join(dir, "answer.md"), append(after, []byte("\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if third := Case(dir, opts); third.Skipped {
		t.Error("a changed answer did not trigger a rebuild")
	}
	if forced := Case(dir, Options{Formats: opts.Formats, Version: "test", Force: true}); forced.Skipped {
		t.Error("--force did not rebuild")
	}
}

func TestBatchWithBrokenCase(t *testing.T) {
	root := t.TempDir()
	copySample(t, "acme-v-brightline", filepath.Join(root, "good"))
	copySample(t, "batch/quillhaven-v-quill-and-haven", filepath.Join(root, "nested", "noconfig"))
	copySample(t, "acme-v-brightline", filepath.Join(root, "broken"))
	if err := os.WriteFile(filepath.Join(root, "broken", "answer.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	copySample(t, "acme-v-brightline", filepath.Join(root, "badtoml"))
	if err := os.WriteFile(filepath.Join(root, "badtoml", "case.toml"), []byte("name = \"x\"\nanswer = \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	results, err := All([]string{root}, Options{Formats: []tmpl.Format{tmpl.Markdown}, Jobs: 3, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 4 {
		t.Fatalf("%d cases found, want 4", len(results))
	}
	failed := map[string]string{}
	for _, r := range results {
		if r.Failed() {
			failed[filepath.Base(r.Dir)] = strings.Join(r.Errors, "; ")
		}
	}
	if len(failed) != 2 {
		t.Fatalf("failed = %v, want broken and badtoml", failed)
	}
	if !strings.Contains(failed["broken"], filepath.Join("broken", "answer.md")) || !strings.Contains(failed["broken"], "empty") {
		t.Errorf("broken case error does not name the file: %q", failed["broken"])
	}
	if !strings.Contains(failed["badtoml"], "case.toml:2:") {
		t.Errorf("bad case.toml error lacks file:line: %q", failed["badtoml"])
	}
	for _, bad := range []string{"broken", "badtoml"} {
		if entries, err := os.ReadDir(filepath.Join(root, bad, "out")); err == nil && len(entries) > 0 {
			t.Errorf("%s/out holds files after a failed build: %v", bad, entries)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "nested", "noconfig", "out", "response-chart.md")); err != nil {
		t.Errorf("case without case.toml not built: %v", err)
	}
}

func TestTemplateErrorLeavesOutputs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"}
	if res := Case(dir, opts); res.Failed() {
		t.Fatal(res.Errors)
	}
	good, _ := os.ReadFile(filepath.Join(dir, "out", "response-chart.md"))
	os.MkdirAll(filepath.Join(dir, "templates"), 0o755)
	bad := "name = \"response-chart\"\ntitle = \"Chart\"\ndescription = \"broken\"\nbody = '''\n# {{ .Title }}\n{{ .NoSuchField }}\n'''\n"
	if err := os.WriteFile(filepath.Join(dir, "templates", "response-chart.toml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	res := Case(dir, opts)
	if !res.Failed() || !strings.Contains(strings.Join(res.Errors, " "), "response-chart.toml:6") {
		t.Fatalf("want an error at templates/response-chart.toml:6, got %v", res.Errors)
	}
	// The old chart is kept, renamed as stale, and is no longer current.
	if _, err := os.Stat(filepath.Join(dir, "out", "response-chart.md")); err == nil {
		t.Error("the failed product's old output is still under its current name")
	}
	now, _ := os.ReadFile(filepath.Join(dir, "out", "response-chart.stale.md"))
	if string(now) != string(good) {
		t.Error("the failed product's old output was not kept as response-chart.stale.md")
	}
	m := readManifest(filepath.Join(dir, "out"))
	if _, ok := m.Products["response-chart"]; ok {
		t.Error("the manifest still lists the failed product")
	}
	// The other products were built.
	for _, o := range res.Outputs {
		switch {
		case o.Name == "response-chart" && (o.Status != StatusFailed || len(o.Stale) != 1):
			t.Errorf("response-chart: %+v", o)
		case o.Name != "response-chart" && o.Status != StatusUpToDate && o.Status != StatusBuilt:
			t.Errorf("%s: %+v, want built or up to date", o.Name, o)
		}
	}
	// Once the template is fixed, the product is built again and the stale copy goes.
	os.Remove(filepath.Join(dir, "templates", "response-chart.toml"))
	if res := Case(dir, opts); res.Failed() {
		t.Fatal(res.Errors)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "response-chart.stale.md")); err == nil {
		t.Error("the stale copy is still there after a good build")
	}
}

func TestClassifyAmendedComplaint(t *testing.T) {
	dir := t.TempDir()
	copySample(t, "acme-v-brightline", dir)
	os.Remove(filepath.Join(dir, "case.toml"))
	orig, _ := os.ReadFile(filepath.Join(dir, "complaint.md"))
	amended := strings.Replace(string(orig), "**COMPLAINT**", "**FIRST AMENDED COMPLAINT**", 1)
	if amended == string(orig) {
		t.Skip("sample complaint title changed; update the test")
	}
	if err := os.WriteFile(filepath.Join(dir, "amended.md"), []byte(amended), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := LoadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(f.Complaint.File) != "amended.md" {
		t.Errorf("complaint = %s, want the amended one", f.Complaint.File)
	}
	// Two complaints of the same rank are ambiguous: the error asks for case.toml.
	os.WriteFile(filepath.Join(dir, "amended.md"), orig, 0o644)
	if _, err := LoadFolder(dir); err == nil || !strings.Contains(err.Error(), "case.toml") {
		t.Errorf("ambiguous complaints: err = %v", err)
	}
}

func TestFindCasesSkipsOutputs(t *testing.T) {
	root := t.TempDir()
	copySample(t, "acme-v-brightline", filepath.Join(root, "a"))
	os.MkdirAll(filepath.Join(root, "a", "out", "x"), 0o755)
	os.WriteFile(filepath.Join(root, "a", "out", "x", "complaint.md"), []byte("1. x"), 0o644)
	dirs, err := FindCases([]string{root})
	if err != nil || len(dirs) != 1 {
		t.Fatalf("FindCases = %v, %v", dirs, err)
	}
	if _, err := FindCases([]string{filepath.Join(root, "missing")}); err == nil {
		t.Error("a missing folder is not an error")
	}
}

// TestFindCasesSkipsBuildOutputElsewhere: a case built with -o into a
// folder beside it leaves a folder of PDFs and Markdown a later batch must
// not read as a case; a folder holding a manifest and pleadings the
// manifest did not write is still a case.
func TestFindCasesSkipsBuildOutputElsewhere(t *testing.T) {
	root := t.TempDir()
	a := filepath.Join(root, "a")
	copySample(t, "acme-v-brightline", a)
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown, tmpl.PDF}, Version: "test", OutDir: filepath.Join(root, "a-out")}
	if res := Case(a, opts); res.Failed() {
		t.Fatal(res.Errors)
	}
	dirs, err := FindCases([]string{root})
	if err != nil || len(dirs) != 1 || dirs[0] != a {
		t.Fatalf("FindCases = %v, %v; want only %s", dirs, err, a)
	}
	// A pleading the build did not write makes the folder a case again.
	data, err := os.ReadFile(filepath.Join(a, "complaint.md"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "a-out", "complaint-copy.md"), data, 0o644)
	if dirs, _ := FindCases([]string{root}); len(dirs) != 2 {
		t.Errorf("with a pleading of its own, FindCases = %v; want both folders", dirs)
	}
}

// TestNotFoundSaysWhatWasSkipped: an empty or binary complaint gives "no
// complaint found" with the file and why it was skipped.
func TestNotFoundSaysWhatWasSkipped(t *testing.T) {
	tests := []struct {
		name, complaint, want string
	}{
		{"empty", "", "complaint.txt: skipped: empty file"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", "complaint.txt: skipped: not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			copySample(t, "acme-v-brightline", dir)
			os.Remove(filepath.Join(dir, "complaint.md"))
			os.Remove(filepath.Join(dir, "case.toml")) // let the folder be searched
			os.WriteFile(filepath.Join(dir, "complaint.txt"), []byte(tt.complaint), 0o644)
			_, err := LoadFolder(dir)
			if err == nil || !strings.Contains(err.Error(), "no complaint found") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v; want no complaint found with %q", err, tt.want)
			}
		})
	}
}

func BenchmarkBuildBatch(b *testing.B) {
	root := b.TempDir()
	samples := []string{"acme-v-brightline", "batch/pruitt-v-cardinal-ridge", "batch/tidewater-v-coldspire", "batch/quillhaven-v-quill-and-haven"}
	const n = 20
	for i := 0; i < n; i++ {
		copySample(b, samples[i%len(samples)], filepath.Join(root, fmt.Sprintf("case%02d", i)))
	}
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown, tmpl.PDF}, Force: true, Version: "bench"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		results, err := All([]string{root}, opts)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range results {
			if r.Failed() {
				b.Fatal(r.Errors)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "cases/s")
}

func TestOnlyChangedProductRerenders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"}
	if res := Case(dir, opts); res.Failed() || len(res.Written) < 3 {
		t.Fatalf("first build: %+v", res)
	}
	// Override one template: only that product is rendered again.
	os.MkdirAll(filepath.Join(dir, "templates"), 0o755)
	own := "name = \"case-summary\"\ntitle = \"Summary\"\ndescription = \"mine\"\nbody = '''\n# {{ md .Title }}\n'''\n"
	if err := os.WriteFile(filepath.Join(dir, "templates", "case-summary.toml"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	res := Case(dir, opts)
	if res.Failed() || len(res.Written) != 1 || filepath.Base(res.Written[0]) != "case-summary.md" {
		t.Fatalf("after changing one template, wrote %v (errors %v), want only case-summary.md", res.Written, res.Errors)
	}
	if again := Case(dir, opts); !again.Skipped {
		t.Errorf("third build not skipped: wrote %v", again.Written)
	}
}

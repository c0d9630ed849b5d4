package build

import (
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

var (
	hrefRe   = regexp.MustCompile(`href="([^"]+)"`)
	mdLinkRe = regexp.MustCompile(`\]\(<([^>]+)>\)`)
	rowRe    = regexp.MustCompile(`(?m)^<tr[ >]`)
)

// checkIndex reads the index in dir: one row per case, every case named,
// and every link (HTML and Markdown) leading to a file that exists.
func checkIndex(t *testing.T, dir string, results []Result) {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(dir, IndexHTML))
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, IndexMarkdown))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rowRe.FindAll(page, -1)); n != len(results) {
		t.Errorf("index.html has %d case rows, want %d", n, len(results))
	}
	for _, r := range results {
		if !strings.Contains(string(page), html.EscapeString(r.Case)) || !strings.Contains(string(md), tmpl.Cell(r.Case)) {
			t.Errorf("index lacks case %s", r.Case)
		}
		if r.Info != nil && !strings.Contains(string(md), tmpl.Cell(r.Info.CaseNumber)) {
			t.Errorf("index lacks %s's case number %s", r.Case, r.Info.CaseNumber)
		}
	}
	follow := func(kind string, links [][]byte, want int) {
		if len(links) != want {
			t.Errorf("%s has %d links, want %d (one per output file)", kind, len(links), want)
		}
		for _, l := range links {
			p, err := url.PathUnescape(strings.ReplaceAll(string(l), "&amp;", "&"))
			if err != nil || strings.Contains(p, "://") || filepath.IsAbs(p) {
				t.Errorf("%s: link %s is not a relative path", kind, l)
				continue
			}
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err != nil {
				t.Errorf("%s: link %s leads nowhere: %v", kind, l, err)
			}
		}
	}
	files := 0
	for _, r := range results {
		files += len(r.Files)
	}
	var hrefs, mdLinks [][]byte
	for _, m := range hrefRe.FindAllSubmatch(page, -1) {
		hrefs = append(hrefs, m[1])
	}
	for _, m := range mdLinkRe.FindAllSubmatch(md, -1) {
		mdLinks = append(mdLinks, m[1])
	}
	follow("index.html", hrefs, files)
	follow("index.md", mdLinks, files)
	if s := string(page); !strings.Contains(s, "<script>") || strings.Contains(s, "src=") || strings.Contains(s, "http://") || strings.Contains(s, "https://") {
		t.Error("index.html must sort with its own inline script and load nothing from elsewhere")
	}
}

// TestIndexOfSamples builds the samples (in place, in a copy) with the
// binder: the index lands in ROOT/out and links to every product and binder.
func TestIndexOfSamples(t *testing.T) {
	root := filepath.Join(t.TempDir(), "cases")
	for _, s := range []string{"acme-v-brightline", "batch/pruitt-v-cardinal-ridge", "batch/tidewater-v-coldspire", "batch/quillhaven-v-quill-and-haven"} {
		copySample(t, s, filepath.Join(root, filepath.FromSlash(s)))
	}
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown, Binder}, Templates: []string{"response-chart", "case-summary"}, Version: "test", Jobs: 2}
	results, err := All([]string{root}, opts)
	if err != nil {
		t.Fatal(err)
	}
	written, err := WriteIndexes([]string{root}, opts, results)
	if err != nil {
		t.Fatal(err)
	}
	if len(written) != 2 || filepath.Dir(written[0]) != filepath.Join(root, "out") {
		t.Fatalf("index written to %v, want ROOT/out", written)
	}
	for _, r := range results {
		if r.Failed() || r.Binder == "" {
			t.Fatalf("%s: errors %v, binder %q", r.Case, r.Errors, r.Binder)
		}
	}
	checkIndex(t, filepath.Join(root, "out"), results)
	// The root's out/ is never taken for a case, and an up-to-date build
	// lists the same files.
	again, err := All([]string{root}, opts)
	if err != nil || len(again) != len(results) {
		t.Fatalf("second build: %d results, %v", len(again), err)
	}
	if _, err := WriteIndexes([]string{root}, opts, again); err != nil {
		t.Fatal(err)
	}
	for _, r := range again {
		if !r.Skipped || r.Info == nil {
			t.Errorf("%s: skipped %v, info %v", r.Case, r.Skipped, r.Info)
		}
	}
	checkIndex(t, filepath.Join(root, "out"), again)
}

// TestIndexOfRealPleadings builds ../shared/pleadings into -o (it is read
// only) and checks the index lists every case, failed ones too.
func TestIndexOfRealPleadings(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "pleadings")
	if _, err := os.Stat(real); err != nil {
		t.Skipf("real pleadings not found at %s", real)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	out := t.TempDir()
	opts := Options{OutDir: out, Formats: []tmpl.Format{tmpl.Markdown}, Templates: []string{"response-chart"}, Version: "test"}
	results, err := All([]string{real}, opts)
	if err != nil {
		t.Fatal(err)
	}
	dirs, _ := FindCases([]string{real})
	if len(results) != len(dirs) || len(results) < 2 {
		t.Fatalf("%d results for %d case folders", len(results), len(dirs))
	}
	if _, err := WriteIndexes([]string{real}, opts, results); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, out, results)
}

func TestIndexDirs(t *testing.T) {
	two := []Result{{Case: "a", Dir: filepath.Join("r1", "a")}, {Case: "b", Dir: filepath.Join("r1", "b")}, {Case: "c", Dir: filepath.Join("r2", "c")}}
	tests := []struct {
		name    string
		roots   []string
		outDir  string
		results []Result
		want    map[string]int
	}{
		{"one case", []string{"r1"}, "", two[:1], map[string]int{}},
		{"-o", []string{"r1", "r2"}, "o", two, map[string]int{"o": 3}},
		{"roots", []string{"r1", "r2"}, "", two, map[string]int{filepath.Join("r1", "out"): 2}},
	}
	for _, tt := range tests {
		got := IndexDirs(tt.roots, Options{OutDir: tt.outDir}, tt.results)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d index folders, want %d", tt.name, len(got), len(tt.want))
		}
		for d, n := range tt.want {
			if len(got[d]) != n {
				t.Errorf("%s: %s lists %d cases, want %d", tt.name, d, len(got[d]), n)
			}
		}
	}
}

// TestFolderOfCasesWithNotes: notes beside case folders do not make the
// folder a case of its own.
func TestFolderOfCasesWithNotes(t *testing.T) {
	root := t.TempDir()
	copySample(t, "batch/pruitt-v-cardinal-ridge", filepath.Join(root, "pruitt"))
	copySample(t, "batch/tidewater-v-coldspire", filepath.Join(root, "tidewater"))
	if err := os.WriteFile(filepath.Join(root, "GOLD.md"), []byte("# Labels\n\n1. The complaint says.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs, err := FindCases([]string{root})
	if err != nil || len(dirs) != 2 {
		t.Fatalf("FindCases = %v, %v; want the two case folders", dirs, err)
	}
	// With a case.toml the folder is a case, whatever its subfolders hold.
	if err := os.WriteFile(filepath.Join(root, SettingsFile), []byte("name = \"Root\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if dirs, _ := FindCases([]string{root}); len(dirs) != 1 || dirs[0] != root {
		t.Errorf("FindCases with case.toml = %v", dirs)
	}
}

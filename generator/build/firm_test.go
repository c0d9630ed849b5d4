package build

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

func writeFile(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readOut returns the Markdown of a product of a built case.
func readOut(t *testing.T, caseDir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(caseDir, "out", name+".md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// A firm folder with a pleadkit.toml and one overridden partial changes
// every product of every case under it; a case's own partial still wins.
func TestFirmFolderChangesEveryProduct(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, tmpl.FirmFile), `# the firm's house style
[firm]
name = "Smith & Jones LLP"
legend = "Confidential — Attorney Work Product"

[page]
size = "a4"

[options.response-chart]
allegation_words = 7
`)
	writeFile(t, filepath.Join(root, "templates", "partials", "banner.md.tmpl"), "FIRM BANNER: {{ .Firm.Name }} / {{ .Firm.Legend }}\n\n")
	copySample(t, "acme-v-brightline", filepath.Join(root, "acme"))
	copySample(t, "batch/quillhaven-v-quill-and-haven", filepath.Join(root, "clients", "quill"))
	copySample(t, "batch/pruitt-v-cardinal-ridge", filepath.Join(root, "clients", "pruitt"))
	writeFile(t, filepath.Join(root, "clients", "pruitt", "templates", "partials", "banner.md.tmpl"), "PRUITT'S OWN BANNER\n\n")

	results, err := All([]string{root}, Options{Formats: []tmpl.Format{tmpl.Markdown}, Jobs: 2, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 3 {
		t.Fatalf("%d cases, want 3", len(results))
	}
	// Every built-in product, the deposition kit's included, opens with the banner.
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	products := store.Names()
	if len(products) < 11 {
		t.Fatalf("%d built-in products, want every one (11 or more): %v", len(products), products)
	}
	for _, r := range results {
		if r.Failed() {
			t.Fatalf("%s: %v", r.Dir, r.Errors)
		}
		want := "FIRM BANNER: Smith & Jones LLP / Confidential — Attorney Work Product\n"
		if filepath.Base(r.Dir) == "pruitt" {
			want = "PRUITT'S OWN BANNER\n"
		}
		for _, p := range products {
			if got := readOut(t, r.Dir, p); !strings.HasPrefix(got, want) {
				t.Errorf("%s %s starts %q, want %q", filepath.Base(r.Dir), p, firstLine(got), want)
			}
		}
	}
	// The firm's option default reaches the chart: allegations cut at 7 words.
	if got := readOut(t, filepath.Join(root, "acme"), "response-chart"); !strings.Contains(got, "…") {
		t.Error("the firm's allegation_words = 7 did not shorten the chart's allegations")
	}
	// The firm's paper size replaces the built-ins'.
	s, err := tmpl.Load(filepath.Join(root, "acme"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range s.List() {
		if tp.Page.Size != "a4" {
			t.Errorf("%s: page size %q, want the firm's a4", tp.Name, tp.Page.Size)
		}
	}
	// A changed legend makes every product stale again.
	writeFile(t, filepath.Join(root, tmpl.FirmFile), "[firm]\nname = \"Smith & Jones LLP\"\nlegend = \"Privileged\"\n")
	if r := Case(filepath.Join(root, "acme"), Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"}); r.Skipped || r.Failed() {
		t.Errorf("a changed pleadkit.toml did not rebuild: skipped %v, errors %v", r.Skipped, r.Errors)
	}
	if got := readOut(t, filepath.Join(root, "acme"), "case-summary"); !strings.HasPrefix(got, "FIRM BANNER: Smith & Jones LLP / Privileged") {
		t.Errorf("after the change: %q", firstLine(got))
	}
}

// --templates (Options.FirmDir) names a firm folder that is not above the case.
func TestFirmDirOption(t *testing.T) {
	firm := t.TempDir()
	writeFile(t, filepath.Join(firm, tmpl.FirmFile), "[firm]\nlegend = \"From elsewhere\"\n")
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	r := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test", Templates: []string{"case-summary"}, FirmDir: firm})
	if r.Failed() {
		t.Fatal(r.Errors)
	}
	if got := readOut(t, dir, "case-summary"); !strings.HasPrefix(got, "**From elsewhere**") {
		t.Errorf("summary starts %q, want the firm's legend", firstLine(got))
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// Every key of case.toml and pleadkit.toml is checked, at its line and
// column, with the nearest known key.
func TestSettingsKeysChecked(t *testing.T) {
	for _, tc := range []struct {
		name, file, src, want, hint string
	}{
		{"unknown case.toml key", SettingsFile, "name = \"x\"\n\ncomplaint = \"complaint.md\"\n  anwser = \"answer.md\"\n",
			"case.toml:4:3: unknown key: \"anwser\" is not a case.toml setting", "did you mean answer?"},
		{"option not a table", SettingsFile, "[options]\nfirm = \"Smith LLP\"\n",
			"case.toml:2:1: invalid value: options.firm is not a table of template options", "pleadkit.toml"},
		{"unknown template in options", SettingsFile, "[options.respnse-chart]\nallegation_words = 3\n",
			"case.toml:1:1: unknown key: no template is called \"respnse-chart\"", "did you mean response-chart?"},
		{"undeclared option", SettingsFile, "[options.response-chart]\nallegation_word = 3\n",
			"case.toml:2:1: unknown key: template response-chart (builtin:response-chart.toml) has no option \"allegation_word\"", "did you mean allegation_words?"},
		{"unknown template in templates", SettingsFile, "name = \"x\"\ntemplates = [\"response-chart\",\n  \"case-sumary\"]\n",
			"case.toml:3:4: no such template: \"case-sumary\" (in templates)", "did you mean case-summary?"},
		{"unknown format", SettingsFile, "formats = [\"md\", \"docxx\"]\n",
			"case.toml:1:19: invalid value: formats: \"docxx\" is not a format", "did you mean docx?"},
		{"formats not a list", SettingsFile, "\nformats = \"md\"\n",
			"case.toml:2: invalid value: formats: incompatible types", `formats = ["md", "pdf", "html"]`},
		{"unknown pleadkit.toml key", tmpl.FirmFile, "[firm]\nname = \"x\"\nlegnd = \"y\"\n",
			"pleadkit.toml:3:1: unknown key: \"firm.legnd\" is not a pleadkit.toml setting", "did you mean firm.legend?"},
		{"undeclared firm option", tmpl.FirmFile, "\n[options.response-chart]\nalegation_words = 3\n",
			"pleadkit.toml:3:1: unknown key: template response-chart (builtin:response-chart.toml) has no option \"alegation_words\"", "did you mean allegation_words?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "acme")
			copySample(t, "acme-v-brightline", dir)
			p := filepath.Join(dir, tc.file)
			if tc.file == tmpl.FirmFile {
				p = filepath.Join(root, tc.file)
			}
			writeFile(t, p, tc.src)
			r := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"})
			msg := strings.Join(r.Errors, "\n")
			if !strings.Contains(msg, tc.want) || !strings.Contains(msg, tc.hint) {
				t.Errorf("errors:\n%s\nwant %q with %q", msg, tc.want, tc.hint)
			}
			cc := CheckCase(dir, "")
			if cc.Errors() == 0 || cc.Findings[0].Line == 0 {
				t.Errorf("check: %+v", cc.Findings)
			}
		})
	}
}

// A batch with one broken template and one case without an answer fails
// only the broken template's products, builds everything else and leaves
// no stale output unmarked — whether the template fails as it runs, does
// not parse, or is not even TOML.
func TestBatchBrokenTemplateAndNoAnswer(t *testing.T) {
	tests := []struct {
		name, file, wantAt string
	}{
		{"execute", "name = \"defense-checklist\"\nbody = '''\n# Checklist\n{{ range .Rows }}{{ .Numbr }}{{ end }}\n'''\n", "defense-checklist.toml:4"},
		{"parse", "name = \"defense-checklist\"\nbody = '''\n# Checklist\n{{ if .Rows }}\nrows\n'''\n", "defense-checklist.toml:4:1"},
		{"toml", "name = \"defense-checklist\"\nbody = '''\n# Checklist\n", "defense-checklist.toml:3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { testBatchBroken(t, tc.file, tc.wantAt) })
	}
}

func testBatchBroken(t *testing.T, brokenFile, wantAt string) {
	root := t.TempDir()
	good, broken, waiting := filepath.Join(root, "good"), filepath.Join(root, "broken"), filepath.Join(root, "waiting")
	copySample(t, "acme-v-brightline", good)
	copySample(t, "acme-v-brightline", broken)
	copySample(t, "acme-v-brightline", waiting)
	opts := Options{Formats: []tmpl.Format{tmpl.Markdown, tmpl.HTML}, Jobs: 2, Version: "test"}
	if r := Case(broken, opts); r.Failed() { // an earlier good build
		t.Fatal(r.Errors)
	}
	writeFile(t, filepath.Join(broken, "templates", "defense-checklist.toml"), brokenFile)
	os.Remove(filepath.Join(waiting, "answer.md"))
	writeFile(t, filepath.Join(waiting, SettingsFile), "complaint = \"complaint.md\"\n")

	results, err := All([]string{root}, opts)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Result{}
	for _, r := range results {
		byName[filepath.Base(r.Dir)] = r
	}
	if r := byName["good"]; r.Failed() || len(r.Notes) != 0 {
		t.Errorf("good: errors %v, info %v", r.Errors, r.Notes)
	}
	w := byName["waiting"]
	if w.Failed() {
		t.Errorf("a case without an answer failed: %v", w.Errors)
	}
	if len(w.Notes) != 1 || !strings.Contains(w.Notes[0], "awaiting answer") {
		t.Errorf("waiting: info %v, want awaiting answer", w.Notes)
	}
	for _, o := range w.Outputs {
		want := StatusAwaiting
		if o.Name == "case-summary" {
			want = StatusBuilt
		}
		if o.Status != want {
			t.Errorf("waiting %s: %s, want %s", o.Name, o.Status, want)
		}
	}
	if _, err := os.Stat(filepath.Join(waiting, "out", "case-summary.html")); err != nil {
		t.Errorf("the summary of the case without an answer was not built: %v", err)
	}
	b := byName["broken"]
	if !b.Failed() || len(b.Errors) != 1 || !strings.Contains(b.Errors[0], wantAt) {
		t.Fatalf("broken: errors %v, want one at %s", b.Errors, wantAt)
	}
	if len(b.Outputs) < 11 {
		t.Errorf("broken: %d products, want every one", len(b.Outputs))
	}
	for _, o := range b.Outputs {
		switch {
		case o.Name == "defense-checklist":
			if o.Status != StatusFailed || len(o.Stale) != 2 {
				t.Errorf("defense-checklist: %+v, want failed with its 2 old files marked stale", o)
			}
		case o.Status != StatusBuilt && o.Status != StatusUpToDate:
			t.Errorf("%s: %s, want built", o.Name, o.Status)
		}
	}
	// No stale output keeps a current name.
	for _, ext := range []string{".md", ".html"} {
		if _, err := os.Stat(filepath.Join(broken, "out", "defense-checklist"+ext)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("defense-checklist%s is still there under its current name", ext)
		}
		if _, err := os.Stat(filepath.Join(broken, "out", "defense-checklist.stale"+ext)); err != nil {
			t.Errorf("defense-checklist.stale%s: %v", ext, err)
		}
	}
	failed := 0
	for _, r := range results {
		if r.Failed() {
			failed++
		}
	}
	if failed != 1 {
		t.Errorf("%d cases failed, want only the broken one", failed)
	}
}

// A firm's template replaces the built-in for every case under the firm
// folder, and a case's own template of the same name still wins.
func TestCaseTemplateWinsOverFirm(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, tmpl.FirmFile), "[firm]\nname = \"Smith & Jones LLP\"\n")
	writeFile(t, filepath.Join(root, "templates", "case-summary.toml"), "name = \"case-summary\"\nneeds = \"complaint\"\nbody = '''\nFIRM SUMMARY for {{ .Firm.Name }}\n'''\n")
	copySample(t, "acme-v-brightline", filepath.Join(root, "acme"))
	copySample(t, "batch/pruitt-v-cardinal-ridge", filepath.Join(root, "pruitt"))
	writeFile(t, filepath.Join(root, "pruitt", "templates", "case-summary.toml"), "name = \"case-summary\"\nbody = '''\nPRUITT'S OWN SUMMARY\n'''\n")
	results, err := All([]string{root}, Options{Formats: []tmpl.Format{tmpl.Markdown}, Templates: []string{"case-summary"}, Jobs: 2, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Failed() {
			t.Fatalf("%s: %v", r.Dir, r.Errors)
		}
	}
	if got := readOut(t, filepath.Join(root, "acme"), "case-summary"); got != "FIRM SUMMARY for Smith & Jones LLP\n" {
		t.Errorf("acme: %q, want the firm's template", got)
	}
	if got := readOut(t, filepath.Join(root, "pruitt"), "case-summary"); got != "PRUITT'S OWN SUMMARY\n" {
		t.Errorf("pruitt: %q, want the case's own template", got)
	}
}

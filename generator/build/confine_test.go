package build

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// appendSettings adds lines to a sample case's case.toml.
func appendSettings(t *testing.T, dir, lines string) {
	t.Helper()
	p := filepath.Join(dir, SettingsFile)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(data, []byte("\n"+lines+"\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// settingsLines counts the lines of a case.toml, for the line an appended key lands on.
func settingsLines(t *testing.T, dir string) int {
	data, err := os.ReadFile(filepath.Join(dir, SettingsFile))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(data), "\n")
}

// Defects 1 and 2 of #18: outputs stay inside the case folder after symbolic
// links, never land in the case folder itself or its templates, and never
// overwrite an input; case.toml names pleadings only inside the folder.
func TestOutputConfinement(t *testing.T) {
	md := []tmpl.Format{tmpl.Markdown}
	tests := []struct {
		name     string
		settings string                               // appended to case.toml
		setup    func(t *testing.T, root, dir string) // extra files
		opts     Options
		want     string // in the one error; "" means the build succeeds
		notIn    string // a path (relative to root) that must not exist after the build
	}{
		{name: "parent", settings: `output = "../../elsewhere"`, want: `case.toml:LINE: output = "../../elsewhere": the output folder`, notIn: "elsewhere"},
		{name: "absolute", settings: `output = "ROOT/abs"`, want: `is outside`, notIn: "abs"},
		{name: "case folder itself", settings: `output = "."`, want: "the output folder is the case folder itself"},
		{name: "templates", settings: `output = "templates"`, want: "inside the case's templates/ folder"},
		{name: "symlinked out", setup: func(t *testing.T, root, dir string) {
			os.Mkdir(filepath.Join(root, "away"), 0o755)
			if err := os.Symlink(filepath.Join(root, "away"), filepath.Join(dir, "out")); err != nil {
				t.Skip("no symbolic links:", err)
			}
		}, want: "the default output folder out/: the output folder", notIn: "away/response-chart.md"},
		{name: "subfolder ok", settings: `output = "work/charts"`},
		{name: "complaint outside", settings: ``, setup: func(t *testing.T, root, dir string) {
			data, _ := os.ReadFile(filepath.Join(dir, "complaint.md"))
			os.WriteFile(filepath.Join(filepath.Dir(dir), "complaint.md"), data, 0o644)
			p := filepath.Join(dir, SettingsFile)
			s, _ := os.ReadFile(p)
			os.WriteFile(p, []byte(strings.Replace(string(s), `complaint = "complaint.md"`, `complaint = "../complaint.md"`, 1)), 0o644)
		}, want: `case.toml:5: complaint = "../complaint.md" is outside the case folder`},
		{name: "complaint outside allowed", setup: func(t *testing.T, root, dir string) {
			data, _ := os.ReadFile(filepath.Join(dir, "complaint.md"))
			os.WriteFile(filepath.Join(filepath.Dir(dir), "complaint.md"), data, 0o644)
			p := filepath.Join(dir, SettingsFile)
			s, _ := os.ReadFile(p)
			os.WriteFile(p, []byte(strings.Replace(string(s), `complaint = "complaint.md"`, `complaint = "../complaint.md"`, 1)), 0o644)
		}, opts: Options{AllowOutside: true}},
		{name: "device as complaint", setup: func(t *testing.T, root, dir string) {
			p := filepath.Join(dir, SettingsFile)
			s, _ := os.ReadFile(p)
			os.WriteFile(p, []byte(strings.Replace(string(s), `complaint = "complaint.md"`, `complaint = "/dev/zero"`, 1)), 0o644)
		}, want: `complaint = "/dev/zero" is outside the case folder`},
		{name: "template output over a pleading", settings: `output = "pleadings"`, setup: func(t *testing.T, root, dir string) {
			os.Mkdir(filepath.Join(dir, "pleadings"), 0o755)
			os.Rename(filepath.Join(dir, "answer.md"), filepath.Join(dir, "pleadings", "answer.md"))
			p := filepath.Join(dir, SettingsFile)
			s, _ := os.ReadFile(p)
			os.WriteFile(p, []byte(strings.Replace(string(s), `answer = "answer.md"`, `answer = "pleadings/answer.md"`, 1)), 0o644)
			os.Mkdir(filepath.Join(dir, "templates"), 0o755)
			os.WriteFile(filepath.Join(dir, "templates", "answer.toml"), []byte("name = \"answer\"\ntitle = \"A\"\noutput = \"answer\"\nformats = [\"md\"]\nbody = \"hello\"\n"), 0o644)
		}, opts: Options{Templates: []string{"answer"}}, want: "refusing to write over"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "cases", "acme")
			copySample(t, "acme-v-brightline", dir)
			before, _ := os.ReadFile(filepath.Join(dir, "answer.md"))
			line := settingsLines(t, dir) + 2
			if tt.settings != "" {
				appendSettings(t, dir, strings.ReplaceAll(tt.settings, "ROOT", root))
			}
			if tt.setup != nil {
				tt.setup(t, root, dir)
			}
			opts := tt.opts
			opts.Formats, opts.Version = md, "test"
			res := Case(dir, opts)
			want := strings.ReplaceAll(tt.want, "LINE", strconv.Itoa(line))
			switch {
			case want == "" && res.Failed():
				t.Fatalf("build failed: %v", res.Errors)
			case want != "" && (len(res.Errors) != 1 || !strings.Contains(res.Errors[0], want)):
				t.Fatalf("errors = %q, want one containing %q", res.Errors, want)
			case want != "" && strings.Contains(res.Errors[0], "\n"):
				t.Errorf("error is not one line: %q", res.Errors[0])
			}
			if tt.notIn != "" {
				if _, err := os.Stat(filepath.Join(root, tt.notIn)); err == nil {
					t.Errorf("%s was written", tt.notIn)
				}
			}
			for _, p := range []string{filepath.Join(dir, "answer.md"), filepath.Join(dir, "pleadings", "answer.md")} {
				if after, err := os.ReadFile(p); err == nil && string(after) != string(before) {
					t.Errorf("%s was overwritten", p)
				}
			}
		})
	}
}

// Defect 8 of #18: -o DIR with two cases of the same folder name writes
// each to its own subfolder.
func TestOutDirSameNameCases(t *testing.T) {
	root := t.TempDir()
	a := filepath.Join(root, "east", "smith")
	b := filepath.Join(root, "west", "smith")
	copySample(t, "acme-v-brightline", a)
	copySample(t, "acme-v-brightline", b)
	out := filepath.Join(root, "out-all")
	results, err := All([]string{root}, Options{OutDir: out, Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range results {
		if r.Failed() {
			t.Fatalf("%s failed: %v", r.Dir, r.Errors)
		}
		for _, w := range r.Written {
			if seen[w] {
				t.Errorf("%s written by two cases", w)
			}
			seen[w] = true
		}
	}
	for _, sub := range []string{"east-smith", "west-smith"} {
		if _, err := os.Stat(filepath.Join(out, sub, "response-chart.md")); err != nil {
			t.Errorf("%s: %v", sub, err)
		}
	}
}

func TestOutSubfolders(t *testing.T) {
	got := outSubfolders([]string{"/a/x/smith", "/a/y/jones", "/b/x/smith", "/c/x/smith"})
	want := []string{"x-smith", "jones", "x-smith-2", "x-smith-3"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %v, want %v", got, want)
	}
}

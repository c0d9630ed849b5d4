package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the CLI and returns its exit code, stdout and stderr.
func runCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestTemplatesFieldsCmd(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{[]string{"templates", "fields", "Row"}, 0, []string{"Row (joined.Row)", "  .ClassText", "  .Words int", "method"}, ""},
		{[]string{"templates", "fields", "class"}, 0, []string{"Class (pleading.Class)", `"denied"`, `"partly-admitted"`}, ""},
		{[]string{"templates", "fields"}, 0, []string{"Case (generator.Case)", "  .AnsweringParty", "  .Kit", "Severity", "Matrix (matrix.Matrix)"}, ""},
		{[]string{"templates", "fields", "Rowz"}, 1, nil, "did you mean Row?"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d, %q", code, errOut, tt.code, tt.stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
		})
	}
}

func TestAnalyzeTemplateNames(t *testing.T) {
	caseDir := filepath.Join("..", "..", "samples", "acme-v-brightline")
	code, out, errOut := runCmd("analyze", "--template-names", caseDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		AnsweringParty string
		Rows           []map[string]any
		Kit            map[string]any
		Matrix         map[string]any
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.AnsweringParty == "" || len(got.Rows) == 0 || got.Kit["Chronology"] == nil || got.Matrix["Counts"] == nil {
		t.Fatalf("missing the names templates use: party %q, %d rows, kit %v", got.AnsweringParty, len(got.Rows), len(got.Kit))
	}
	for _, k := range []string{"ClassText", "ResponseText", "Allegation", "Number"} {
		if _, ok := got.Rows[0][k]; !ok {
			t.Errorf("row lacks %s: %v", k, got.Rows[0])
		}
	}
	if strings.Contains(out, `"class_text"`) {
		t.Error("snake_case keys in --template-names output")
	}
}

// templates test runs a firm's templates on the samples (and on one
// without its answer), catching a branch only some cases reach, at its line.
func TestTemplatesTestCmd(t *testing.T) {
	firm := t.TempDir()
	os.WriteFile(filepath.Join(firm, "pleadkit.toml"), []byte("[firm]\nname = \"Smith & Jones\"\n"), 0o644)
	os.MkdirAll(filepath.Join(firm, "templates"), 0o755)
	os.WriteFile(filepath.Join(firm, "templates", "intake.toml"), []byte("name = \"intake\"\nneeds = \"complaint\"\nbody = '''\n# Intake\n{{ if .Answer }}answered{{ else }}\n{{ .AnswerDate }}\n{{ end }}\n'''\n"), 0o644)
	code, out, errOut := runCmd("templates", "test", "--templates", firm)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (a branch fails on the case without an answer): %s %s", code, out, errOut)
	}
	if !strings.Contains(out, filepath.Join(firm, "templates", "intake.toml")+":6:") || !strings.Contains(out, "no answer yet") {
		t.Errorf("want the error at intake.toml:6 on the case without an answer:\n%s", out)
	}
	if strings.Count(out, "intake.toml") != 1 {
		t.Errorf("the branch fails only on the case without an answer:\n%s", out)
	}
	if !strings.Contains(out, "5 cases tested, 1 template error") {
		t.Errorf("summary:\n%s", out)
	}

	// A DIR of cases: a case's own broken template, at its line.
	dir := t.TempDir()
	c := filepath.Join(dir, "acme")
	for _, n := range []string{"complaint.md", "answer.md", "case.toml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "samples", "acme-v-brightline", n))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(c, 0o755)
		os.WriteFile(filepath.Join(c, n), data, 0o644)
	}
	os.MkdirAll(filepath.Join(c, "templates"), 0o755)
	os.WriteFile(filepath.Join(c, "templates", "response-chart.toml"), []byte("name = \"response-chart\"\nbody = '''\n{{ range .Rows }}{{ .AnsweringParty }}{{ end }}\n'''\n"), 0o644)
	code, out, _ = runCmd("templates", "test", dir)
	if code != 1 || !strings.Contains(out, "response-chart.toml:3:") || !strings.Contains(out, "$.AnsweringParty") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if code, out, _ := runCmd("templates", "test", filepath.Join("..", "..", "samples")); code != 0 {
		t.Errorf("the built-ins on the samples: exit %d\n%s", code, out)
	}
}

// templates init copies templates and partials, not the libraries unless
// asked; NAME copies one; templates diff shows what a copy changed.
func TestTemplatesInitAndDiff(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCmd("templates", "init", dir)
	if code != 0 {
		t.Fatalf("init: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"response-chart.toml", "chronology.toml", filepath.Join("partials", "banner.md.tmpl")} {
		if !strings.Contains(out, "created "+filepath.Join(dir, "templates", want)) {
			t.Errorf("init did not copy %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "elements.toml") || strings.Contains(out, "defenses.toml") {
		t.Errorf("init copied a library without --libraries:\n%s", out)
	}
	if code, out, _ := runCmd("templates", "init", dir, "--libraries"); code != 0 || !strings.Contains(out, "created "+filepath.Join(dir, "templates", "elements.toml")) || !strings.Contains(out, "kept    "+filepath.Join(dir, "templates", "response-chart.toml")) {
		t.Errorf("init --libraries: exit %d\n%s", code, out)
	}
	one := t.TempDir()
	if code, out, _ := runCmd("templates", "init", one, "case-summary"); code != 0 || strings.Count(out, "created") != 1 {
		t.Errorf("init NAME: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCmd("templates", "init", one, "case-sumary"); code != 1 || !strings.Contains(errOut, "did you mean case-summary?") {
		t.Errorf("init with a typo: exit %d, %s", code, errOut)
	}

	// Nothing changed: every copy is the same as the built-in.
	code, out, _ = runCmd("templates", "diff", one)
	if code != 0 || !strings.Contains(out, "template case-summary: "+filepath.Join(one, "templates", "case-summary.toml")+" is the same as the built-in") {
		t.Errorf("diff of an unchanged copy: exit %d\n%s", code, out)
	}
	p := filepath.Join(one, "templates", "case-summary.toml")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(strings.Replace(string(data), "# Case Summary", "# Our Case Summary", 1)), 0o644)
	code, out, _ = runCmd("templates", "diff", one, "case-summary")
	if code != 1 || !strings.Contains(out, "--- builtin:case-summary.toml") || !strings.Contains(out, "+# Our Case Summary") {
		t.Errorf("diff of a changed copy: exit %d\n%s", code, out)
	}
}

// build on a batch with one template that does not parse and one case
// without an answer: exit 1, the error at the template's file and line,
// every other product built, the broken product's old files marked stale.
func TestBuildBatchBrokenTemplate(t *testing.T) {
	root := t.TempDir()
	copyCase := func(name string, files ...string) string {
		dir := filepath.Join(root, name)
		os.MkdirAll(dir, 0o755)
		for _, f := range files {
			data, err := os.ReadFile(filepath.Join("..", "..", "samples", "acme-v-brightline", f))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, f), data, 0o644)
		}
		return dir
	}
	good := copyCase("good", "complaint.md", "answer.md")
	broken := copyCase("broken", "complaint.md", "answer.md")
	waiting := copyCase("waiting", "complaint.md")
	os.WriteFile(filepath.Join(waiting, "case.toml"), []byte("complaint = \"complaint.md\"\n"), 0o644)
	if code, _, errOut := runCmd("build", "--format", "md", broken); code != 0 {
		t.Fatalf("first build: exit %d: %s", code, errOut)
	}
	os.MkdirAll(filepath.Join(broken, "templates"), 0o755)
	os.WriteFile(filepath.Join(broken, "templates", "exhibits.toml"), []byte("name = \"exhibits\"\nbody = '''\n# Exhibits\n{{ range .Rows }}\n'''\n"), 0o644)
	code, _, errOut := runCmd("build", "--format", "md", root)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, errOut)
	}
	if !strings.Contains(errOut, filepath.Join(broken, "templates", "exhibits.toml")+":4:1: template parse: {{range}} has no {{end}}") {
		t.Errorf("stderr lacks the template's file and line:\n%s", errOut)
	}
	for _, f := range []string{
		filepath.Join(good, "out", "exhibits.md"), filepath.Join(good, "out", "response-chart.md"),
		filepath.Join(broken, "out", "response-chart.md"), filepath.Join(broken, "out", "chronology.md"),
		filepath.Join(broken, "out", "exhibits.stale.md"), filepath.Join(waiting, "out", "case-summary.md"),
	} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%v", err)
		}
	}
	for _, f := range []string{filepath.Join(broken, "out", "exhibits.md"), filepath.Join(waiting, "out", "response-chart.md")} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s exists: stale or impossible output under a current name", f)
		}
	}
}

// render runs the template asked for though another of the case's
// templates is broken, and names the broken one's line when it is asked for.
func TestRenderBesideBrokenTemplate(t *testing.T) {
	c := filepath.Join(t.TempDir(), "acme")
	os.MkdirAll(filepath.Join(c, "templates"), 0o755)
	for _, n := range []string{"complaint.md", "answer.md", "case.toml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "samples", "acme-v-brightline", n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(c, n), data, 0o644)
	}
	os.WriteFile(filepath.Join(c, "templates", "response-chart.toml"), []byte("name = \"response-chart\"\nbody = '''\n{{ if .Rows }}\n'''\n"), 0o644)
	out := t.TempDir()
	if code, _, errOut := runCmd("render", "--template", "case-summary", "--case", c, "-o", out, "--format", "md"); code != 0 {
		t.Errorf("case-summary: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCmd("render", "--template", "response-chart", "--case", c, "-o", out, "--format", "md"); code != 1 || !strings.Contains(errOut, "response-chart.toml:3:1: template parse") {
		t.Errorf("response-chart: exit %d: %s", code, errOut)
	}
}

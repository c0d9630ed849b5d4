package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderCmd(t *testing.T) {
	caseDir := filepath.Join("..", "..", "samples", "acme-v-brightline")
	dir := t.TempDir()
	own := filepath.Join(dir, "mine.toml")
	os.WriteFile(own, []byte("name = \"mine\"\ntitle = \"Mine\"\ndescription = \"d\"\nbody = '''\n# {{ md .Title }}\n\n{{ len .Rows }} rows\n'''\n"), 0o644)
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("name = \"bad\"\ntitle = \"Bad\"\ndescription = \"d\"\nbody = '''\n# {{ .Nope }}\n'''\n"), 0o644)
	tests := []struct {
		name    string
		args    []string
		code    int
		stdout  string
		stderr  string
		written string
	}{
		{"built-in by name", []string{"render", "--template", "case-summary", "--case", caseDir, "-o", filepath.Join(dir, "a"), "--format", "md"}, 0, "case-summary.md", "", "a/case-summary.md"},
		{"a template file", []string{"render", "--template", own, "--case", caseDir, "-o", filepath.Join(dir, "b"), "--format", "md,pdf"}, 0, "mine.pdf", "", "b/mine.md"},
		{"execution error at its line", []string{"render", "--template", bad, "--case", caseDir, "-o", filepath.Join(dir, "c"), "--format", "md"}, 1, "", "bad.toml:5", ""},
		{"unknown name", []string{"render", "--template", "nope", "--case", caseDir, "-o", filepath.Join(dir, "d")}, 1, "", "nope", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
			}
			if tt.written != "" {
				if _, err := os.Stat(filepath.Join(dir, tt.written)); err != nil {
					t.Error(err)
				}
			}
			if tt.code != 0 {
				if _, err := os.Stat(filepath.Join(dir, "c")); err == nil {
					t.Error("a failed render wrote its output folder")
				}
			}
		})
	}
}

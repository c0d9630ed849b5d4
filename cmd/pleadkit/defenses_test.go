package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefenses(t *testing.T) {
	sample := filepath.Join("..", "..", "samples", "acme-v-brightline")
	complaint, answer := filepath.Join(sample, "complaint.md"), filepath.Join(sample, "answer.md")
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		files    []string
		stdout   string
		stderr   string
	}{
		{"all formats", []string{"defenses", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "all")}, 0,
			[]string{"defense-checklist.html", "defense-checklist.md", "defense-checklist.pdf"}, "13 defenses against 5 counts", ""},
		{"markdown, short quotes", []string{"defenses", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "md"), "--format", "md", "--text-words", "8"}, 0,
			[]string{"defense-checklist.md"}, "lack of personal jurisdiction conceded", ""},
		{"unknown format", []string{"defenses", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "bad"), "--format", "doc"}, 2, nil, "", "doc"},
		{"negative words", []string{"defenses", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "bad"), "--text-words", "-3"}, 2, nil, "", "text-words"},
		{"missing answer flag", []string{"defenses", "--complaint", complaint}, 1, nil, "", "answer"},
		{"swapped files are taken as they read", []string{"defenses", "--complaint", answer, "--answer", complaint, "-o", filepath.Join(dir, "swapped"), "--format", "md"}, 0,
			[]string{"defense-checklist.md"}, "13 defenses", "reads as an answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stdout %q (want %q), stderr %q (want %q)", stdout.String(), tt.stdout, stderr.String(), tt.stderr)
			}
			if len(tt.files) == 0 {
				if _, err := os.Stat(filepath.Join(dir, "bad")); err == nil {
					t.Error("a failed run created its output directory")
				}
				return
			}
			out := tt.args[5+1]
			var names []string
			entries, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if strings.Join(names, ",") != strings.Join(tt.files, ",") {
				t.Errorf("wrote %v, want %v", names, tt.files)
			}
		})
	}
	md, err := os.ReadFile(filepath.Join(dir, "md", "defense-checklist.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "> Acme's claims are barred, in whole or in…") {
		t.Errorf("--text-words 8 did not shorten the quoted defenses")
	}
}

// A case folder's own defenses.toml replaces a catalogue entry by id.
func TestDefensesCaseCatalogue(t *testing.T) {
	sample := filepath.Join("..", "..", "samples", "acme-v-brightline")
	dir := t.TempDir()
	for _, n := range []string{"complaint.md", "answer.md"} {
		b, err := os.ReadFile(filepath.Join(sample, n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	own := "[[defense]]\nid = \"unclean-hands\"\nname = \"Unclean hands (firm checklist)\"\nkind = \"affirmative\"\nrule = \"equity\"\napplies_to = [\"all\"]\npatterns = ['unclean hands']\nelements = [\"Our firm's element\"]\nburden = \"defendant\"\nsource = \"equity\"\n"
	if err := os.WriteFile(filepath.Join(dir, "templates", "defenses.toml"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	out := filepath.Join(dir, "out")
	if code := run([]string{"defenses", "--complaint", filepath.Join(dir, "complaint.md"), "--answer", filepath.Join(dir, "answer.md"), "-o", out, "--format", "md"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	md, err := os.ReadFile(filepath.Join(out, "defense-checklist.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "- [ ] Our firm's element") || !strings.Contains(string(md), "Unclean hands (firm checklist)") {
		t.Error("the case's defenses.toml was not used")
	}
}

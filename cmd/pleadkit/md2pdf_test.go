package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestMd2pdf(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "chart.md")
	md := "# Chart\n\n| ¶ | Allegation |\n|---|---|\n| 1 | A \\| B |\n"
	if err := os.WriteFile(in, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		out      string
		wantCode int
		prefix   string
		stderr   string
	}{
		{"default output", []string{"md2pdf", in}, "chart.pdf", 0, "%PDF-", ""},
		{"explicit output landscape", []string{"md2pdf", in, "-o", filepath.Join(dir, "wide.pdf"), "--landscape", "--page-size", "a4", "--font-size", "10", "--title", "Response Chart", "--header", "Smith v. Acme"}, "wide.pdf", 0, "%PDF-", ""},
		{"html", []string{"md2pdf", in, "--html"}, "chart.html", 0, "<!DOCTYPE html>", ""},
		{"missing input", []string{"md2pdf", filepath.Join(dir, "nope.md")}, "", 1, "", "nope.md"},
		{"bad page size", []string{"md2pdf", in, "--page-size", "tabloid"}, "", 1, "", "tabloid"},
		{"output is the input (#18)", []string{"md2pdf", in, "-o", in}, "", 2, "", "is the input file itself"},
		{"output is the input by another path (#18)", []string{"md2pdf", in, "--html", "-o", filepath.Join(dir, ".", "chart.md")}, "", 2, "", "is the input file itself"},
		{"unwritable output", []string{"md2pdf", in, "-o", filepath.Join(dir, "no", "such", "dir.pdf")}, "", 1, "", "dir.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not name %q", stderr.String(), tt.stderr)
			}
			if tt.out == "" {
				return
			}
			b, err := os.ReadFile(filepath.Join(dir, tt.out))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte(tt.prefix)) {
				t.Errorf("%s starts %q, want %q", tt.out, b[:min(len(b), 20)], tt.prefix)
			}
		})
	}
	// No temporary files are left behind, and the input is untouched.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	if b, _ := os.ReadFile(in); string(b) != md {
		t.Error("input modified")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed: skipping read-back")
	}
	txt, err := exec.Command("pdftotext", "-raw", filepath.Join(dir, "wide.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Smith v. Acme", "Response Chart", "A | B", "Page 1 of 1"} {
		if !strings.Contains(string(txt), want) {
			t.Errorf("wide.pdf lacks %q:\n%s", want, txt)
		}
	}
}

func TestMd2pdfStdio(t *testing.T) {
	var stdout, stderr bytes.Buffer
	root := newRootCmd(&stdout, &stderr)
	root.SetIn(strings.NewReader("hello *world*"))
	root.SetArgs([]string{"md2pdf", "-", "-o", "-"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(stdout.Bytes(), []byte("%PDF-")) {
		t.Errorf("stdout is not a PDF: %q", stdout.Bytes()[:min(stdout.Len(), 20)])
	}
}

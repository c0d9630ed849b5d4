package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// seedDir is the seed case among the shared real pleadings.
var seedDir = filepath.Join("..", "..", "..", "shared", "pleadings", "liveperson-v-247")

func TestChart(t *testing.T) {
	sample := filepath.Join("..", "..", "samples", "acme-v-brightline")
	complaint, answer := filepath.Join(sample, "complaint.md"), filepath.Join(sample, "answer.md")
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		files    []string // written into the -o directory
		stdout   string
		stderr   string
	}{
		{"all formats", []string{"chart", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "all")}, 0,
			[]string{"response-chart.md", "response-chart.pdf", "response-chart.html"}, "wrote", ""},
		{"markdown only, cut allegations", []string{"chart", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "md"), "--format", "md", "--allegation-words", "12"}, 0,
			[]string{"response-chart.md"}, "findings:", ""},
		{"word, excel and csv", []string{"chart", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "office"), "--format", "word,xlsx,csv"}, 0,
			[]string{"response-chart.docx", "response-chart.xlsx", "response-chart-chart.csv", "response-chart-findings.csv", "response-chart-admissions.csv", "response-chart-assertions.csv", "response-chart-specific-denials.csv", "response-chart-denials.csv", "response-chart-no-knowledge.csv"}, "wrote", ""},
		{"unknown format", []string{"chart", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "bad"), "--format", "md,doc"}, 2, nil, "", "doc"},
		{"negative words", []string{"chart", "--complaint", complaint, "--answer", answer, "-o", filepath.Join(dir, "bad"), "--allegation-words", "-1"}, 2, nil, "", "allegation-words"},
		{"missing answer flag", []string{"chart", "--complaint", complaint}, 1, nil, "", "answer"},
		{"missing file", []string{"chart", "--complaint", filepath.Join(dir, "nope.txt"), "--answer", answer, "-o", filepath.Join(dir, "bad")}, 1, nil, "", "nope.txt"},
		{"swapped files are taken as they read", []string{"chart", "--complaint", answer, "--answer", complaint, "-o", filepath.Join(dir, "swapped"), "--format", "md"}, 0,
			[]string{"response-chart.md"}, "58 paragraphs", "reads as an answer"},
		{"two answers", []string{"chart", "--complaint", answer, "--answer", answer, "-o", filepath.Join(dir, "bad")}, 1, nil, "", "reads as an answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q: %s", tt.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr lacks %q: %s", tt.stderr, stderr.String())
			}
			if len(tt.files) == 0 {
				if _, err := os.Stat(filepath.Join(dir, "bad")); err == nil {
					t.Error("a failed run created its output directory")
				}
				return
			}
			out := tt.args[slices.Index(tt.args, "-o")+1]
			entries, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != len(tt.files) {
				t.Errorf("wrote %d files, want %v", len(entries), tt.files)
			}
			for _, f := range tt.files {
				data, err := os.ReadFile(filepath.Join(out, f))
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasSuffix(f, ".pdf") && !bytes.HasPrefix(data, []byte("%PDF-")) {
					t.Errorf("%s is not a PDF", f)
				}
				if strings.HasSuffix(f, ".md") && !bytes.Contains(data, []byte("## Chart")) {
					t.Errorf("%s has no chart", f)
				}
			}
		})
	}
}

// TestChartSeed renders the seed case's chart, when the shared pleadings are there.
func TestChartSeed(t *testing.T) {
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("pleadings not available (%v): the seed case is in %s", err, seedDir)
	}
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run([]string{"chart", "--complaint", filepath.Join(seedDir, "complaint.txt"), "--answer", filepath.Join(seedDir, "answer.txt"), "-o", out, "--format", "md"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "101 paragraphs") {
		t.Errorf("summary: %s", stdout.String())
	}
	md, err := os.ReadFile(filepath.Join(out, "response-chart.md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(md), `| <a id="p`); n != 101 {
		t.Errorf("chart has %d rows, want 101", n)
	}
}

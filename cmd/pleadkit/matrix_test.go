package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatrixCmd(t *testing.T) {
	complaint := filepath.Join("..", "..", "samples", "acme-v-brightline", "complaint.md")
	answer := filepath.Join("..", "..", "samples", "acme-v-brightline", "answer.md")
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"matrix", "--complaint", complaint, "--answer", answer, "-o", dir, "--format", "md"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "5 of 5 counts matched") {
		t.Errorf("stdout = %q", stdout.String())
	}
	md, err := os.ReadFile(filepath.Join(dir, "claim-element-matrix.md"))
	if err != nil || !strings.Contains(string(md), "Misappropriation of Trade Secrets") {
		t.Errorf("matrix not written or lacks COUNT I: %v", err)
	}
	stderr.Reset()
	if code := run([]string{"matrix", "--complaint", complaint, "--answer", filepath.Join(dir, "missing.md"), "-o", dir}, &stdout, &stderr); code == 0 || !strings.Contains(stderr.String(), "missing.md") {
		t.Errorf("missing answer: exit %d, stderr %q", code, stderr.String())
	}
}

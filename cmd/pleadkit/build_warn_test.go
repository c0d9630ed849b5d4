package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Defect 10 of #18: build prints the warnings themselves, not only a count.
func TestBuildPrintsWarnings(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "samples", "acme-v-brightline"))); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(filepath.Join(dir, "out"))
	os.Remove(filepath.Join(dir, "case.toml"))
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", dir, "--format", "md"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "pleadkit: warning: "+filepath.Join(dir, "empty.txt")+": skipped: empty file") {
		t.Errorf("stderr lacks the warning:\n%s", stderr.String())
	}
}

// Defect 14 of #18: a negative (or any invalid) SOURCE_DATE_EPOCH is refused, not written as a date.
func TestInvalidSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "-5")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"md2pdf", "-", "-o", "-"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "SOURCE_DATE_EPOCH=\"-5\" is not a time") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

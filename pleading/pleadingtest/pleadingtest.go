// Package pleadingtest loads the real pleadings that tests run on: the case
// folders of ../shared/pleadings beside the checkout. A test that needs them
// is skipped, with a message saying where they were looked for, when they are
// absent. It is imported by tests only.
package pleadingtest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
)

// Dir returns the folder of the shared real pleadings, skipping t when it is absent.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := dir()
	if err != nil {
		t.Skipf("real pleadings not found: %v", err)
	}
	return dir
}

// Case parses complaint.txt and answer.txt of the real case name (a folder
// of ../shared/pleadings), skipping t when the folder is absent.
func Case(t testing.TB, name string) (complaint, answer *pleading.Document) {
	t.Helper()
	dir := filepath.Join(Dir(t), name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real case %s not found: %v", name, err)
	}
	complaint, err := pleading.ParseFile(filepath.Join(dir, "complaint.txt"))
	if err != nil {
		t.Fatalf("real case %s: %v", name, err)
	}
	answer, err = pleading.ParseFile(filepath.Join(dir, "answer.txt"))
	if err != nil {
		t.Fatalf("real case %s: %v", name, err)
	}
	return complaint, answer
}

// dir finds ../shared/pleadings beside the module root, the nearest folder
// above the working directory (a test's package folder) holding go.mod.
func dir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for root := wd; ; {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			d := filepath.Join(root, "..", "shared", "pleadings")
			if _, err := os.Stat(d); err != nil {
				return "", fmt.Errorf("%s is absent (the real pleadings live in ../shared/pleadings beside the checkout): %w", d, err)
			}
			return d, nil
		}
		up := filepath.Dir(root)
		if up == root {
			return "", fmt.Errorf("no go.mod above %s, so no checkout to find ../shared/pleadings beside", wd)
		}
		root = up
	}
}

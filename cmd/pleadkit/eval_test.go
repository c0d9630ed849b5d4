package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	root := t.TempDir()
	write := func(dir, name, text string) {
		t.Helper()
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := filepath.Join(root, "a-good")
	write(good, "complaint.txt", "IN THE CIRCUIT COURT OF COOK COUNTY\nOak Co., Plaintiff,\nv.\nElm LLC, Defendant.\nCOMPLAINT\n\n1. Oak Co. is a company.\n\n2. Elm LLC broke the lease.\n\n3. Elm LLC owes rent.\n")
	write(good, "answer.txt", "IN THE CIRCUIT COURT OF COOK COUNTY\nOak Co., Plaintiff,\nv.\nElm LLC, Defendant.\nANSWER\n\n1. Admitted.\n\n2. Denied.\n\n3. Elm LLC lacks knowledge or information sufficient to form a belief about the truth of the allegations of paragraph 3.\n")
	write(good, "gold.json", `{"case":"oak-v-elm","complaint":{"highest_paragraph":3},"answer":{"responses":[
		{"answers":[1],"class":"admitted","admits":true},
		{"answers":[2],"class":"denied","denies":true},
		{"answers":[3],"class":"denied","denies":true}]}}`)
	bad := filepath.Join(root, "b-bad")
	write(bad, "gold.json", `{"complaint":{"highest_paragraph":3}}`)

	var stdout, stderr bytes.Buffer
	code := run([]string{"eval", "-v", root}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one case has no pleadings); stderr: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"oak-v-elm", "3/3 100.0%", "2/3  66.7%", "¶3 line", "class: want denied, got no-knowledge"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr.String(), "b-bad: no complaint.txt") {
		t.Errorf("stderr does not name the folder without pleadings: %s", stderr.String())
	}

	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"eval", good}, &stdout, &stderr); code != 0 || strings.Contains(stdout.String(), "mismatches") {
		t.Errorf("eval of one folder: exit %d, stdout %s, stderr %s", code, stdout.String(), stderr.String())
	}
	if code := run([]string{"eval", t.TempDir()}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "has no gold.json") {
		t.Errorf("eval of a folder without gold: exit %d, stderr %s", code, stderr.String())
	}
}

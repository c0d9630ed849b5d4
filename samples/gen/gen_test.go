package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerate(t *testing.T) {
	const n, broken = 9, 4
	out := t.TempDir()
	cases, err := generate(options{N: n, Out: out, Broken: broken, Seed: 7, Src: ".."})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	dirs := 0
	for _, e := range entries {
		if e.IsDir() {
			dirs++
		}
	}
	if dirs != n || len(cases) != n {
		t.Fatalf("wrote %d folders, reported %d; want %d", dirs, len(cases), n)
	}
	nbroken := 0
	for i, c := range cases {
		if c.Broken != "" {
			nbroken++
			continue
		}
		tp := templates[i%len(templates)]
		for _, name := range []string{tp.Complaint, tp.Answer} {
			data, err := os.ReadFile(filepath.Join(c.Dir, name))
			if err != nil {
				t.Fatalf("%s: %v", c.Dir, err)
			}
			if len(data) == 0 {
				t.Errorf("%s/%s is empty", c.Dir, name)
			}
			// The parties are renamed everywhere, in every letter case.
			for _, old := range []string{tp.Plaintiff, tp.Defendant} {
				if bytes.Contains(bytes.ToLower(data), []byte(strings.ToLower(old))) {
					t.Errorf("%s/%s still names %q", c.Dir, name, old)
				}
			}
			// Docket numbers are redrawn.
			for _, num := range tp.Numbers {
				if bytes.Contains(data, []byte(num)) {
					t.Errorf("%s/%s still has docket digits %s", c.Dir, name, num)
				}
			}
		}
		if _, err := os.Stat(filepath.Join(c.Dir, "EXPECTED.md")); err == nil {
			t.Errorf("%s: EXPECTED.md copied; it describes the sample, not the renamed case", c.Dir)
		}
	}
	if nbroken != broken {
		t.Errorf("%d broken cases, want %d", nbroken, broken)
	}
	// Four broken cases use each of the four ways of breaking once.
	for _, mode := range breakModes {
		found := false
		for _, c := range cases {
			if strings.HasPrefix(c.Broken, mode+":") {
				found = true
			}
		}
		if !found {
			t.Errorf("no case broken as %s", mode)
		}
	}
}

func TestGenerateModes(t *testing.T) {
	cases, err := generate(options{N: 6, Out: t.TempDir(), Broken: 2, Seed: 1, Src: "..", Modes: []string{"bad-case-toml"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Broken == "" {
			continue
		}
		if !strings.HasPrefix(c.Broken, "bad-case-toml:") {
			t.Errorf("%s broken as %q, want bad-case-toml", c.Dir, c.Broken)
		}
		data, err := os.ReadFile(filepath.Join(c.Dir, "case.toml"))
		if err != nil || !bytes.HasPrefix(data, []byte("name = \"unterminated\n")) {
			t.Errorf("%s/case.toml = %q, %v", c.Dir, data, err)
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := generate(options{N: 4, Out: dir, Broken: 1, Seed: 3, Src: ".."}); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := snapshot(t, a), snapshot(t, b); got != want {
		t.Errorf("same seed wrote different folders:\n%s\n---\n%s", got, want)
	}
}

func TestGenerateRefuses(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, opt := range map[string]options{
		"non-empty output": {N: 1, Out: full, Src: ".."},
		"zero cases":       {N: 0, Out: t.TempDir(), Src: ".."},
		"too many broken":  {N: 2, Broken: 3, Out: t.TempDir(), Src: ".."},
		"no output":        {N: 1, Src: ".."},
		"no samples":       {N: 1, Out: t.TempDir(), Src: t.TempDir()},
		"unknown mode":     {N: 2, Broken: 1, Out: t.TempDir(), Src: "..", Modes: []string{"melt"}},
	} {
		if _, err := generate(opt); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if data, err := os.ReadFile(filepath.Join(full, "keep.txt")); err != nil || string(data) != "x" {
		t.Errorf("existing file touched: %q, %v", data, err)
	}
}

// snapshot lists every file under dir with its content.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		b.WriteString(rel + "\n" + string(data) + "\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

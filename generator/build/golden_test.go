package build

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden Markdown under testdata/golden/")

// goldenCases are the case folders whose built-in products the golden test
// renders: each sample, and each real case of ../shared/pleadings when present.
func goldenCases(t *testing.T) map[string]string {
	t.Helper()
	cases := map[string]string{}
	samples := filepath.Join("..", "..", "samples")
	for _, s := range []string{"acme-v-brightline", "batch/pruitt-v-cardinal-ridge", "batch/quillhaven-v-quill-and-haven", "batch/tidewater-v-coldspire"} {
		cases[filepath.Join("samples", s)] = filepath.Join(samples, s)
	}
	real := filepath.Join("..", "..", "..", "shared", "pleadings")
	entries, err := os.ReadDir(real)
	if err != nil {
		t.Logf("real pleadings not found at %s (%v): checking the samples only", real, err)
		return cases
	}
	for _, e := range entries {
		if e.IsDir() {
			cases[filepath.Join("pleadings", e.Name())] = filepath.Join(real, e.Name())
		}
	}
	return cases
}

// TestGoldenMarkdown renders every built-in product of every case to
// Markdown and compares it with testdata/golden/<case>/<product>.md, so a
// change to the parser, the analysis or a template that alters any output
// shows up here, byte by byte. A change meant to alter the output updates
// the files with
//
//	go test ./generator/build -run TestGoldenMarkdown -update
//
// and the diff of testdata/golden is then reviewed like code. A case that
// fails to load or analyze has its error recorded instead.
func TestGoldenMarkdown(t *testing.T) {
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	templates := store.List()
	for name, dir := range goldenCases(t) {
		t.Run(name, func(t *testing.T) {
			golden := filepath.Join("testdata", "golden", filepath.FromSlash(name))
			outs := map[string][]byte{}
			f, err := LoadFolder(dir)
			var c *generator.Case
			if err == nil {
				c, err = generator.Analyze(f.Complaint, f.Answer)
			}
			if err != nil {
				outs["error.txt"] = []byte(strings.ReplaceAll(err.Error(), dir, "<case>") + "\n")
			} else {
				for _, tp := range templates {
					md, err := tp.Execute(c)
					if err != nil {
						md = []byte("error: " + strings.ReplaceAll(err.Error(), dir, "<case>") + "\n")
					}
					outs[tp.Name+".md"] = md
				}
			}
			if *updateGolden {
				if err := os.RemoveAll(golden); err != nil {
					t.Fatal(err)
				}
				if err := os.MkdirAll(golden, 0o755); err != nil {
					t.Fatal(err)
				}
				for file, data := range outs {
					if err := os.WriteFile(filepath.Join(golden, file), data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			have, _ := filepath.Glob(filepath.Join(golden, "*"))
			for _, p := range have {
				if _, ok := outs[filepath.Base(p)]; !ok {
					t.Errorf("%s: no longer produced (run with -update if that is meant)", p)
				}
			}
			for file, data := range outs {
				p := filepath.Join(golden, file)
				want, err := os.ReadFile(p)
				if err != nil {
					t.Errorf("%s: %v (run with -update to record it)", p, err)
					continue
				}
				if !bytes.Equal(data, want) {
					t.Errorf("%s differs from the golden file%s (run with -update if the change is meant)", p, firstDiff(data, want))
				}
			}
		})
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return ": line " + strconv.Itoa(i+1) + "\n  got:  " + gl + "\n  want: " + wl
		}
	}
	return ""
}

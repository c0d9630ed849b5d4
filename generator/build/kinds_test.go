package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// TestBuiltinOutputKinds runs every built-in template on the samples and the
// real pleadings and walks the AST of its Markdown: a node kind the PDF
// renderer has no function for would be dropped silently by goldmark.
func TestBuiltinOutputKinds(t *testing.T) {
	type pair struct{ name, complaint, answer string }
	var cases []pair
	for _, s := range []string{"acme-v-brightline", "batch/pruitt-v-cardinal-ridge", "batch/tidewater-v-coldspire", "batch/quillhaven-v-quill-and-haven"} {
		f, err := LoadFolder(filepath.Join("..", "..", "samples", s))
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, pair{s, f.Complaint.File, f.Answer.File})
	}
	real := filepath.Join("..", "..", "..", "shared", "pleadings")
	if entries, err := os.ReadDir(real); err == nil {
		for _, e := range entries {
			if e.IsDir() {
				d := filepath.Join(real, e.Name())
				cases = append(cases, pair{e.Name(), filepath.Join(d, "complaint.txt"), filepath.Join(d, "answer.txt")})
			}
		}
	} else {
		t.Logf("real pleadings not found at %s: checking the samples only", real)
	}
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range cases {
		cdoc, err := pleading.ParseFile(cs.complaint)
		if err != nil {
			t.Fatal(err)
		}
		adoc, err := pleading.ParseFile(cs.answer)
		if err != nil {
			t.Fatal(err)
		}
		c, err := generator.Analyze(cdoc, adoc)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range store.List() {
			md, err := tp.Execute(c)
			if err != nil {
				t.Errorf("%s on %s: %v", tp.Name, cs.name, err)
				continue
			}
			if kinds := render.UnhandledKinds(md); len(kinds) > 0 {
				t.Errorf("%s on %s: node kinds without a PDF render function: %v", tp.Name, cs.name, kinds)
			}
		}
	}
}

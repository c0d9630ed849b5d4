// Package realdata tests the built-in templates on the real pleadings and
// the samples. It is its own package so that package tmpl's tests do not
// depend on the parser.
package realdata

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// realCases are complaint/answer pairs from the samples and, when present,
// the real pleadings in ../shared/pleadings beside the repository.
func realCases(t *testing.T) map[string][2]string {
	cases := map[string][2]string{
		"acme-v-brightline":       {"../../../samples/acme-v-brightline/complaint.md", "../../../samples/acme-v-brightline/answer.md"},
		"pruitt-v-cardinal-ridge": {"../../../samples/batch/pruitt-v-cardinal-ridge/complaint.txt", "../../../samples/batch/pruitt-v-cardinal-ridge/answer.txt"},
	}
	shared := filepath.Join("..", "..", "..", "..", "shared", "pleadings")
	dirs, err := os.ReadDir(shared)
	if err != nil {
		t.Logf("real pleadings not found at %s (%v): testing the samples only", shared, err)
	}
	for _, d := range dirs {
		if d.IsDir() {
			dir := filepath.Join(shared, d.Name())
			cases[d.Name()] = [2]string{filepath.Join(dir, "complaint.txt"), filepath.Join(dir, "answer.txt")}
		}
	}
	return cases
}

// TestCaseSummaryOnRealCases runs the built-in case summary on parsed real
// cases (the generator's analyzed case has the same Complaint and Answer): it must execute, and every table row must have as many cells
// as its header.
func TestCaseSummaryOnRealCases(t *testing.T) {
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := store.Get("case-summary")
	if err != nil {
		t.Fatal(err)
	}
	gfm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	rowRE := regexp.MustCompile(`(?s)<tr>.*?</tr>`)
	for name, files := range realCases(t) {
		t.Run(name, func(t *testing.T) {
			complaint, err := pleading.ParseFile(files[0])
			if err != nil {
				t.Skipf("parse complaint: %v", err)
			}
			answer, err := pleading.ParseFile(files[1])
			if err != nil {
				t.Skipf("parse answer: %v", err)
			}
			out, err := tp.Execute(struct {
				Complaint, Answer *pleading.Document
				Firm              tmpl.Firm
			}{complaint, answer, tmpl.Firm{}})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(out, []byte("## Counts")) || !bytes.Contains(out, []byte("## Answer")) {
				t.Errorf("summary lacks its sections:\n%s", out)
			}
			var buf bytes.Buffer
			if err := gfm.Convert(out, &buf); err != nil {
				t.Fatal(err)
			}
			for _, table := range strings.Split(buf.String(), "<table>")[1:] {
				table = table[:strings.Index(table, "</table>")]
				rows := rowRE.FindAllString(table, -1)
				want := strings.Count(rows[0], "<th")
				for _, r := range rows[1:] {
					if n := strings.Count(r, "<td"); n != want {
						t.Errorf("row with %d cells, header has %d: %s", n, want, r)
					}
				}
			}
			if len(complaint.Counts) > 0 && !bytes.Contains(out, []byte("| I |")) {
				t.Errorf("count I missing:\n%s", out)
			}
		})
	}
}

package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestHTMLGolden renders each testdata/*.md to HTML and compares it with
// testdata/*.html (go test -update rewrites them).
func TestHTMLGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			md, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := HTML(&buf, md, "Smith v. Acme <Corp.> — Chart"); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".md") + ".html"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from %s (go test -update to accept):\n%s", f, golden, buf.String())
			}
		})
	}
}

func TestHTMLPage(t *testing.T) {
	var buf bytes.Buffer
	md := "# Heading One\n\n| a |\n|---|\n| <a id=\"p1\"></a>x \\| y |\n"
	if err := HTML(&buf, []byte(md), "A <b> title"); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for _, want := range []string{
		"<!DOCTYPE html>", "<title>A &lt;b&gt; title</title>", "<style>", "@media print",
		`<h1 id="heading-one">Heading One</h1>`, `<a id="p1"></a>x | y`, "</html>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

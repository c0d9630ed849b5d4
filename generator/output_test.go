package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

func TestTableColumns(t *testing.T) {
	md := "# T\n\n| a | b |\n|---|---:|\n| 1 | 2 |\n\ntext - with | bar\n\n```\n|---|---|---|\n```\n\n| x | y | z |\n| :-- | --- | :-: |\n"
	if got, want := tableColumns([]byte(md)), []int{2, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("tableColumns = %v, want %v", got, want)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	for _, data := range []string{"first\n", "second\n"} {
		if err := WriteFileAtomic(p, []byte(data)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != data {
			t.Errorf("read %q, %v; want %q", got, err, data)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x.md"), nil); err == nil || !strings.Contains(err.Error(), "x.md") {
		t.Errorf("error %v does not name the file", err)
	}
}

func TestRenderChartFormats(t *testing.T) {
	c, err := Analyze(testComplaint(), testAnswer())
	if err != nil {
		t.Fatal(err)
	}
	outs, err := Render(chartTemplate(t, nil), c, []tmpl.Format{tmpl.Markdown, tmpl.PDF, tmpl.HTML}, c.Header())
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 3 {
		t.Fatalf("%d outputs, want 3", len(outs))
	}
	if outs[0].Name != "response-chart.md" || !bytes.HasPrefix(outs[0].Data, []byte("# Response Chart")) {
		t.Errorf("md output %s: %.40q", outs[0].Name, outs[0].Data)
	}
	if outs[1].Name != "response-chart.pdf" || !bytes.HasPrefix(outs[1].Data, []byte("%PDF-")) {
		t.Errorf("pdf output %s: %.10q", outs[1].Name, outs[1].Data)
	}
	if h := string(outs[2].Data); outs[2].Name != "response-chart.html" || !strings.Contains(h, `id="p8"`) || !strings.Contains(h, `href="#p8"`) {
		t.Errorf("html output %s lacks the ¶8 anchor and link", outs[2].Name)
	}
	dir := t.TempDir()
	paths, err := WriteOutputs(filepath.Join(dir, "out"), outs)
	if err != nil || len(paths) != 3 {
		t.Fatalf("WriteOutputs = %v, %v", paths, err)
	}
	if c.Header() != "Acme Corp. v. 24/7 Customer, Inc., No. 14-cv-01559-RWS" {
		t.Errorf("header = %q", c.Header())
	}
}

// Defect 13 of #18: a case's outputs are written as a set — when one
// cannot be written, none is replaced and no temporary file is left.
func TestWriteOutputsAsSet(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "chart.md")
	if err := os.WriteFile(old, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	outs := []Output{{Name: "chart.md", Data: []byte("new")}, {Name: "missing/chart.pdf", Data: []byte("%PDF")}}
	if _, err := WriteOutputs(dir, outs); err == nil {
		t.Fatal("no error for an output that cannot be written")
	}
	if b, _ := os.ReadFile(old); string(b) != "old" {
		t.Errorf("chart.md = %q: replaced although the set failed", b)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	paths, err := WriteOutputs(dir, outs[:1])
	if err != nil || len(paths) != 1 {
		t.Fatal(paths, err)
	}
	if b, _ := os.ReadFile(old); string(b) != "new" {
		t.Errorf("chart.md = %q after a good write", b)
	}
}

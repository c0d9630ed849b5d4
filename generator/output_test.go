package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

func TestPageOptionsTableWidths(t *testing.T) {
	src := "body = 'x'\n[page]\ncolumn_widths = [1, 1]\n[page.tables.chart]\ncolumn_widths = [1, 2, 7]\n[page.tables.3]\ncolumn_widths = [1, 3]\n"
	tp, err := tmpl.Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	md := "# T\n\n| a | b |\n|---|---:|\n| 1 | 2 |\n\n## Chart\n\n| x | y | z |\n| :-- | --- | :-: |\n\n## Other\n\n| p | q |\n|---|---|\n\n- | in | list |\n  |---|---|\n"
	opts, err := PageOptions(tp, []byte(md), "")
	if err != nil {
		t.Fatal(err)
	}
	cfg := render.NewConfig()
	for _, o := range opts {
		o(&cfg)
	}
	want := map[int][]float64{0: {0.5, 0.5}, 1: {1, 2, 7}, 2: {1, 3}, 3: {0.5, 0.5}}
	if !reflect.DeepEqual(cfg.ColumnWidths, want) {
		t.Errorf("widths = %v, want %v", cfg.ColumnWidths, want)
	}
	// The chart's widths do not fit a two-column chart: an error at the line.
	_, err = PageOptions(tp, []byte("## Chart\n\n| x | y |\n|---|---|\n"), "")
	if err == nil || !strings.Contains(err.Error(), "t.toml:5:") || !strings.Contains(err.Error(), "3 widths") {
		t.Errorf("mismatched widths: err = %v, want one at t.toml:5", err)
	}
	if _, err := Render(tp, nil, []tmpl.Format{tmpl.PDF}, ""); err != nil {
		t.Errorf("a template without tables: %v", err)
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

package tmpl

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

func builtinFS() fstest.MapFS {
	return fstest.MapFS{
		"case-summary.toml":   {Data: []byte("name = \"case-summary\"\ntitle = \"Built-in summary\"\nbody = 'builtin'\n")},
		"response-chart.toml": {Data: []byte("title = \"Chart\"\nbody = 'chart'\n[page]\norientation = \"landscape\"\n")},
		"elements.toml":       {Data: []byte("[[claim]]\nid = \"copyright\"\ntitle = \"Copyright\"\n")},
		"defenses.toml":       {Data: []byte("version = 1\n[[defense]]\nname = \"laches\"\n")},
		"README.md":           {Data: []byte("not toml")},
	}
}

func TestStoreOverride(t *testing.T) {
	user := fstest.MapFS{
		"my-summary.toml": {Data: []byte("name = \"case-summary\"\ntitle = \"Firm summary\"\nbody = 'firm'\n")},
		"extra.toml":      {Data: []byte("body = 'extra'\n")},
		"elements.toml":   {Data: []byte("[[claim]]\nid = \"negligence\"\n")},
	}
	s, err := LoadFS(user, "case/templates", builtinFS())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Names(), []string{"case-summary", "extra", "response-chart"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names = %v, want %v", got, want)
	}
	for _, tc := range []struct{ name, origin, shadows, out string }{
		{"case-summary", filepath.Join("case/templates", "my-summary.toml"), "builtin:case-summary.toml", "firm\n"},
		{"extra", filepath.Join("case/templates", "extra.toml"), "", "extra\n"},
		{"response-chart", "builtin:response-chart.toml", "", "chart\n"},
	} {
		tp, err := s.Get(tc.name)
		if err != nil {
			t.Fatal(err)
		}
		if tp.Origin != tc.origin || tp.Shadows != tc.shadows {
			t.Errorf("%s: origin %q shadows %q, want %q, %q", tc.name, tp.Origin, tp.Shadows, tc.origin, tc.shadows)
		}
		if out, err := tp.Execute(nil); err != nil || string(out) != tc.out {
			t.Errorf("%s: Execute = %q, %v; want %q", tc.name, out, err, tc.out)
		}
	}
	if got := s.Libraries(); len(got) != 3 {
		t.Errorf("libraries = %v, want the case's elements.toml and the built-in elements.toml and defenses.toml", got)
	}
	if len(s.List()) != 3 || s.List()[0].Name != "case-summary" {
		t.Errorf("List = %v", s.List())
	}
	_, err = s.Get("claim-matrix")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "have: case-summary, extra, response-chart") {
		t.Errorf("Get unknown = %v", err)
	}
}

func TestStoreErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		user fstest.MapFS
		want []string
	}{
		{"every broken file is reported", fstest.MapFS{
			"a.toml": {Data: []byte("body = '{{ .X '\n")},
			"b.toml": {Data: []byte("title = 'x\nbody = 'y'\n")},
			"c.toml": {Data: []byte("body = 'ok'\nsize = 3\n")},
		}, []string{"case/templates/a.toml:1:", "case/templates/b.toml:1:", "case/templates/c.toml:2:1: unknown key"}},
		{"duplicate names", fstest.MapFS{
			"a.toml": {Data: []byte("name = \"dup\"\nbody = 'a'\n")},
			"b.toml": {Data: []byte("\nname = \"dup\"\nbody = 'b'\n")},
		}, []string{`case/templates/b.toml:2:1: invalid value: template "dup" is also defined in case/templates/a.toml`}},
		{"a template without body is not taken for a library", fstest.MapFS{
			"a.toml": {Data: []byte("name = \"a\"\noutput = \"a\"\n")},
		}, []string{"case/templates/a.toml: invalid value: template has no body"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadFS(tc.user, "case/templates", builtinFS())
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), filepath.FromSlash(w)) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}

// TestLoadBuiltins loads the real built-ins: every template in templates/

// A broken template is broken alone: the store keeps the others, names the
// broken ones, and never falls back to the built-in a broken file overrides.
func TestStoreBrokenAlone(t *testing.T) {
	user := fstest.MapFS{
		"case-summary.toml": {Data: []byte("name = \"case-summary\"\nbody = '''\n{{ if .X }}\nx\n'''\n")},
		"not-toml.toml":     {Data: []byte("name = \"not-toml\"\nbody = '''\nx\n")},
		"uses.toml":         {Data: []byte("extends = \"case-summary\"\nbody = '''{{ define \"a\" }}{{ end }}'''\n")},
		"fine.toml":         {Data: []byte("body = 'fine'\n")},
	}
	s, err := LoadFS(user, "case/templates", builtinFS())
	if s == nil || err == nil {
		t.Fatalf("store %v, error %v: want the store of the others and the errors", s, err)
	}
	if got, want := s.Names(), []string{"fine", "response-chart"}; !reflect.DeepEqual(got, want) {
		t.Errorf("usable: %v, want %v", got, want)
	}
	broken := s.Broken()
	for name, want := range map[string]string{
		"case-summary": "case/templates/case-summary.toml:3:1: template parse: {{if}} has no {{end}}",
		"not-toml":     "case/templates/not-toml.toml:3:",
		"uses":         `case/templates/uses.toml:1:11: invalid value: extends "case-summary", whose file has errors`,
	} {
		if e := broken[name]; e == nil || !strings.Contains(e.Error(), filepath.FromSlash(want)) {
			t.Errorf("%s: %v, want %q", name, e, want)
		}
		if _, err := s.Get(name); err == nil || !strings.Contains(err.Error(), filepath.FromSlash(want)) {
			t.Errorf("Get(%s): %v, want its own error", name, err)
		}
	}
	if len(broken) != 3 {
		t.Errorf("broken: %v, want 3", broken)
	}
}

// must parse, and every library must be recognized as one.
func TestLoadBuiltins(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := s.Get("case-summary")
	if err != nil {
		t.Fatal(err)
	}
	if tp.Origin != "builtin:case-summary.toml" {
		t.Errorf("origin = %q", tp.Origin)
	}
	for _, tp := range s.List() {
		if tp.Description == "" || tp.Title == tp.Name {
			t.Errorf("%s: a built-in needs a title and a description", tp.Origin)
		}
	}
}

func TestLoadCaseDir(t *testing.T) {
	dir := t.TempDir()
	// No templates directory: the built-ins alone.
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	builtins := len(s.Names())
	if err := os.MkdirAll(filepath.Join(dir, "templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "templates", "case-summary.toml")
	if err := os.WriteFile(p, []byte("title = \"Ours\"\ndescription = \"x\"\nbody = '''\n{{ .Nope }}\n'''\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	tp, _ := s.Get("case-summary")
	if tp.Origin != p || tp.Shadows != "builtin:case-summary.toml" || len(s.Names()) != builtins {
		t.Errorf("origin %q shadows %q names %v", tp.Origin, tp.Shadows, s.Names())
	}
	_, err = tp.Execute(map[string]any{})
	if err == nil || !strings.HasPrefix(err.Error(), p+":4:4: execute:") {
		t.Errorf("execute error = %v, want it at %s:4:4", err, p)
	}
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	tdir := filepath.Join(dir, "templates")
	if err := os.MkdirAll(tdir, 0o755); err != nil {
		t.Fatal(err)
	}
	mine := []byte("body = 'mine'\n")
	if err := os.WriteFile(filepath.Join(tdir, "case-summary.toml"), mine, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := initFS(dir, builtinFS(), InitOptions{Libraries: true})
	if err != nil {
		t.Fatal(err)
	}
	var written, skipped []string
	for _, r := range res {
		if r.Skipped {
			skipped = append(skipped, filepath.Base(r.Path))
		} else {
			written = append(written, filepath.Base(r.Path))
		}
	}
	if !reflect.DeepEqual(written, []string{"defenses.toml", "elements.toml", "response-chart.toml"}) || !reflect.DeepEqual(skipped, []string{"case-summary.toml"}) {
		t.Errorf("written %v skipped %v", written, skipped)
	}
	if got, _ := os.ReadFile(filepath.Join(tdir, "case-summary.toml")); string(got) != string(mine) {
		t.Errorf("init overwrote an existing file: %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(tdir, "elements.toml")); string(got) != string(builtinFS()["elements.toml"].Data) {
		t.Errorf("elements.toml = %q", got)
	}
	entries, _ := os.ReadDir(tdir)
	if len(entries) != 4 {
		t.Errorf("templates dir holds %d files, want 4 (no temp files left)", len(entries))
	}
	// Running it again writes nothing.
	res, err = initFS(dir, builtinFS(), InitOptions{Libraries: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !r.Skipped {
			t.Errorf("second init wrote %s", r.Path)
		}
	}
	// The real built-ins copy and load back as the case's own.
	dir2 := t.TempDir()
	if _, err := Init(dir2, InitOptions{}); err != nil {
		t.Fatal(err)
	}
	s, err := Load(dir2)
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range s.List() {
		if strings.HasPrefix(tp.Origin, "builtin:") {
			t.Errorf("%s: after init, every template should come from the case", tp.Name)
		}
	}
}

// init copies the templates and partials alone by default, the libraries
// with Libraries, one file by name, and names the nearest for a typo.
func TestInitSelect(t *testing.T) {
	b := builtinFS()
	b["partials/banner.md.tmpl"] = &fstest.MapFile{Data: []byte("BANNER\n")}
	for _, tc := range []struct {
		name string
		opts InitOptions
		want []string
		err  string
	}{
		{"templates only", InitOptions{}, []string{"case-summary.toml", "partials/banner.md.tmpl", "response-chart.toml"}, ""},
		{"with libraries", InitOptions{Libraries: true}, []string{"case-summary.toml", "defenses.toml", "elements.toml", "partials/banner.md.tmpl", "response-chart.toml"}, ""},
		{"one template", InitOptions{Names: []string{"response-chart"}}, []string{"response-chart.toml"}, ""},
		{"a partial and a library", InitOptions{Names: []string{"banner", "elements.toml"}}, []string{"elements.toml", "partials/banner.md.tmpl"}, ""},
		{"a typo", InitOptions{Names: []string{"response-chrt"}}, nil, "did you mean response-chart?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			_, err := initFS(dir, b, tc.opts)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			filepath.WalkDir(filepath.Join(dir, "templates"), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					rel, _ := filepath.Rel(filepath.Join(dir, "templates"), p)
					got = append(got, filepath.ToSlash(rel))
				}
				return nil
			})
			sort.Strings(got)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("copied %v, want %v", got, tc.want)
			}
		})
	}
}

// diff shows a case's copy against today's built-in: changed lines, the
// same, or the case's own; partials and libraries too.
func TestDiffs(t *testing.T) {
	b := builtinFS()
	b["partials/banner.md.tmpl"] = &fstest.MapFile{Data: []byte("BANNER\n")}
	dir := t.TempDir()
	tdir := filepath.Join(dir, "templates")
	if _, err := initFS(dir, b, InitOptions{Names: []string{"case-summary", "response-chart", "banner", "elements"}}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(tdir, "response-chart.toml"), []byte("title = \"Our chart\"\nbody = 'chart'\n[page]\norientation = \"landscape\"\n"), 0o644)
	os.WriteFile(filepath.Join(tdir, "partials", "banner.md.tmpl"), []byte("OUR BANNER\n"), 0o644)
	os.WriteFile(filepath.Join(tdir, "memo.toml"), []byte("body = 'memo'\n"), 0o644)
	s, err := LoadLayers(nil, Layer{FS: os.DirFS(tdir), Dir: tdir}, Layer{FS: b, Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := s.diffs(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Diff{}
	for _, d := range ds {
		got[d.Kind+" "+d.Name] = d
	}
	if d := got["template response-chart"]; !strings.Contains(d.Unified, "-title = \"Chart\"\n+title = \"Our chart\"") || d.Builtin != "builtin:response-chart.toml" {
		t.Errorf("response-chart: %+v", d)
	}
	if d := got["partial banner"]; !strings.Contains(d.Unified, "-BANNER\n+OUR BANNER") {
		t.Errorf("banner: %+v", d)
	}
	if d, ok := got["template case-summary"]; !ok || d.Unified != "" {
		t.Errorf("case-summary is the same as the built-in: %+v", d)
	}
	if d, ok := got["library elements"]; !ok || d.Unified != "" {
		t.Errorf("elements: %+v", d)
	}
	if d, ok := got["template memo"]; !ok || d.Builtin != "" {
		t.Errorf("memo is the case's own: %+v", d)
	}
	if ds, err := s.diffs(b, []string{"banner"}); err != nil || len(ds) != 1 {
		t.Errorf("diff banner: %v, %v", ds, err)
	}
}

package tmpl

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
	"github.com/pleadkit/pleadkit/templates"
)

// The kinds of built-in file.
const (
	KindTemplate = "template"
	KindPartial  = "partial"
	KindLibrary  = "library"
)

// BuiltinFile is one file of the built-ins a case or firm can copy.
type BuiltinFile struct {
	Name string // the template's name, the partial's or the library's (its stem: elements, defenses-public)
	Kind string // KindTemplate, KindPartial or KindLibrary
	Path string // in the built-ins: response-chart.toml, partials/banner.md.tmpl
}

// builtinFiles lists the files of builtin by kind and name.
func builtinFiles(builtin fs.FS) ([]BuiltinFile, error) {
	var out []BuiltinFile
	names, err := fs.Glob(builtin, "*.toml")
	if err != nil {
		return nil, err
	}
	for _, p := range names {
		src, err := fs.ReadFile(builtin, p)
		if err != nil {
			return nil, err
		}
		if isLibrary(src) {
			out = append(out, BuiltinFile{Name: strings.TrimSuffix(p, ".toml"), Kind: KindLibrary, Path: p})
			continue
		}
		out = append(out, BuiltinFile{Name: brokenName(p, src), Kind: KindTemplate, Path: p})
	}
	parts, err := fs.Glob(builtin, "partials/*.md.tmpl")
	if err != nil {
		return nil, err
	}
	for _, p := range parts {
		out = append(out, BuiltinFile{Name: strings.TrimSuffix(path.Base(p), ".md.tmpl"), Kind: KindPartial, Path: p})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// InitOptions say what Init copies.
type InitOptions struct {
	// Names are the templates, partials and libraries to copy, by name
	// (response-chart, banner, elements); nil means every template and partial.
	Names []string
	// Libraries copies the claim-element and defense libraries too (when
	// Names is nil). A copied library shadows every later built-in update
	// of it, so it is copied only when asked for.
	Libraries bool
}

// InitResult is what Init did with one built-in file.
type InitResult struct {
	Path    string // the file in DIR/templates
	Skipped bool   // it existed already and was left alone
}

// Init copies built-in files into dir/templates (partials into
// dir/templates/partials), creating the folders: every template and
// partial, the libraries too with opts.Libraries, or only opts.Names. It
// never overwrites a file that is there already.
func Init(dir string, opts InitOptions) ([]InitResult, error) {
	return initFS(dir, templates.FS, opts)
}

func initFS(dir string, builtin fs.FS, opts InitOptions) ([]InitResult, error) {
	files, err := builtinFiles(builtin)
	if err != nil {
		return nil, fmt.Errorf("templates init: %w", err)
	}
	var pick []BuiltinFile
	if opts.Names == nil {
		for _, f := range files {
			if f.Kind != KindLibrary || opts.Libraries {
				pick = append(pick, f)
			}
		}
	}
	for _, n := range opts.Names {
		f, err := findBuiltin(files, n)
		if err != nil {
			return nil, fmt.Errorf("templates init: %w", err)
		}
		pick = append(pick, f)
	}
	dst := filepath.Join(dir, "templates")
	var out []InitResult
	for _, f := range pick {
		p := filepath.Join(dst, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return out, fmt.Errorf("templates init: %w", err)
		}
		data, err := fs.ReadFile(builtin, f.Path)
		if err != nil {
			return out, fmt.Errorf("templates init: %w", err)
		}
		written, err := writeNew(p, data)
		if err != nil {
			return out, fmt.Errorf("templates init: %w", err)
		}
		out = append(out, InitResult{Path: p, Skipped: !written})
	}
	return out, nil
}

// findBuiltin returns the built-in file called name (a template, partial
// or library name; a file name works too), or an error naming the nearest.
func findBuiltin(files []BuiltinFile, name string) (BuiltinFile, error) {
	n := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(path.Base(filepath.ToSlash(name)), "partials/"), ".toml"), ".md.tmpl")
	var names []string
	for _, f := range files {
		if f.Name == n || strings.TrimSuffix(f.Path, ".toml") == n {
			return f, nil
		}
		names = append(names, f.Name)
	}
	return BuiltinFile{}, fmt.Errorf("no built-in template, partial or library %q; %s", name,
		SuggestHint(n, names, "the built-ins are "+strings.Join(names, ", ")))
}

// writeNew writes data to p atomically unless p exists; it reports whether
// it wrote.
func writeNew(p string, data []byte) (bool, error) {
	if _, err := os.Lstat(p); err == nil {
		return false, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".init-*.toml")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	// A hard link fails if p appeared meanwhile, so nothing is overwritten.
	if err := os.Link(tmp.Name(), p); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return false, nil
		}
		if _, statErr := os.Lstat(p); statErr == nil {
			return false, nil
		}
		if err := os.Rename(tmp.Name(), p); err != nil {
			return false, err
		}
	}
	return true, nil
}

// Diff is how a case's or firm's file differs from the built-in of the
// same name it replaces.
type Diff struct {
	Name    string // the template, partial or library
	Kind    string // KindTemplate, KindPartial or KindLibrary
	Origin  string // the case's or firm's file
	Builtin string // "builtin:PATH", or "" when the file is the case's or firm's own, replacing no built-in
	Unified string // the unified diff from the built-in to the file; "" when they are the same
}

// Diffs compares every file of the store's case and firm layers that has
// the name of a built-in (the one in use for each name: a case's copy over
// the firm's) with that built-in as it is today. names, when given, limit
// it to those templates, partials and libraries.
func (s *Store) Diffs(names []string) ([]Diff, error) { return s.diffs(templates.FS, names) }

func (s *Store) diffs(builtin fs.FS, names []string) ([]Diff, error) {
	files, err := builtinFiles(builtin)
	if err != nil {
		return nil, err
	}
	byKey := map[string]BuiltinFile{}
	for _, f := range files {
		byKey[f.Kind+" "+f.Name] = f
	}
	type local struct{ name, kind, origin string }
	var locals []local
	for _, t := range s.List() {
		locals = append(locals, local{t.Name, KindTemplate, t.Origin})
	}
	for n, el := range s.broken {
		if len(el) > 0 && el[0].Pos.File != "" {
			locals = append(locals, local{n, KindTemplate, el[0].Pos.File})
		}
	}
	for n, u := range s.partials {
		locals = append(locals, local{n, KindPartial, u.origin})
	}
	seenLib := map[string]bool{}
	for _, o := range s.libraries { // most specific layer first
		n := strings.TrimSuffix(filepath.Base(strings.TrimPrefix(o, "builtin:")), ".toml")
		if !seenLib[n] {
			seenLib[n] = true
			locals = append(locals, local{n, KindLibrary, o})
		}
	}
	want := map[string]bool{}
	for _, n := range names {
		f, err := findBuiltin(files, n)
		if err != nil {
			return nil, fmt.Errorf("templates diff: %w", err)
		}
		want[f.Kind+" "+f.Name] = true
	}
	var out []Diff
	for _, l := range locals {
		key := l.kind + " " + l.name
		if strings.HasPrefix(l.origin, "builtin:") || (len(want) > 0 && !want[key]) {
			continue
		}
		d := Diff{Name: l.name, Kind: l.kind, Origin: l.origin}
		b, ok := byKey[key]
		if !ok { // the case's or firm's own, replacing no built-in
			out = append(out, d)
			continue
		}
		mine, err := os.ReadFile(l.origin)
		if err != nil {
			return nil, fmt.Errorf("templates diff: %w", err)
		}
		orig, err := fs.ReadFile(builtin, b.Path)
		if err != nil {
			return nil, fmt.Errorf("templates diff: %w", err)
		}
		d.Builtin = "builtin:" + b.Path
		if string(orig) != string(mine) {
			d.Unified = udiff.Unified(d.Builtin, l.origin, string(orig), string(mine))
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind > out[j].Kind // templates, then partials, then libraries
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

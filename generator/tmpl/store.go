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

	"github.com/pleadkit/pleadkit/templates"
)

// Store is the templates a case can use: its own, from its templates/
// directory, then the built-ins for every name the case does not take.
type Store struct {
	byName    map[string]*Template
	libraries []string // origins of the library files skipped
}

// Load returns the store for the case folder caseDir: the templates in
// caseDir/templates/*.toml, then the built-ins. An empty caseDir, or one
// without a templates directory, gives the built-ins alone. Every problem
// in every file is reported, each at its file and line.
func Load(caseDir string) (*Store, error) {
	var user fs.FS
	var userDir string
	if caseDir != "" {
		userDir = filepath.Join(caseDir, "templates")
		if st, err := os.Stat(userDir); err == nil && st.IsDir() {
			user = os.DirFS(userDir)
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("templates: %w", err)
		}
	}
	return LoadFS(user, userDir, templates.FS)
}

// LoadFS is Load from file systems: user (may be nil) holds the case's
// *.toml files, named in errors as userDir/NAME; builtin the built-ins,
// named "builtin:NAME".
func LoadFS(user fs.FS, userDir string, builtin fs.FS) (*Store, error) {
	s := &Store{byName: map[string]*Template{}}
	var errs ErrorList
	origins := map[string]string{} // name -> origin, for duplicates
	load := func(fsys fs.FS, origin func(string) string, isBuiltin bool) {
		names, err := fs.Glob(fsys, "*.toml")
		if err != nil {
			errs = append(errs, &Error{Pos: Pos{File: origin("*.toml")}, Kind: ErrInvalid, Err: err})
			return
		}
		sort.Strings(names)
		for _, name := range names {
			o := origin(name)
			src, err := fs.ReadFile(fsys, name)
			if err != nil {
				errs = append(errs, &Error{Pos: Pos{File: o}, Kind: ErrInvalid, Err: err, Hint: "make the file readable or remove it"})
				continue
			}
			if isLibrary(src) {
				s.libraries = append(s.libraries, o)
				continue
			}
			t, err := Parse(o, src)
			if err != nil {
				var l ErrorList
				if errors.As(err, &l) {
					errs = append(errs, l...)
				}
				continue
			}
			if prev, ok := s.byName[t.Name]; ok {
				if isBuiltin {
					if !strings.HasPrefix(prev.Origin, "builtin:") {
						prev.Shadows = o
						continue
					}
				}
				line, col := t.src.keyPos("name")
				errs = append(errs, &Error{Pos: Pos{File: o, Line: line, Col: col}, Kind: ErrInvalid,
					Err:  fmt.Errorf("template %q is also defined in %s", t.Name, origins[t.Name]),
					Hint: "give one of them another name"})
				continue
			}
			s.byName[t.Name] = t
			origins[t.Name] = o
		}
	}
	if user != nil {
		load(user, func(n string) string { return filepath.Join(userDir, n) }, false)
	}
	if builtin != nil {
		load(builtin, func(n string) string { return "builtin:" + n }, true)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return s, nil
}

// templateKeys are the top-level keys of a template file.
var templateKeys = []string{"name", "title", "description", "output", "formats", "body", "page", "options"}

// isLibrary reports whether src is a library rather than a template: a
// TOML file that sets none of the template keys at its top level (a
// library's data sits under tables such as [[claim]]). A template with a
// misspelled body is still a template, so Parse reports it. Libraries are
// not decoded here: the package that reads them reports their errors.
func isLibrary(src []byte) bool {
	s := scan(string(src), true)
	for _, k := range templateKeys {
		if _, ok := s.keys[k]; ok {
			return false
		}
	}
	return true
}

// Get returns the template called name.
func (s *Store) Get(name string) (*Template, error) {
	if t, ok := s.byName[name]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("%w %q (have: %s)", ErrNotFound, name, strings.Join(s.Names(), ", "))
}

// Names returns the template names, sorted.
func (s *Store) Names() []string {
	names := make([]string, 0, len(s.byName))
	for n := range s.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// List returns the templates sorted by name.
func (s *Store) List() []*Template {
	out := make([]*Template, 0, len(s.byName))
	for _, n := range s.Names() {
		out = append(out, s.byName[n])
	}
	return out
}

// Libraries returns the origins of the library files the store skipped
// (TOML files without a body, such as elements.toml), sorted.
func (s *Store) Libraries() []string { return append([]string(nil), s.libraries...) }

// InitResult is what Init did with one built-in file.
type InitResult struct {
	Path    string // the file in DIR/templates
	Skipped bool   // it existed already and was left alone
}

// Init copies every built-in file (templates and libraries) into
// dir/templates, creating the directory, and never overwrites a file that
// is there already.
func Init(dir string) ([]InitResult, error) {
	return initFS(dir, templates.FS)
}

func initFS(dir string, builtin fs.FS) ([]InitResult, error) {
	dst := filepath.Join(dir, "templates")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return nil, fmt.Errorf("templates init: %w", err)
	}
	names, err := fs.Glob(builtin, "*.toml")
	if err != nil {
		return nil, fmt.Errorf("templates init: %w", err)
	}
	sort.Strings(names)
	var out []InitResult
	for _, name := range names {
		p := filepath.Join(dst, path.Base(name))
		data, err := fs.ReadFile(builtin, name)
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

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

	"github.com/BurntSushi/toml"
	"github.com/pleadkit/pleadkit/templates"
)

// Store is the templates a case can use, found one name at a time: the
// case's own (its templates/ folder), then the firm's, then the built-ins.
type Store struct {
	byName    map[string]*Template
	broken    map[string]ErrorList // templates that cannot be used, by name, and why
	libraries []string             // origins of the library files skipped
	partials  map[string]*unit     // shared partials by name, the first layer's winning
	firm      *Firm
}

// Layer is one place templates, partials and libraries come from.
type Layer struct {
	FS      fs.FS  // holds *.toml and partials/*.md.tmpl
	Dir     string // names its files in errors: Dir/NAME
	Builtin bool   // the embedded built-ins, named "builtin:NAME"
}

// origin names file name of the layer.
func (l Layer) origin(name string) string {
	if l.Builtin {
		return "builtin:" + name
	}
	return filepath.Join(l.Dir, filepath.FromSlash(name))
}

// Load returns the store for the case folder caseDir: the templates in
// caseDir/templates, then those of the firm folder found by walking up
// from caseDir to a pleadkit.toml, then the built-ins. An empty caseDir
// gives the built-ins alone. Every problem in every file is reported,
// each at its file and line.
func Load(caseDir string) (*Store, error) { return LoadFor(caseDir, "") }

// LoadFor is Load with the firm folder given (from --templates or
// PLEADKIT_TEMPLATES); an empty firmDir is looked for as Load does.
func LoadFor(caseDir, firmDir string) (*Store, error) {
	dir, err := FindFirm(caseDir, firmDir)
	if err != nil {
		return nil, err
	}
	firm, err := LoadFirm(dir)
	if err != nil {
		return nil, err
	}
	var layers []Layer
	seen := map[string]bool{}
	add := func(d string) error {
		if d == "" {
			return nil
		}
		abs, _ := filepath.Abs(d)
		if seen[abs] {
			return nil
		}
		st, err := os.Stat(d)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("templates: %w", err)
		}
		if st.IsDir() {
			seen[abs] = true
			layers = append(layers, Layer{FS: os.DirFS(d), Dir: d})
		}
		return nil
	}
	if caseDir != "" {
		if err := add(filepath.Join(caseDir, "templates")); err != nil {
			return nil, err
		}
	}
	if err := add(firm.Templates); err != nil {
		return nil, err
	}
	layers = append(layers, Layer{FS: templates.FS, Builtin: true})
	return LoadLayers(firm, layers...)
}

// LoadFS is Load from file systems: user (may be nil) holds the case's
// *.toml files, named in errors as userDir/NAME; builtin the built-ins,
// named "builtin:NAME".
func LoadFS(user fs.FS, userDir string, builtin fs.FS) (*Store, error) {
	var layers []Layer
	if user != nil {
		layers = append(layers, Layer{FS: user, Dir: userDir})
	}
	if builtin != nil {
		layers = append(layers, Layer{FS: builtin, Builtin: true})
	}
	return LoadLayers(nil, layers...)
}

// LoadLayers builds a store from layers, most specific first: a template
// or partial name is taken from the first layer that has it. firm (may be
// nil) gives the settings of pleadkit.toml: its [page] settings replace
// those of every template whose own file (a case's or the firm's) does not
// set them, and its [options.NAME] the option defaults.
//
// A template whose file does not parse, extend or compile is broken alone:
// LoadLayers then returns the store of the others together with the
// errors, and Broken says which names cannot be used. A problem that is
// no one template's (pleadkit.toml, a partial file's name) gives a nil store.
func LoadLayers(firm *Firm, layers ...Layer) (*Store, error) {
	if firm == nil {
		firm = &Firm{}
		firm.Page.fill(false)
	}
	s := &Store{byName: map[string]*Template{}, broken: map[string]ErrorList{}, partials: map[string]*unit{}, firm: firm}
	var errs ErrorList
	perLayer := make([]map[string]*Template, len(layers))
	badLayer := make([]map[string]ErrorList, len(layers))
	for i, l := range layers {
		perLayer[i], badLayer[i] = s.loadLayer(l, &errs)
	}
	for i := range layers {
		names := sortedKeys(perLayer[i])
		for _, n := range sortedKeys(badLayer[i]) {
			if _, ok := perLayer[i][n]; !ok {
				names = append(names, n)
			}
		}
		for _, n := range names {
			t, ok := perLayer[i][n]
			if prev, taken := s.byName[n]; taken {
				if prev.Shadows == "" && ok {
					prev.Shadows = t.Origin
				}
				continue
			}
			if _, taken := s.broken[n]; taken {
				continue
			}
			if bad, isBad := badLayer[i][n]; isBad {
				s.broken[n] = bad // the layer's file wins, though it is broken: no silent fallback
				continue
			}
			s.byName[n] = t
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	// Link each template that extends another to its base; a template
	// that cannot be linked is broken if it is the one its name uses.
	for i := range layers {
		for _, n := range sortedKeys(perLayer[i]) {
			t := perLayer[i][n]
			if err := s.link(perLayer, badLayer, i, t, nil); err != nil && s.byName[n] == t {
				s.breakTemplate(n, err)
			}
		}
	}
	if err := firm.CheckOptions(s); err != nil {
		return nil, err
	}
	for _, t := range s.List() {
		s.applyFirm(t)
		if err := t.compile(s.partials, true); err != nil {
			s.breakTemplate(t.Name, err)
		}
	}
	if len(s.broken) > 0 {
		for _, n := range sortedKeys(s.broken) {
			errs = append(errs, s.broken[n]...)
		}
		return s, errs
	}
	return s, nil
}

// breakTemplate records that the template called name cannot be used.
func (s *Store) breakTemplate(name string, err error) {
	delete(s.byName, name)
	var el ErrorList
	if errors.As(err, &el) {
		s.broken[name] = append(s.broken[name], el...)
		return
	}
	s.broken[name] = append(s.broken[name], asError(err))
}

// Broken returns the templates that cannot be used, by name, each with
// the errors in its file: the products they make fail alone.
func (s *Store) Broken() map[string]error {
	out := make(map[string]error, len(s.broken))
	for n, el := range s.broken {
		out[n] = el
	}
	return out
}

// brokenName is the name a template file that does not parse would have:
// its name setting if that much can be read, else the file's stem.
func brokenName(origin string, src []byte) string {
	var f struct {
		Name string `toml:"name"`
	}
	if _, err := toml.Decode(string(src), &f); err == nil && nameRE.MatchString(f.Name) {
		return f.Name
	}
	return strings.TrimSuffix(path.Base(filepath.ToSlash(strings.TrimPrefix(origin, "builtin:"))), ".toml")
}

// loadLayer parses the templates and partials of one layer; a template
// file with errors is returned among the broken, by name.
func (s *Store) loadLayer(l Layer, errs *ErrorList) (map[string]*Template, map[string]ErrorList) {
	out := map[string]*Template{}
	bad := map[string]ErrorList{}
	names, err := fs.Glob(l.FS, "*.toml")
	if err != nil {
		*errs = append(*errs, &Error{Pos: Pos{File: l.origin("*.toml")}, Kind: ErrInvalid, Err: err})
		return out, bad
	}
	sort.Strings(names)
	origins := map[string]string{}
	for _, name := range names {
		o := l.origin(name)
		src, err := fs.ReadFile(l.FS, name)
		if err != nil {
			*errs = append(*errs, &Error{Pos: Pos{File: o}, Kind: ErrInvalid, Err: err, Hint: "make the file readable or remove it"})
			continue
		}
		if isLibrary(src) {
			s.libraries = append(s.libraries, o)
			continue
		}
		t, err := Parse(o, src)
		if err != nil {
			n := brokenName(o, src)
			var el ErrorList
			if !errors.As(err, &el) {
				el = ErrorList{asError(err)}
			}
			bad[n] = append(bad[n], el...)
			continue
		}
		if _, ok := out[t.Name]; ok {
			line, col := t.src.keyPos("name")
			bad[t.Name] = append(bad[t.Name], &Error{Pos: Pos{File: o, Line: line, Col: col}, Kind: ErrInvalid,
				Err:  fmt.Errorf("template %q is also defined in %s", t.Name, origins[t.Name]),
				Hint: "give one of them another name"})
			continue
		}
		out[t.Name] = t
		origins[t.Name] = o
	}
	parts, _ := fs.Glob(l.FS, "partials/*.md.tmpl")
	sort.Strings(parts)
	for _, p := range parts {
		n := strings.TrimSuffix(path.Base(p), ".md.tmpl")
		o := l.origin(p)
		if !nameRE.MatchString(n) {
			*errs = append(*errs, &Error{Pos: Pos{File: o}, Kind: ErrInvalid, Err: fmt.Errorf("partial name %q is not a name", n),
				Hint: "name partials with lower-case letters, digits and hyphens, like banner.md.tmpl"})
			continue
		}
		if _, ok := s.partials[n]; ok {
			continue
		}
		src, err := fs.ReadFile(l.FS, p)
		if err != nil {
			*errs = append(*errs, &Error{Pos: Pos{File: o}, Kind: ErrInvalid, Err: err})
			continue
		}
		s.partials[n] = fileUnit(o, string(src))
	}
	for n := range bad {
		delete(out, n)
	}
	return out, bad
}

// link sets t's base when it extends a template, and takes from the base
// every setting t's file leaves out. A template that extends one of its
// own name extends the one in the layers below it.
func (s *Store) link(perLayer []map[string]*Template, badLayer []map[string]ErrorList, layer int, t *Template, visiting []string) error {
	if t.Extends == "" || t.base != nil {
		return nil
	}
	for _, v := range visiting {
		if v == t.Origin {
			return &Error{Pos: Pos{File: t.Origin}, Kind: ErrInvalid, Err: fmt.Errorf("templates extend each other in a circle: %s", strings.Join(append(visiting, t.Origin), " → "))}
		}
	}
	from := layer
	if t.Extends == t.Name {
		from = layer + 1
	}
	var base *Template
	baseLayer := 0
	for i := from; i < len(perLayer) && base == nil; i++ {
		if b, ok := perLayer[i][t.Extends]; ok {
			base, baseLayer = b, i
		} else if el, ok := badLayer[i][t.Extends]; ok {
			line, col := t.src.valuePos("extends", "")
			return &Error{Pos: Pos{File: t.Origin, Line: line, Col: col}, Kind: ErrInvalid,
				Err:  fmt.Errorf("extends %q, whose file has errors", t.Extends),
				Hint: "fix " + el[0].Error()}
		}
	}
	if base == nil {
		line, col := t.src.valuePos("extends", "")
		return &Error{Pos: Pos{File: t.Origin, Line: line, Col: col}, Kind: ErrInvalid,
			Err:  fmt.Errorf("no template %q to extend", t.Extends),
			Hint: SuggestHint(t.Extends, s.Names(), "extend one of "+strings.Join(s.Names(), ", "))}
	}
	if err := s.link(perLayer, badLayer, baseLayer, base, append(visiting, t.Origin)); err != nil {
		return err
	}
	t.base = base
	if !t.keys["title"] {
		t.Title = base.Title
	}
	if !t.keys["description"] {
		t.Description = base.Description
	}
	if !t.keys["output"] && t.Name == base.Name {
		t.Output = base.Output
	}
	if !t.keys["formats"] {
		t.Formats = base.Formats
	}
	if !t.keys["needs"] {
		t.Needs = base.Needs
	}
	t.Page = mergePage(t.Page, t.keys, base.Page)
	for k, v := range base.keys {
		if strings.HasPrefix(k, "page.") && v && !base.isBuiltin() {
			t.keys[k] = true
		}
	}
	opts := map[string]any{}
	for k, v := range base.Options {
		opts[k] = v
	}
	for k, v := range t.Options {
		opts[k] = v
	}
	t.Options = opts
	return nil
}

// isBuiltin reports whether t is one of the embedded built-ins.
func (t *Template) isBuiltin() bool { return strings.HasPrefix(t.Origin, "builtin:") }

// mergePage takes from base every [page] setting own's file leaves out.
func mergePage(own Page, set map[string]bool, base Page) Page {
	if !set["page.size"] {
		own.Size = base.Size
	}
	if !set["page.orientation"] {
		own.Orientation = base.Orientation
	}
	if !set["page.font_size"] {
		own.FontSize = base.FontSize
	}
	if !set["page.margins"] {
		own.Margins = base.Margins
	}
	if !set["page.column_widths"] {
		own.ColumnWidths = base.ColumnWidths
	}
	return own
}

// applyFirm gives t the firm's [page] settings its own file does not set
// (a built-in's are all replaced) and the firm's option defaults.
func (s *Store) applyFirm(t *Template) {
	f := s.firm
	if f == nil {
		return
	}
	if len(f.PageSet) > 0 {
		set := map[string]bool{"page.size": true, "page.orientation": true, "page.font_size": true, "page.margins": true, "page.column_widths": true}
		for _, k := range f.PageSet {
			set["page."+k] = !t.isBuiltin() && t.keys["page."+k]
		}
		t.Page = mergePage(t.Page, set, f.Page)
	}
	if o := f.Options[t.Name]; len(o) > 0 {
		opts := map[string]any{}
		for k, v := range t.Options {
			opts[k] = v
		}
		for k, v := range o {
			if c, err := convertOption(t.Name, k, opts[k], v); err == nil {
				opts[k] = c
			}
		}
		t.Options = opts
	}
}

// Firm returns the firm settings the store was loaded with (empty when
// there is no firm folder).
func (s *Store) Firm() *Firm { return s.firm }

// Partials returns the names of the shared partials and where each comes from.
func (s *Store) Partials() map[string]string {
	out := map[string]string{}
	for n, u := range s.partials {
		out[n] = u.origin
	}
	return out
}

// templateKeys are the top-level keys of a template file.
var templateKeys = []string{"name", "title", "description", "output", "formats", "body", "page", "options", "extends", "needs", "partials"}

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
	if el, ok := s.broken[name]; ok {
		return nil, el
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

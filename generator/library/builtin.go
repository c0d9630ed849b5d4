package library

import (
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/pleadkit/pleadkit/templates"
)

// Names of the library files, built in (templates.FS) and in a case
// folder's templates/ directory. A library may be split over several files:
// elements.toml first, then elements-*.toml in name order (likewise
// defenses.toml and defenses-*.toml); an id defined in two of them is an
// error.
const (
	ElementsFile = "elements.toml"
	DefensesFile = "defenses.toml"
)

// builtin parses the embedded libraries once per process; the result is
// never modified (Merge copies).
var builtin = sync.OnceValues(func() (*Libraries, error) {
	label := func(n string) string { return "builtin:" + n }
	l, err := loadElementsFiles(templates.FS, label)
	if err != nil {
		return nil, err
	}
	c, err := loadDefensesFiles(templates.FS, label)
	if err != nil {
		return nil, err
	}
	if l == nil || c == nil {
		return nil, fmt.Errorf("built-in libraries: %s or %s missing from package templates", ElementsFile, DefensesFile)
	}
	if err := c.CheckTargets(l); err != nil {
		return nil, err
	}
	return &Libraries{Elements: l, Defenses: c}, nil
})

// Libraries is the claim-element library and defense catalogue a case uses.
type Libraries struct {
	Elements *Elements  `json:"elements"`
	Defenses *Catalogue `json:"defenses"`
}

// Builtin returns the built-in claim-element library and defense catalogue
// embedded in package templates, their positions named
// "builtin:elements.toml" and so on. They are parsed once and shared: treat
// them as read-only.
func Builtin() (*Elements, *Catalogue, error) {
	b, err := builtin()
	if err != nil {
		return nil, nil, err
	}
	return b.Elements, b.Defenses, nil
}

// LoadFor returns the built-in libraries merged with a case's own library
// files found in fsys (typically os.DirFS(caseDir/templates)): its claims
// and defenses with new ids are added, those with built-in ids replace the
// built-in ones. dir names fsys in positions, so errors read
// "dir/elements.toml:12: ...". A nil fsys, or one without library files,
// gives the built-ins. The case's defenses may target the case's claims.
func LoadFor(fsys fs.FS, dir string) (*Libraries, error) {
	return LoadLayers(Layer{FS: fsys, Dir: dir})
}

// libraryFiles returns main (if present) and then the files matching
// prefix-*.toml, in name order.
func libraryFiles(fsys fs.FS, main, prefix string) ([]string, error) {
	var names []string
	if _, err := fs.Stat(fsys, main); err == nil {
		names = append(names, main)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	more, err := fs.Glob(fsys, prefix+"-*.toml")
	if err != nil {
		return nil, err
	}
	return append(names, more...), nil
}

// loadElementsFiles loads and joins the element library files of fsys; nil
// when there are none.
func loadElementsFiles(fsys fs.FS, label func(string) string) (*Elements, error) {
	return loadFiles(fsys, label, ElementsFile, "elements", ParseElements,
		func(out, l *Elements) ErrorList {
			var dups ErrorList
			for _, c := range l.Claims {
				if prev := out.Claim(c.ID); prev != nil {
					dups = append(dups, &Error{Pos: c.Origin, Kind: ErrDuplicate, Msg: fmt.Sprintf("claim %q: duplicate id (first defined at %s)", c.ID, prev.Origin)})
				}
			}
			return dups
		}, (*Elements).Merge)
}

// loadDefensesFiles loads and joins the defense catalogue files of fsys;
// nil when there are none.
func loadDefensesFiles(fsys fs.FS, label func(string) string) (*Catalogue, error) {
	return loadFiles(fsys, label, DefensesFile, "defenses", ParseDefenses,
		func(out, c *Catalogue) ErrorList {
			var dups ErrorList
			for _, d := range c.Defenses {
				if prev := out.Defense(d.ID); prev != nil {
					dups = append(dups, &Error{Pos: d.Origin, Kind: ErrDuplicate, Msg: fmt.Sprintf("defense %q: duplicate id (first defined at %s)", d.ID, prev.Origin)})
				}
			}
			return dups
		}, (*Catalogue).Merge)
}

// loadFiles parses main and prefix-*.toml of fsys and merges them in that
// order; an id defined in two of the files is an error (dups reports them).
func loadFiles[T any](fsys fs.FS, label func(string) string, main, prefix string,
	parse func([]byte, string) (T, error), dups func(out, l T) ErrorList, merge func(out, l T) T) (T, error) {
	var out, zero T
	names, err := libraryFiles(fsys, main, prefix)
	if err != nil {
		return zero, err
	}
	var errs []error
	for _, n := range names {
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		l, err := parse(src, label(n))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if d := dups(out, l); len(d) > 0 {
			errs = append(errs, d)
			continue
		}
		out = merge(out, l)
	}
	if len(errs) > 0 {
		return zero, errors.Join(errs...)
	}
	return out, nil
}

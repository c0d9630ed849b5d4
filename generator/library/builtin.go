package library

import (
	"errors"
	"io/fs"
	"path"
	"sync"

	"github.com/pleadkit/pleadkit/templates"
)

// Names of the library files, built in (templates.FS) and in a case
// folder's templates/ directory.
const (
	ElementsFile = "elements.toml"
	DefensesFile = "defenses.toml"
)

// builtin parses the embedded libraries once per process; the result is
// never modified (Merge copies).
var builtin = sync.OnceValues(func() (*Libraries, error) {
	src, err := fs.ReadFile(templates.FS, ElementsFile)
	if err != nil {
		return nil, err
	}
	l, err := ParseElements(src, "builtin:"+ElementsFile)
	if err != nil {
		return nil, err
	}
	src, err = fs.ReadFile(templates.FS, DefensesFile)
	if err != nil {
		return nil, err
	}
	c, err := ParseDefenses(src, "builtin:"+DefensesFile)
	if err != nil {
		return nil, err
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
// "builtin:elements.toml" and "builtin:defenses.toml". They are parsed once
// and shared: treat them as read-only.
func Builtin() (*Elements, *Catalogue, error) {
	b, err := builtin()
	if err != nil {
		return nil, nil, err
	}
	return b.Elements, b.Defenses, nil
}

// LoadFor returns the built-in libraries merged with a case's own
// elements.toml and defenses.toml found in fsys (typically
// os.DirFS(caseDir/templates)); a file that is absent is skipped. dir names
// fsys in positions, so errors read "dir/elements.toml:12: ...". A nil fsys
// gives the built-ins. The case's defenses may target the case's claims.
func LoadFor(fsys fs.FS, dir string) (*Libraries, error) {
	l, c, err := Builtin()
	if err != nil {
		return nil, err
	}
	if fsys == nil {
		return &Libraries{Elements: l, Defenses: c}, nil
	}
	var errs []error
	if src, err := fs.ReadFile(fsys, ElementsFile); err == nil {
		own, err := ParseElements(src, path.Join(dir, ElementsFile))
		if err != nil {
			errs = append(errs, err)
		} else {
			l = l.Merge(own)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	}
	if src, err := fs.ReadFile(fsys, DefensesFile); err == nil {
		own, err := ParseDefenses(src, path.Join(dir, DefensesFile))
		if err != nil {
			errs = append(errs, err)
		} else {
			c = c.Merge(own)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		if err := c.CheckTargets(l); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &Libraries{Elements: l, Defenses: c}, nil
}

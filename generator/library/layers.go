package library

import (
	"errors"
	"io/fs"
	"path"
)

// Layer is one folder of library files (elements*.toml, defenses*.toml):
// a firm's templates folder or a case's.
type Layer struct {
	FS  fs.FS  // the folder's files; nil for none
	Dir string // names the folder in positions: "dir/elements.toml:12"
}

// LoadLayers returns the built-in libraries with each layer's library
// files merged over them in turn, least specific first (the firm's, then
// the case's): a claim or defense with a new id is added, one with an id
// already there replaces it. Defenses may target the claims of any layer.
func LoadLayers(layers ...Layer) (*Libraries, error) {
	l, c, err := Builtin()
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, ly := range layers {
		if ly.FS == nil {
			continue
		}
		dir := ly.Dir
		label := func(n string) string { return path.Join(dir, n) }
		if own, err := loadElementsFiles(ly.FS, label); err != nil {
			errs = append(errs, err)
		} else {
			l = l.Merge(own)
		}
		if own, err := loadDefensesFiles(ly.FS, label); err != nil {
			errs = append(errs, err)
		} else {
			c = c.Merge(own)
		}
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

package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pleadkit/pleadkit/generator/library"
)

// Checklist is the case's defense checklist, built with the libraries the
// case uses (CaseLibraries: the built-ins, with the case folder's own
// templates/elements*.toml and defenses*.toml merged over them), so a
// template run on the case can read {{ .Checklist }}.
func (c *Case) Checklist() (*Checklist, error) {
	libs, err := CaseLibraries(c)
	if err != nil {
		return nil, err
	}
	return BuildChecklist(c, libs.Elements, libs.Defenses)
}

// ChecklistData is the data of the defense-checklist template: the analyzed
// case, with its checklist built from the libraries the case uses.
type ChecklistData struct {
	*Case
	Checklist *Checklist `json:"checklist"`
}

// NewChecklistData builds the checklist of c with lib and cat (the
// built-in ones where nil) and joins it to the case.
func NewChecklistData(c *Case, lib *library.Elements, cat *library.Catalogue) (*ChecklistData, error) {
	cl, err := BuildChecklist(c, lib, cat)
	if err != nil {
		return nil, err
	}
	return &ChecklistData{Case: c, Checklist: cl}, nil
}

// LoadLibraries returns the element library and defense catalogue a case
// folder uses: the built-in ones, with caseDir/templates/elements.toml and
// caseDir/templates/defenses.toml merged over them by id when present.
func LoadLibraries(caseDir string) (*library.Elements, *library.Catalogue, error) {
	b := defLibraries()
	if b.err != nil {
		return nil, nil, b.err
	}
	lib, cat := b.elements, b.catalogue
	if caseDir == "" {
		return lib, cat, nil
	}
	dir := filepath.Join(caseDir, "templates")
	fsys := os.DirFS(dir)
	if _, err := fs.Stat(fsys, library.ElementsFile); err == nil {
		own, err := library.LoadElements(fsys, library.ElementsFile)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", filepath.Join(dir, library.ElementsFile), err)
		}
		lib = lib.Merge(own)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	if _, err := fs.Stat(fsys, library.DefensesFile); err == nil {
		own, err := library.LoadDefenses(fsys, library.DefensesFile)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", filepath.Join(dir, library.DefensesFile), err)
		}
		cat = cat.Merge(own)
		if err := cat.CheckTargets(lib); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", filepath.Join(dir, library.DefensesFile), err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	return lib, cat, nil
}

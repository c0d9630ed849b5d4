package generator

import (
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
// folder uses: the built-in ones, with the library files of
// caseDir/templates (elements*.toml, defenses*.toml) merged over them by id.
func LoadLibraries(caseDir string) (*library.Elements, *library.Catalogue, error) {
	var layers []library.Layer
	if caseDir != "" {
		layers = append(layers, dirLayer(filepath.Join(caseDir, "templates")))
	}
	libs, err := library.LoadLayers(layers...)
	if err != nil {
		return nil, nil, err
	}
	return libs.Elements, libs.Defenses, nil
}

// dirLayer is the library layer of a templates folder (no files when the
// folder does not exist).
func dirLayer(dir string) library.Layer {
	var fsys fs.FS
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		fsys = os.DirFS(dir)
	}
	return library.Layer{FS: fsys, Dir: dir}
}

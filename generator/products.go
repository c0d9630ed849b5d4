package generator

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/generator/matrix"
)

// The products beyond the response chart, built from the analyzed case on
// demand: a template run on the case reads {{ .Matrix }} or
// {{ .Checklist }}, and only then is that product built.

// Matrix builds the claim-element matrix of the case over the element
// library the case uses: the built-in one, with the claims of the
// templates/elements*.toml files beside the complaint merged over it by id
// (as a case's templates override the built-in ones). The
// claim-element-matrix template, which runs on the case like every template,
// reads it as {{ with .Matrix }}. To map with another library, call
// matrix.Build and run the template on the *matrix.Matrix it returns.
func (c *Case) Matrix() (*matrix.Matrix, error) { return c.buildMatrix() }

// buildMatrix maps the case over the element library it uses.
func (c *Case) buildMatrix() (*matrix.Matrix, error) {
	lib, err := CaseElements(c)
	if err != nil {
		return nil, err
	}
	m, err := matrix.Build(c.joined, lib)
	if err != nil {
		return nil, err
	}
	m.Case = c
	return m, nil
}

// Checklist is the case's defense checklist, built with the libraries the
// case uses (CaseLibraries: the built-ins, with the case folder's own
// templates/elements*.toml and defenses*.toml merged over them), so a
// template run on the case can read {{ .Checklist }}.
func (c *Case) Checklist() (*checklist.Checklist, error) {
	libs, err := CaseLibraries(c)
	if err != nil {
		return nil, err
	}
	return checklist.Build(c.joined, libs.Elements, libs.Defenses)
}

// ChecklistData is the data of the defense-checklist template: the analyzed
// case, with its checklist built from the libraries the case uses.
type ChecklistData struct {
	*Case
	Checklist *checklist.Checklist `json:"checklist"`
}

// NewChecklistData builds the checklist of c with lib and cat (the
// built-in ones where nil) and joins it to the case.
func NewChecklistData(c *Case, lib *library.Elements, cat *library.Catalogue) (*ChecklistData, error) {
	cl, err := checklist.Build(c.Joined(), lib, cat)
	if err != nil {
		return nil, err
	}
	return &ChecklistData{Case: c, Checklist: cl}, nil
}

// CaseElements returns the element library of the case: the built-in one,
// merged with the library files in the templates/ folder beside the
// complaint when there is one. A bad library file is an error naming the
// file and line.
func CaseElements(c *Case) (*library.Elements, error) {
	libs, err := CaseLibraries(c)
	if err != nil {
		return nil, err
	}
	return libs.Elements, nil
}

// CaseLibraries returns the element library and defense catalogue of the
// case: the built-ins, with the library files of the firm's templates
// folder (c.Firm) and then of the templates/ folder beside the complaint
// merged over them by id.
func CaseLibraries(c *Case) (*library.Libraries, error) {
	var layers []library.Layer
	if c != nil && c.Firm.Templates != "" {
		layers = append(layers, dirLayer(c.Firm.Templates))
	}
	if c != nil && c.Complaint != nil && c.Complaint.File != "" {
		layers = append(layers, dirLayer(filepath.Join(filepath.Dir(c.Complaint.File), "templates")))
	}
	return library.LoadLayers(layers...)
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

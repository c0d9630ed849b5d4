package library

import "github.com/pleadkit/pleadkit/templates"

// Names of the built-in library files in templates.FS.
const (
	ElementsFile = "elements.toml"
	DefensesFile = "defenses.toml"
)

// Builtin loads the built-in claim-element library and defense catalogue
// embedded in package templates, naming them "builtin:elements.toml" and
// "builtin:defenses.toml" in positions.
func Builtin() (*Elements, *Catalogue, error) {
	src, err := templates.FS.ReadFile(ElementsFile)
	if err != nil {
		return nil, nil, err
	}
	l, err := ParseElements(src, "builtin:"+ElementsFile)
	if err != nil {
		return nil, nil, err
	}
	src, err = templates.FS.ReadFile(DefensesFile)
	if err != nil {
		return nil, nil, err
	}
	c, err := ParseDefenses(src, "builtin:"+DefensesFile)
	if err != nil {
		return nil, nil, err
	}
	if err := c.CheckTargets(l); err != nil {
		return nil, nil, err
	}
	return l, c, nil
}

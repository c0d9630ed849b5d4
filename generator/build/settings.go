package build

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// decodeLine matches BurntSushi/toml's error for a value of the wrong type.
var decodeLine = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// settingForms shows how each case.toml setting is written, for errors.
var settingForms = map[string]string{
	"templates": `templates is a list of template names: templates = ["response-chart", "case-summary"]`,
	"formats":   `formats is a list: formats = ["md", "pdf", "html"]`,
	"csv_bom":   "csv_bom is true or false",
	"aliases":   `aliases is a table of lists: [aliases] then Acme = ["Acme Robotics, Inc."]`,
}

// decodeError turns a TOML decoding error (a value of the wrong type) into
// an error at case.toml's line: "case.toml:LINE: invalid value: KEY: what
// is wrong; how it is written".
func decodeError(file string, err error) error {
	m := decodeLine.FindStringSubmatch(err.Error())
	if m == nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	line, _ := strconv.Atoi(m[1]) // the pattern matched digits
	key := m[2]
	hint := settingForms[key]
	if top, _, _ := strings.Cut(key, "."); hint == "" && (top == "options" || top == "aliases") {
		hint = settingForms[top]
	}
	if hint == "" && slices.Contains(settingsKeys, key) {
		hint = key + " is a quoted string"
	}
	return &tmpl.Error{Pos: tmpl.Pos{File: file, Line: line}, Kind: tmpl.ErrInvalid, Err: fmt.Errorf("%s: %s", key, m[3]), Hint: hint}
}

// formatNames are the formats case.toml's formats may list.
func formatNames() []string {
	var names []string
	for _, f := range tmpl.Formats {
		names = append(names, string(f))
	}
	return append(names, string(Binder))
}

// checkFormats reports every entry of case.toml's formats that is not a
// format, at its place in the file.
func checkFormats(formats []string, keys *tmpl.Keys) tmpl.ErrorList {
	var errs tmpl.ErrorList
	known := formatNames()
	for _, f := range formats {
		if tmpl.KnownFormat(tmpl.Format(f)) || tmpl.Format(f) == Binder {
			continue
		}
		errs = append(errs, &tmpl.Error{Pos: keys.ValuePos("formats", f), Kind: tmpl.ErrInvalid,
			Err:  fmt.Errorf("formats: %q is not a format", f),
			Hint: tmpl.SuggestHint(f, known, "the formats are "+strings.Join(known, ", "))})
	}
	return errs
}

// unknownTemplate is the error for a name in case.toml's templates that no
// template has, at its place in the file.
func unknownTemplate(name string, store *tmpl.Store, keys *tmpl.Keys) error {
	names := store.Names()
	return &tmpl.Error{Pos: keys.ValuePos("templates", name), Kind: tmpl.ErrNotFound,
		Err:  fmt.Errorf("%q (in templates)", name),
		Hint: tmpl.SuggestHint(name, names, "the templates are "+strings.Join(names, ", "))}
}

// libraryError returns libErr, the error of the case's or the firm's
// library files (elements*.toml, defenses*.toml), when err, the error of
// product, comes from it: the error is then reported against the library
// file and line, not inside the built-in template that read the library.
func libraryError(err, libErr error, product string) error {
	if libErr == nil || !strings.Contains(err.Error(), libErr.Error()) {
		return err
	}
	return fmt.Errorf("%w (so %s could not be built)", libErr, product)
}

package tmpl

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// FirmFile is the name of the settings file of a firm folder. It is found
// by walking up from a case folder, as git finds .git.
const FirmFile = "pleadkit.toml"

// Firm is a firm's house style: the settings of its pleadkit.toml, which
// every template sees as .Firm, and the folder of its shared templates.
type Firm struct {
	Name    string   `json:"name,omitempty"`    // the firm's name, for headers and signature blocks
	Legend  string   `json:"legend,omitempty"`  // a line every product carries, such as "Confidential — Attorney Work Product"
	Formats []Format `json:"formats,omitempty"` // formats rendered when neither the command line nor case.toml chooses
	// FileName is the pattern of output file names, with {product} (the
	// template's output stem) and {case} (the case's name), used when
	// neither the command line nor case.toml sets one; "" means {product}.
	FileName string `json:"file_name,omitempty"`

	Dir       string                    `json:"-"` // the firm folder; "" when there is none
	File      string                    `json:"-"` // its pleadkit.toml; "" when the folder has none
	Templates string                    `json:"-"` // the folder of its templates, partials and libraries
	Page      Page                      `json:"-"` // page settings every built-in template takes (see PageSet)
	PageSet   []string                  `json:"-"` // the [page] keys pleadkit.toml sets
	Options   map[string]map[string]any `json:"-"` // per-template option defaults: [options.NAME]

	keys *Keys // where each key of pleadkit.toml is, for errors
}

// firmFile is the TOML shape of pleadkit.toml.
type firmFile struct {
	Templates string                    `toml:"templates"`
	Formats   []string                  `toml:"formats"`
	FileName  string                    `toml:"file_name"`
	Firm      firmInfo                  `toml:"firm"`
	Page      Page                      `toml:"page"`
	Options   map[string]map[string]any `toml:"options"`
}

type firmInfo struct {
	Name   string `toml:"name"`
	Legend string `toml:"legend"`
}

// firmKeys are the keys pleadkit.toml takes, for "did you mean".
var firmKeys = []string{"templates", "formats", "file_name", "firm", "firm.name", "firm.legend", "page", "page.size",
	"page.orientation", "page.font_size", "page.margins", "page.column_widths", "options"}

// FindFirm returns the firm folder of caseDir: dir when it is not empty
// (from --templates or PLEADKIT_TEMPLATES), else the nearest folder at or
// above caseDir that holds a pleadkit.toml, else "".
func FindFirm(caseDir, dir string) (string, error) {
	if dir != "" {
		st, err := os.Stat(dir)
		if err != nil {
			return "", fmt.Errorf("firm templates folder: %w", err)
		}
		if !st.IsDir() {
			return "", fmt.Errorf("firm templates folder %s: not a folder", dir)
		}
		return dir, nil
	}
	if caseDir == "" {
		return "", nil
	}
	abs, err := filepath.Abs(caseDir)
	if err != nil {
		return "", fmt.Errorf("find %s: %w", FirmFile, err)
	}
	for d := abs; ; {
		if st, err := os.Stat(filepath.Join(d, FirmFile)); err == nil && !st.IsDir() {
			return d, nil
		}
		up := filepath.Dir(d)
		if up == d {
			return "", nil
		}
		d = up
	}
}

// LoadFirm reads the firm folder dir: its pleadkit.toml when there is one
// and the folder of its templates (dir/templates, or the folder the
// templates key names; dir itself when it holds template files and no
// templates folder). Every key is checked; an unknown one is an error at
// its line and column with the nearest known key. An empty dir gives an
// empty Firm.
func LoadFirm(dir string) (*Firm, error) {
	f := &Firm{Dir: dir, Options: map[string]map[string]any{}}
	f.Page.fill(false)
	if dir == "" {
		return f, nil
	}
	p := filepath.Join(dir, FirmFile)
	src, err := os.ReadFile(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f.Templates = firmTemplatesDir(dir, "")
		return f, nil
	case err != nil:
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	f.File = p
	if err := f.parse(p, src); err != nil {
		return nil, err
	}
	return f, nil
}

// firmTemplatesDir returns the templates folder of a firm folder.
func firmTemplatesDir(dir, named string) string {
	if named != "" {
		if filepath.IsAbs(named) {
			return named
		}
		return filepath.Join(dir, named)
	}
	t := filepath.Join(dir, "templates")
	if st, err := os.Stat(t); err == nil && st.IsDir() {
		return t
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*.toml")); len(m) > 0 {
		return dir
	}
	if st, err := os.Stat(filepath.Join(dir, "partials")); err == nil && st.IsDir() {
		return dir
	}
	return t
}

// parse decodes pleadkit.toml and checks every key.
func (f *Firm) parse(p string, src []byte) error {
	var ff firmFile
	md, err := toml.Decode(string(src), &ff)
	if err != nil {
		return ErrorList{tomlError(p, string(src), err)}
	}
	f.keys = IndexKeys(p, src)
	var errs ErrorList
	for _, k := range md.Undecoded() {
		key := k.String()
		if len(k) >= 3 && k[0] == "options" {
			continue // checked against the templates by CheckOptions
		}
		if len(k) == 2 && k[0] == "options" {
			errs = append(errs, f.keys.Errorf(key, ErrInvalid, fmt.Sprintf("%q is not a table of template options", key),
				"[options] holds one table per template: [options.response-chart] then allegation_words = 40"))
			continue
		}
		if len(k) > 2 && k[0] == "page" && k[1] == "margins" {
			continue // reported by the page check below
		}
		errs = append(errs, f.keys.Errorf(key, ErrUnknownKey, fmt.Sprintf("%q is not a %s setting", key, FirmFile), SuggestHint(key, firmKeys,
			"pleadkit.toml takes templates, formats, file_name, [firm] name and legend, [page] and [options.TEMPLATE]")))
	}
	f.Name, f.Legend, f.FileName = ff.Firm.Name, ff.Firm.Legend, ff.FileName
	f.Templates = firmTemplatesDir(f.Dir, ff.Templates)
	for _, x := range ff.Formats {
		fm := Format(x)
		if !slices.Contains([]Format{Markdown, PDF, HTML}, fm) {
			pos := f.keys.ValuePos("formats", x)
			errs = append(errs, &Error{Pos: pos, Kind: ErrInvalid, Err: fmt.Errorf("unknown format %q", x), Hint: `formats are any of "md", "pdf" and "html"`})
			continue
		}
		f.Formats = append(f.Formats, fm)
	}
	if ff.FileName != "" && !strings.Contains(ff.FileName, "{product}") {
		errs = append(errs, &Error{Pos: f.keys.ValuePos("file_name", ""), Kind: ErrInvalid,
			Err:  fmt.Errorf("file_name %q lacks {product}, so two products would get the same name", ff.FileName),
			Hint: `use {case} and {product}, like "{case}-{product}"`})
	}
	for _, k := range []string{"size", "orientation", "font_size", "margins", "column_widths"} {
		if md.IsDefined("page", k) {
			f.PageSet = append(f.PageSet, k)
		}
	}
	f.Page = ff.Page
	f.Page.fill(md.IsDefined("page", "margins"))
	for _, pr := range f.Page.validate() {
		kind := pr.kind
		if kind == nil {
			kind = ErrInvalid
		}
		pos := f.keys.At(pr.key)
		if kind == ErrInvalid {
			pos = f.keys.ValuePos(pr.key, "")
		}
		errs = append(errs, &Error{Pos: pos, Kind: kind, Err: errors.New(pr.msg), Hint: pr.hint})
	}
	if ff.Options != nil {
		f.Options = ff.Options
	}
	return errs.err()
}

// CheckOptions checks the firm's [options.TEMPLATE] tables against the
// templates of s: an unknown template or an option it does not declare is
// an error at its line in pleadkit.toml, with the nearest name.
func (f *Firm) CheckOptions(s *Store) error {
	if f == nil || f.keys == nil {
		return nil
	}
	return CheckOptions(f.keys, f.Options, s)
}

// CheckOptions checks [options.TEMPLATE] tables of a settings file (keys
// indexes it) against the templates of s: every table must name a
// template and every key an option that template declares, with a value
// of its type. Each problem is an Error at its line, with "did you mean".
func CheckOptions(keys *Keys, opts map[string]map[string]any, s *Store) error {
	var errs ErrorList
	names := s.Names()
	for _, name := range sortedKeys(opts) {
		if _, broken := s.broken[name]; broken {
			continue // the template's own errors say what is wrong with it
		}
		t, err := s.Get(name)
		key := "options." + name
		if err != nil {
			errs = append(errs, keys.Errorf(key, ErrUnknownKey, fmt.Sprintf("no template is called %q", name),
				SuggestHint(name, names, "the templates are "+strings.Join(names, ", "))))
			continue
		}
		declared := sortedKeys(t.Options)
		for _, k := range sortedKeys(opts[name]) {
			if _, ok := t.Options[k]; !ok {
				errs = append(errs, keys.Errorf(key+"."+k, ErrUnknownKey,
					fmt.Sprintf("template %s (%s) has no option %q", name, t.Origin, k),
					SuggestHint(k, declared, "it declares "+optionNames(t.Options))))
				continue
			}
			if _, err := convertOption(t.Name, k, t.Options[k], opts[name][k]); err != nil {
				errs = append(errs, &Error{Pos: keys.ValuePos(key+"."+k, ""), Kind: ErrInvalid, Err: err})
			}
		}
	}
	return errs.err()
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

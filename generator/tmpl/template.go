package tmpl

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"text/template"

	"github.com/BurntSushi/toml"
)

// Format is an output format a template can be rendered to.
type Format string

// The output formats.
const (
	Markdown Format = "md"
	PDF      Format = "pdf"
	HTML     Format = "html"
	DOCX     Format = "docx" // Word, from the same Markdown
	XLSX     Format = "xlsx" // Excel: the product's tables, one sheet each
	CSV      Format = "csv"  // the product's tables, one CSV file each
)

// Formats are every output format, in the order they are listed to users.
var Formats = []Format{Markdown, PDF, HTML, DOCX, XLSX, CSV}

// KnownFormat reports whether f is one of Formats.
func KnownFormat(f Format) bool { return slices.Contains(Formats, f) }

// Template is one parsed template file, ready to execute.
type Template struct {
	Name        string         // what the template is called and overridden by
	Title       string         // the product's title, for headers and lists
	Description string         // one sentence for `pleadkit templates list`
	Output      string         // output file stem: <Output>.md, .pdf, .html
	Formats     []Format       // formats rendered by default
	Page        Page           // paper layout for PDF (and HTML print)
	Options     map[string]any // per-template options, with their defaults
	Body        string         // the text/template source, writing Markdown
	Origin      string         // "builtin:NAME.toml" or the file's path
	Shadows     string         // the origin of the built-in this one overrides, if any

	src   *source
	from  []int // offset in the file of each byte of Body; nil if unknown
	tmpl  *template.Template
	start int // offset in the file where Body starts

	limits Limits // what Execute allows; zero means the defaults
}

// file is the TOML shape of a template file.
type file struct {
	Name        string         `toml:"name"`
	Title       string         `toml:"title"`
	Description string         `toml:"description"`
	Output      string         `toml:"output"`
	Formats     []string       `toml:"formats"`
	Page        Page           `toml:"page"`
	Options     map[string]any `toml:"options"`
	Body        string         `toml:"body"`
}

var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// ParseFile reads and parses the template file at path.
func ParseFile(path string) (*Template, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read template: %w", err)
	}
	return Parse(path, src)
}

// Parse parses the template file src; origin names it in errors (a path or
// "builtin:NAME.toml") and gives the default name (the file's stem).
func Parse(origin string, src []byte) (*Template, error) {
	text := string(src)
	var f file
	md, err := toml.Decode(text, &f)
	if err != nil {
		return nil, ErrorList{tomlError(origin, text, err)}
	}
	s := scanSource(text)
	var errs ErrorList
	// at reports a problem at a key (an unknown key) or, for a bad value,
	// at the value or at needle inside it.
	at := func(key string, kind error, msg, hint string, needle ...string) {
		line, col := s.keyPos(key)
		if kind == ErrInvalid {
			line, col = s.valuePos(key, strings.Join(needle, ""))
		}
		errs = append(errs, &Error{Pos: Pos{File: origin, Line: line, Col: col}, Kind: kind, Err: errors.New(msg), Hint: hint})
	}
	for _, k := range md.Undecoded() {
		at(k.String(), ErrUnknownKey, fmt.Sprintf("%q is not a template setting", k.String()), unknownKeyHint(k))
	}
	stem := strings.TrimSuffix(filepath.Base(strings.TrimPrefix(origin, "builtin:")), filepath.Ext(origin))
	t := &Template{
		Name: f.Name, Title: f.Title, Description: f.Description, Output: f.Output,
		Page: f.Page, Options: f.Options, Body: f.Body, Origin: origin, src: s,
	}
	if t.Name == "" {
		t.Name = stem
	}
	if !nameRE.MatchString(t.Name) {
		at("name", ErrInvalid, fmt.Sprintf("name %q is not a template name", t.Name), "use lower-case letters, digits and hyphens, like response-chart")
	}
	if t.Title == "" {
		t.Title = t.Name
	}
	if t.Output == "" {
		t.Output = t.Name
	}
	if !nameRE.MatchString(t.Output) {
		at("output", ErrInvalid, fmt.Sprintf("output %q is not a file stem", t.Output), "give a file name without directory or extension, like response-chart")
	}
	if len(f.Formats) == 0 && !md.IsDefined("formats") {
		f.Formats = []string{"md", "pdf", "html"}
	}
	for _, x := range f.Formats {
		switch fm := Format(x); {
		case KnownFormat(fm):
			if !slices.Contains(t.Formats, fm) {
				t.Formats = append(t.Formats, fm)
			}
		default:
			at("formats", ErrInvalid, fmt.Sprintf("unknown format %q", x), "formats are any of \"md\", \"pdf\", \"html\", \"docx\", \"xlsx\" and \"csv\"", x)
		}
	}
	if len(t.Formats) == 0 && md.IsDefined("formats") && len(f.Formats) == 0 {
		at("formats", ErrInvalid, "formats is empty", "list at least one of \"md\", \"pdf\" and \"html\"")
	}
	t.Page.fill(md.IsDefined("page", "margins"))
	t.Page.locate(origin, s)
	for _, p := range t.Page.validate() {
		kind := p.kind
		if kind == nil {
			kind = ErrInvalid
		}
		at(p.key, kind, p.msg, p.hint)
	}
	if t.Options == nil {
		t.Options = map[string]any{}
	}
	if !md.IsDefined("body") {
		hint := "add body = '''...''' (a Go text/template writing Markdown) above the first [table] header; a library file (like elements.toml) keeps all its settings under tables such as [[claim]]"
		for _, tbl := range []string{"options", "page"} {
			if md.IsDefined(tbl, "body") {
				hint = "body is inside [" + tbl + "]: move it above the first [table] header (TOML puts every key after [" + tbl + "] in that table)"
			}
		}
		at("", ErrInvalid, "template has no body", hint)
	}
	if md.IsDefined("body") && strings.TrimSpace(t.Body) == "" {
		at("body", ErrInvalid, "body is empty", "write the Markdown the template produces between ''' and '''")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	t.locateBody()
	tt, err := template.New(t.Name).Option("missingkey=error").Funcs(funcMap(t.Options)).Parse(t.Body)
	if err != nil {
		return nil, ErrorList{t.templateError(ErrParse, err)}
	}
	guardRanges(tt)
	t.tmpl = tt
	return t, nil
}

// locateBody finds where body's value sits in the file and maps each byte
// of Body back to its offset there.
func (t *Template) locateBody() {
	v, ok := t.src.values["body"]
	if !ok {
		return
	}
	val, from, _, ok := decodeString(t.src.text, v, true)
	t.start = v
	if ok && val == t.Body {
		t.from = from
	}
}

// WithOptions returns a copy of t whose options are t's defaults overridden
// by opts (from a case's case.toml). Every key must be one t declares, with
// a value of the same type.
func (t *Template) WithOptions(opts map[string]any) (*Template, error) {
	if t == nil || t.tmpl == nil {
		return nil, errors.New("options: template not parsed (use Parse, ParseFile or a Store)")
	}
	merged := make(map[string]any, len(t.Options))
	for k, v := range t.Options {
		merged[k] = v
	}
	keys := make([]string, 0, len(opts))
	for k := range opts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var errs []error
	for _, k := range keys {
		def, ok := t.Options[k]
		if !ok {
			errs = append(errs, fmt.Errorf("template %s has no option %q (%s declares: %s)", t.Name, k, t.Origin, optionNames(t.Options)))
			continue
		}
		v := opts[k]
		switch def.(type) {
		case int64:
			f, ok := anyNumber(v)
			if !ok || f != float64(int64(f)) {
				errs = append(errs, fmt.Errorf("template %s option %q must be a whole number like its default %v, not %v", t.Name, k, def, v))
				continue
			}
			v = int64(f)
		case float64:
			f, ok := anyNumber(v)
			if !ok {
				errs = append(errs, fmt.Errorf("template %s option %q must be a number like its default %v, not %v", t.Name, k, def, v))
				continue
			}
			v = f
		default:
			if reflect.TypeOf(def) != reflect.TypeOf(v) {
				errs = append(errs, fmt.Errorf("template %s option %q must be %s like its default %v, not %s", t.Name, k, tomlType(def), def, tomlType(v)))
				continue
			}
		}
		merged[k] = v
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	c := *t
	c.Options = merged
	tt, err := t.tmpl.Clone()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", t.Origin, err)
	}
	c.tmpl = tt.Funcs(map[string]any{"option": optionFunc(merged)})
	return &c, nil
}

// Execute runs the template on data and returns the Markdown it writes.
// Nothing is returned on error, so a failed template never writes a file.
func (t *Template) Execute(data any) ([]byte, error) {
	return t.ExecuteWith(data, t.limits)
}

// tidy trims trailing spaces from lines outside code fences, keeps at most
// one blank line in a row, and ends the text with exactly one newline.
func tidy(md []byte) []byte {
	out := make([]byte, 0, len(md))
	blank, fence := 0, false
	for len(md) > 0 {
		line := md
		if i := bytes.IndexByte(md, '\n'); i >= 0 {
			line, md = md[:i], md[i+1:]
		} else {
			md = nil
		}
		trimmed := bytes.TrimLeft(line, " ")
		if bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")) {
			fence = !fence
		}
		if !fence {
			// Two trailing spaces are a hard line break: keep them.
			if !bytes.HasSuffix(line, []byte("  ")) || len(bytes.TrimSpace(line)) == 0 {
				line = bytes.TrimRight(line, " \t")
			}
			if len(line) == 0 {
				blank++
				if blank > 1 || len(out) == 0 {
					continue
				}
			} else {
				blank = 0
			}
		}
		out = append(out, line...)
		out = append(out, '\n')
	}
	for bytes.HasSuffix(out, []byte("\n\n")) {
		out = out[:len(out)-1]
	}
	return out
}

// optionNames lists the option names of opts, or "no options".
func optionNames(opts map[string]any) string {
	if len(opts) == 0 {
		return "no options"
	}
	names := make([]string, 0, len(opts))
	for k := range opts {
		names = append(names, k)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// unknownKeyHint says what the settings are, for a key that is not one.
func unknownKeyHint(k toml.Key) string {
	switch {
	case len(k) > 1 && k[0] == "page":
		return "[page] takes size, orientation, font_size, margins, column_widths and [page.tables.NAME] with column_widths"
	case len(k) == 1:
		return "a template takes name, title, description, output, formats, body, [page] and [options]; put a template's own settings in [options]"
	}
	return "remove it, or put a template's own settings in [options]"
}

// anyNumber returns v as a float64 when it is a number of any Go type.
func anyNumber(v any) (float64, bool) {
	rv := reflect.ValueOf(v)
	switch {
	case rv.CanInt():
		return float64(rv.Int()), true
	case rv.CanUint():
		return float64(rv.Uint()), true
	case rv.CanFloat():
		return rv.Float(), true
	}
	return 0, false
}

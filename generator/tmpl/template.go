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
	Shadows     string         // the origin of the template this one overrides, if any
	Extends     string         // the template whose blocks this one replaces, if any
	// Needs is what the product is made from: NeedsAnswer (the default)
	// or NeedsComplaint, for a product a case without an answer can build.
	Needs string

	src   *source
	u     *unit
	set   *execSet
	units map[string]*unit // parse name -> the text it came from, for errors
	local map[string]*unit // the file's own [partials]
	keys  map[string]bool  // the top-level and [page] keys the file sets
	base  *Template        // the template it extends, once linked
	tmpl  *template.Template

	limits Limits // what Execute allows; zero means the defaults
}

// What a product needs to be built.
const (
	NeedsAnswer    = "answer"
	NeedsComplaint = "complaint"
)

// file is the TOML shape of a template file.
type file struct {
	Name        string            `toml:"name"`
	Title       string            `toml:"title"`
	Description string            `toml:"description"`
	Output      string            `toml:"output"`
	Formats     []string          `toml:"formats"`
	Extends     string            `toml:"extends"`
	Needs       string            `toml:"needs"`
	Page        Page              `toml:"page"`
	Options     map[string]any    `toml:"options"`
	Partials    map[string]string `toml:"partials"`
	Body        string            `toml:"body"`
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
		Extends: f.Extends, Needs: f.Needs, keys: map[string]bool{},
	}
	for _, k := range []string{"title", "description", "output", "formats", "needs"} {
		t.keys[k] = md.IsDefined(k)
	}
	for _, k := range []string{"size", "orientation", "font_size", "margins", "column_widths"} {
		t.keys["page."+k] = md.IsDefined("page", k)
	}
	switch t.Needs {
	case "":
		t.Needs = NeedsAnswer
	case NeedsAnswer, NeedsComplaint:
	default:
		at("needs", ErrInvalid, fmt.Sprintf("needs %q is not what a product is made from", t.Needs), `use "complaint" for a product a case without an answer can build, or "answer" (the default)`)
	}
	if t.Extends != "" && !nameRE.MatchString(t.Extends) {
		at("extends", ErrInvalid, fmt.Sprintf("extends %q is not a template name", t.Extends), "name the template whose blocks this one replaces, like response-chart")
	}
	for _, n := range sortedKeys(f.Partials) {
		if !nameRE.MatchString(n) {
			at("partials."+n, ErrInvalid, fmt.Sprintf("partial name %q is not a name", n), "use lower-case letters, digits and hyphens, like banner")
			continue
		}
		if t.local == nil {
			t.local = map[string]*unit{}
		}
		t.local[n] = valueUnit(origin, s, "partials."+n, f.Partials[n])
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
	if len(f.Formats) == 0 && !md.IsDefined("formats") && t.Extends == "" {
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
	if !md.IsDefined("body") && t.Extends == "" {
		hint := "add body = '''...''' (a Go text/template writing Markdown) above the first [table] header; a library file (like elements.toml) keeps all its settings under tables such as [[claim]]"
		for _, tbl := range []string{"options", "page"} {
			if md.IsDefined(tbl, "body") {
				hint = "body is inside [" + tbl + "]: move it above the first [table] header (TOML puts every key after [" + tbl + "] in that table)"
			}
		}
		at("", ErrInvalid, "template has no body", hint)
	}
	if md.IsDefined("body") && strings.TrimSpace(t.Body) == "" && t.Extends == "" {
		at("body", ErrInvalid, "body is empty", "write the Markdown the template produces between ''' and '''")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if t.Extends != "" {
		return t, nil // compiled when the store links it to its base
	}
	if err := t.compile(nil, false); err != nil {
		return nil, ErrorList{asError(err)}
	}
	return t, nil
}

// asError returns err as an *Error.
func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Kind: ErrParse, Err: err}
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
	var errs []error
	for _, k := range sortedKeys(opts) {
		def, ok := t.Options[k]
		if !ok {
			hint := SuggestHint(k, sortedKeys(t.Options), "")
			if hint != "" {
				hint = "; " + hint
			}
			errs = append(errs, fmt.Errorf("template %s has no option %q (%s declares: %s)%s", t.Name, k, t.Origin, optionNames(t.Options), hint))
			continue
		}
		v, err := convertOption(t.Name, k, def, opts[k])
		if err != nil {
			errs = append(errs, err)
			continue
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
	c.set = &execSet{t: tt}
	c.tmpl = tt.Funcs(map[string]any{"option": optionFunc(merged), "partial": partialFunc(c.set)})
	return &c, nil
}

// convertOption returns v as the type of the option's default def, or an
// error saying what the option takes.
func convertOption(name, k string, def, v any) (any, error) {
	switch def.(type) {
	case int64:
		f, ok := anyNumber(v)
		if !ok || f != float64(int64(f)) {
			return nil, fmt.Errorf("template %s option %q must be a whole number like its default %v, not %v", name, k, def, v)
		}
		return int64(f), nil
	case float64:
		f, ok := anyNumber(v)
		if !ok {
			return nil, fmt.Errorf("template %s option %q must be a number like its default %v, not %v", name, k, def, v)
		}
		return f, nil
	}
	if reflect.TypeOf(def) != reflect.TypeOf(v) {
		return nil, fmt.Errorf("template %s option %q must be %s like its default %v, not %s", name, k, tomlType(def), def, tomlType(v))
	}
	return v, nil
}

// Execute runs the template on data and returns the Markdown it writes.
// Nothing is returned on error, so a failed template never writes a file.
// A ¶ link (pref) to a paragraph whose anchor the output does not hold (a
// row the template filtered out) is written as plain text.
func (t *Template) Execute(data any) ([]byte, error) {
	out, err := t.ExecuteWith(data, t.limits)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			if h := fieldHint(e.Err.Error(), data); h != "" {
				e.Hint = h
			}
		}
		return nil, err
	}
	return dropDanglingLinks(out), nil
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

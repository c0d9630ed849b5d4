package tmpl

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// tomlError turns a TOML decoding error into an Error at its file position.
func tomlError(origin, text string, err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		hint := tomlHint(pe.Message)
		msg := pe.Message
		if pe.LastKey != "" {
			msg = fmt.Sprintf("after key %q: %s", pe.LastKey, msg)
		}
		kind := ErrSyntax
		if strings.Contains(pe.Message, "incompatible types") || strings.Contains(pe.Message, "cannot decode") ||
			strings.Contains(pe.Message, "margins") {
			kind = ErrInvalid
			hint = "check the value's type against the template format"
		}
		return &Error{Pos: Pos{File: origin, Line: pe.Position.Line, Col: pe.Position.Col}, Kind: kind, Err: errors.New(msg), Hint: hint}
	}
	if m := typeErrRE.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		key, col := m[2], 0
		if l, c := scanSource(text).valuePos(key, ""); l == line {
			col = c
		}
		want := map[string]string{"float64": "a number", "float": "a number", "int": "a whole number", "int64": "a whole number",
			"string": "text in quotes", "slice": "an array [...]", "struct": "a table", "map": "a table", "bool": "true or false"}[m[4]]
		if want == "" {
			want = "a " + m[4]
		}
		return &Error{Pos: Pos{File: origin, Line: line, Col: col}, Kind: ErrInvalid,
			Err:  fmt.Errorf("%s must be %s, not %s", key, want, tomlTypeName(m[3])),
			Hint: fmt.Sprintf("give %s %s", key, want)}
	}
	return &Error{Pos: Pos{File: origin}, Kind: ErrSyntax, Err: err}
}

// typeErrRE matches the TOML decoder's error for a value of the wrong type.
var typeErrRE = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): incompatible types: TOML value has type ([^;]+); destination has type (\w+)`)

// tomlTypeName turns a TOML type as the decoder names it into words.
func tomlTypeName(s string) string {
	switch {
	case strings.Contains(s, "string"):
		return "a string"
	case strings.Contains(s, "int"):
		return "an integer"
	case strings.Contains(s, "float"):
		return "a float"
	case strings.Contains(s, "bool"):
		return "a boolean"
	case strings.Contains(s, "[]"), strings.Contains(s, "array"):
		return "an array"
	case strings.Contains(s, "map"), strings.Contains(s, "table"):
		return "a table"
	}
	return s
}

// tmplErrRE matches text/template's error prefix: "template: NAME:LINE:" or
// "template: NAME:LINE:COL:" (execution errors carry a 0-based column). A
// partial's error is wrapped in its caller's: the last match is the place.
var tmplErrRE = regexp.MustCompile(`template: ([A-Za-z0-9_-]+):(\d+):(?:(\d+):)? ?`)

// execAtRE matches the action an execution error happened in.
var execAtRE = regexp.MustCompile(`^executing "[^"]*" at <(.*?)>: (.*)$`)

// templateError turns a text/template parse or execution error into an
// Error at the line and column of the TOML file.
func (t *Template) templateError(kind error, err error) *Error {
	units := t.units
	if units == nil {
		units = map[string]*unit{t.Name: t.unit()}
	}
	return t.mapError(units, kind, err)
}

// mapError turns a text/template error into an Error at the line and column
// of the file of the unit it names (a body, a partial).
func (t *Template) mapError(units map[string]*unit, kind error, err error) *Error {
	msg := err.Error()
	var pe *Error
	if errors.As(err, &pe) { // already placed (a partial's own check)
		return pe
	}
	loc := ""
	if all := tmplErrRE.FindAllStringSubmatchIndex(msg, -1); all != nil {
		m := all[len(all)-1]
		loc = msg[m[2]:m[3]] + ":" + msg[m[4]:m[5]]
		if m[6] >= 0 {
			loc += ":" + msg[m[6]:m[7]]
		}
		msg = msg[m[1]:]
	}
	if m := execAtRE.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s (in {{%s}})", m[2], m[1])
	}
	e := posError(loc, units, kind, errors.New(msg), templateHint(msg))
	if e.Pos.File == "" {
		e.Pos.File = t.Origin
	}
	if kind == ErrParse && (strings.Contains(msg, "unexpected EOF") || strings.Contains(msg, "missing end")) {
		// text/template reports a missing {{end}} at the end of the text;
		// the place to fix is the action it would close.
		name, _, _ := strings.Cut(loc, ":")
		if u := units[name]; u != nil {
			if kw, off, ok := unclosedAction(u.body); ok {
				e.Pos.Line, e.Pos.Col = u.offsetPos(off)
				e.Pos.File = u.origin
				e.Err = fmt.Errorf("{{%s}} has no {{end}}", kw)
				e.Hint = "close it with {{end}} where its block ends; every {{if}}, {{range}}, {{with}}, {{block}} and {{define}} needs its own"
			}
		}
	}
	return e
}

// posError is an Error at loc ("NAME:LINE" or "NAME:LINE:COL", COL
// 0-based), mapped to the file of the unit NAME.
func posError(loc string, units map[string]*unit, kind, err error, hint string) *Error {
	e := &Error{Kind: kind, Err: err, Hint: hint}
	parts := strings.Split(loc, ":")
	if len(parts) < 2 {
		return e
	}
	u := units[parts[0]]
	if u == nil {
		return e
	}
	line, _ := strconv.Atoi(parts[1])
	col := -1
	if len(parts) > 2 {
		col, _ = strconv.Atoi(parts[2])
	}
	e.Pos.File = u.origin
	e.Pos.Line, e.Pos.Col = u.pos(line, col)
	return e
}

// offsetPos returns the file line and column of byte off of the body.
func (u *unit) offsetPos(off int) (int, int) {
	line := 1 + strings.Count(u.body[:min(off, len(u.body))], "\n")
	col := off
	if i := strings.LastIndexByte(u.body[:min(off, len(u.body))], '\n'); i >= 0 {
		col = off - i - 1
	}
	return u.pos(line, col)
}

// pos maps line and 0-based column col (-1: unknown) of the body to the
// line and 1-based column of the file (0: unknown).
func (u *unit) pos(line, col int) (int, int) {
	// Offset of the line's start in the body.
	off, l := 0, 1
	for l < line {
		i := strings.IndexByte(u.body[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		l++
	}
	if u.from == nil {
		// The body could not be mapped byte by byte (unusual escapes): count
		// lines from where it starts.
		fl, fc := u.src.lineCol(u.start)
		if line > 1 {
			return fl + line - 1, 0
		}
		if col >= 0 {
			return fl, fc + col
		}
		return fl, 0
	}
	withCol := col >= 0
	if withCol {
		off += col
	}
	if off >= len(u.from) {
		// Past the last byte of the body: the closing delimiter.
		end := u.start
		if len(u.from) > 0 {
			end = u.from[len(u.from)-1] + 1
		}
		fl, fc := u.src.lineCol(end)
		if !withCol {
			fc = 0
		}
		return fl, fc
	}
	fl, fc := u.src.lineCol(u.from[off])
	if !withCol {
		fc = 0
	}
	return fl, fc
}

// templateHint says what to do about a text/template error message.
func templateHint(msg string) string {
	switch {
	case strings.Contains(msg, "nil data"):
		return "the template was given no data to read"
	case strings.Contains(msg, "map has no entry for key"):
		return "the data has no such key: check its spelling against `pleadkit analyze --json`, or test it first with {{with}}"
	case strings.Contains(msg, "can't evaluate field"):
		return "the data has no such field: check its spelling and capitals against `pleadkit analyze --json`"
	case strings.Contains(msg, "nil pointer evaluating"):
		return "the value is missing here: test it first with {{with ...}} or {{if ...}}"
	case strings.Contains(msg, "not defined"):
		if m := regexp.MustCompile(`function "([^"]+)" not defined`).FindStringSubmatch(msg); m != nil {
			if near := nearestFunc(m[1]); near != "" {
				return fmt.Sprintf("did you mean %s? The functions are listed in the README (Template functions)", near)
			}
		}
		return "the functions a template may call are listed in the README (Template functions)"
	case strings.Contains(msg, "unexpected EOF"), strings.Contains(msg, "unexpected {{end}}"), strings.Contains(msg, "missing end"):
		return "every {{if}}, {{range}}, {{with}} and {{define}} needs its own {{end}}"
	case strings.Contains(msg, "wrong number of args"), strings.Contains(msg, "wrong type for value"):
		return "check the function's arguments in the README (Template functions)"
	case strings.Contains(msg, "error calling"):
		return "the function could not handle this value: see its description in the README (Template functions)"
	case strings.Contains(msg, "unclosed action"), strings.Contains(msg, "unexpected"):
		return "check the {{ }} action syntax near this position"
	}
	return ""
}

// nearestFunc returns the registered function name closest to name, or "".
func nearestFunc(name string) string {
	best, bestD := "", 3
	for _, f := range Funcs() {
		if d := editDistance(name, f.Name); d < bestD {
			best, bestD = f.Name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// tomlHints say what to do about the TOML decoder's messages, by a part of
// the message.
var tomlHints = []struct{ msg, hint string }{
	{"strings cannot contain newlines", "close the quote on the same line, or put text of several lines between ''' and '''"},
	{"invalid escape", `inside "..." and """...""" a backslash starts an escape: write \\ for one, or use '...' or '''...''' where backslashes stay as they are`},
	{"newlines not allowed within inline tables", "keep an inline table {...} on one line, or use a [table] header"},
	{"has already been defined", "each key may be set once: remove the second one"},
	{"already created", "each key may be set once: remove the second one"},
	{"expected a top-level item to end", "put one key = value on each line; text with quotes inside goes between ''' and '''"},
	{"unexpected EOF", "a string, array or table is not closed: find its closing quote or bracket"},
	{"expected value", "give the key a value: text in quotes, a number, true/false or [a, list]"},
	{"expected a comma", "separate the items of a list with commas and close it with ]"},
	{"table name", "a table header looks like [page] or [options]"},
}

// tomlHint returns the hint for a TOML decoder message.
func tomlHint(msg string) string {
	for _, h := range tomlHints {
		if strings.Contains(msg, h.msg) {
			return h.hint
		}
	}
	return "see https://toml.io for the syntax"
}

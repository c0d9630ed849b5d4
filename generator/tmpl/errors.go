package tmpl

import (
	"errors"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
)

// Sentinel errors for errors.Is: the kind of problem an Error reports.
var (
	ErrNotFound   = errors.New("no such template")
	ErrSyntax     = errors.New("toml syntax")
	ErrUnknownKey = errors.New("unknown key")
	ErrInvalid    = errors.New("invalid value")
	ErrParse      = errors.New("template parse")
	ErrExecute    = errors.New("execute")
)

// Error is a problem in a template file, at the line and column of the file
// (inside body, the line of the TOML file, not of the body).
type Error struct {
	Pos  Pos
	Kind error  // one of the sentinels above
	Err  error  // what went wrong
	Hint string // what to do about it; may be empty
}

// Error formats the error as "file:line:col: kind: message; hint".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.String())
	b.WriteString(": ")
	if e.Kind != nil {
		b.WriteString(e.Kind.Error())
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap exposes the kind and the cause to errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	if e.Kind == nil {
		return []error{e.Err}
	}
	return []error{e.Kind, e.Err}
}

// ErrorList is every problem found in one template file or one store.
type ErrorList []*Error

// Error joins the errors one per line.
func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Unwrap exposes the list to errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// err returns the list as an error, or nil when it is empty.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Pos is a place in a template file: the project's one position type.
type Pos = pleading.Pos

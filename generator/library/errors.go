package library

import (
	"errors"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
)

// Pos is a place in a library file: the project's one position type.
type Pos = pleading.Pos

// Sentinel errors for errors.Is.
var (
	ErrSyntax     = errors.New("TOML syntax error")
	ErrUnknownKey = errors.New("unknown key")
	ErrDuplicate  = errors.New("duplicate id")
	ErrMissing    = errors.New("missing required key")
	ErrBadPattern = errors.New("invalid pattern")
	ErrInvalid    = errors.New("invalid value")
)

// Error is one problem in a library file.
type Error struct {
	Pos  Pos
	Kind error // one of the sentinels
	Msg  string
}

// Error formats the error as "file:line:col: message".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Unwrap returns the sentinel, so errors.Is finds it.
func (e *Error) Unwrap() error { return e.Kind }

// ErrorList is every problem found in one library file.
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

// err returns nil for an empty list, else the list sorted by position.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.Line < l[j].Pos.Line })
	return l
}

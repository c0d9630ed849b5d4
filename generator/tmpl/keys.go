package tmpl

import (
	"errors"
	"fmt"
	"strings"
)

// Keys indexes where each key of a TOML settings file (case.toml,
// pleadkit.toml) sits, so a problem with a key is reported at its line
// and column: the TOML decoder says neither.
type Keys struct {
	file string
	src  *source
}

// IndexKeys indexes the keys of the TOML file src, named file in errors.
func IndexKeys(file string, src []byte) *Keys {
	return &Keys{file: file, src: scanSource(string(src))}
}

// At returns the position of the dotted key (its file alone when the key
// cannot be found).
func (k *Keys) At(key string) Pos {
	line, col := k.src.keyPos(key)
	return Pos{File: k.file, Line: line, Col: col}
}

// ValuePos returns the position of the value of the dotted key, or of
// needle inside it when needle is not empty.
func (k *Keys) ValuePos(key, needle string) Pos {
	line, col := k.src.valuePos(key, needle)
	return Pos{File: k.file, Line: line, Col: col}
}

// Errorf returns an Error of kind at the dotted key.
func (k *Keys) Errorf(key string, kind error, msg, hint string) *Error {
	return &Error{Pos: k.At(key), Kind: kind, Err: errors.New(msg), Hint: hint}
}

// Suggest returns the candidate nearest to word (ignoring case, "-" and
// "_"), or "" when none is close enough to be a misspelling of it.
func Suggest(word string, candidates []string) string {
	norm := func(s string) string {
		return strings.NewReplacer("-", "", "_", "", ".", "").Replace(strings.ToLower(s))
	}
	w := norm(word)
	best, bestD := "", 0
	limit := max(1, min(3, len(w)/3))
	for _, c := range candidates {
		d := editDistance(w, norm(c))
		if d == 0 && c != word {
			return c
		}
		if d > 0 && d <= limit && (best == "" || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
}

// SuggestHint is "did you mean X?" for the candidate nearest word,
// followed by more; more alone when none is near.
func SuggestHint(word string, candidates []string, more string) string {
	last := word
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		last = word[i+1:]
	}
	near := Suggest(word, candidates)
	if near == "" && last != word {
		var lasts []string
		for _, c := range candidates {
			if strings.Count(c, ".") == strings.Count(word, ".") {
				lasts = append(lasts, c)
			}
		}
		near = Suggest(word, lasts)
	}
	if near == "" {
		return more
	}
	if more == "" {
		return fmt.Sprintf("did you mean %s?", near)
	}
	return fmt.Sprintf("did you mean %s? %s", near, more)
}

package tmpl

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse checks that no template file, however broken, panics Parse or
// Execute, and that every error names the file and a line inside it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		chartTOML,
		"body = 'x'\n",
		"body = \"\"\"\\\n  a {{ .X }}\"\"\"\n[page]\nmargins = {top = 1}\n",
		"name = \"x\"\nbody = '''\n{{ if .A }}\n'''\n",
		"body = \"{{ roman 0 }}\"\n",
		"a.b = 1\n[page]\nsize = 'a4'\n[[x]]\ny = 2\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		lines := strings.Count(src, "\n") + 1
		check := func(err error) {
			var l ErrorList
			var e *Error
			switch {
			case errors.As(err, &l):
				for _, e := range l {
					checkPos(t, e, lines)
				}
			case errors.As(err, &e):
				checkPos(t, e, lines)
			default:
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
		tp, err := Parse("f.toml", []byte(src))
		if err != nil {
			check(err)
			return
		}
		for i, off := range tp.unit().from {
			if off < 0 || off >= len(src) || (src[off] != tp.Body[i] && src[off] != '\\') {
				t.Fatalf("body byte %d (%q) mapped to file offset %d", i, tp.Body[i], off)
			}
		}
		if _, err := tp.Execute(map[string]any{"X": 1, "A": true}); err != nil {
			check(err)
		}
	})
}

func checkPos(t *testing.T, e *Error, lines int) {
	t.Helper()
	if e.Pos.File != "f.toml" || e.Pos.Line < 0 || e.Pos.Line > lines || e.Pos.Col < 0 {
		t.Fatalf("bad position %+v (file has %d lines): %v", e.Pos, lines, e)
	}
}

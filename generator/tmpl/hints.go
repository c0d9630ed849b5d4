package tmpl

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"sort"
)

// noFieldRE matches text/template's error for a field a type lacks.
var noFieldRE = regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)`)

// fieldHint says what to write instead of a field a type lacks: the
// nearest field or method of that type ("did you mean"), or $.NAME when
// the name is a field of the top level used where the dot is something
// else (inside range or with).
func fieldHint(msg string, data any) string {
	m := noFieldRE.FindStringSubmatch(msg)
	if m == nil || data == nil {
		return ""
	}
	name, typeName := m[1], m[2]
	root := reflect.TypeOf(data)
	types := map[string]reflect.Type{}
	reachable(root, types, 0)
	t := types[typeName]
	if rootHas(root, name) && t != root && (t == nil || !hasMember(t, name)) {
		return fmt.Sprintf("here the dot is a %s (inside {{range}} or {{with}}); %s is a field of the top level: write $.%s", typeName, name, name)
	}
	if t == nil {
		return "the data has no such field: check its spelling and capitals with `pleadkit templates fields`"
	}
	if near := Suggest(name, members(t)); near != "" {
		return fmt.Sprintf("did you mean .%s? `pleadkit templates fields %s` lists the fields of %s", near, shortName(t), typeName)
	}
	return fmt.Sprintf("%s has no field %s: `pleadkit templates fields %s` lists its fields", typeName, name, shortName(t))
}

// rootHas reports whether the top-level type has a field or method name.
func rootHas(root reflect.Type, name string) bool { return hasMember(root, name) }

// hasMember reports whether t (or *t) has an exported field or method name.
func hasMember(t reflect.Type, name string) bool {
	for _, m := range members(t) {
		if m == name {
			return true
		}
	}
	return false
}

// members returns the exported fields (promoted ones too) and methods of
// t, looking through pointers.
func members(t reflect.Type) []string {
	seen := map[string]bool{}
	pt := t
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	} else {
		pt = reflect.PointerTo(t)
	}
	if t.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(t) {
			if f.IsExported() {
				seen[f.Name] = true
			}
		}
	}
	for i := 0; i < pt.NumMethod(); i++ {
		seen[pt.Method(i).Name] = true
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// shortName is a type's name without package or pointer, as `templates
// fields` takes it.
func shortName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	return t.Name()
}

// reachable records t and every type reachable from it through fields,
// method results and elements, by their String(), as text/template names
// them in errors.
func reachable(t reflect.Type, seen map[string]reflect.Type, depth int) {
	if t == nil || depth > 12 {
		return
	}
	if _, ok := seen[t.String()]; ok {
		return
	}
	seen[t.String()] = t
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		reachable(t.Elem(), seen, depth+1)
		if t.Kind() == reflect.Pointer {
			elem := t.Elem()
			for i := 0; i < t.NumMethod(); i++ {
				mt := t.Method(i).Type
				if mt.NumOut() > 0 {
					reachable(mt.Out(0), seen, depth+1)
				}
			}
			if elem.Kind() == reflect.Struct {
				reachable(elem, seen, depth+1)
			}
		}
		return
	case reflect.Struct:
		for _, f := range reflect.VisibleFields(t) {
			if f.IsExported() {
				reachable(f.Type, seen, depth+1)
			}
		}
		pt := reflect.PointerTo(t)
		for i := 0; i < pt.NumMethod(); i++ {
			mt := pt.Method(i).Type
			if mt.NumOut() > 0 {
				reachable(mt.Out(0), seen, depth+1)
			}
		}
		reachable(pt, seen, depth+1)
	}
}

// Reachable returns every named type reachable from t (through fields,
// method results and elements), keyed by their name without package; the
// types `pleadkit templates fields` documents.
func Reachable(t reflect.Type) map[string]reflect.Type {
	all := map[string]reflect.Type{}
	reachable(t, all, 0)
	out := map[string]reflect.Type{}
	for _, x := range all {
		if x.Kind() == reflect.Struct && x.Name() != "" && x.PkgPath() != "" {
			out[x.Name()] = x
		}
	}
	return out
}

var (
	prefLinkRE = regexp.MustCompile(`\[(¶[^\]\n]*)\]\(#(p[A-Za-z0-9-]*)\)`)
	anchorRE   = regexp.MustCompile(`<a id="(p[A-Za-z0-9-]*)"></a>`)
)

// dropDanglingLinks turns ¶ links to anchors md does not hold (rows a
// template filtered out) into plain text, so no link points nowhere.
func dropDanglingLinks(md []byte) []byte {
	if !bytes.Contains(md, []byte("](#p")) {
		return md
	}
	have := map[string]bool{}
	for _, m := range anchorRE.FindAllSubmatch(md, -1) {
		have[string(m[1])] = true
	}
	return prefLinkRE.ReplaceAllFunc(md, func(link []byte) []byte {
		m := prefLinkRE.FindSubmatch(link)
		if have[string(m[2])] {
			return link
		}
		return m[1]
	})
}

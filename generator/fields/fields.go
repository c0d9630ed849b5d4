// Package fields documents the data a template sees: every type reachable
// from the analyzed case (generator.Case, the dot at the top of every
// template), each field and method with its Go name, its type and a line
// of doc, and the values of the enumerated types. The names and types come
// from the Go types themselves; the doc lines from the source comments,
// extracted into doc.json by this package's test (which fails when they
// go stale).
package fields

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// module is the import path of the module whose types are documented.
const module = "github.com/pleadkit/pleadkit"

//go:embed doc.json
var docJSON []byte

// Type is one type a template can reach.
type Type struct {
	Name    string   `json:"name"`             // the name to look it up by: Row, or joined.Case when two packages share a name
	Go      string   `json:"go"`               // the Go type: joined.Row
	Doc     string   `json:"doc"`              // a line of doc
	Members []Member `json:"members"`          // fields and methods, fields first, each in name order
	Values  []string `json:"values,omitempty"` // an enumerated type's values: eq .Class "denied"
	Kind    string   `json:"kind"`             // struct or enum
}

// Member is one field or method of a Type.
type Member struct {
	Name   string `json:"name"`   // as a template writes it, without the dot
	Method bool   `json:"method"` // a method (called as .Name, or .Name ARG for one that takes arguments)
	Args   string `json:"args,omitempty"`
	Type   string `json:"type"` // its type, with documented types by their Name
	Doc    string `json:"doc"`
}

// Root is the type at the top of every template.
func Root() reflect.Type { return reflect.TypeFor[*generator.Case]() }

// Types returns every type a template can reach from the case, the case
// first, then in the order they are reached.
func Types() []Type {
	var docs map[string]string
	if err := json.Unmarshal(docJSON, &docs); err != nil {
		panic(fmt.Sprintf("fields: doc.json: %v", err)) // embedded and tested: cannot happen in a built binary
	}
	return build(collect(Root()), docs)
}

// Lookup returns the type called name (any case; a package-qualified name
// like joined.Row works too), or an error naming the nearest.
func Lookup(name string) (Type, error) {
	all := Types()
	var names []string
	for _, t := range all {
		if strings.EqualFold(t.Name, name) || strings.EqualFold(t.Go, name) {
			return t, nil
		}
		names = append(names, t.Name)
	}
	hint := tmpl.SuggestHint(name, names, "")
	if hint != "" {
		hint = "; " + hint
	}
	return Type{}, fmt.Errorf("templates fields: no type %q a template can reach%s (`pleadkit templates fields` lists every one)", name, hint)
}

// collect returns the module's named struct and enumerated types
// reachable from root through fields, method results and elements, in the
// order a breadth-first walk meets them.
func collect(root reflect.Type) []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	queue := []reflect.Type{root}
	for len(queue) > 0 {
		t := named(queue[0])
		queue = queue[1:]
		if t == nil || seen[t] || !strings.HasPrefix(t.PkgPath(), module) {
			continue
		}
		seen[t] = true
		switch {
		case isEnum(t):
			out = append(out, t)
			continue
		case t.Kind() != reflect.Struct:
			continue
		}
		out = append(out, t)
		for _, f := range reflect.VisibleFields(t) {
			if f.IsExported() {
				queue = append(queue, f.Type)
			}
		}
		for _, m := range methods(t) {
			if m.Type.NumOut() > 0 {
				queue = append(queue, m.Type.Out(0))
			}
		}
	}
	return out
}

// named returns the named type under pointers, slices, arrays and maps
// (a map's value), or nil.
func named(t reflect.Type) reflect.Type {
	for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map) {
		t = t.Elem()
	}
	if t == nil || t.Name() == "" {
		return nil
	}
	return t
}

var enumType = reflect.TypeFor[tmpl.Enum]()

// isEnum reports whether t is an enumerated string type.
func isEnum(t reflect.Type) bool { return t.Kind() == reflect.String && t.Implements(enumType) }

// methods returns the exported methods of *t a template can call: those
// returning one value, or a value and an error; not the JSON and text
// (un)marshalers, which serve the encoders.
func methods(t reflect.Type) []reflect.Method {
	pt := reflect.PointerTo(t)
	var out []reflect.Method
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		n, mt := m.Name, m.Type
		if strings.HasPrefix(n, "Marshal") || strings.HasPrefix(n, "Unmarshal") || n == "EnumValues" {
			continue
		}
		if mt.NumOut() == 0 || mt.NumOut() > 2 || (mt.NumOut() == 2 && mt.Out(1) != reflect.TypeFor[error]()) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// shortPkg is the last element of a package path: joined for .../generator/joined.
func shortPkg(t reflect.Type) string {
	p := t.PkgPath()
	return p[strings.LastIndex(p, "/")+1:]
}

// build describes the types, naming each by its bare name; when two
// packages share a name, the one met first keeps it (the case: Case) and
// the other is named with its package (joined.Case).
func build(types []reflect.Type, docs map[string]string) []Type {
	taken := map[string]bool{}
	known := map[reflect.Type]string{}
	for _, t := range types {
		known[t] = t.Name()
		if taken[t.Name()] {
			known[t] = shortPkg(t) + "." + t.Name()
		}
		taken[t.Name()] = true
	}
	name := func(t reflect.Type) string { return known[t] }
	var out []Type
	for _, t := range types {
		d := Type{Name: name(t), Go: shortPkg(t) + "." + t.Name(), Doc: docs[DocKey(t, "")], Kind: "struct"}
		if isEnum(t) {
			d.Kind = "enum"
			d.Values = reflect.Zero(t).Interface().(tmpl.Enum).EnumValues()
			out = append(out, d)
			continue
		}
		var fieldMembers, methodMembers []Member
		for _, f := range reflect.VisibleFields(t) {
			if !f.IsExported() || f.Anonymous {
				continue
			}
			fieldMembers = append(fieldMembers, Member{Name: f.Name, Type: typeString(f.Type, known), Doc: docs[DocKey(declaring(t, f.Index), f.Name)]})
		}
		for _, m := range methods(t) {
			var args []string
			for i := 1; i < m.Type.NumIn(); i++ {
				args = append(args, typeString(m.Type.In(i), known))
			}
			methodMembers = append(methodMembers, Member{Name: m.Name, Method: true, Args: strings.Join(args, " "),
				Type: typeString(m.Type.Out(0), known), Doc: methodDoc(t, m.Name, docs)})
		}
		sort.Slice(fieldMembers, func(i, j int) bool { return fieldMembers[i].Name < fieldMembers[j].Name })
		d.Members = append(fieldMembers, methodMembers...)
		out = append(out, d)
	}
	return out
}

// DocKey is the key of doc.json for a type's doc (member "") or a member's.
func DocKey(t reflect.Type, member string) string {
	k := strings.TrimPrefix(t.PkgPath(), module+"/") + "." + t.Name()
	if t.PkgPath() == module {
		k = t.Name()
	}
	if member != "" {
		k += "." + member
	}
	return k
}

// declaring returns the struct type that declares the field at index in t
// (an embedded struct's, for a promoted field).
func declaring(t reflect.Type, index []int) reflect.Type {
	for _, i := range index[:len(index)-1] {
		t = t.Field(i).Type
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
	}
	return t
}

// methodDoc is the doc of method name of t, or of the embedded type it is
// promoted from.
func methodDoc(t reflect.Type, name string, docs map[string]string) string {
	if d, ok := docs[DocKey(t, name)]; ok {
		return d
	}
	if t.Kind() != reflect.Struct {
		return ""
	}
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Anonymous {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if d := methodDoc(et, name, docs); d != "" {
				return d
			}
		}
	}
	return ""
}

// typeString writes t as a template writer reads it: documented types by
// their Name, other named types by package and name.
func typeString(t reflect.Type, known map[reflect.Type]string) string {
	switch t.Kind() {
	case reflect.Pointer:
		return typeString(t.Elem(), known)
	case reflect.Slice, reflect.Array:
		return "[]" + typeString(t.Elem(), known)
	case reflect.Map:
		return "map[" + typeString(t.Key(), known) + "]" + typeString(t.Elem(), known)
	}
	if n, ok := known[t]; ok {
		return n
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return shortPkg(t) + "." + t.Name()
	}
	return t.String()
}

// Members the docs need: the doc.json keys of every type and member the
// templates can reach, for the test that extracts them from the source.
func DocKeys() []DocNeed {
	var out []DocNeed
	for _, t := range collect(Root()) {
		out = append(out, DocNeed{Type: t})
		if isEnum(t) {
			continue
		}
		for _, f := range reflect.VisibleFields(t) {
			if f.IsExported() && !f.Anonymous {
				out = append(out, DocNeed{Type: declaring(t, f.Index), Member: f.Name})
			}
		}
		for _, m := range methods(t) {
			out = append(out, DocNeed{Type: t, Member: m.Name, Method: true})
		}
	}
	return out
}

// DocNeed is a type (Member "") or a member of it whose doc line doc.json holds.
type DocNeed struct {
	Type   reflect.Type
	Member string
	Method bool
}

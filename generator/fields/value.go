package fields

import (
	"encoding"
	"fmt"
	"reflect"
	"sort"
)

// maxDepth bounds how deep Names follows the data (the model holds no
// cycles today; this keeps a future one from running away).
const maxDepth = 40

// Names returns v as plain maps, lists and values keyed by the names a
// template uses (the Go names: ClassText, not class_text), for printing
// as JSON. Every exported field is kept, empty ones too, so a template
// writer sees each field a row can have. Methods are not called.
func Names(v any) any { return names(reflect.ValueOf(v), 0) }

func names(v reflect.Value, depth int) any {
	if !v.IsValid() || depth > maxDepth {
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return names(v.Elem(), depth+1)
	case reflect.Struct:
		if m, ok := v.Interface().(encoding.TextMarshaler); ok && v.NumField() > 0 && v.Type().PkgPath() != "" && !isModule(v.Type()) {
			text, err := m.MarshalText() // time.Time and the like: as their text
			if err == nil {
				return string(text)
			}
		}
		out := map[string]any{}
		for _, f := range reflect.VisibleFields(v.Type()) {
			if !f.IsExported() || f.Anonymous {
				continue
			}
			fv, err := v.FieldByIndexErr(f.Index)
			if err != nil {
				continue // a field of a nil embedded pointer
			}
			out[f.Name] = names(fv, depth+1)
		}
		return out
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return []any{}
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = names(v.Index(i), depth+1)
		}
		return out
	case reflect.Map:
		out := map[string]any{}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keyString(keys[i]) < keyString(keys[j]) })
		for _, k := range keys {
			out[keyString(k)] = names(v.MapIndex(k), depth+1)
		}
		return out
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	}
	return nil // funcs, channels: nothing a template reads
}

// isModule reports whether t is one of the module's own types.
func isModule(t reflect.Type) bool {
	p := t.PkgPath()
	return p == module || len(p) > len(module) && p[:len(module)+1] == module+"/"
}

// keyString is a map key as text.
func keyString(k reflect.Value) string {
	if k.Kind() == reflect.String {
		return k.String()
	}
	if m, ok := k.Interface().(encoding.TextMarshaler); ok {
		if b, err := m.MarshalText(); err == nil {
			return string(b)
		}
	}
	return fmt.Sprint(k.Interface())
}

// Results calls every method of v a template can call without arguments
// (such as the deposition kit's .Kit.Chronology) and returns what each
// gives, as Names does; a method that fails gives its error as text.
func Results(v any) map[string]any {
	out := map[string]any{}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return out
	}
	for _, m := range methods(rv.Type().Elem()) {
		if m.Type.NumIn() != 1 {
			continue
		}
		res := rv.Method(m.Index).Call(nil)
		if len(res) == 2 && !res[1].IsNil() {
			out[m.Name] = "error: " + res[1].Interface().(error).Error()
			continue
		}
		out[m.Name] = names(res[0], 1)
	}
	return out
}

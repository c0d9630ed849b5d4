package tmpl

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Group is one group of a list split by group: the value of the field and
// the items that have it, in their order.
type Group struct {
	Key   any
	Items []any
}

// listFuncs are the functions that filter, order and split lists.
func listFuncs() []Func {
	rows := []struct {
		N     int
		Class string
	}{{3, "denied"}, {1, "admitted"}, {2, "denied"}}
	return []Func{
		{Name: "where", Args: "LIST FIELD VALUE...", fn: whereFunc,
			Doc: "The items of LIST whose FIELD (a field or method; dotted for a path, like Answer.Title) equals one of the VALUEs, in their order. Comparing an enumerated field (a class, a severity, a status) with a value it cannot take is an error naming the values it can.",
			Examples: []Example{
				{Template: `{{ range where . "Class" "denied" }}{{ .N }} {{ end }}`, Data: rows, Want: "3 2"},
			}},
		{Name: "sort", Args: "LIST FIELD [\"desc\"]", fn: sortFunc,
			Doc: "LIST ordered by FIELD (numbers by value, text alphabetically), items with equal values kept in their order; \"desc\" reverses it.",
			Examples: []Example{
				{Template: `{{ range sort . "N" }}{{ .N }} {{ end }}`, Data: rows, Want: "1 2 3"},
				{Template: `{{ range sort . "N" "desc" }}{{ .N }} {{ end }}`, Data: rows, Want: "3 2 1"},
			}},
		{Name: "group", Args: "LIST FIELD", fn: groupFunc,
			Doc: "LIST split by the value of FIELD, in the order each value first appears: each group has .Key and .Items.",
			Examples: []Example{
				{Template: `{{ range group . "Class" }}{{ .Key }}: {{ len .Items }}; {{ end }}`, Data: rows, Want: "denied: 2; admitted: 1;"},
			}},
		{Name: "first", Args: "N LIST", fn: firstFunc,
			Doc: "The first N items of LIST (all of them when it has fewer).",
			Examples: []Example{
				{Template: `{{ first 2 . }}`, Data: []int{5, 6, 7}, Want: "[5 6]"},
			}},
		{Name: "last", Args: "N LIST", fn: lastFunc,
			Doc: "The last N items of LIST (all of them when it has fewer).",
			Examples: []Example{
				{Template: `{{ last 2 . }}`, Data: []int{5, 6, 7}, Want: "[6 7]"},
			}},
		{Name: "uniq", Args: "LIST", fn: uniqFunc,
			Doc: "LIST with repeated items left out, the first of each kept in place. With text/template's own `len`, `{{ len (uniq .) }}` counts distinct values.",
			Examples: []Example{
				{Template: `{{ uniq . }}`, Data: []string{"denied", "admitted", "denied"}, Want: "[denied admitted]"},
			}},
	}
}

// listValue returns v as a slice or array value.
func listValue(name string, v any) (reflect.Value, error) {
	rv := reflect.ValueOf(v)
	for rv.IsValid() && (rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface) {
		if rv.IsNil() {
			return reflect.Value{}, nil
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		return reflect.Value{}, nil
	}
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return reflect.Value{}, fmt.Errorf("%s takes a list, not %s", name, rv.Type())
	}
	return rv, nil
}

// emptyLike returns an empty slice of the type of list.
func emptyLike(list reflect.Value) reflect.Value {
	if !list.IsValid() {
		return reflect.ValueOf([]any{})
	}
	return reflect.MakeSlice(reflect.SliceOf(list.Type().Elem()), 0, list.Len())
}

// fieldOf returns the field, method result or map entry path of v.
func fieldOf(v reflect.Value, path string) (reflect.Value, error) {
	for _, name := range strings.Split(path, ".") {
		for v.IsValid() && (v.Kind() == reflect.Interface || (v.Kind() == reflect.Pointer && v.Type().Elem().Kind() != reflect.Struct)) {
			if v.IsNil() {
				return reflect.Value{}, nil
			}
			v = v.Elem()
		}
		if !v.IsValid() {
			return v, nil
		}
		if m := v.MethodByName(name); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() >= 1 {
			out := m.Call(nil)
			if len(out) == 2 && !out[1].IsNil() {
				return reflect.Value{}, out[1].Interface().(error)
			}
			v = out[0]
			continue
		}
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, nil
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Struct:
			f := v.FieldByName(name)
			if !f.IsValid() || !f.CanInterface() {
				msg := fmt.Sprintf("%s has no field %s", v.Type(), name)
				if near := Suggest(name, members(v.Type())); near != "" {
					msg += fmt.Sprintf(" (did you mean %s?)", near)
				}
				return reflect.Value{}, fmt.Errorf("%s", msg)
			}
			v = f
		case reflect.Map:
			if v.Type().Key().Kind() != reflect.String {
				return reflect.Value{}, fmt.Errorf("cannot read %s of %s", name, v.Type())
			}
			v = v.MapIndex(reflect.ValueOf(name).Convert(v.Type().Key()))
		default:
			return reflect.Value{}, fmt.Errorf("cannot read field %s of %s", name, v.Type())
		}
	}
	return v, nil
}

func whereFunc(list any, field string, values ...any) (any, error) {
	lv, err := listValue("where", list)
	if err != nil || !lv.IsValid() {
		return []any{}, err
	}
	if len(values) == 0 {
		return nil, fmt.Errorf("where takes a list, a field and at least one value: where .Rows \"Class\" \"denied\"")
	}
	out := emptyLike(lv)
	for i := 0; i < lv.Len(); i++ {
		fv, err := fieldOf(lv.Index(i), field)
		if err != nil {
			return nil, fmt.Errorf("where: %w", err)
		}
		args := make([]reflect.Value, len(values))
		for j, x := range values {
			args[j] = reflect.ValueOf(x)
		}
		eq, err := eqFunc(fv, args...)
		if err != nil {
			return nil, fmt.Errorf("where %s: %w", field, err)
		}
		if eq {
			out = reflect.Append(out, lv.Index(i))
		}
	}
	return out.Interface(), nil
}

// compareValues orders two field values: numbers by value, text
// alphabetically (ignoring case first), booleans false first.
func compareValues(a, b reflect.Value) int {
	a, b = indirectInterface(a), indirectInterface(b)
	if !a.IsValid() || !b.IsValid() {
		return cmp.Compare(boolInt(a.IsValid()), boolInt(b.IsValid()))
	}
	if x, ok := anyNumber(a.Interface()); ok {
		if y, ok := anyNumber(b.Interface()); ok {
			return cmp.Compare(x, y)
		}
	}
	if a.Kind() == reflect.Bool && b.Kind() == reflect.Bool {
		return cmp.Compare(boolInt(a.Bool()), boolInt(b.Bool()))
	}
	sa, sb := toString(a.Interface()), toString(b.Interface())
	if c := cmp.Compare(strings.ToLower(sa), strings.ToLower(sb)); c != 0 {
		return c
	}
	return cmp.Compare(sa, sb)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func sortFunc(list any, field string, order ...string) (any, error) {
	lv, err := listValue("sort", list)
	if err != nil || !lv.IsValid() {
		return []any{}, err
	}
	desc := false
	switch {
	case len(order) == 0:
	case len(order) == 1 && (order[0] == "desc" || order[0] == "asc"):
		desc = order[0] == "desc"
	default:
		return nil, fmt.Errorf("sort takes a list, a field and optionally \"desc\" or \"asc\", not %q", order)
	}
	type item struct{ v, key reflect.Value }
	items := make([]item, lv.Len())
	for i := range items {
		k, err := fieldOf(lv.Index(i), field)
		if err != nil {
			return nil, fmt.Errorf("sort: %w", err)
		}
		items[i] = item{lv.Index(i), k}
	}
	slices.SortStableFunc(items, func(a, b item) int {
		c := compareValues(a.key, b.key)
		if desc {
			return -c
		}
		return c
	})
	out := emptyLike(lv)
	for _, it := range items {
		out = reflect.Append(out, it.v)
	}
	return out.Interface(), nil
}

func groupFunc(list any, field string) ([]Group, error) {
	lv, err := listValue("group", list)
	if err != nil || !lv.IsValid() {
		return []Group{}, err
	}
	var out []Group
	index := map[string]int{}
	for i := 0; i < lv.Len(); i++ {
		k, err := fieldOf(lv.Index(i), field)
		if err != nil {
			return nil, fmt.Errorf("group: %w", err)
		}
		var key any
		if k.IsValid() && k.CanInterface() {
			key = k.Interface()
		}
		id := fmt.Sprintf("%T %v", key, key)
		j, ok := index[id]
		if !ok {
			j = len(out)
			index[id] = j
			out = append(out, Group{Key: key})
		}
		out[j].Items = append(out[j].Items, lv.Index(i).Interface())
	}
	if out == nil {
		out = []Group{}
	}
	return out, nil
}

func firstFunc(n any, list any) (any, error) {
	return sliceEnd("first", n, list, false)
}

func lastFunc(n any, list any) (any, error) {
	return sliceEnd("last", n, list, true)
}

// sliceEnd returns the first (or last) n items of list.
func sliceEnd(name string, n, list any, last bool) (any, error) {
	k, err := toInt(n)
	if err != nil {
		return nil, fmt.Errorf("%s takes a count first: %s 3 .Rows: %w", name, name, err)
	}
	if k < 0 {
		return nil, fmt.Errorf("%s: a count of %d items", name, k)
	}
	lv, err := listValue(name, list)
	if err != nil || !lv.IsValid() {
		return []any{}, err
	}
	k = min(k, lv.Len())
	if lv.Kind() == reflect.Array {
		s := emptyLike(lv)
		for i := 0; i < lv.Len(); i++ {
			s = reflect.Append(s, lv.Index(i))
		}
		lv = s
	}
	if last {
		return lv.Slice(lv.Len()-k, lv.Len()).Interface(), nil
	}
	return lv.Slice(0, k).Interface(), nil
}

func uniqFunc(list any) (any, error) {
	lv, err := listValue("uniq", list)
	if err != nil || !lv.IsValid() {
		return []any{}, err
	}
	out := emptyLike(lv)
	seen := map[string]bool{}
	for i := 0; i < lv.Len(); i++ {
		v := lv.Index(i)
		id := fmt.Sprintf("%#v", v.Interface())
		if seen[id] {
			continue
		}
		seen[id] = true
		out = reflect.Append(out, v)
	}
	return out.Interface(), nil
}

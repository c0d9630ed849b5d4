package tmpl

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// Enum is a named string type with a fixed set of values, such as a
// response's class or a finding's severity. Comparing one (with eq, ne or
// where) to a string that is none of its values is an error naming them,
// so {{ if eq .Class "Denied" }} never silently matches nothing.
type Enum interface {
	EnumValues() []string
}

var enumType = reflect.TypeFor[Enum]()

// enumValues returns the values of v's type when it is an Enum.
func enumValues(v reflect.Value) ([]string, bool) {
	if !v.IsValid() || v.Kind() != reflect.String || !v.Type().Implements(enumType) {
		return nil, false
	}
	return v.Interface().(Enum).EnumValues(), true
}

// checkEnum returns an error when one side of a comparison is an Enum and
// another a plain string that is not one of its values.
func checkEnum(args ...reflect.Value) error {
	for _, a := range args {
		a = indirectInterface(a)
		vals, ok := enumValues(a)
		if !ok {
			continue
		}
		for _, b := range args {
			b = indirectInterface(b)
			if !b.IsValid() || b.Kind() != reflect.String || b.Type().Implements(enumType) {
				continue
			}
			if !containsString(vals, b.String()) {
				return invalidEnum(a.Type(), b.String(), vals)
			}
		}
	}
	return nil
}

// invalidEnum is the error for a string that is not a value of an Enum type.
func invalidEnum(t reflect.Type, s string, vals []string) error {
	quoted := make([]string, len(vals))
	for i, v := range vals {
		quoted[i] = fmt.Sprintf("%q", v)
	}
	msg := fmt.Sprintf("%q is not a value of %s: the values are %s", s, t, strings.Join(quoted, ", "))
	if near := Suggest(s, vals); near != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", near)
	}
	return errors.New(msg)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// indirectInterface returns the value inside an interface value.
func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// eqFunc is text/template's eq (arg1 == arg2 || arg1 == arg3 ...), which
// also rejects comparing an Enum with a string that is not its value.
func eqFunc(arg1 reflect.Value, arg2 ...reflect.Value) (bool, error) {
	if err := checkEnum(append([]reflect.Value{arg1}, arg2...)...); err != nil {
		return false, err
	}
	arg1 = indirectInterface(arg1)
	if len(arg2) == 0 {
		return false, errors.New("missing argument for comparison")
	}
	for _, arg := range arg2 {
		truth, err := equal(arg1, indirectInterface(arg))
		if err != nil || truth {
			return truth, err
		}
	}
	return false, nil
}

// neFunc is text/template's ne, with eqFunc's check.
func neFunc(arg1, arg2 reflect.Value) (bool, error) {
	eq, err := eqFunc(arg1, arg2)
	return !eq, err
}

// equal compares two values as text/template's eq does.
func equal(a, b reflect.Value) (bool, error) {
	ka, kb := basicKind(a), basicKind(b)
	if ka != kb {
		switch {
		case ka == reflect.Int && kb == reflect.Uint:
			return a.Int() >= 0 && uint64(a.Int()) == b.Uint(), nil
		case ka == reflect.Uint && kb == reflect.Int:
			return b.Int() >= 0 && a.Uint() == uint64(b.Int()), nil
		}
		if a.IsValid() && b.IsValid() {
			return false, fmt.Errorf("incompatible types for comparison: %v and %v", a.Type(), b.Type())
		}
		return false, nil
	}
	switch ka {
	case reflect.Bool:
		return a.Bool() == b.Bool(), nil
	case reflect.Complex128:
		return a.Complex() == b.Complex(), nil
	case reflect.Float64:
		return a.Float() == b.Float(), nil
	case reflect.Int:
		return a.Int() == b.Int(), nil
	case reflect.String:
		return a.String() == b.String(), nil
	case reflect.Uint:
		return a.Uint() == b.Uint(), nil
	}
	na, nb := isNil(a), isNil(b)
	if na || nb {
		return na == nb, nil
	}
	if a.Kind() != b.Kind() {
		return false, fmt.Errorf("non-comparable types %v and %v", a.Type(), b.Type())
	}
	if !a.Type().Comparable() || !b.Type().Comparable() {
		return false, fmt.Errorf("non-comparable type %v", a.Type())
	}
	return a.Interface() == b.Interface(), nil
}

// basicKind folds the kinds eq compares by value into one per family;
// every other kind is reflect.Invalid.
func basicKind(v reflect.Value) reflect.Kind {
	switch v.Kind() {
	case reflect.Bool:
		return reflect.Bool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return reflect.Int
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return reflect.Uint
	case reflect.Float32, reflect.Float64:
		return reflect.Float64
	case reflect.Complex64, reflect.Complex128:
		return reflect.Complex128
	case reflect.String:
		return reflect.String
	}
	return reflect.Invalid
}

// isNil reports whether v is the zero Value or a nil of its type.
func isNil(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return v.IsNil()
	}
	return false
}

package generator

import (
	"reflect"
	"testing"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/joined"
)

// TestCaseListsItsParts checks that Case lists every exported field of the
// joined case and of the chart, in their order, with the same type and JSON
// tag, and that newCase copies each one: a field added to either is then
// seen by templates and by `pleadkit analyze --json` only once it is listed
// in Case and copied in newCase.
func TestCaseListsItsParts(t *testing.T) {
	var want []reflect.StructField
	for _, typ := range []reflect.Type{reflect.TypeFor[joined.Case](), reflect.TypeFor[chart.Chart]()} {
		for f := range typ.Fields() {
			if f.IsExported() {
				want = append(want, f)
			}
		}
	}
	ct := reflect.TypeFor[Case]()
	for i, w := range want {
		if i >= ct.NumField() {
			t.Fatalf("Case lacks %s: list it (%s %s) in Case and copy it in newCase", w.Name, w.Name, w.Type)
		}
		f := ct.Field(i)
		if f.Name != w.Name || f.Type != w.Type || f.Tag != w.Tag {
			t.Fatalf("Case field %d is %s %s `%s`, want %s %s `%s` (the joined case's fields, then the chart's, in their order)", i, f.Name, f.Type, f.Tag, w.Name, w.Type, w.Tag)
		}
	}

	// Every listed field is copied: fill each exported field of a joined
	// case and a chart with a value of its own and compare.
	j, ch := &joined.Case{}, &chart.Chart{}
	for _, v := range []reflect.Value{reflect.ValueOf(j).Elem(), reflect.ValueOf(ch).Elem()} {
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	}
	c := reflect.ValueOf(newCase(j, ch)).Elem()
	for _, w := range want {
		src := reflect.ValueOf(j).Elem().FieldByName(w.Name)
		if !src.IsValid() {
			src = reflect.ValueOf(ch).Elem().FieldByName(w.Name)
		}
		if got := c.FieldByName(w.Name); !reflect.DeepEqual(got.Interface(), src.Interface()) {
			t.Errorf("newCase does not copy %s", w.Name)
		}
	}
	if newCase(j, ch).Joined() != j {
		t.Error("newCase does not keep the joined case")
	}
}

// fill sets v to a value that is not its zero value.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(7)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
	}
}

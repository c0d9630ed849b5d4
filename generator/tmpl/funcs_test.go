package tmpl

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// runExample executes one registry example as a template body.
func runExample(ex Example) (string, error) {
	src := "body = '''\n" + ex.Template + "'''\n"
	if len(ex.Options) > 0 {
		src += "[options]\n"
		for k, v := range ex.Options {
			src += fmt.Sprintf("%s = %v\n", k, v)
		}
	}
	tp, err := Parse("example.toml", []byte(src))
	if err != nil {
		return "", err
	}
	out, err := tp.Execute(ex.Data)
	return strings.TrimSuffix(string(out), "\n"), err
}

func TestFuncExamples(t *testing.T) {
	for _, f := range Funcs() {
		if f.Doc == "" || len(f.Examples) == 0 || f.fn == nil {
			t.Errorf("%s: every function needs Doc, an example and an implementation", f.Name)
		}
		for _, ex := range f.Examples {
			if !strings.Contains(ex.Template, f.Name) {
				t.Errorf("%s: example %q does not call it", f.Name, ex.Template)
			}
			got, err := runExample(ex)
			if err != nil {
				t.Errorf("%s: %q: %v", f.Name, ex.Template, err)
				continue
			}
			if got != ex.Want {
				t.Errorf("%s: %q gives %q, want %q", f.Name, ex.Template, got, ex.Want)
			}
		}
	}
}

func TestFuncNamesDoNotShadowBuiltins(t *testing.T) {
	for _, f := range Funcs() {
		switch f.Name {
		case "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne":
			t.Errorf("%s shadows a text/template builtin", f.Name)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"one two three", 2, "one two…"},
		{"one two three", 3, "one two three"},
		{"one two three", 0, "one two three"},
		{"one two three", -1, "one two three"},
		{"  one   two,  three", 2, "  one   two…"},
		{"one two\nthree", 5, "one two\nthree"},
		{"", 3, ""},
		{"ÉÉ ü ß", 1, "ÉÉ…"},
	} {
		if got := Truncate(tc.s, tc.n); got != tc.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestRanges(t *testing.T) {
	type rng struct{ First, Last int }
	for _, tc := range []struct {
		in   any
		want string
	}{
		{[]int{}, ""},
		{[]int{7}, "7"},
		{[]int{1, 2}, "1–2"},
		{[]int{3, 1, 2, 7, 9, 10, 11, 12, 5}, "1–3, 5, 7, 9–12"},
		{[]int64{4, 4, 4}, "4"},
		{[]any{int64(1), 2, "3"}, "1–3"},
		{[]rng{{1, 5}, {7, 7}, {9, 12}}, "1–5, 7, 9–12"},
		{&rng{2, 4}, "2–4"},
		{nil, ""},
	} {
		got, err := rangesFunc(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ranges %v = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := rangesFunc([]string{"a"}); err == nil {
		t.Error("ranges of words: no error")
	}
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n    any
		args []string
		want string
	}{
		{0, []string{"count"}, "counts"},
		{1, []string{"count"}, "count"},
		{int64(1), []string{"party", "parties"}, "party"},
		{2, []string{"party", "parties"}, "parties"},
		{[]int{1}, []string{"defense"}, "defense"},
		{[]int{}, []string{"defense"}, "defenses"},
	} {
		got, err := pluralFunc(tc.n, tc.args[0], tc.args[1:]...)
		if err != nil || got != tc.want {
			t.Errorf("plural %v %v = %q, %v; want %q", tc.n, tc.args, got, err, tc.want)
		}
	}
}

func TestDate(t *testing.T) {
	d := time.Date(2015, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		v    any
		want string
	}{
		{d, "March 9, 2015"},
		{&d, "March 9, 2015"},
		{(*time.Time)(nil), ""},
		{time.Time{}, ""},
		{"2015-03-09", "March 9, 2015"},
		{"2015-03-09T10:00:00Z", "March 9, 2015"},
		{"", ""},
		{nil, ""},
		{"March 9th, 2015", "March 9th, 2015"},
	} {
		got, err := dateFunc("January 2, 2006", tc.v)
		if err != nil || got != tc.want {
			t.Errorf("date %v = %q, %v; want %q", tc.v, got, err, tc.want)
		}
	}
}

func TestSmallFuncs(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{prefFunc("12a"), "[¶12a](#p12a)"},
		{prefFunc(`3"><x`), `[¶3"\>\<x](#p3x)`},
		{anchorFunc(int64(7)), `<a id="p7"></a>`},
		{quoteFunc(`“already quoted”`), `“already quoted”`},
		{quoteFunc(`"straight"`), `“straight”`},
		{quoteFunc(`he said "no" and "yes"`), `“he said ‘no’ and ‘yes’”`},
		{titleFunc("the defendant's breach of the 24/7 agreement"), "The Defendant's Breach of the 24/7 Agreement"},
		{titleFunc("of  counsel"), "Of  Counsel"},
		{titleFunc("ünited states v. doe"), "Ünited States v. Doe"},
		{joinFunc(", ", []int{1, 2}), "1, 2"},
		{joinFunc(", ", "solo"), "solo"},
		{toString((*time.Time)(nil)), ""},
		{fmt.Sprint(defaultFunc("x", []int{})), "x"},
		{fmt.Sprint(defaultFunc("x", 0)), "x"},
		{fmt.Sprint(defaultFunc("x", 3)), "3"},
		{fmt.Sprint(defaultFunc("x", nil)), "x"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 1999: "MCMXCIX", 3999: "MMMCMXCIX"} {
		if got, err := romanFunc(n); err != nil || got != want {
			t.Errorf("roman %d = %q, %v; want %q", n, got, err, want)
		}
	}
	for _, n := range []any{0, -1, 4000, "x", 2.5} {
		if _, err := romanFunc(n); err == nil {
			t.Errorf("roman %v: no error", n)
		}
	}
	if _, err := addFunc("a", 1); err == nil {
		t.Error("add a 1: no error")
	}
	if got, _ := subFunc(int64(5), uint8(2)); got != 3 {
		t.Errorf("sub 5 2 = %d", got)
	}
}

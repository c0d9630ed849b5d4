package tmpl

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Func is one function a template body may call.
type Func struct {
	Name     string    // as called in a template
	Args     string    // the arguments, for the function table: "N TEXT"
	Doc      string    // one or two sentences
	Examples []Example // each is run by the tests and shown in the README
	fn       any
}

// Example is a template fragment using a function and what it writes.
type Example struct {
	Template string
	Data     any            // the dot; may be nil
	Options  map[string]any // the template's [options], for option
	Want     string
}

// Funcs returns the template functions, sorted by name. Every one is pure:
// none reads files, the network, the clock or the environment.
func Funcs() []Func {
	fs := []Func{
		{Name: "cell", Args: "TEXT", fn: cellFunc,
			Doc: "Escapes pleading text for a table cell: it reads literally (no emphasis, code, links or HTML), `|` cannot split the cell, spaces collapse, a line break becomes `<br>`.",
			Examples: []Example{
				{Template: `| {{ cell . }} |`, Data: "Defendant's *so-called* \"24|7\" <b>software</b>\nsecond line", Want: `| Defendant's \*so-called\* "24\|7" \<b\>software\</b\><br>second line |`},
			}},
		{Name: "md", Args: "TEXT", fn: mdFunc,
			Doc: "Escapes pleading text for running Markdown (a paragraph, a list item, a heading): it reads literally and stays on one line.",
			Examples: []Example{
				{Template: `- {{ md . }}`, Data: "1. The _Agreement_ [Ex. A]\nat § 2", Want: `- 1\. The \_Agreement\_ \[Ex. A\] at § 2`},
			}},
		{Name: "truncate", Args: "N TEXT", fn: truncateFunc,
			Doc: "The first N words of TEXT, ending in \"…\" when words were cut; N of 0 keeps the whole text. Escape afterwards: `truncate 40 .Text | cell`.",
			Examples: []Example{
				{Template: `{{ truncate 5 . }}`, Data: "Plaintiff LivePerson, Inc. is a Delaware corporation with offices in New York.", Want: "Plaintiff LivePerson, Inc. is a…"},
				{Template: `{{ truncate 0 . }}`, Data: "Kept whole.", Want: "Kept whole."},
			}},
		{Name: "ranges", Args: "NUMBERS", fn: rangesFunc,
			Doc: "Joins paragraph numbers into runs with an en dash: sorted, duplicates dropped. Takes a list of integers, or of ranges {First, Last}.",
			Examples: []Example{
				{Template: `¶¶ {{ ranges . }}`, Data: []int{9, 1, 2, 3, 4, 5, 7, 10, 11, 12, 3}, Want: "¶¶ 1–5, 7, 9–12"},
			}},
		{Name: "plural", Args: "N SINGULAR [PLURAL]", fn: pluralFunc,
			Doc: "SINGULAR when N is 1, else PLURAL (SINGULAR + \"s\" when PLURAL is left out). N may be a number or a list (its length).",
			Examples: []Example{
				{Template: `{{ len . }} {{ plural (len .) "allegation" }}`, Data: []int{1, 2}, Want: "2 allegations"},
				{Template: `1 {{ plural 1 "party" "parties" }}, 3 {{ plural 3 "party" "parties" }}`, Want: "1 party, 3 parties"},
			}},
		{Name: "date", Args: "LAYOUT DATE", fn: dateFunc,
			Doc: "Formats a date (a time.Time, or an ISO date string such as 2024-03-07) with a Go layout; other text is returned as it is, an empty date as \"\".",
			Examples: []Example{
				{Template: `{{ date "January 2, 2006" . }}`, Data: "2024-03-07", Want: "March 7, 2024"},
				{Template: `{{ date "Jan. 2, 2006" . }}`, Data: "this 3rd day of May", Want: "this 3rd day of May"},
			}},
		{Name: "pref", Args: "N", fn: prefFunc,
			Doc: "A ¶ reference linking to paragraph N's anchor (see anchor). When the output holds no anchor for N (its row was filtered out), the reference is written as plain text, never as a link to nothing.",
			Examples: []Example{
				{Template: `{{ anchor 12 }}See {{ pref 12 }} and {{ pref 13 }}.`, Want: `<a id="p12"></a>See [¶12](#p12) and ¶13.`},
			}},
		{Name: "anchor", Args: "N", fn: anchorFunc,
			Doc: "The link target for paragraph N, placed where its row or text starts; pref links to it.",
			Examples: []Example{
				{Template: `| {{ anchor 12 }}12 |`, Want: `| <a id="p12"></a>12 |`},
			}},
		{Name: "pagebreak", fn: func() string { return "\n<div class=\"page-break\"></div>\n\n" },
			Doc: "Starts a new page in PDF and printed HTML (Markdown keeps the marker). Put it on a line of its own, e.g. before each count.",
			Examples: []Example{
				{Template: `A{{ pagebreak }}B`, Want: "A\n<div class=\"page-break\"></div>\n\nB"},
			}},
		{Name: "join", Args: "SEP LIST", fn: joinFunc,
			Doc: "Joins the items of a list with SEP. Escape afterwards when the items are pleading text.",
			Examples: []Example{
				{Template: `{{ join ", " . }}`, Data: []string{"24/7 Customer", "[24]7", "Defendant"}, Want: "24/7 Customer, [24]7, Defendant"},
			}},
		{Name: "upper", Args: "TEXT", fn: func(s any) string { return strings.ToUpper(toString(s)) },
			Doc:      "TEXT in capitals.",
			Examples: []Example{{Template: `{{ upper "count one" }}`, Want: "COUNT ONE"}}},
		{Name: "lower", Args: "TEXT", fn: func(s any) string { return strings.ToLower(toString(s)) },
			Doc:      "TEXT in lower case.",
			Examples: []Example{{Template: `{{ lower "DENIED" }}`, Want: "denied"}}},
		{Name: "title", Args: "TEXT", fn: titleFunc,
			Doc: "TEXT in title case: each word capitalized except articles, conjunctions and short prepositions after the first; other letters are left alone, so use `title (lower .)` for text in capitals.",
			Examples: []Example{
				{Template: `{{ title "breach of the implied covenant" }}`, Want: "Breach of the Implied Covenant"},
				{Template: `{{ title (lower .) }}`, Data: "ANSWER AND AFFIRMATIVE DEFENSES", Want: "Answer and Affirmative Defenses"},
			}},
		{Name: "add", Args: "A B", fn: addFunc,
			Doc:      "A + B, for whole numbers.",
			Examples: []Example{{Template: `{{ add 1 2 }}`, Want: "3"}}},
		{Name: "sub", Args: "A B", fn: subFunc,
			Doc:      "A − B, for whole numbers.",
			Examples: []Example{{Template: `{{ sub 10 3 }}`, Want: "7"}}},
		{Name: "default", Args: "FALLBACK VALUE", fn: defaultFunc,
			Doc: "VALUE, or FALLBACK when VALUE is empty (\"\", 0, false, nil or an empty list).",
			Examples: []Example{
				{Template: `{{ .Statute | default "none cited" }}`, Data: map[string]string{"Statute": ""}, Want: "none cited"},
			}},
		{Name: "quote", Args: "TEXT", fn: quoteFunc,
			Doc: "TEXT in curly double quotes, its own double quotes turned to single ones; quotes already around it are replaced. Escape afterwards.",
			Examples: []Example{
				{Template: `{{ quote . }}`, Data: `admits that it "licensed" the software`, Want: `“admits that it ‘licensed’ the software”`},
			}},
		{Name: "roman", Args: "N", fn: romanFunc,
			Doc:      "N (1 to 3999) in Roman numerals, as counts are numbered.",
			Examples: []Example{{Template: `Count {{ roman 14 }}`, Want: "Count XIV"}}},
		{Name: "option", Args: "NAME", fn: optionFunc(nil),
			Doc: "The template option NAME from [options], as a case's case.toml overrides it. An option the template does not declare is an error.",
			Examples: []Example{
				{Template: `{{ truncate (option "allegation_words") . }}`, Data: "one two three four", Options: map[string]any{"allegation_words": int64(2)}, Want: "one two…"},
			}},
	}
	fs = append(fs, listFuncs()...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
	return fs
}

// funcMap is the template.FuncMap for a template with the given options.
func funcMap(opts map[string]any) map[string]any {
	m := make(map[string]any, 20)
	for _, f := range Funcs() {
		m[f.Name] = f.fn
	}
	m["option"] = optionFunc(opts)
	return m
}

func cellFunc(s any) string { return Cell(toString(s)) }
func mdFunc(s any) string   { return Inline(toString(s)) }

// optionFunc returns the option function reading opts.
func optionFunc(opts map[string]any) func(string) (any, error) {
	return func(name string) (any, error) {
		v, ok := opts[name]
		if !ok {
			return nil, fmt.Errorf("option %q is not declared: add it with its default under [options] (declared: %s)", name, optionNames(opts))
		}
		return v, nil
	}
}

// toString returns v as text: strings as they are, nil as "", the rest
// as fmt prints them.
func toString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case fmt.Stringer:
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return ""
		}
		return x.String()
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return ""
		}
		return toString(rv.Elem().Interface())
	}
	return fmt.Sprint(v)
}

// toInt returns v as an int when it is a whole number or a string of digits.
func toInt(v any) (int, error) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int(rv.Uint()), nil
	case reflect.Float32, reflect.Float64:
		if f := rv.Float(); f == float64(int(f)) {
			return int(f), nil
		}
	case reflect.String:
		if n, err := strconv.Atoi(strings.TrimSpace(rv.String())); err == nil {
			return n, nil
		}
	case reflect.Pointer:
		if !rv.IsNil() {
			return toInt(rv.Elem().Interface())
		}
	}
	return 0, fmt.Errorf("want a whole number, got %v (%T)", v, v)
}

func truncateFunc(n any, s any) (string, error) {
	words, err := toInt(n)
	if err != nil {
		return "", err
	}
	return Truncate(toString(s), words), nil
}

// Truncate returns the first n words of s followed by "…", or s unchanged
// when it has no more than n words or n <= 0.
func Truncate(s string, n int) string {
	if n <= 0 {
		return s
	}
	i, count := 0, 0
	for i < len(s) {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i >= len(s) {
			return s
		}
		if count == n {
			out := strings.TrimRightFunc(s[:i], unicode.IsSpace)
			return strings.TrimRight(out, ",;:") + "…"
		}
		count++
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
	}
	return s
}

func rangesFunc(v any) (string, error) {
	var nums []int
	var add func(x reflect.Value) error
	add = func(x reflect.Value) error {
		for x.Kind() == reflect.Pointer || x.Kind() == reflect.Interface {
			if x.IsNil() {
				return nil
			}
			x = x.Elem()
		}
		switch x.Kind() {
		case reflect.Slice, reflect.Array:
			for i := 0; i < x.Len(); i++ {
				if err := add(x.Index(i)); err != nil {
					return err
				}
			}
			return nil
		case reflect.Struct:
			first, last := x.FieldByName("First"), x.FieldByName("Last")
			if first.IsValid() && last.IsValid() && first.CanInt() && last.CanInt() {
				if last.Int()-first.Int() > 100000 {
					return fmt.Errorf("range %d-%d is too long", first.Int(), last.Int())
				}
				for n := first.Int(); n <= last.Int(); n++ {
					nums = append(nums, int(n))
				}
				return nil
			}
		}
		n, err := toInt(x.Interface())
		if err != nil {
			return fmt.Errorf("ranges takes paragraph numbers: %w", err)
		}
		nums = append(nums, n)
		return nil
	}
	if v == nil {
		return "", nil
	}
	if err := add(reflect.ValueOf(v)); err != nil {
		return "", err
	}
	return Ranges(nums), nil
}

// Ranges joins paragraph numbers into "1–5, 7, 9–12": sorted, without
// duplicates, a run of two or more joined by an en dash.
func Ranges(nums []int) string {
	if len(nums) == 0 {
		return ""
	}
	ns := append([]int(nil), nums...)
	sort.Ints(ns)
	var b strings.Builder
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && (ns[j+1] == ns[j] || ns[j+1] == ns[j]+1) {
			j++
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(ns[i]))
		if ns[j] != ns[i] {
			b.WriteString("–")
			b.WriteString(strconv.Itoa(ns[j]))
		}
		i = j + 1
	}
	return b.String()
}

func pluralFunc(n any, singular string, plural ...string) (string, error) {
	if len(plural) > 1 {
		return "", fmt.Errorf("plural takes N, a singular and at most one plural")
	}
	count, err := toInt(n)
	if err != nil {
		if rv := reflect.ValueOf(n); rv.Kind() == reflect.Slice || rv.Kind() == reflect.Map || rv.Kind() == reflect.Array {
			count, err = rv.Len(), nil
		}
	}
	if err != nil {
		return "", err
	}
	if count == 1 {
		return singular, nil
	}
	if len(plural) == 1 {
		return plural[0], nil
	}
	return singular + "s", nil
}

// dateLayouts are the ISO forms a date string is read in.
var dateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"}

func dateFunc(layout string, v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case time.Time:
		if x.IsZero() {
			return "", nil
		}
		return x.Format(layout), nil
	case *time.Time:
		if x == nil || x.IsZero() {
			return "", nil
		}
		return x.Format(layout), nil
	}
	s := strings.TrimSpace(toString(v))
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(layout), nil
		}
	}
	return s, nil
}

// anchorID is the HTML id of paragraph n's anchor: "p" and n's letters and digits.
func anchorID(n any) string {
	s := toString(n)
	var b strings.Builder
	b.WriteByte('p')
	for _, r := range s {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func prefFunc(n any) string {
	label := Inline(toString(n))
	return "[¶" + label + "](#" + anchorID(n) + ")"
}

func anchorFunc(n any) string { return `<a id="` + anchorID(n) + `"></a>` }

func joinFunc(sep string, v any) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return toString(v)
	}
	parts := make([]string, rv.Len())
	for i := range parts {
		parts[i] = toString(rv.Index(i).Interface())
	}
	return strings.Join(parts, sep)
}

// minorWords stay lower case inside a title, as in "Breach of Contract".
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"of": true, "in": true, "on": true, "to": true, "for": true, "with": true, "by": true,
	"at": true, "as": true, "from": true, "into": true, "under": true, "v.": true, "vs.": true,
}

func titleFunc(s any) string {
	words := strings.Split(toString(s), " ")
	for i, w := range words {
		if w == "" || (i > 0 && minorWords[w]) {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

func addFunc(a, b any) (int, error) {
	x, err := toInt(a)
	if err != nil {
		return 0, err
	}
	y, err := toInt(b)
	return x + y, err
}

func subFunc(a, b any) (int, error) {
	x, err := toInt(a)
	if err != nil {
		return 0, err
	}
	y, err := toInt(b)
	return x - y, err
}

func defaultFunc(fallback, v any) any {
	if v == nil {
		return fallback
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Map, reflect.Array:
		if rv.Len() == 0 {
			return fallback
		}
		return v
	}
	if rv.IsZero() {
		return fallback
	}
	return v
}

func quoteFunc(s any) string {
	t := strings.TrimSpace(toString(s))
	for _, pair := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if len(t) >= len(pair[0])+len(pair[1]) && strings.HasPrefix(t, pair[0]) && strings.HasSuffix(t, pair[1]) {
			t = strings.TrimSpace(t[len(pair[0]) : len(t)-len(pair[1])])
			break
		}
	}
	var b strings.Builder
	b.WriteString("“")
	open := true
	for _, r := range t {
		switch r {
		case '"':
			if open {
				b.WriteString("‘")
			} else {
				b.WriteString("’")
			}
			open = !open
		case '“':
			b.WriteString("‘")
		case '”':
			b.WriteString("’")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("”")
	return b.String()
}

func romanFunc(n any) (string, error) {
	v, err := toInt(n)
	if err != nil {
		return "", err
	}
	if v < 1 || v > 3999 {
		return "", fmt.Errorf("%d has no Roman numeral (1 to 3999)", v)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.v {
			b.WriteString(p.s)
			v -= p.v
		}
	}
	return b.String(), nil
}

package tmpl

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// chartTOML is a small valid template file; the body starts on line 5.
const chartTOML = `name = "chart"
title = "Chart"
formats = ["md", "pdf"]
body = '''
| ¶ | Allegation |
|---:|---|
{{- range .Rows }}
| {{ .N }} | {{ truncate (option "words") .Text | cell }} |
{{- end }}
'''

[page]
size = "legal"
orientation = "landscape"
font_size = 9.5
margins = { top = 0.75, left = 0.5 }
column_widths = [1, 4]

[options]
words = 0
`

type row struct {
	N    int
	Text string
}

func TestParseSettings(t *testing.T) {
	tp, err := Parse("templates/chart.toml", []byte(chartTOML))
	if err != nil {
		t.Fatal(err)
	}
	if tp.Name != "chart" || tp.Output != "chart" || tp.Title != "Chart" {
		t.Errorf("name, output, title = %q, %q, %q", tp.Name, tp.Output, tp.Title)
	}
	if !reflect.DeepEqual(tp.Formats, []Format{Markdown, PDF}) {
		t.Errorf("formats = %v", tp.Formats)
	}
	p := tp.Page
	if !p.Landscape() || p.Size != "legal" || p.FontSize != 9.5 {
		t.Errorf("page = %+v", p)
	}
	if w, h := p.Dimensions(); w != 1008 || h != 612 {
		t.Errorf("dimensions = %v x %v, want 1008 x 612", w, h)
	}
	if top, right, bottom, left := p.Margins.Points(); top != 54 || right != 72 || bottom != 72 || left != 36 {
		t.Errorf("margins = %v %v %v %v", top, right, bottom, left)
	}
	if got := p.ColumnWidthsFor(2); !reflect.DeepEqual(got, []float64{0.2, 0.8}) {
		t.Errorf("ColumnWidthsFor(2) = %v", got)
	}
	if got := p.ColumnWidthsFor(3); got != nil {
		t.Errorf("ColumnWidthsFor(3) = %v, want nil", got)
	}
}

func TestParseDefaults(t *testing.T) {
	tp, err := Parse("/x/templates/my-list.toml", []byte("body = 'hi'\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := Page{Size: "letter", Orientation: "portrait", FontSize: 11, Margins: Margins{1, 1, 1, 1, nil}}
	if !reflect.DeepEqual(tp.Page, want) {
		t.Errorf("page = %+v, want %+v", tp.Page, want)
	}
	if tp.Name != "my-list" || tp.Output != "my-list" || len(tp.Formats) != 3 {
		t.Errorf("name %q output %q formats %v", tp.Name, tp.Output, tp.Formats)
	}
}

func TestExecute(t *testing.T) {
	tp, err := Parse("templates/chart.toml", []byte(chartTOML))
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"Rows": []row{{1, "Plaintiff is a *corporation* | and more"}, {2, "two\nlines"}}}
	got, err := tp.Execute(data)
	if err != nil {
		t.Fatal(err)
	}
	want := "| ¶ | Allegation |\n|---:|---|\n| 1 | Plaintiff is a \\*corporation\\* \\| and more |\n| 2 | two<br>lines |\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}

	short, err := tp.WithOptions(map[string]any{"words": 2}) // a Go int works as well as TOML's int64
	if err != nil {
		t.Fatal(err)
	}
	got, err = short.Execute(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "| 1 | Plaintiff is… |") {
		t.Errorf("with words = 2:\n%s", got)
	}
	// The original keeps its defaults.
	if got, _ := tp.Execute(data); !strings.Contains(string(got), "and more") {
		t.Errorf("WithOptions changed the original:\n%s", got)
	}
}

func TestWithOptionsErrors(t *testing.T) {
	tp, err := Parse("templates/chart.toml", []byte(chartTOML))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opts map[string]any
		want string
	}{
		{map[string]any{"wrds": int64(3)}, `has no option "wrds" (templates/chart.toml declares: words)`},
		{map[string]any{"words": true}, `option "words" must be a whole number`},
		{map[string]any{"words": 2.5}, `option "words" must be a whole number like its default 0, not 2.5`},
		{map[string]any{"words": "ten"}, `not ten`},
	} {
		_, err := tp.WithOptions(tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("WithOptions(%v) = %v, want %q", tc.opts, err, tc.want)
		}
	}
}

func TestWithOptionsTypes(t *testing.T) {
	tp, err := Parse("t.toml", []byte("body = '{{ option \"label\" }} {{ option \"scale\" }}'\n[options]\nlabel = \"Notes\"\nscale = 1.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tp.WithOptions(map[string]any{"label": int64(3)}); err == nil || !strings.Contains(err.Error(), `option "label" must be a string like its default Notes, not an integer`) {
		t.Errorf("string option given a number: %v", err)
	}
	c, err := tp.WithOptions(map[string]any{"label": "Findings", "scale": int64(2)})
	if err != nil {
		t.Fatal(err)
	}
	if out, err := c.Execute(nil); err != nil || string(out) != "Findings 2\n" {
		t.Errorf("Execute = %q, %v", out, err)
	}
	if _, ok := c.Options["scale"].(float64); !ok {
		t.Errorf("scale is %T, want float64 like its default", c.Options["scale"])
	}
}

// TestErrorPositions checks that every kind of error names the line and
// column of the TOML file.
func TestErrorPositions(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		data any
		kind error
		want string // the error starts with this
		hint string // and contains this
	}{
		{"toml syntax", "name = \"x\"\ntitle = \"unterminated\nbody = 'x'\n", nil, ErrSyntax,
			"templates/t.toml:2:22: toml syntax: after key \"title\": strings cannot contain newlines", "several lines"},
		{"invalid escape in body", "name = \"x\"\nbody = \"\"\"\n| a \\| b |\n\"\"\"\n", nil, ErrSyntax,
			"templates/t.toml:3:", "where backslashes stay"},
		{"duplicate key", "name = \"x\"\nbody = 'x'\nname = \"y\"\n", nil, ErrSyntax,
			"templates/t.toml:3:", "remove the second"},
		{"unknown top key", "name = \"x\"\ncolour = \"red\"\nbody = 'x'\n", nil, ErrUnknownKey,
			`templates/t.toml:2:1: unknown key: "colour" is not a template setting`, "[options]"},
		{"unknown page key", "body = 'x'\n\n[page]\nsize = \"a4\"\n  fontsize = 10\n", nil, ErrUnknownKey,
			`templates/t.toml:5:3: unknown key: "page.fontsize"`, "font_size"},
		{"unknown margin side", "body = 'x'\n[page]\nmargins = { top = 1, middle = 2 }\n", nil, ErrUnknownKey,
			`templates/t.toml:3:22: unknown key: margins has no side "middle"`, "top, right"},
		{"bad size", "body = 'x'\n[page]\nsize = \"A3\"\n", nil, ErrInvalid,
			`templates/t.toml:3:8: invalid value: unknown page size "A3"`, "letter, a4 or legal"},
		{"bad orientation", "body = 'x'\n[page]\norientation = \"sideways\"\n", nil, ErrInvalid,
			`templates/t.toml:3:15: invalid value: unknown orientation "sideways"`, "portrait or landscape"},
		{"bad format", "formats = [\"md\", \"doc\"]\nbody = 'x'\n", nil, ErrInvalid,
			`templates/t.toml:1:19: invalid value: unknown format "doc"`, `"docx", "xlsx" and "csv"`},
		{"wrong type", "body = 'x'\n[page]\nfont_size = \"big\"\n", nil, ErrInvalid,
			`templates/t.toml:3:13: invalid value: page.font_size must be a number, not a string`, "give page.font_size a number"},
		{"no body", "name = \"x\"\n[options]\nbody = '{{ . }}'\n", nil, ErrInvalid,
			`templates/t.toml: invalid value: template has no body`, "inside [options]"},
		{"parse error, body on its own lines", "name = \"x\"\nbody = '''\nline one\n{{ if .A }}\nno end\n'''\n", nil, ErrParse,
			"templates/t.toml:4:1: template parse: {{if}} has no {{end}}", "{{end}}"},
		{"parse error, unknown function", "name = \"x\"\nbody = '''\n\nok\n  {{ truncat 5 .A }}\n'''\n", nil, ErrParse,
			`templates/t.toml:5: template parse: function "truncat" not defined`, "did you mean truncate?"},
		{"exec error, missing key", "name = \"x\"\nbody = '''\nline one\n  two {{ .Known }} {{ .Nope }}\n'''\n",
			map[string]any{"Known": 1}, ErrExecute,
			`templates/t.toml:4:23: execute: map has no entry for key "Nope" (in {{.Nope}})`, "check its spelling"},
		{"exec error, no field", "name = \"x\"\nbody = \"\"\"\n{{ .N }}\n{{ .Missing }}\"\"\"\n",
			row{}, ErrExecute,
			`templates/t.toml:4:4: execute: can't evaluate field Missing in type tmpl.row`, "templates fields row"},
		{"exec error, single-line body", "name = \"x\"\nbody = \"A {{ .N }} B {{ roman 0 }}\"\n",
			row{}, ErrExecute,
			`templates/t.toml:2:25: execute: error calling roman: 0 has no Roman numeral`, ""},
		{"exec error after escapes", "name = \"x\"\nbody = \"\"\"\\\n   \\t{{ \"\\u00e9\" }} {{ .Q }}\"\"\"\n",
			map[string]any{}, ErrExecute,
			`templates/t.toml:3:24: execute: map has no entry for key "Q"`, ""},
		{"exec error in a defined template", "name = \"x\"\nbody = '''\n{{ define \"row\" }}\n| {{ .N }} | {{ .Nope }} |\n{{ end }}\n{{ range .Rows }}{{ template \"row\" . }}{{ end }}\n'''\n",
			map[string]any{"Rows": []map[string]any{{"N": 1}}}, ErrExecute,
			`templates/t.toml:4:17: execute: map has no entry for key "Nope" (in {{.Nope}})`, ""},
		{"empty body", "name = \"x\"\nbody = '''\n\n'''\n", nil, ErrInvalid,
			`templates/t.toml:2:8: invalid value: body is empty`, "write the Markdown"},
		{"undeclared option", "name = \"x\"\nbody = '''\n{{ option \"wordz\" }}\n'''\n[options]\nwords = 3\n",
			nil, ErrExecute,
			`templates/t.toml:3:4: execute: error calling option: option "wordz" is not declared`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp, err := Parse("templates/t.toml", []byte(tc.src))
			if err == nil {
				_, err = tp.Execute(tc.data)
			}
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("error is not %v: %v", tc.kind, err)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not an *Error: %T %v", err, err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tc.want) {
				t.Errorf("error\n%s\nwant prefix\n%s", msg, tc.want)
			}
			if !strings.Contains(msg, tc.hint) {
				t.Errorf("error\n%s\nwant hint %q", msg, tc.hint)
			}
		})
	}
}

func TestInvalidValues(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"body = 'x'\n[page]\nfont_size = 40\n", "font size 40 is out of range"},
		{"body = 'x'\n[page]\nmargins = 72\n", "margins are in inches"},
		{"body = 'x'\n[page]\nmargins = \"1in\"\n", "margins must be a number of inches"},
		{"body = 'x'\n[page]\ncolumn_widths = [1, 0]\n", "column width 2 is 0"},
		{"name = \"Response Chart\"\nbody = 'x'\n", "not a template name"},
		{"output = \"../out\"\nbody = 'x'\n", "not a file stem"},
		{"formats = []\nbody = 'x'\n", "formats is empty"},
	} {
		_, err := Parse("t.toml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want %q", tc.src, err, tc.want)
		}
	}
}

// TestParseReportsEveryProblem checks one Parse reports all the bad keys.
func TestParseReportsEveryProblem(t *testing.T) {
	src := "colour = 1\nformats = [\"doc\"]\nbody = 'x'\n[page]\nsize = \"A0\"\n"
	_, err := Parse("t.toml", []byte(src))
	var l ErrorList
	if !errors.As(err, &l) || len(l) != 3 {
		t.Fatalf("want 3 errors, got %v", err)
	}
}

func TestTidy(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\n\n# A\n\n\n\ntext  \nmore \n\n", "# A\n\ntext  \nmore\n"},
		{"```\ncode\n\n\n\n```\n", "```\ncode\n\n\n\n```\n"},
		{"x", "x\n"},
		{"", ""},
	} {
		if got := string(tidy([]byte(tc.in))); got != tc.want {
			t.Errorf("tidy(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDecodeStringMatchesTOML(t *testing.T) {
	// Every kind of TOML string maps back byte by byte, so positions are exact.
	for _, body := range []string{
		"'plain'", `"esc \"q\" \t \u00e9 \U0001F600 \\"`, "'''\nlit\n'''", "'''lit ''quoted'''''",
		"\"\"\"\nbasic \\\n    joined\n\"\"\"", "\"\"\"a\"\"\"\"\"", "\"\"\"\r\ncrlf\r\n\"\"\"",
	} {
		src := "body = " + body + "\n"
		tp, err := Parse("t.toml", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", body, err)
			continue
		}
		if tp.unit().from == nil {
			t.Errorf("%s: body %q not mapped", body, tp.Body)
		}
	}
}

// TestExecuteParallel runs one template from many goroutines, as a batch
// over case folders does (run with -race).
func TestExecuteParallel(t *testing.T) {
	tp, err := Parse("templates/chart.toml", []byte(chartTOML))
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"Rows": []row{{1, "a | b"}}}
	want, err := tp.Execute(data)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	for i := range 8 {
		go func() {
			c, err := tp.WithOptions(map[string]any{"words": int64(i)})
			if err != nil {
				done <- err.Error()
				return
			}
			if _, err := c.Execute(data); err != nil {
				done <- err.Error()
				return
			}
			got, err := tp.Execute(data)
			if err != nil || string(got) != string(want) {
				done <- fmt.Sprintf("got %q, %v", got, err)
				return
			}
			done <- ""
		}()
	}
	for range 8 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

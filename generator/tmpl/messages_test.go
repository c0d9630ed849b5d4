package tmpl

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleadkit/pleadkit/pleading"
)

type msgRow struct {
	Number     int
	Allegation string
	Class      pleading.Class
}

type msgCase struct {
	AnsweringParty string
	Rows           []msgRow
}

// Each message a template author meets says what to write instead.
func TestTemplateMessages(t *testing.T) {
	data := msgCase{AnsweringParty: "Acme", Rows: []msgRow{{1, "Plaintiff is a corporation.", pleading.ClassAdmitted}}}
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"field typo", "{{ range .Rows }}{{ .Allegaton }}{{ end }}",
			[]string{"t.toml:3:", "can't evaluate field Allegaton", "did you mean .Allegation?", "templates fields msgRow"}},
		{"top-level field inside range", "{{ range .Rows }}\n{{ .AnsweringParty }}{{ end }}",
			[]string{"t.toml:4:4:", "write $.AnsweringParty"}},
		{"invalid enum value", "{{ range .Rows }}{{ if eq .Class \"Denied\" }}x{{ end }}{{ end }}",
			[]string{`"Denied" is not a value of pleading.Class`, `"denied"`, `"partly-admitted"`, `did you mean "denied"?`}},
		{"invalid enum value in where", `{{ range where .Rows "Class" "Admited" }}x{{ end }}`,
			[]string{`"Admited" is not a value of pleading.Class`, `did you mean "admitted"?`}},
		{"missing end at its opening line", "# Chart\n\n{{ range .Rows }}\n| {{ .Number }} |\n{{ if .Allegation }}x{{ end }}\n",
			[]string{"t.toml:5:1: template parse: {{range}} has no {{end}}"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "name = \"t\"\nbody = '''\n" + tc.body + "\n'''\n"
			tp, err := Parse("t.toml", []byte(src))
			if err == nil {
				_, err = tp.Execute(data)
			}
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
	// A value the enum takes, and a plain string, compare as before.
	tp, err := Parse("t.toml", []byte("body = '''{{ range .Rows }}{{ if eq .Class \"admitted\" }}yes{{ end }}{{ if eq .Allegation \"x\" \"y\" }}no{{ end }}{{ end }}'''\n"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := tp.Execute(data); err != nil || string(out) != "yes\n" {
		t.Errorf("eq = %q, %v", out, err)
	}
}

// Partials come from the case, then the firm, then the built-ins; a
// template extends another by replacing its blocks.
func TestPartialsAndExtends(t *testing.T) {
	builtin := fstest.MapFS{
		"letter.toml":             {Data: []byte("name = \"letter\"\ntitle = \"Letter\"\nbody = '''\n{{ partial \"banner\" . }}{{ block \"greeting\" . }}Dear client,{{ end }}\n{{ block \"closing\" . }}Regards{{ end }}\n'''\n[page]\nsize = \"legal\"\n[options]\nx = 1\n")},
		"partials/banner.md.tmpl": {Data: []byte("BUILTIN BANNER\n")},
		"partials/footer.md.tmpl": {Data: []byte("builtin footer")},
		"elements.toml":           {Data: []byte("[[claim]]\nid = \"x\"\n")},
	}
	firm := fstest.MapFS{
		"partials/banner.md.tmpl": {Data: []byte("FIRM {{ .Name }}\n")},
	}
	user := fstest.MapFS{
		"letter.toml": {Data: []byte("extends = \"letter\"\nbody = '''\n{{ define \"greeting\" }}Dear {{ .Name }},{{ end }}\n'''\n")},
		"note.toml":   {Data: []byte("body = '''{{ partial \"footer\" . }} / {{ partial \"sig\" . }}'''\n[partials]\nsig = \"{{ .Name }}\"\n")},
	}
	s, err := LoadLayers(nil, Layer{FS: user, Dir: "case/templates"}, Layer{FS: firm, Dir: "firm/templates"}, Layer{FS: builtin, Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]string{"Name": "Ms. Doe"}
	letter, _ := s.Get("letter")
	out, err := letter.Execute(data)
	if err != nil {
		t.Fatal(err)
	}
	if want := "FIRM Ms. Doe\nDear Ms. Doe,\nRegards\n"; string(out) != want {
		t.Errorf("letter = %q, want %q", out, want)
	}
	if letter.Title != "Letter" || letter.Page.Size != "legal" || letter.Options["x"] != int64(1) || letter.Shadows != "builtin:letter.toml" {
		t.Errorf("letter did not inherit its base's settings: %q %q %v %q", letter.Title, letter.Page.Size, letter.Options, letter.Shadows)
	}
	note, _ := s.Get("note")
	if out, err := note.Execute(data); err != nil || string(out) != "builtin footer / Ms. Doe\n" {
		t.Errorf("note = %q, %v", out, err)
	}
	if got := s.Partials()["banner"]; got != "firm/templates/partials/banner.md.tmpl" {
		t.Errorf("banner comes from %q, want the firm's", got)
	}
	for _, tc := range []struct{ name, src, want string }{
		{"unknown partial", "body = '''\n{{ partial \"baner\" . }}'''\n", `no partial "baner"; did you mean banner?`},
		{"unknown block", "extends = \"letter\"\nbody = '''\n{{ define \"greting\" }}x{{ end }}'''\n", `letter has no block "greting" to replace; did you mean greeting?`},
		{"text outside define", "extends = \"letter\"\nbody = '''\nHello\n'''\n", "writes text outside {{ define }}"},
		{"unknown base", "extends = \"leter\"\n", `no template "leter" to extend; did you mean letter?`},
	} {
		u := fstest.MapFS{"bad.toml": {Data: []byte(tc.src)}}
		_, err := LoadLayers(nil, Layer{FS: u, Dir: "case/templates"}, Layer{FS: builtin, Builtin: true})
		var e *Error
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &e) || !strings.HasPrefix(e.Pos.File, "case/templates/bad.toml") {
			t.Errorf("%s: %v, want %q at case/templates/bad.toml", tc.name, err, tc.want)
		}
	}
	// Partials that call each other in a circle are refused.
	loop := fstest.MapFS{"partials/a.md.tmpl": {Data: []byte(`{{ partial "b" . }}`)}, "partials/b.md.tmpl": {Data: []byte(`{{ partial "a" . }}`)},
		"t.toml": {Data: []byte("body = '''{{ partial \"a\" . }}'''\n")}}
	if _, err := LoadLayers(nil, Layer{FS: loop, Dir: "c"}); err == nil || !strings.Contains(err.Error(), "circle") {
		t.Errorf("partial loop: %v", err)
	}
}

// A ¶ link to a row the template filtered out is written as text.
func TestDanglingLinksDropped(t *testing.T) {
	tp, err := Parse("t.toml", []byte("body = '''{{ range where .Rows \"Class\" \"admitted\" }}{{ anchor .Number }}{{ end }} see {{ pref 1 }} and {{ pref 2 }}'''\n"))
	if err != nil {
		t.Fatal(err)
	}
	data := msgCase{Rows: []msgRow{{1, "a", pleading.ClassAdmitted}, {2, "b", pleading.ClassDenied}}}
	out, err := tp.Execute(data)
	if err != nil {
		t.Fatal(err)
	}
	if want := "<a id=\"p1\"></a> see [¶1](#p1) and ¶2\n"; string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

package tmpl_test

import (
	"fmt"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

func ExampleParse() {
	src := []byte(`name = "allegations"
title = "Allegations"
body = '''
| ¶ | Allegation |
|---:|---|
{{- range . }}
| {{ anchor .N }}{{ pref .N }} | {{ truncate (option "words") .Text | cell }} |
{{- end }}
'''

[page]
orientation = "landscape"

[options]
words = 6
`)
	t, err := tmpl.Parse("templates/allegations.toml", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	rows := []struct {
		N    int
		Text string
	}{{12, "Defendant's *so-called* \"24|7\" software was copied from Plaintiff's code."}}
	md, err := t.Execute(rows)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(md))
	fmt.Println(t.Page.Landscape(), t.Formats)
	// Output:
	// | ¶ | Allegation |
	// |---:|---|
	// | <a id="p12"></a>[¶12](#p12) | Defendant's \*so-called\* "24\|7" software was copied… |
	// true [md pdf html]
}

func ExampleTemplate_Execute_error() {
	t, err := tmpl.Parse("templates/chart.toml", []byte("name = \"chart\"\nbody = '''\n# {{ .Title }}\n{{ .Tilte }}\n'''\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = t.Execute(map[string]string{"Title": "LivePerson v. 24/7"})
	fmt.Println(err)
	// Output:
	// templates/chart.toml:4:4: execute: map has no entry for key "Tilte" (in {{.Tilte}}); the data has no such key: check its spelling against `pleadkit analyze --json`, or test it first with {{with}}
}

func ExampleCell() {
	fmt.Println(tmpl.Cell("Admits **only** that <i>24/7</i> | licensed\nthe `code`"))
	// Output:
	// Admits \*\*only\*\* that \<i\>24/7\</i\> \| licensed<br>the \`code\`
}

func ExampleRanges() {
	fmt.Println(tmpl.Ranges([]int{12, 9, 10, 11, 7, 1, 2, 3, 4, 5}))
	// Output:
	// 1–5, 7, 9–12
}

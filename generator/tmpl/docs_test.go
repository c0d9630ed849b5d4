package tmpl

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite FUNCS.md, the function table of README-section.md and the golden files")

const (
	tableBegin = "<!-- funcs:begin (generated from Funcs() by `go test ./generator/tmpl -update`) -->\n"
	tableEnd   = "<!-- funcs:end -->\n"
)

// funcTable is the README's table of template functions, from the registry.
func funcTable() string {
	var b strings.Builder
	b.WriteString("| Function | Does | Example | Gives |\n|---|---|---|---|\n")
	for _, f := range Funcs() {
		ex := f.Examples[0]
		b.WriteString("| `" + strings.TrimSpace(f.Name+" "+f.Args) + "` | ")
		b.WriteString(strings.ReplaceAll(f.Doc, "|", `\|`))
		b.WriteString(" | ")
		b.WriteString(codeSpan(ex.Template))
		b.WriteString(exampleInput(ex))
		b.WriteString(" | ")
		b.WriteString(codeSpan(ex.Want))
		b.WriteString(" |\n")
	}
	return b.String()
}

// exampleInput describes an example's data and options, for the table.
func exampleInput(ex Example) string {
	var parts []string
	switch x := ex.Data.(type) {
	case nil:
	case string:
		parts = append(parts, "`.` = "+codeSpan(`"`+strings.ReplaceAll(strings.ReplaceAll(x, `"`, `\"`), "\n", `\n`)+`"`))
	case []string:
		parts = append(parts, "`.` = "+codeSpan(`["`+strings.Join(x, `", "`)+`"]`))
	case []int:
		parts = append(parts, "`.` = "+codeSpan(strings.ReplaceAll(fmt.Sprint(x), " ", ", ")))
	case map[string]string:
		for k, v := range x {
			parts = append(parts, codeSpan("."+k)+" = "+codeSpan(`"`+v+`"`))
		}
	default:
		parts = append(parts, "`.` = "+codeSpan(fmt.Sprint(x)))
	}
	for k, v := range ex.Options {
		parts = append(parts, codeSpan(fmt.Sprintf("[options] %s = %v", k, v)))
	}
	if len(parts) == 0 {
		return ""
	}
	return " with " + strings.Join(parts, ", ")
}

// codeSpan writes s as a code span that is safe inside a GFM table cell.
func codeSpan(s string) string {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	s = strings.ReplaceAll(s, "\n", `\n`)
	return fence + pad + strings.ReplaceAll(s, "|", `\|`) + pad + fence
}

func funcsMD() string {
	return "# Template functions\n\n" +
		"The functions a template body may call, besides text/template's own (`len`, `index`, `printf`, `eq`, `and`, ...). " +
		"None of them reads files, the network, the clock or the environment. " +
		"Generated from `Funcs()` in funcs.go by `go test ./generator/tmpl -update`; every example is run by the tests.\n\n" +
		funcTable()
}

// TestDocsCurrent fails when FUNCS.md or the table in README-section.md
// does not match the registry; -update rewrites them.
func TestDocsCurrent(t *testing.T) {
	want := funcsMD()
	checkFile(t, "FUNCS.md", want)

	sec, err := os.ReadFile("README-section.md")
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(sec, []byte(tableBegin))
	j := bytes.Index(sec, []byte(tableEnd))
	if i < 0 || j < i {
		t.Fatalf("README-section.md lacks the markers %q ... %q", tableBegin, tableEnd)
	}
	next := string(sec[:i]) + tableBegin + funcTable() + string(sec[j:])
	checkFile(t, "README-section.md", next)
}

// checkFile compares a generated file with its content, or rewrites it under -update.
func checkFile(t *testing.T, name, want string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/tmpl -update)", err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run go test ./generator/tmpl -update", name)
	}
}

// TestFuncTableRenders checks the generated table is one GFM table with a
// row per function and the examples shown literally.
func TestFuncTableRenders(t *testing.T) {
	var buf bytes.Buffer
	if err := gfm.Convert([]byte(funcTable()), &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if n, want := strings.Count(out, "<tr>"), len(Funcs())+1; n != want {
		t.Errorf("table has %d rows, want %d", n, want)
	}
	if !strings.Contains(out, `<code>| {{ cell . }} |</code>`) {
		t.Errorf("cell example not shown literally:\n%s", out)
	}
}

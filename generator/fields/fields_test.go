package fields

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"
)

var update = flag.Bool("update", false, "rewrite doc.json and docs/FIELDS.md from the source")

// root is the module root, seen from this package.
var root = filepath.Join("..", "..")

// pkgDocs is the go/doc view of one package of the module, with the AST
// of its struct types for the fields' comments.
type pkgDocs struct {
	types   map[string]*doc.Type
	structs map[string]*ast.StructType
	pkg     *doc.Package
}

// loadDocs parses the non-test Go files of the package at path.
func loadDocs(t *testing.T, path string) *pkgDocs {
	t.Helper()
	dir := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(path, module), "/")))
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name.Name != "main" {
			files = append(files, f)
		}
	}
	pd := &pkgDocs{types: map[string]*doc.Type{}, structs: map[string]*ast.StructType{}}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				if st, ok := ts.Type.(*ast.StructType); ok {
					pd.structs[ts.Name.Name] = st
				}
			}
			return true
		})
	}
	p, err := doc.NewFromFiles(fset, files, path, doc.PreserveAST)
	if err != nil {
		t.Fatal(err)
	}
	pd.pkg = p
	for _, ty := range p.Types {
		pd.types[ty.Name] = ty
	}
	return pd
}

// line is the first sentence of a comment's first paragraph, on one
// line: up to a period that ends the text or comes before a capital
// (so "Ans. ¶15" and "e.g. a date" do not end it).
func (pd *pkgDocs) line(text string) string {
	para, _, _ := strings.Cut(strings.TrimSpace(text), "\n\n")
	words := strings.Fields(para)
	for i, w := range words {
		if strings.HasSuffix(w, ".") && i+1 < len(words) {
			next := []rune(words[i+1])[0]
			if unicode.IsUpper(next) && !strings.HasSuffix(w, "v.") && !strings.HasSuffix(w, "Ans.") && !strings.HasSuffix(w, "Compl.") {
				return strings.Join(words[:i+1], " ")
			}
		}
	}
	return strings.Join(words, " ")
}

// fieldDoc is the comment above a struct field or after it.
func (pd *pkgDocs) fieldDoc(typ, field string) string {
	st := pd.structs[typ]
	if st == nil {
		return ""
	}
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if n.Name != field {
				continue
			}
			if f.Doc != nil {
				return pd.line(f.Doc.Text())
			}
			if f.Comment != nil {
				return pd.line(f.Comment.Text())
			}
			return ""
		}
	}
	return ""
}

// methodDoc is the comment of a method declared on typ.
func (pd *pkgDocs) methodDoc(typ, method string) (string, bool) {
	ty := pd.types[typ]
	if ty == nil {
		return "", false
	}
	for _, m := range ty.Methods {
		if m.Name == method && m.Level == 0 {
			return pd.line(m.Doc), true
		}
	}
	return "", false
}

// readExtra reads docs.toml: doc lines for types and members whose source
// has no comment, by doc.json key. An empty line marks one still to write.
func readExtra(t *testing.T) map[string]string {
	t.Helper()
	extra := map[string]string{}
	if _, err := toml.DecodeFile("docs.toml", &extra); err != nil {
		t.Fatalf("docs.toml: %v", err)
	}
	return extra
}

// extract reads the doc line of every type and member a template can reach
// from the source of their packages: every key doc.json needs, with ""
// where the source has no comment.
func extract(t *testing.T) map[string]string {
	t.Helper()
	pkgs := map[string]*pkgDocs{}
	get := func(ty reflect.Type) *pkgDocs {
		if pkgs[ty.PkgPath()] == nil {
			pkgs[ty.PkgPath()] = loadDocs(t, ty.PkgPath())
		}
		return pkgs[ty.PkgPath()]
	}
	out := map[string]string{}
	var method func(ty reflect.Type, name string) string
	method = func(ty reflect.Type, name string) string {
		if d, ok := get(ty).methodDoc(ty.Name(), name); ok {
			return d
		}
		for i := 0; ty.Kind() == reflect.Struct && i < ty.NumField(); i++ { // promoted from an embedded type
			if f := ty.Field(i); f.Anonymous {
				et := f.Type
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if _, ok := reflect.PointerTo(et).MethodByName(name); ok && strings.HasPrefix(et.PkgPath(), module) {
					return method(et, name)
				}
			}
		}
		return ""
	}
	for _, n := range DocKeys() {
		pd := get(n.Type)
		k := DocKey(n.Type, n.Member)
		switch {
		case n.Member == "":
			out[k] = ""
			if ty := pd.types[n.Type.Name()]; ty != nil {
				out[k] = pd.line(ty.Doc)
			}
		case n.Method:
			out[k] = method(n.Type, n.Member)
		default:
			out[k] = pd.fieldDoc(n.Type.Name(), n.Member)
		}
	}
	return out
}

// TestDocsCurrent fails when doc.json, docs/FIELDS.md or the list of
// uncommented members in docs.toml no longer say what the types and their
// comments say: a field added, renamed, retyped or re-documented without
// `go test ./generator/fields -run TestDocsCurrent -update`. A line of
// docs.toml fills in for a member whose source has no comment; -update
// adds an empty line for each new one and drops those gone.
func TestDocsCurrent(t *testing.T) {
	src := extract(t)
	extra := readExtra(t)
	docs := map[string]string{}
	wantExtra := map[string]string{}
	todo := 0
	for k, d := range src {
		docs[k] = d
		if d == "" {
			wantExtra[k] = extra[k]
			docs[k] = extra[k]
			if extra[k] == "" {
				todo++
			}
		}
	}
	js, err := json.MarshalIndent(docs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	js = append(js, '\n')
	var tb bytes.Buffer
	tb.WriteString("# Doc lines for the members a template can reach whose source has no\n# comment, by doc.json key. An empty line is one still to write (better:\n# write the comment in the source). Rewritten by -update; keep the values.\n\n")
	if err := toml.NewEncoder(&tb).Encode(wantExtra); err != nil {
		t.Fatal(err)
	}
	md := Markdown(build(collect(Root()), docs))
	files := []struct {
		path string
		want []byte
	}{
		{"doc.json", js},
		{"docs.toml", tb.Bytes()},
		{filepath.Join(root, "docs", "FIELDS.md"), md},
	}
	for _, f := range files {
		if *update {
			if err := os.WriteFile(f.path, f.want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.want) {
			t.Errorf("%s is stale: the Go types or their comments changed; run go test ./generator/fields -run TestDocsCurrent -update", f.path)
		}
	}
	if !bytes.Equal(js, docJSON) && !*update {
		t.Error("the embedded doc.json differs from the source's comments; run with -update")
	}
	if todo > 0 {
		t.Logf("%d of %d members have no line of doc yet (no comment in the source, an empty line in docs.toml)", todo, len(src))
	}
}

// TestLookup finds types by name in any case, and suggests the nearest.
func TestLookup(t *testing.T) {
	for _, tc := range []struct{ name, want, err string }{
		{"Case", "generator.Case", ""},
		{"row", "joined.Row", ""},
		{"joined.Row", "joined.Row", ""},
		{"Class", "pleading.Class", ""},
		{"Rowz", "", "did you mean Row?"},
		{"joined.Case", "joined.Case", ""},
	} {
		got, err := Lookup(tc.name)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Lookup(%q): %v, want an error with %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || got.Go != tc.want {
			t.Errorf("Lookup(%q) = %q, %v; want %s", tc.name, got.Go, err, tc.want)
		}
	}
}

// The top level lists what every product's template reads, and each
// enumerated type its values.
func TestTypes(t *testing.T) {
	c, err := Lookup("Case")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]Member{}
	for _, m := range c.Members {
		have[m.Name] = m
	}
	for name, typ := range map[string]string{"Rows": "[]Row", "AnsweringParty": "string", "Matrix": "Matrix", "Kit": "Kit", "Firm": "Firm"} {
		if m, ok := have[name]; !ok || m.Type != typ {
			t.Errorf("Case.%s: %+v, want type %s", name, m, typ)
		}
	}
	if !have["Matrix"].Method || have["Rows"].Method {
		t.Error("Matrix is a method, Rows a field")
	}
	cl, err := Lookup("Class")
	if err != nil {
		t.Fatal(err)
	}
	if cl.Kind != "enum" || !strings.Contains(strings.Join(cl.Values, " "), "denied") {
		t.Errorf("Class: %+v, want an enum with denied", cl)
	}
	var b bytes.Buffer
	if err := WriteText(&b, []Type{c, cl}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Case (generator.Case)", "  .Rows", "[]Row", `values: "`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

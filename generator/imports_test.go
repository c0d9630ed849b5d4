package generator

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/pleadkit/pleadkit"

// products are the product packages: each builds one work product from the
// joined case. A new product adds its package here.
var products = []string{
	"generator/chart",
	"generator/matrix",
	"generator/checklist",
	"generator/chronology",
	"generator/people",
	"generator/exhibits",
	"generator/rfa",
}

// productMay lists the packages of the module a product may import: the
// joined case, the names of who the pleadings mention, the libraries and
// the pleading model with its text helpers.
var productMay = []string{"generator/joined", "generator/entity", "generator/library", "pleading", "pleading/prose"}

// moduleImports returns, for each package of the module (its path relative
// to the module root), the packages of the module its non-test files import.
func moduleImports(t *testing.T) map[string][]string {
	t.Helper()
	root := ".."
	graph := map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		if _, ok := graph[pkg]; !ok {
			graph[pkg] = nil
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p == module || !strings.HasPrefix(p, module+"/") {
				continue
			}
			p = strings.TrimPrefix(p, module+"/")
			if !slices.Contains(graph[pkg], p) {
				graph[pkg] = append(graph[pkg], p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return graph
}

// TestImportRules keeps data flowing one way (cmd -> generator -> products
// -> joined case -> pleading): a product imports no other product, nothing
// under pleading imports generator, the joined case imports no product, and
// no package imports itself through others.
func TestImportRules(t *testing.T) {
	graph := moduleImports(t)
	for _, p := range products {
		if _, ok := graph[p]; !ok {
			t.Errorf("product package %s not found: update the products list", p)
		}
	}
	for pkg, imps := range graph {
		for _, imp := range imps {
			switch {
			case slices.Contains(products, pkg) && !slices.Contains(productMay, imp):
				t.Errorf("product %s imports %s: a product imports only %v (a view combining two products belongs in generator)", pkg, imp, productMay)
			case (pkg == "pleading" || strings.HasPrefix(pkg, "pleading/")) && (imp == "generator" || strings.HasPrefix(imp, "generator/") || strings.HasPrefix(imp, "cmd/")):
				t.Errorf("%s imports %s: the parser must not depend on the generator", pkg, imp)
			case (pkg == "generator/joined" || pkg == "generator/entity") && (imp == "generator" || strings.HasPrefix(imp, "generator/")):
				t.Errorf("%s imports %s: it is below every product", pkg, imp)
			}
		}
	}
	// No cycles: a depth-first walk never meets a package still on its path.
	const (
		visiting = 1
		done     = 2
	)
	state := map[string]int{}
	var path []string
	var visit func(string)
	visit = func(p string) {
		switch state[p] {
		case visiting:
			t.Errorf("import cycle: %s -> %s", strings.Join(path, " -> "), p)
			return
		case done:
			return
		}
		state[p] = visiting
		path = append(path, p)
		for _, imp := range graph[p] {
			visit(imp)
		}
		path = path[:len(path)-1]
		state[p] = done
	}
	pkgs := make([]string, 0, len(graph))
	for p := range graph {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	for _, p := range pkgs {
		visit(p)
	}
	if _, err := os.Stat(filepath.Join("..", "go.mod")); err != nil {
		t.Fatalf("the module root is not the parent of generator: %v", err)
	}
}

// maxLines is the longest a non-test Go file may be: past it, a file holds
// more than one job and is split by job.
const maxLines = 600

// TestFileLength keeps every non-test Go file of the module within maxLines.
func TestFileLength(t *testing.T) {
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if n := strings.Count(string(data), "\n"); n > maxLines {
			t.Errorf("%s has %d lines, more than %d: split it by job", filepath.ToSlash(path), n, maxLines)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

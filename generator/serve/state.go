package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/templates"
)

// caseState is what the server knows of one case folder after its last build.
type caseState struct {
	ID         string
	Dir        string
	Name       string
	Court      string
	Number     string
	Paragraphs int
	Counts     int
	Answer     bool // an answer was found
	Errors     int  // findings by severity
	Warnings   int
	Infos      int
	Findings   []joined.Finding
	OutDir     string
	Products   []product
	Problems   []problem // build errors: parse, template, write
	Notes      []string  // build warnings
	Built      time.Time
	Took       time.Duration
	Gen        int // how many times the case was built since the server started
}

// product is one product of a case as the last build left it.
type product struct {
	Name   string
	Title  string
	Origin string            // where its template came from
	Files  map[string]string // file name in OutDir by extension ("html", "pdf", ...)
	source string            // the template file's text
}

// problem is one build error, with the file position it names and that line of the file.
type problem struct {
	Message string
	File    string
	Line    int
	Col     int
	Source  string // the offending line, when the file could be read
}

// File returns the case's out file of the product in format ext, or "".
func (p product) File(ext string) string { return p.Files[ext] }

// OtherFormats lists the formats of the product other than HTML, in a fixed order.
func (p product) OtherFormats() []string {
	var out []string
	for _, ext := range []string{"pdf", "docx", "xlsx", "csv", "md"} {
		if p.Files[ext] != "" {
			out = append(out, ext)
		}
	}
	return out
}

// product returns the case's product by name.
func (c *caseState) product(name string) (product, bool) {
	if c == nil {
		return product{}, false
	}
	for _, p := range c.Products {
		if p.Name == name {
			return p, true
		}
	}
	return product{}, false
}

// Failed reports whether the last build of the case had an error.
func (c *caseState) Failed() bool { return len(c.Problems) > 0 }

// buildCase builds the case at dir with opts and reads back what the pages show.
// prev is the case's state before, whose product list stands in when the
// build fails before it can list the products (a template that does not parse).
func buildCase(id, dir string, opts build.Options, prev *caseState) *caseState {
	start := time.Now()
	res := build.Case(dir, opts)
	st := &caseState{ID: id, Dir: dir, Name: res.Case, OutDir: res.OutDir, Notes: res.Warnings}
	for _, e := range res.Errors {
		st.Problems = append(st.Problems, parseProblem(e))
	}
	if f, err := build.LoadFolder(dir); err == nil {
		st.Answer = f.Answer != nil
		if f.Settings.Court != "" {
			st.Court = f.Settings.Court
		}
		if c, err := generator.Analyze(f.Complaint, f.Answer); err == nil {
			st.describe(c)
		}
	}
	files := build.ProductFiles(st.OutDir)
	store, err := tmpl.Load(dir)
	if err != nil {
		if len(st.Problems) == 0 {
			st.Problems = append(st.Problems, parseProblem(err.Error()))
		}
		store = nil
	}
	names := res.Products
	if len(names) == 0 && store != nil {
		names = store.Names()
	}
	if len(names) == 0 && prev != nil {
		for _, p := range prev.Products {
			names = append(names, p.Name)
		}
	}
	for _, name := range names {
		p := product{Name: name, Title: name, Files: map[string]string{}}
		if store != nil {
			if t, err := store.Get(name); err == nil {
				p.Title, p.Origin = t.Title, t.Origin
				p.source = templateSource(t.Origin)
			}
		} else if old, ok := prev.product(name); ok {
			p.Title, p.Origin, p.source = old.Title, old.Origin, old.source
		}
		for _, f := range files[name] {
			p.Files[strings.TrimPrefix(filepath.Ext(f), ".")] = f
		}
		st.Products = append(st.Products, p)
	}
	st.Built = time.Now()
	st.Took = st.Built.Sub(start)
	return st
}

// describe fills in what the dashboard shows of an analyzed case.
func (st *caseState) describe(c *generator.Case) {
	if c.Caption.Court != "" && st.Court == "" {
		st.Court = c.Caption.Court
	}
	st.Number = c.Caption.CaseNumber
	if c.Complaint != nil {
		st.Paragraphs = len(c.Complaint.Paragraphs)
		st.Counts = len(c.Complaint.Counts)
	}
	st.Findings = c.Findings
	for _, f := range c.Findings {
		switch f.Severity {
		case joined.SeverityError:
			st.Errors++
		case joined.SeverityWarning:
			st.Warnings++
		default:
			st.Infos++
		}
	}
	sort.SliceStable(st.Findings, func(i, j int) bool { return st.Findings[i].Paragraph < st.Findings[j].Paragraph })
}

// templateSource returns the text of the template file named by origin
// ("builtin:NAME.toml" or a path), or "" when it cannot be read.
func templateSource(origin string) string {
	if name, ok := strings.CutPrefix(origin, "builtin:"); ok {
		b, err := templates.FS.ReadFile(name)
		if err != nil {
			return ""
		}
		return string(b)
	}
	b, err := os.ReadFile(origin)
	if err != nil {
		return ""
	}
	return string(b)
}

// posRE finds the file:line[:col] an error message starts with.
var posRE = regexp.MustCompile(`^(.+?\.(?:toml|txt|md|markdown|pdf|docx|tmpl)):(\d+)(?::(\d+))?:\s*(.*)$`)

// parseProblem splits a build error into its position and message and reads
// the offending line of the file it names.
func parseProblem(msg string) problem {
	p := problem{Message: msg}
	m := posRE.FindStringSubmatch(msg)
	if m == nil {
		return p
	}
	p.File = m[1]
	p.Line, _ = strconv.Atoi(m[2])
	p.Col, _ = strconv.Atoi(m[3])
	switch strings.ToLower(filepath.Ext(p.File)) {
	case ".pdf", ".docx":
		return p // a binary file has no line to show
	}
	text := templateSource(p.File)
	if text == "" {
		return p
	}
	lines := strings.Split(text, "\n")
	if p.Line >= 1 && p.Line <= len(lines) {
		p.Source = strings.TrimRight(lines[p.Line-1], "\r")
	}
	return p
}

// Where formats the problem's position as file:line:col.
func (p problem) Where() string {
	if p.File == "" {
		return ""
	}
	s := fmt.Sprintf("%s:%d", p.File, p.Line)
	if p.Col > 0 {
		s += fmt.Sprintf(":%d", p.Col)
	}
	return s
}

// Caret is a line of spaces and a caret under the problem's column in Source.
func (p problem) Caret() string {
	if p.Col <= 0 || p.Source == "" {
		return ""
	}
	n := 0
	var b strings.Builder
	for _, r := range p.Source {
		if n >= p.Col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		n++
	}
	return b.String() + "^"
}

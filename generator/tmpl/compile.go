package tmpl

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"
)

// unit is one piece of template text with where it came from: a
// template's body, a partial file, or a partial under [partials].
type unit struct {
	origin string // the file, as errors name it
	body   string
	src    *source // the whole file
	from   []int   // offset in the file of each byte of body; nil if unknown
	start  int     // offset in the file where body starts
}

// fileUnit is a unit that is a whole file (a partials/*.md.tmpl file).
func fileUnit(origin, text string) *unit {
	from := make([]int, len(text))
	for i := range from {
		from[i] = i
	}
	return &unit{origin: origin, body: text, src: scanSource(text), from: from}
}

// valueUnit is the unit of the string value of key in the file s, or nil
// when the value cannot be found.
func valueUnit(origin string, s *source, key, want string) *unit {
	v, ok := s.values[key]
	if !ok {
		return &unit{origin: origin, body: want, src: s}
	}
	val, from, _, ok := decodeString(s.text, v, true)
	u := &unit{origin: origin, body: want, src: s, start: v}
	if ok && val == want {
		u.from = from
	}
	return u
}

// partialName is the name under which partial NAME is parsed.
func partialName(name string) string { return "partial-" + name }

// execSet is the parsed template set a template's partial function runs
// partials from; a clone (WithOptions) gets its own.
type execSet struct{ t *template.Template }

// partialFunc returns the partial function of a set.
func partialFunc(set *execSet) func(string, any) (string, error) {
	return func(name string, data any) (string, error) {
		if set.t == nil || set.t.Lookup(partialName(name)) == nil {
			return "", fmt.Errorf("no partial %q", name)
		}
		var b bytes.Buffer
		if err := set.t.ExecuteTemplate(&b, partialName(name), data); err != nil {
			return "", err
		}
		return b.String(), nil
	}
}

// compile parses t's body (over its base's, when it extends one) with the
// partials it can call: its own [partials], then shared, the store's.
// checkCalls reports calls of partials that do not exist (a template
// parsed alone does not know the store's partials yet).
func (t *Template) compile(shared map[string]*unit, checkCalls bool) error {
	var chain []*Template // base first
	for x := t; x != nil; x = x.base {
		chain = append([]*Template{x}, chain...)
	}
	set := &execSet{}
	fm := funcMap(t.Options)
	fm["partial"] = partialFunc(set)
	fm["eq"] = eqFunc
	fm["ne"] = neFunc
	fm[tickFunc] = func() (string, error) { return "", nil } // ExecuteWith binds the real check
	units := map[string]*unit{t.Name: chain[0].unit()}
	root := template.New(t.Name).Option("missingkey=error").Funcs(fm)
	if _, err := root.Parse(chain[0].Body); err != nil {
		return t.mapError(units, ErrParse, err)
	}
	for i, x := range chain[1:] {
		pn := fmt.Sprintf("extends-%d", i+1)
		units[pn] = x.unit()
		if err := checkBlocks(root, x, fm); err != nil {
			return err
		}
		if _, err := root.New(pn).Parse(x.Body); err != nil {
			return t.mapError(units, ErrParse, err)
		}
		if tr := root.Lookup(pn); tr != nil && tr.Tree != nil && !parse.IsEmptyTree(tr.Tree.Root) {
			line, col := x.unit().pos(1, -1)
			return &Error{Pos: Pos{File: x.Origin, Line: line, Col: col}, Kind: ErrParse,
				Err:  fmt.Errorf("%s extends %s but writes text outside {{ define }}", x.Name, x.Extends),
				Hint: `a template that extends another holds only {{ define "BLOCK" }}...{{ end }} for the blocks it replaces`}
		}
	}
	partials := map[string]*unit{}
	for n, u := range shared {
		partials[n] = u
	}
	for _, x := range chain { // the most derived template's own partials win
		for n, u := range x.local {
			partials[n] = u
		}
	}
	for _, n := range sortedKeys(partials) {
		u := partials[n]
		units[partialName(n)] = u
		if _, err := root.New(partialName(n)).Parse(u.body); err != nil {
			return t.mapError(units, ErrParse, err)
		}
	}
	if err := checkPartialCalls(root, units, partials, checkCalls); err != nil {
		return err
	}
	guardRanges(root)
	set.t = root
	t.tmpl, t.set, t.units = root, set, units
	return nil
}

// unit returns the unit of t's body.
func (t *Template) unit() *unit {
	if t.u == nil {
		t.u = valueUnit(t.Origin, t.src, "body", t.Body)
	}
	return t.u
}

// checkBlocks checks that every {{ define }} of x names a block of the
// template it extends: a misspelled block would silently change nothing.
func checkBlocks(root *template.Template, x *Template, fm template.FuncMap) error {
	own, err := template.New("x").Funcs(fm).Parse(x.Body)
	if err != nil {
		return nil // reported with its position by the real parse
	}
	var blocks []string
	for _, b := range root.Templates() {
		if b.Name() != root.Name() && !strings.HasPrefix(b.Name(), "extends-") && !strings.HasPrefix(b.Name(), "partial-") {
			blocks = append(blocks, b.Name())
		}
	}
	slices.Sort(blocks)
	for _, d := range own.Templates() {
		if d.Name() == "x" || slices.Contains(blocks, d.Name()) {
			continue
		}
		off := strings.Index(x.Body, `"`+d.Name()+`"`)
		line, col := 0, 0
		if off >= 0 {
			line, col = x.unit().offsetPos(off)
		}
		have := "it has no blocks"
		if len(blocks) > 0 {
			have = "its blocks are " + strings.Join(blocks, ", ")
		}
		return &Error{Pos: Pos{File: x.Origin, Line: line, Col: col}, Kind: ErrParse,
			Err:  fmt.Errorf("%s has no block %q to replace", x.Extends, d.Name()),
			Hint: SuggestHint(d.Name(), blocks, have)}
	}
	return nil
}

// checkPartialCalls checks every {{ partial "NAME" . }}: the name is a
// quoted string, the partial exists (when known is set) and partials do
// not call each other in a circle.
func checkPartialCalls(root *template.Template, units map[string]*unit, partials map[string]*unit, known bool) error {
	calls := map[string][]string{} // parse name -> partials it calls
	var errs ErrorList
	names := sortedKeys(partials)
	for _, tt := range root.Templates() {
		if tt.Tree == nil {
			continue
		}
		tr := tt.Tree
		walk(tr.Root, func(cmd *parse.CommandNode) {
			id, ok := cmd.Args[0].(*parse.IdentifierNode)
			if !ok || id.Ident != "partial" {
				return
			}
			at := func(msg, hint string) {
				loc, _ := tr.ErrorContext(cmd)
				errs = append(errs, posError(loc, units, ErrParse, errors.New(msg), hint))
			}
			if len(cmd.Args) != 3 {
				at("partial takes a name and the data: {{ partial \"banner\" . }}", "")
				return
			}
			s, ok := cmd.Args[1].(*parse.StringNode)
			if !ok {
				at("partial takes its name as a quoted string", `write {{ partial "banner" . }}`)
				return
			}
			if _, ok := partials[s.Text]; !ok {
				if known {
					at(fmt.Sprintf("no partial %q", s.Text), SuggestHint(s.Text, names,
						"partials are templates/partials/NAME.md.tmpl files (of the case, the firm or built in) or keys of [partials]; have: "+strings.Join(names, ", ")))
				}
				return
			}
			calls[tr.ParseName] = append(calls[tr.ParseName], s.Text)
		})
	}
	if len(errs) > 0 {
		return errs
	}
	// A partial calling itself, directly or not, would never end.
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(n string, path []string) error
	visit = func(n string, path []string) error {
		switch state[n] {
		case 1:
			return &Error{Pos: Pos{File: partials[n].origin}, Kind: ErrParse,
				Err:  fmt.Errorf("partials call each other in a circle: %s", strings.Join(append(path, n), " → ")),
				Hint: "a partial may not call itself, directly or through others"}
		case 2:
			return nil
		}
		state[n] = 1
		for _, c := range calls[partialName(n)] {
			if err := visit(c, append(path, n)); err != nil {
				return err
			}
		}
		state[n] = 2
		return nil
	}
	for _, n := range names {
		if err := visit(n, nil); err != nil {
			return err
		}
	}
	return nil
}

// walk calls fn for every command of the tree under n.
func walk(n parse.Node, fn func(*parse.CommandNode)) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, c := range x.Nodes {
			walk(c, fn)
		}
	case *parse.ActionNode:
		walk(x.Pipe, fn)
	case *parse.PipeNode:
		if x == nil {
			return
		}
		for _, c := range x.Cmds {
			walk(c, fn)
		}
	case *parse.CommandNode:
		fn(x)
		for _, a := range x.Args {
			walk(a, fn)
		}
	case *parse.IfNode:
		walkBranch(&x.BranchNode, fn)
	case *parse.RangeNode:
		walkBranch(&x.BranchNode, fn)
	case *parse.WithNode:
		walkBranch(&x.BranchNode, fn)
	case *parse.TemplateNode:
		walk(x.Pipe, fn)
	}
}

func walkBranch(b *parse.BranchNode, fn func(*parse.CommandNode)) {
	walk(b.Pipe, fn)
	walk(b.List, fn)
	walk(b.ElseList, fn)
}

// Fingerprint identifies everything t's output depends on besides its
// data: its text and its base's, every partial it can call, its options,
// page and formats. A build whose fingerprint is unchanged may keep the
// output of the last one.
func (t *Template) Fingerprint() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s %s %s %v %v %s\n", t.Name, t.Origin, t.Output, t.Formats, t.Page, t.Needs)
	for _, k := range sortedKeys(t.Options) {
		fmt.Fprintf(h, "option %s=%v\n", k, t.Options[k])
	}
	for _, n := range sortedKeys(t.units) {
		u := t.units[n]
		fmt.Fprintf(h, "unit %s %s %d\n%s\n", n, u.origin, len(u.body), u.body)
	}
	if t.units == nil {
		fmt.Fprintf(h, "body %d\n%s\n", len(t.Body), t.Body)
	}
	return hex.EncodeToString(h.Sum(nil))
}

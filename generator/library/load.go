package library

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"
)

// LoadElements reads and validates the claim-element library name in fsys.
func LoadElements(fsys fs.FS, name string) (*Elements, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load element library: %w", err)
	}
	return ParseElements(src, name)
}

// LoadDefenses reads and validates the defense catalogue name in fsys.
func LoadDefenses(fsys fs.FS, name string) (*Catalogue, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load defense catalogue: %w", err)
	}
	return ParseDefenses(src, name)
}

type elementsFile struct {
	Claim []*Claim `toml:"claim"`
}

type defensesFile struct {
	Defense []*Defense `toml:"defense"`
}

// ParseElements decodes and validates a claim-element library; file names
// it in positions and errors.
func ParseElements(src []byte, file string) (*Elements, error) {
	var f elementsFile
	tables, errs := decode(src, file, &f)
	if errs != nil {
		return nil, errs
	}
	claimTables := tablesAt(tables, "claim")
	elemTables := childTables(tables, "claim", "claim.element")
	authTables := childTables(tables, "claim", "claim.authority")
	var list ErrorList
	add := func(line int, kind error, format string, args ...any) {
		list = append(list, &Error{Pos: Pos{File: file, Line: line}, Kind: kind, Msg: fmt.Sprintf(format, args...)})
	}
	seen := map[string]int{}
	for i, c := range f.Claim {
		var t *table
		if i < len(claimTables) {
			t = claimTables[i]
		}
		c.Origin = Pos{File: file, Line: t.key("id")}
		what := fmt.Sprintf("claim %d", i+1)
		if c.ID != "" {
			what = fmt.Sprintf("claim %q", c.ID)
		}
		checkID(c.ID, what, t, seen, add)
		if strings.TrimSpace(c.Name) == "" {
			add(t.key("id"), ErrMissing, "%s: no name", what)
		}
		if len(c.Patterns) == 0 {
			add(t.key("id"), ErrMissing, "%s: no patterns: a claim needs at least one title pattern", what)
		}
		c.pats = compileAll(c.Patterns, what, "patterns", t, add)
		c.excl = compileAll(c.Exclude, what, "exclude", t, add)
		c.fam = compileAll(c.Family, what, "family", t, add)
		c.theory = compileAll(c.Theory, what, "theory", t, add)
		if len(c.Theory) > 0 && len(c.Family) == 0 && len(c.Patterns) == 0 {
			add(t.key("theory"), ErrMissing, "%s: theory patterns need family patterns naming the law the theory arises under", what)
		}
		if len(c.Elements) == 0 {
			add(t.key("id"), ErrMissing, "%s: no elements: add [[claim.element]] tables", what)
		}
		for j, a := range c.Authorities {
			at, awhat := checkAuthority(a, child(authTables, i, j, t), file, what, j, add)
			if len(a.Claims) > 0 || len(a.Discovery) > 0 {
				add(at.line, ErrInvalid, "%s: claims and discovery belong to a defense's authority, not a claim's", awhat)
			}
		}
		var ets []*table
		if i < len(elemTables) {
			ets = elemTables[i]
		}
		eseen := map[string]int{}
		for j, e := range c.Elements {
			var et *table
			if j < len(ets) {
				et = ets[j]
			} else {
				et = t
			}
			e.Origin = Pos{File: file, Line: et.line}
			ewhat := fmt.Sprintf("%s element %d", what, j+1)
			if e.ID != "" {
				ewhat = fmt.Sprintf("%s element %q", what, e.ID)
			}
			checkID(e.ID, ewhat, et, eseen, add)
			if strings.TrimSpace(e.Statement) == "" {
				add(et.line, ErrMissing, "%s: no statement", ewhat)
			}
			kw, err := CompileKeywords(e.Keywords)
			if err != nil {
				add(et.key("keywords"), ErrInvalid, "%s: keywords: %v", ewhat, err)
			}
			e.kw = kw
			e.core = kw
			if len(e.Core) > 0 {
				core, err := CompileKeywords(e.Core)
				if err != nil {
					add(et.key("core"), ErrInvalid, "%s: core: %v", ewhat, err)
				}
				e.core = core
			}
			if len(e.DefeatedBy) > 0 {
				d, err := CompileKeywords(e.DefeatedBy)
				if err != nil {
					add(et.key("defeated_by"), ErrInvalid, "%s: defeated_by: %v", ewhat, err)
				}
				e.defeat = d
			}
			e.asserts = compileAll(e.Asserts, ewhat, "asserts", et, add)
			if len(e.Inferable) > 0 {
				inf, err := CompileKeywords(e.Inferable)
				if err != nil {
					add(et.key("inferable"), ErrInvalid, "%s: inferable: %v", ewhat, err)
				}
				e.inf = inf
			}
		}
	}
	if err := list.err(); err != nil {
		return nil, err
	}
	l := &Elements{Claims: f.Claim}
	l.index()
	return l, nil
}

// ParseDefenses decodes and validates a defense catalogue; file names it in
// positions and errors.
func ParseDefenses(src []byte, file string) (*Catalogue, error) {
	var f defensesFile
	tables, errs := decode(src, file, &f)
	if errs != nil {
		return nil, errs
	}
	defTables := tablesAt(tables, "defense")
	authTables := childTables(tables, "defense", "defense.authority")
	limitTables := childTables(tables, "defense", "defense.not_for")
	var list ErrorList
	add := func(line int, kind error, format string, args ...any) {
		list = append(list, &Error{Pos: Pos{File: file, Line: line}, Kind: kind, Msg: fmt.Sprintf(format, args...)})
	}
	seen := map[string]int{}
	for i, d := range f.Defense {
		var t *table
		if i < len(defTables) {
			t = defTables[i]
		}
		d.Origin = Pos{File: file, Line: t.key("id")}
		what := fmt.Sprintf("defense %d", i+1)
		if d.ID != "" {
			what = fmt.Sprintf("defense %q", d.ID)
		}
		checkID(d.ID, what, t, seen, add)
		if strings.TrimSpace(d.Name) == "" {
			add(t.key("id"), ErrMissing, "%s: no name", what)
		}
		if !validKind(d.Kind) {
			add(t.key("kind"), ErrInvalid, "%s: kind %q: want one of %s", what, d.Kind, kindList())
		}
		if len(d.Patterns) == 0 {
			add(t.key("id"), ErrMissing, "%s: no patterns: a defense needs at least one title pattern", what)
		}
		if len(d.AppliesTo) == 0 {
			add(t.key("id"), ErrMissing, "%s: no applies_to: say which claims it answers (\"all\", \"state-law\", a category or claim id)", what)
		}
		if len(d.Elements) == 0 {
			add(t.key("id"), ErrMissing, "%s: no elements: say what proving it takes", what)
		}
		for _, s := range d.Elements {
			if strings.TrimSpace(s) == "" {
				add(t.key("elements"), ErrMissing, "%s: an empty element statement", what)
			}
		}
		d.pats = compileAll(d.Patterns, what, "patterns", t, add)
		d.excl = compileAll(d.Exclude, what, "exclude", t, add)
		for j, a := range d.Authorities {
			checkAuthority(a, child(authTables, i, j, t), file, what, j, add)
		}
		for j, l := range d.NotFor {
			lt := child(limitTables, i, j, t)
			l.Origin = Pos{File: file, Line: lt.line}
			lwhat := fmt.Sprintf("%s not_for %d", what, j+1)
			if strings.TrimSpace(l.Reason) == "" {
				add(lt.line, ErrMissing, "%s: no reason: say why the defense cannot answer it", lwhat)
			}
			switch {
			case len(l.Claims) == 0 && l.Plaintiff == "":
				add(lt.line, ErrMissing, "%s: name the claims (claims = [...]) or the plaintiff (plaintiff = %q) it cannot answer", lwhat, PlaintiffUnitedStates)
			case len(l.Claims) > 0 && l.Plaintiff != "":
				add(lt.key("plaintiff"), ErrInvalid, "%s: give claims or plaintiff, not both: write two [[defense.not_for]] tables", lwhat)
			case l.Plaintiff != "" && !slices.Contains(plaintiffKinds, l.Plaintiff):
				add(lt.key("plaintiff"), ErrInvalid, "%s: plaintiff %q: want one of %q", lwhat, l.Plaintiff, plaintiffKinds)
			}
		}
	}
	if err := list.err(); err != nil {
		return nil, err
	}
	c := &Catalogue{Defenses: f.Defense}
	c.index()
	return c, nil
}

// CheckTargets reports every applies_to entry of the catalogue that names
// neither a special target, a category of l nor a claim id of l.
func (c *Catalogue) CheckTargets(l *Elements) error {
	known := map[string]bool{TargetAll: true, TargetStateLaw: true, TargetFederal: true}
	for _, cl := range l.Claims {
		known[cl.ID] = true
		for _, t := range cl.Category {
			known[t] = true
		}
	}
	var list ErrorList
	check := func(pos Pos, id, key string, ts []string) {
		for _, t := range ts {
			if !known[t] {
				list = append(list, &Error{Pos: pos, Kind: ErrInvalid,
					Msg: fmt.Sprintf("defense %q: %s %q is not a claim id or category of the element library", id, key, t)})
			}
		}
	}
	for _, d := range c.Defenses {
		for _, id := range d.Covers {
			if c.Defense(id) == nil {
				list = append(list, &Error{Pos: d.Origin, Kind: ErrInvalid,
					Msg: fmt.Sprintf("defense %q: covers %q is not a defense id of the catalogue", d.ID, id)})
			}
		}
		check(d.Origin, d.ID, "applies_to", d.AppliesTo)
		for _, a := range d.Authorities {
			check(a.Origin, d.ID, "authority claims", a.Claims)
		}
		for _, l := range d.NotFor {
			check(l.Origin, d.ID, "not_for claims", l.Claims)
		}
	}
	return list.err()
}

// child returns the j-th child table of the i-th parent, or the parent's
// own table when the source could not be scanned that far.
// checkAuthority records where authority j of what (a claim or a defense)
// stands in file and reports a missing cite or an unknown law through add;
// it returns the authority's table and its name in messages.
func checkAuthority(a *Authority, at *table, file, what string, j int, add func(int, error, string, ...any)) (*table, string) {
	a.Origin = Pos{File: file, Line: at.line}
	awhat := fmt.Sprintf("%s authority %d", what, j+1)
	if strings.TrimSpace(a.Cite) == "" {
		add(at.line, ErrMissing, "%s: no cite", awhat)
	}
	if !validLaw(a.Law) {
		add(at.key("law"), ErrInvalid, "%s: law %q: want %q, %q or a state's two-letter postal code (\"NY\")", awhat, a.Law, LawGeneral, LawFederal)
	}
	return at, awhat
}

func child(children [][]*table, i, j int, parent *table) *table {
	if i < len(children) && j < len(children[i]) {
		return children[i][j]
	}
	return parent
}

// decode runs BurntSushi/toml over src into v, turning syntax errors and
// unknown keys into positioned errors, and returns the source's tables.
func decode(src []byte, file string, v any) ([]*table, ErrorList) {
	md, err := toml.Decode(string(src), v)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			msg := pe.Message
			if msg == "" {
				msg = pe.Error()
			}
			return nil, ErrorList{{Pos: Pos{File: file, Line: pe.Position.Line, Col: pe.Position.Col}, Kind: ErrSyntax, Msg: msg}}
		}
		// Type mismatches come as "toml: line N (last key "k"): message".
		if m := typeErrRE.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, ErrorList{{Pos: Pos{File: file, Line: line}, Kind: ErrInvalid, Msg: fmt.Sprintf("%s: %s", m[2], m[3])}}
		}
		return nil, ErrorList{{Pos: Pos{File: file}, Kind: ErrSyntax, Msg: err.Error()}}
	}
	tables := scanTables(string(src))
	var list ErrorList
	done := map[string]bool{}
	for _, k := range md.Undecoded() {
		name := k.String()
		if done[name] {
			continue
		}
		done[name] = true
		parent, last := strings.Join(k[:len(k)-1], "."), k[len(k)-1]
		line := 0
		for _, t := range tablesAt(tables, parent) {
			if n, ok := t.keys[last]; ok {
				line = n
				break
			}
		}
		if line == 0 { // a table header of an unknown name
			for _, t := range tables {
				if t.path == name {
					line = t.line
					break
				}
			}
		}
		list = append(list, &Error{Pos: Pos{File: file, Line: line}, Kind: ErrUnknownKey, Msg: fmt.Sprintf("unknown key %q", name)})
	}
	if len(list) > 0 {
		list.err()
		return nil, list
	}
	return tables, nil
}

var (
	idRE      = regexp.MustCompile(`^[a-z0-9][a-z0-9\-]*$`)
	typeErrRE = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)
)

func checkID(id, what string, t *table, seen map[string]int, add func(int, error, string, ...any)) {
	line := t.key("id")
	switch {
	case id == "":
		add(line, ErrMissing, "%s: no id", what)
	case !idRE.MatchString(id):
		add(line, ErrInvalid, "%s: id must be lower-case letters, digits and dashes", what)
	default:
		if first, ok := seen[id]; ok {
			add(line, ErrDuplicate, "%s: duplicate id (first defined at line %d)", what, first)
			return
		}
		seen[id] = line
	}
}

func compileAll(pats []string, what, key string, t *table, add func(int, error, string, ...any)) []*pattern {
	out := make([]*pattern, 0, len(pats))
	for _, p := range pats {
		if strings.TrimSpace(p) == "" {
			add(t.key(key), ErrBadPattern, "%s: %s: empty pattern", what, key)
			continue
		}
		re, err := compileFold(p)
		if err != nil {
			add(t.find(key, p), ErrBadPattern, "%s: %s: %v", what, key, err)
			continue
		}
		out = append(out, re)
	}
	return out
}

func validKind(k Kind) bool {
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}

func kindList() string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = fmt.Sprintf("%q", k)
	}
	return strings.Join(s, ", ")
}

// compileFold compiles a case-insensitive pattern to run on lower-cased
// text: literals are lower-cased instead of case-folded, and the longest
// literal every match must contain is kept to skip the regexp quickly on
// text without it.
func compileFold(p string) (*pattern, error) {
	re, err := syntax.Parse(p, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil, err
	}
	lowerLiterals(re)
	c, err := regexp.Compile(re.String())
	if err != nil {
		return nil, err
	}
	return &pattern{re: c, lit: requiredLiteral(re), any: requiredAny(re)}, nil
}

// requiredAny returns literals one of which every match of re contains,
// or nil when it cannot tell: the branches of an alternation of
// literals, or of the first such alternation a concatenation requires.
func requiredAny(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 && len(re.Rune) > 0 {
			return []string{string(re.Rune)}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredAny(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredAny(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l := requiredAny(sub)
			if l == nil {
				return nil
			}
			out = append(out, l...)
		}
		return out
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			l := requiredAny(sub)
			if l != nil && (best == nil || shortest(l) > shortest(best)) {
				best = l
			}
		}
		return best
	}
	return nil
}

// shortest returns the length of the shortest string of list.
func shortest(list []string) int {
	n := -1
	for _, s := range list {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

func lowerLiterals(re *syntax.Regexp) {
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase != 0 {
		for i, r := range re.Rune {
			re.Rune[i] = unicode.ToLower(r)
		}
		re.Flags &^= syntax.FoldCase
	}
	for _, sub := range re.Sub {
		lowerLiterals(sub)
	}
}

// requiredLiteral returns the longest literal that every match of re
// contains, or "".
func requiredLiteral(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return string(re.Rune)
		}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiteral(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiteral(re.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if l := requiredLiteral(sub); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}

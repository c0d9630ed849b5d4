package library

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleadkit/pleadkit/templates"
)

func builtinLibs(t testing.TB) (*Elements, *Catalogue) {
	t.Helper()
	l, c, err := Builtin()
	if err != nil {
		t.Fatalf("built-in libraries: %v", err)
	}
	return l, c
}

func TestBuiltinLoadsClean(t *testing.T) {
	l, c := builtinLibs(t)
	if n := len(l.Claims); n < 35 {
		t.Errorf("element library has %d claims, want at least 35", n)
	}
	if n := len(c.Defenses); n < 70 {
		t.Errorf("defense catalogue has %d defenses, want at least 70", n)
	}
	for _, cl := range l.Claims {
		if cl.Source == "" || cl.Law == "" {
			t.Errorf("%s: claim %s has no source or law", cl.Origin, cl.ID)
		}
		for _, e := range cl.Elements {
			if e.MustProve == "" || e.Burden == "" || len(e.Keywords) == 0 || len(e.Evidence) == 0 {
				t.Errorf("%s: claim %s element %s lacks must_prove, burden, keywords or evidence", e.Origin, cl.ID, e.ID)
			}
		}
	}
	for _, d := range c.Defenses {
		if d.Source == "" || d.Burden == "" || len(d.Discovery) == 0 || d.Rule == "" {
			t.Errorf("%s: defense %s lacks source, burden, rule or discovery", d.Origin, d.ID)
		}
		if d.Waivable && d.Waiver == "" {
			t.Errorf("%s: defense %s is waivable but says nothing of waiver", d.Origin, d.ID)
		}
	}
	if got := l.Claim("copyright-infringement").Origin; got.File != "builtin:elements.toml" || got.Line == 0 {
		t.Errorf("copyright claim origin = %v, want builtin:elements.toml:LINE", got)
	}
}

func TestLoadFromFS(t *testing.T) {
	l, err := LoadElements(templates.FS, ElementsFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := LoadDefenses(templates.FS, DefensesFile)
	if err != nil {
		t.Fatal(err)
	}
	if l.Claim("breach-of-contract") == nil || c.Defense("laches") == nil {
		t.Fatal("lookups by id failed")
	}
	if _, err := LoadElements(templates.FS, "nope.toml"); err == nil {
		t.Error("missing file: no error")
	}
}

// The FRCP 8(c)(1) list and the 12(b) defenses must all be in the catalogue.
func TestCatalogueCoversRules(t *testing.T) {
	_, c := builtinLibs(t)
	for _, id := range []string{
		"accord-and-satisfaction", "arbitration-and-award", "assumption-of-risk", "contributory-negligence", "duress",
		"estoppel", "failure-of-consideration", "fraud", "illegality", "fellow-servant", "laches", "license", "payment",
		"release", "res-judicata", "statute-of-frauds", "statute-of-limitations", "waiver",
	} {
		d := c.Defense(id)
		if d == nil {
			t.Errorf("FRCP 8(c)(1) defense %s missing", id)
			continue
		}
		if d.Kind != KindAffirmative || !strings.Contains(d.Rule, "8(c)(1)") {
			t.Errorf("%s: kind %s rule %q, want affirmative under FRCP 8(c)(1)", id, d.Kind, d.Rule)
		}
	}
	for id, waivable := range map[string]bool{
		"lack-of-subject-matter-jurisdiction": false, "lack-of-personal-jurisdiction": true, "improper-venue": true,
		"insufficient-process": true, "insufficient-service": true, "failure-to-state-a-claim": false, "failure-to-join": false,
	} {
		d := c.Defense(id)
		if d == nil {
			t.Errorf("Rule 12 defense %s missing", id)
			continue
		}
		if d.Waivable != waivable {
			t.Errorf("%s: waivable = %v, want %v", id, d.Waivable, waivable)
		}
	}
}

const goodClaim = `[[claim]]
id = "x"
name = "X"
law = "federal"
patterns = ['x claim']
source = "s"

[[claim.element]]
id = "a"
statement = "A"
keywords = ["alpha"]
`

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, src string
		defenses  bool
		kind      error
		want      string // file:line and words the message must hold
	}{
		{"syntax", "[[claim]]\nid = \"x\"\nname = \"X\n", false, ErrSyntax, "lib.toml:3"},
		{"unknown key", goodClaim + "colour = \"red\"\n", false, ErrUnknownKey, `lib.toml:12: unknown key "claim.element.colour"`},
		{"unknown claim key", strings.Replace(goodClaim, "source = \"s\"", "source = \"s\"\nsources = \"t\"", 1), false, ErrUnknownKey, `lib.toml:7: unknown key "claim.sources"`},
		{"duplicate id", goodClaim + "\n" + goodClaim, false, ErrDuplicate, `lib.toml:14: claim "x": duplicate id (first defined at line 2)`},
		{"element without statement", strings.Replace(goodClaim, "statement = \"A\"\n", "", 1), false, ErrMissing, `lib.toml:8: claim "x" element "a": no statement`},
		{"bad regex", strings.Replace(goodClaim, "patterns = ['x claim']", "patterns = [\n  'x claim',\n  'broken (',\n]", 1), false, ErrBadPattern, `lib.toml:7: claim "x": patterns: error parsing regexp`},
		{"no elements", strings.SplitN(goodClaim, "\n\n", 2)[0] + "\n", false, ErrMissing, `lib.toml:2: claim "x": no elements`},
		{"bad id", strings.Replace(goodClaim, `id = "x"`, `id = "Bad Id"`, 1), false, ErrInvalid, "lib.toml:2"},
		{"empty keyword", strings.Replace(goodClaim, `keywords = ["alpha"]`, `keywords = ["alpha", " "]`, 1), false, ErrInvalid, "lib.toml:11"},
		{"defense bad kind", "[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"maybe\"\npatterns = ['d']\napplies_to = [\"all\"]\nelements = [\"e\"]\n", true, ErrInvalid, `lib.toml:4: defense "d": kind "maybe"`},
		{"defense duplicate", "[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"negative\"\npatterns = ['d']\napplies_to = [\"all\"]\nelements = [\"e\"]\n\n[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"negative\"\npatterns = ['d']\napplies_to = [\"all\"]\nelements = [\"e\"]\n", true, ErrDuplicate, "lib.toml:10"},
		{"defense bad regex", "[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"negative\"\npatterns = ['d', '*x']\napplies_to = [\"all\"]\nelements = [\"e\"]\n", true, ErrBadPattern, "lib.toml:5"},
		{"defense unknown key", "[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"negative\"\npatterns = ['d']\napplies_to = [\"all\"]\nelements = [\"e\"]\nproof = [\"x\"]\n", true, ErrUnknownKey, `lib.toml:8: unknown key "defense.proof"`},
		{"defense type error", "[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"negative\"\npatterns = 'd'\napplies_to = [\"all\"]\nelements = [\"e\"]\n", true, ErrInvalid, `lib.toml:5: defense.patterns: incompatible types`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"lib.toml": {Data: []byte(tt.src)}}
			var err error
			if tt.defenses {
				_, err = LoadDefenses(fsys, "lib.toml")
			} else {
				_, err = LoadElements(fsys, "lib.toml")
			}
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %q is not %v", err, tt.kind)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) || e.Pos.File != "lib.toml" || e.Pos.Line == 0 {
				t.Errorf("error %q carries no file:line", err)
			}
		})
	}
}

func TestCheckTargets(t *testing.T) {
	l, c := builtinLibs(t)
	if err := c.CheckTargets(l); err != nil {
		t.Fatalf("built-in catalogue: %v", err)
	}
	bad, err := ParseDefenses([]byte("[[defense]]\nid = \"d\"\nname = \"D\"\nkind = \"negative\"\npatterns = ['d']\napplies_to = [\"copyrite\"]\nelements = [\"e\"]\n"), "case.toml")
	if err != nil {
		t.Fatal(err)
	}
	err = bad.CheckTargets(l)
	if err == nil || !strings.Contains(err.Error(), `case.toml:2: defense "d": applies_to "copyrite"`) {
		t.Errorf("CheckTargets = %v, want an error at case.toml:2 naming copyrite", err)
	}
}

func TestMerge(t *testing.T) {
	base, cat := builtinLibs(t)
	over, err := ParseElements([]byte(`[[claim]]
id = "breach-of-contract"
name = "Breach of contract (Delaware)"
law = "Delaware common law"
patterns = ['breach of (the )?contract']
source = "VLIW Technology, LLC v. Hewlett-Packard Co., 840 A.2d 606, 612 (Del. 2003)"

[[claim.element]]
id = "contract"
statement = "A contract existed"
keywords = ["agreement"]

[[claim]]
id = "misappropriation-of-likeness"
name = "Right of publicity"
law = "New York Civil Rights Law §§ 50-51"
patterns = ['right of publicity', 'civil rights law §+ ?5[01]']
source = "N.Y. Civ. Rights Law §§ 50-51"

[[claim.element]]
id = "use"
statement = "Use of name or likeness for trade without written consent"
keywords = ["likeness", "portrait", "photograph"]
`), "case/elements.toml")
	if err != nil {
		t.Fatal(err)
	}
	n := len(base.Claims)
	oldIdx := -1
	for i, c := range base.Claims {
		if c.ID == "breach-of-contract" {
			oldIdx = i
		}
	}
	m := base.Merge(over)
	if len(m.Claims) != n+1 {
		t.Fatalf("merged has %d claims, want %d", len(m.Claims), n+1)
	}
	if got := m.Claims[oldIdx]; got.Law != "Delaware common law" || got.Origin.File != "case/elements.toml" {
		t.Errorf("override not in place: %+v", got.Origin)
	}
	if m.Claims[n].ID != "misappropriation-of-likeness" || m.Claim("misappropriation-of-likeness") == nil {
		t.Error("new claim not appended")
	}
	if base.Claim("breach-of-contract").Law == "Delaware common law" || len(base.Claims) != n {
		t.Error("Merge modified its base")
	}
	if c, _ := m.Match("Breach of Contract", ""); c == nil || c.Law != "Delaware common law" {
		t.Errorf("merged Match = %v, want the override", c)
	}

	overD, err := ParseDefenses([]byte("[[defense]]\nid = \"laches\"\nname = \"Laches (firm)\"\nkind = \"affirmative\"\npatterns = ['laches']\napplies_to = [\"all\"]\nelements = [\"delay\"]\n\n[[defense]]\nid = \"noerr-pennington\"\nname = \"Noerr-Pennington\"\nkind = \"affirmative\"\npatterns = ['noerr']\napplies_to = [\"all\"]\nelements = [\"petitioning\"]\n"), "case/defenses.toml")
	if err != nil {
		t.Fatal(err)
	}
	md := cat.Merge(overD)
	if len(md.Defenses) != len(cat.Defenses)+1 || md.Defense("laches").Name != "Laches (firm)" || md.Defense("noerr-pennington") == nil {
		t.Error("catalogue merge did not override and add by id")
	}
	if cat.Defense("laches").Name == "Laches (firm)" {
		t.Error("Merge modified its base catalogue")
	}
}

func TestLoadFor(t *testing.T) {
	l, c := builtinLibs(t)
	libs, err := LoadFor(nil, "")
	if err != nil || libs.Elements != l || libs.Defenses != c {
		t.Fatalf("LoadFor(nil) = %v, %v; want the built-ins", libs, err)
	}
	// A case with no library files gets the built-ins.
	libs, err = LoadFor(fstest.MapFS{"response-chart.toml": {Data: []byte("body = ''")}}, "case/templates")
	if err != nil || len(libs.Elements.Claims) != len(l.Claims) {
		t.Fatalf("empty case: %v", err)
	}
	// A case's claim and a defense targeting it.
	own := fstest.MapFS{
		ElementsFile: {Data: []byte(goodClaim)},
		DefensesFile: {Data: []byte("[[defense]]\nid = \"x-defense\"\nname = \"D\"\nkind = \"negative\"\npatterns = ['d']\napplies_to = [\"x\"]\nelements = [\"e\"]\n")},
	}
	libs, err = LoadFor(own, "case/templates")
	if err != nil {
		t.Fatal(err)
	}
	x := libs.Elements.Claim("x")
	if x == nil || x.Origin.String() != "case/templates/elements.toml:2" || !libs.Defenses.Defense("x-defense").Answers(x) {
		t.Errorf("case library not merged: %+v", x)
	}
	// Errors name the case file.
	bad := fstest.MapFS{ElementsFile: {Data: []byte(goodClaim + "\n" + goodClaim)}, DefensesFile: {Data: []byte("[[defense]]\nid = 7\n")}}
	_, err = LoadFor(bad, "case/templates")
	if err == nil || !strings.Contains(err.Error(), "case/templates/elements.toml:14:") || !strings.Contains(err.Error(), "case/templates/defenses.toml:2") {
		t.Errorf("LoadFor errors = %v, want both files named with lines", err)
	}
	if l.Claim("x") != nil {
		t.Error("LoadFor modified the built-ins")
	}
}

func TestLoadForSplitFiles(t *testing.T) {
	second := strings.ReplaceAll(goodClaim, `id = "x"`, `id = "y"`)
	fsys := fstest.MapFS{
		ElementsFile:          {Data: []byte(goodClaim)},
		"elements-extra.toml": {Data: []byte(second)},
	}
	libs, err := LoadFor(fsys, "case")
	if err != nil {
		t.Fatal(err)
	}
	if libs.Elements.Claim("x") == nil || libs.Elements.Claim("y").Origin.File != "case/elements-extra.toml" {
		t.Error("split element files not both loaded")
	}
	fsys["elements-extra.toml"] = &fstest.MapFile{Data: []byte(goodClaim)}
	_, err = LoadFor(fsys, "case")
	if err == nil || !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), `case/elements-extra.toml:2: claim "x": duplicate id (first defined at case/elements.toml:2)`) {
		t.Errorf("duplicate across files: %v", err)
	}
}

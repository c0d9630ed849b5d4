// Package library holds pleadkit's legal libraries: the claim-element
// library (claim types, how a count's title is recognized, the elements a
// plaintiff must prove and the words that tie an allegation to each) and the
// defense catalogue (what each defense is, what it answers, what proving it
// takes).
//
// Both are TOML data (templates/elements.toml, templates/defenses.toml)
// loaded strictly: unknown keys, duplicate ids, missing statements and
// patterns that are not valid regular expressions are errors naming the
// file and line. A case folder's own library is merged over the built-in
// one by id.
package library

import (
	"regexp"
	"strings"
)

// Elements is a claim-element library: claim types in file order.
type Elements struct {
	Claims []*Claim `json:"claims"`
	byID   map[string]*Claim
	// fam are the family patterns of every claim: text they cover names a
	// law, not a theory.
	fam []*pattern
}

// Claim is one claim type: how a count pleading it is recognized and what
// the plaintiff must prove.
type Claim struct {
	ID       string   `toml:"id" json:"id"`
	Name     string   `toml:"name" json:"name"`
	Law      string   `toml:"law" json:"law"`
	Federal  bool     `toml:"federal" json:"federal"`
	Category []string `toml:"category" json:"category,omitempty"`
	Statutes []string `toml:"statutes" json:"statutes,omitempty"`
	Patterns []string `toml:"patterns" json:"patterns"`
	Exclude  []string `toml:"exclude" json:"exclude,omitempty"`
	// Source is where the elements come from wherever the claim is
	// pleaded (a statute, a Supreme Court case, a Restatement section);
	// a state's own authority goes in Authorities.
	Source string `toml:"source" json:"source"`
	// Authorities are citations that hold only in some forum (a state's
	// cases), filtered by SourceIn to the forum state.
	Authorities []*Authority `toml:"authority" json:"authorities,omitempty"`
	Matching    string       `toml:"matching" json:"matching,omitempty"`
	// Family are patterns naming the law the claim arises under without
	// naming the theory ("\bADA\b", "americans with disabilities act"): a
	// count whose title, statute or allegations name the family may plead
	// the claim as one of several theories.
	Family []string `toml:"family" json:"family,omitempty"`
	// Theory are patterns tried on a count's own allegations: a count that
	// names the claim's family and whose allegations match one pleads the
	// claim as a theory ("Discharging Mr. Calhoon because he requested a
	// reasonable accommodation" is ADA retaliation).
	Theory   []string   `toml:"theory" json:"theory,omitempty"`
	Elements []*Element `toml:"element" json:"elements"`
	// Origin is where the claim is defined (file and line of its [[claim]]).
	Origin Pos `toml:"-" json:"origin"`

	pats, excl, fam, theory []*pattern
}

// Element is one thing the plaintiff must prove for a claim.
type Element struct {
	ID        string   `toml:"id" json:"id"`
	Statement string   `toml:"statement" json:"statement"`
	MustProve string   `toml:"must_prove" json:"must_prove"`
	Burden    string   `toml:"burden" json:"burden"`
	Keywords  []string `toml:"keywords" json:"keywords,omitempty"`
	Evidence  []string `toml:"evidence" json:"evidence,omitempty"`
	// Factor marks one of several factors weighed together (the Senate
	// Factors of a Voting Rights Act claim): none is required alone, so an
	// unpleaded factor is no ground for dismissal.
	Factor bool `toml:"factor" json:"factor,omitempty"`
	// Inferable are words of allegations from which the element may be
	// inferred though no allegation states it ("internet", "nationwide"
	// for a Lanham Act claim's interstate commerce).
	Inferable []string `toml:"inferable" json:"inferable,omitempty"`
	// Core are the keywords that state the element itself, not the
	// circumstances around it ("copied", not "access"): an admitted or
	// denied clause speaks to the element only when it holds one. Empty
	// means every keyword is core.
	Core []string `toml:"core" json:"core,omitempty"`
	// Asserts are patterns of a sentence that pleads the element: its
	// subject, act and object ("(has|had|maintains) ... relationships?
	// with"). When given, only a sentence matching one pleads the element.
	Asserts []string `toml:"asserts" json:"asserts,omitempty"`
	// DefeatedBy are words of a fact that, asserted beside an admission,
	// defeats the element ("termination" of an admitted contract,
	// "license" for an admitted use).
	DefeatedBy []string `toml:"defeated_by" json:"defeated_by,omitempty"`
	// Origin is where the element is defined.
	Origin Pos `toml:"-" json:"origin"`

	kw, inf, core, defeat *Keywords
	asserts               []*pattern
}

// Catalogue is a defense catalogue: defenses in file order.
type Catalogue struct {
	Defenses []*Defense `json:"defenses"`
	byID     map[string]*Defense
}

// pattern is a compiled title pattern and a literal its matches contain.
type pattern struct {
	re  *regexp.Regexp
	lit string
	// any are literals one of which every match contains (the branches
	// of an alternation), nil when unknown.
	any []string
}

// skip reports whether s cannot match the pattern, by its literals.
func (p *pattern) skip(s string) bool {
	if p.lit != "" && !strings.Contains(s, p.lit) {
		return true
	}
	if p.any != nil {
		for _, a := range p.any {
			if strings.Contains(s, a) {
				return false
			}
		}
		return true
	}
	return false
}

// Kind says what sort of defense an entry is.
type Kind string

// The kinds of defense.
const (
	// KindAffirmative is a true affirmative defense: the defendant pleads and proves it.
	KindAffirmative Kind = "affirmative"
	// KindNegative is a denial of an element labelled as a defense: the plaintiff bears the burden anyway.
	KindNegative Kind = "negative"
	// KindRule12 is an FRCP 12(b) defense.
	KindRule12 Kind = "rule12"
	// KindRemedy is an argument about relief, not liability.
	KindRemedy Kind = "remedy"
	// KindReservation is a reservation of rights, which reserves nothing.
	KindReservation Kind = "reservation"
)

var kinds = []Kind{KindAffirmative, KindNegative, KindRule12, KindRemedy, KindReservation}

// Targets a defense's applies_to may name besides claim categories and ids.
const (
	TargetAll      = "all"
	TargetStateLaw = "state-law"
	TargetFederal  = "federal"
)

// Defense is one entry of the defense catalogue.
type Defense struct {
	ID        string   `toml:"id" json:"id"`
	Name      string   `toml:"name" json:"name"`
	Kind      Kind     `toml:"kind" json:"kind"`
	Rule      string   `toml:"rule" json:"rule"`
	Waivable  bool     `toml:"waivable" json:"waivable"`
	Waiver    string   `toml:"waiver" json:"waiver,omitempty"`
	AppliesTo []string `toml:"applies_to" json:"applies_to"`
	Patterns  []string `toml:"patterns" json:"patterns"`
	Exclude   []string `toml:"exclude" json:"exclude,omitempty"`
	Elements  []string `toml:"elements" json:"elements"`
	Burden    string   `toml:"burden" json:"burden"`
	Discovery []string `toml:"discovery" json:"discovery,omitempty"`
	// Source is the rule or authority that names the defense wherever it
	// is pleaded (FRCP 8(c)(1), a Restatement section); law-specific
	// authority goes in Authorities.
	Source string `toml:"source" json:"source"`
	// Authorities are the citations that hold only for some law or claims,
	// filtered by Cites to the case's forum and claims.
	Authorities []*Authority `toml:"authority" json:"authorities,omitempty"`
	// NotFor are the claims, and the plaintiffs, the defense cannot answer
	// though its applies_to reaches them, each with the reason.
	NotFor []*Limit `toml:"not_for" json:"not_for,omitempty"`
	// Covers are the ids of defenses this one pleads under another name
	// (comparative fault covers contributory negligence): a checklist does
	// not list them as "not pleaded" when this one is.
	Covers []string `toml:"covers" json:"covers,omitempty"`
	Note   string   `toml:"note" json:"note,omitempty"`
	// Origin is where the defense is defined.
	Origin Pos `toml:"-" json:"origin"`

	pats, excl []*pattern
}

// Authority is a citation for a defense that holds only under some law or
// for some claims.
type Authority struct {
	// Cite is the citation as a checklist prints it.
	Cite string `toml:"cite" json:"cite"`
	// Law is whose law it is: LawGeneral, LawFederal or a state's postal
	// code ("NY"): a state's authority is cited for state-law claims in
	// that state's courts (or a federal court sitting there).
	Law string `toml:"law" json:"law"`
	// Claims are the claim ids or categories it speaks to (as applies_to);
	// empty for every claim the defense answers.
	Claims []string `toml:"claims" json:"claims,omitempty"`
	// Discovery are checklist items that hold where the authority does
	// ("Registration and first-infringement dates" with 17 U.S.C. § 412).
	Discovery []string `toml:"discovery" json:"discovery,omitempty"`
	// Origin is where the authority is defined.
	Origin Pos `toml:"-" json:"origin"`
}

// Limit is a claim type, or a kind of plaintiff, a defense cannot answer,
// and why.
type Limit struct {
	// Claims are claim ids or categories (as applies_to).
	Claims []string `toml:"claims" json:"claims,omitempty"`
	// Plaintiff is a kind of plaintiff (PlaintiffUnitedStates).
	Plaintiff string `toml:"plaintiff" json:"plaintiff,omitempty"`
	// Reason says why, in a sentence a lawyer can check.
	Reason string `toml:"reason" json:"reason"`
	// Origin is where the limit is defined.
	Origin Pos `toml:"-" json:"origin"`
}

// Claim returns the claim with the given id, or nil.
func (l *Elements) Claim(id string) *Claim {
	if l == nil {
		return nil
	}
	return l.byID[id]
}

// Defense returns the defense with the given id, or nil.
func (c *Catalogue) Defense(id string) *Defense {
	if c == nil {
		return nil
	}
	return c.byID[id]
}

// Element returns the claim's element with the given id, or nil.
func (c *Claim) Element(id string) *Element {
	for _, e := range c.Elements {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// HasCategory reports whether the claim carries the category tag.
func (c *Claim) HasCategory(tag string) bool {
	for _, t := range c.Category {
		if strings.EqualFold(t, tag) {
			return true
		}
	}
	return false
}

// Answers reports whether the defense can answer the claim: its
// applies_to ("all", "state-law", "federal", a category or the claim's id)
// reaches the claim and no not_for entry excludes it.
func (d *Defense) Answers(c *Claim) bool {
	return targets(d.AppliesTo, c) && d.Cannot(c) == ""
}

// Cannot returns why the defense cannot answer the claim, by its not_for
// entries, or "" when none names the claim.
func (d *Defense) Cannot(c *Claim) string {
	if c == nil {
		return ""
	}
	for _, l := range d.NotFor {
		if len(l.Claims) > 0 && targets(l.Claims, c) {
			return l.Reason
		}
	}
	return ""
}

// Barred returns why the defense cannot be raised against a plaintiff of
// the given kind (PlaintiffKind), or "".
func (d *Defense) Barred(plaintiff string) string {
	if plaintiff == "" {
		return ""
	}
	for _, l := range d.NotFor {
		if l.Plaintiff == plaintiff {
			return l.Reason
		}
	}
	return ""
}

// targets reports whether a list of targets ("all", "state-law",
// "federal", categories, claim ids) reaches the claim.
func targets(list []string, c *Claim) bool {
	if c == nil {
		return false
	}
	for _, t := range list {
		switch {
		case t == TargetAll:
			return true
		case t == TargetStateLaw:
			if !c.Federal {
				return true
			}
		case t == TargetFederal:
			if c.Federal {
				return true
			}
		case t == c.ID || c.HasCategory(t):
			return true
		}
	}
	return false
}

// IsNegative reports whether the defense is a denial labelled as a defense.
func (d *Defense) IsNegative() bool { return d.Kind == KindNegative }

func (l *Elements) index() {
	l.byID = make(map[string]*Claim, len(l.Claims))
	l.fam = nil
	for _, c := range l.Claims {
		l.byID[c.ID] = c
		l.fam = append(l.fam, c.fam...)
	}
}

func (c *Catalogue) index() {
	c.byID = make(map[string]*Defense, len(c.Defenses))
	for _, d := range c.Defenses {
		c.byID[d.ID] = d
	}
}

// Merge returns a library holding base's claims with those of override that
// share an id replaced in place, and override's new claims appended in its
// order. Neither input is modified.
func (l *Elements) Merge(override *Elements) *Elements {
	out := &Elements{}
	if l != nil {
		out.Claims = append(out.Claims, l.Claims...)
	}
	if override != nil {
		pos := make(map[string]int, len(out.Claims))
		for i, c := range out.Claims {
			pos[c.ID] = i
		}
		for _, c := range override.Claims {
			if i, ok := pos[c.ID]; ok {
				out.Claims[i] = c
				continue
			}
			pos[c.ID] = len(out.Claims)
			out.Claims = append(out.Claims, c)
		}
	}
	out.index()
	return out
}

// Merge returns a catalogue holding base's defenses with those of override
// that share an id replaced in place, and override's new defenses appended
// in its order. Neither input is modified.
func (c *Catalogue) Merge(override *Catalogue) *Catalogue {
	out := &Catalogue{}
	if c != nil {
		out.Defenses = append(out.Defenses, c.Defenses...)
	}
	if override != nil {
		pos := make(map[string]int, len(out.Defenses))
		for i, d := range out.Defenses {
			pos[d.ID] = i
		}
		for _, d := range override.Defenses {
			if i, ok := pos[d.ID]; ok {
				out.Defenses[i] = d
				continue
			}
			pos[d.ID] = len(out.Defenses)
			out.Defenses = append(out.Defenses, d)
		}
	}
	out.index()
	return out
}

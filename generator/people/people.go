// Package people lists who the pleadings name — the parties under every name
// they are given, their officers, employees and third parties, counsel apart —
// with each one's role, the paragraphs naming them and what they are alleged
// to have done; and builds from it the deposition outlines (one section per
// likely witness, a Rule 30(b)(6) designee for each organizational party) and
// the 30(b)(6) topics grouped by count.
package people

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading"
)

// Person is one person or organization the pleadings name.
type Person struct {
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases,omitempty"`
	Kind       string   `json:"kind"` // "person" or "organization"
	Role       string   `json:"role"` // "plaintiff", "defendant", "founder of 24/7", "third party"
	Party      bool     `json:"party"`
	Side       string   `json:"side,omitempty"`
	Paragraphs []int    `json:"paragraphs"` // complaint ¶¶ naming them
	Acts       []Act    `json:"acts,omitempty"`
}

// Act is something a person is alleged to have done, with its source.
type Act struct {
	Paragraph int    `json:"paragraph"`
	Page      int    `json:"page,omitempty"`
	Text      string `json:"text"` // the clause
}

// Counsel is one lawyer who signed a pleading.
type Counsel struct {
	Name       string `json:"name"`
	Firm       string `json:"firm,omitempty"`
	Represents string `json:"represents,omitempty"`
	Pleading   string `json:"pleading"` // "complaint" or "answer"
}

// List is everyone the pleadings name.
type List struct {
	People  []Person  `json:"people"`
	Counsel []Counsel `json:"counsel"`
}

// Cites formats the paragraphs naming the person: "¶¶ 48, 49".
func (p Person) Cites() string {
	parts := make([]string, len(p.Paragraphs))
	for i, n := range p.Paragraphs {
		parts[i] = strconv.Itoa(n)
	}
	if len(parts) == 1 {
		return "¶ " + parts[0]
	}
	return "¶¶ " + strings.Join(parts, ", ")
}

// Build lists the people and organizations of the complaint (and the answer's counsel).
func Build(complaint, answer *pleading.Document) List {
	var l List
	if complaint == nil {
		return l
	}
	x := entity.NewIndex(complaint, answer)
	for _, p := range x.Parties {
		kind := "organization"
		if p.Person {
			kind = "person"
		}
		aliases := []string{}
		for _, n := range p.Names {
			if n != p.Name && !honorific(n) && !strings.EqualFold(n, p.Name) {
				aliases = append(aliases, n)
			}
		}
		l.People = append(l.People, Person{Name: p.Name, Aliases: aliases, Kind: kind, Role: p.Side, Party: true, Side: p.Side})
	}
	counsel := counselNames(complaint, answer)
	byName := map[string]int{}
	for _, par := range complaint.Paragraphs {
		text := strings.Join(strings.Fields(par.Text), " ")
		for _, m := range x.Find(text) {
			addPara(&l.People[m.Party], par.Number)
			addAct(&l.People[m.Party], text, m, par)
		}
		for _, m := range entity.Persons(text) {
			if counsel[strings.ToLower(m.Name)] || partyName(x, m.Name) || partySurname(x, m.Name) {
				continue
			}
			i, ok := byName[key(m.Name)]
			if !ok {
				i = findSurname(l.People, m.Name)
				ok = i >= 0
			}
			if !ok {
				l.People = append(l.People, Person{Name: m.Name, Kind: "person", Role: role(text, m, x)})
				i = len(l.People) - 1
				byName[key(m.Name)] = i
			}
			p := &l.People[i]
			if p.Role == "third party" || p.Role == "" {
				p.Role = role(text, m, x)
			}
			addPara(p, par.Number)
			addAct(p, text, m, par)
		}
	}
	// Surnames alone ("Kannan") count for the person named in full earlier.
	for i := range l.People {
		p := &l.People[i]
		if p.Kind != "person" || p.Party {
			continue
		}
		last := surname(p.Name)
		if last == "" {
			continue
		}
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(last) + `\b`)
		have := map[int]bool{}
		for _, n := range p.Paragraphs {
			have[n] = true
		}
		for _, par := range complaint.Paragraphs {
			if !have[par.Number] && re.MatchString(par.Text) {
				have[par.Number] = true
				p.Paragraphs = append(p.Paragraphs, par.Number)
			}
		}
		sort.Ints(p.Paragraphs)
	}
	kept := l.People[:0]
	for _, p := range l.People {
		if p.Party || len(p.Paragraphs) > 0 {
			kept = append(kept, p)
		}
	}
	l.People = kept
	for _, doc := range []*pleading.Document{complaint, answer} {
		if doc == nil {
			continue
		}
		which := string(doc.Kind)
		for _, c := range doc.Counsel {
			for _, n := range c.Names {
				l.Counsel = append(l.Counsel, Counsel{Name: n, Firm: c.Firm, Represents: c.Represents, Pleading: which})
			}
		}
	}
	return l
}

// counselNames returns the lower-case names of the lawyers who signed either pleading.
func counselNames(docs ...*pleading.Document) map[string]bool {
	m := map[string]bool{}
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, c := range d.Counsel {
			for _, n := range c.Names {
				m[strings.ToLower(strings.TrimSpace(n))] = true
			}
		}
	}
	return m
}

// partyName reports whether a name is one of the parties' names.
func partyName(x *entity.Index, name string) bool {
	k := pleading.NameKey(name)
	for _, p := range x.Parties {
		for _, n := range append([]string{p.Name}, p.Names...) {
			if pleading.NameKey(n) == k {
				return true
			}
		}
	}
	return false
}

// partySurname reports whether a one-word name (from "Ms. Chestnut") is a person party's surname.
func partySurname(x *entity.Index, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for _, p := range x.Parties {
		if p.Person && strings.HasSuffix(strings.ToLower(p.Name), " "+strings.ToLower(name)) {
			return true
		}
	}
	return false
}

// honorific reports whether a name is only a title and a surname ("Ms. Chestnut"), which the list need not repeat.
func honorific(n string) bool {
	for _, h := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Miss "} {
		if strings.HasPrefix(n, h) {
			return true
		}
	}
	return false
}

func key(name string) string { return strings.ToLower(name) }

// surname is the last word of a person's name.
func surname(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	return w[len(w)-1]
}

// findSurname returns the person already listed whose full name ends with
// the surname of a title-only mention ("Mr. Kannan"), or -1.
func findSurname(people []Person, name string) int {
	w := strings.Fields(name)
	last := w[len(w)-1]
	for i, p := range people {
		if p.Kind == "person" && surname(p.Name) == last && len(strings.Fields(p.Name)) > len(w) {
			return i
		}
		if p.Kind == "person" && strings.HasSuffix(name, " "+surname(p.Name)) && len(w) > len(strings.Fields(p.Name)) {
			// a fuller name seen later: keep the fuller one
			people[i].Aliases = append(people[i].Aliases, people[i].Name)
			people[i].Name = name
			return i
		}
	}
	return -1
}

func addPara(p *Person, n int) {
	if k := len(p.Paragraphs); k > 0 && p.Paragraphs[k-1] == n {
		return // the usual case, paragraphs being read in order
	}
	for _, x := range p.Paragraphs {
		if x == n {
			return
		}
	}
	p.Paragraphs = append(p.Paragraphs, n)
}

// addAct records what the text alleges the person did, when the person is the
// clause's subject (named within its first words) and it has a verb.
func addAct(p *Person, text string, m entity.Mention, par pleading.Paragraph) {
	if len(p.Acts) >= 8 {
		return
	}
	a, b := entity.Sentence(text, m.Start)
	clause := entity.Clause(text, a, b, m.Start)
	i := strings.Index(clause, m.Text)
	if i < 0 || len(strings.Fields(clause[:i])) > 6 {
		return
	}
	for _, act := range p.Acts {
		if act.Paragraph == par.Number && act.Text == clause {
			return
		}
	}
	p.Acts = append(p.Acts, Act{Paragraph: par.Number, Page: par.Page, Text: strings.TrimRight(clause, ".")})
}

// roleRE finds a person's role beside the name: "24/7's founder, PV Kannan", "Kannan, the CEO of 24/7".
var roleBeforeRE = regexp.MustCompile(`(?i)(?:([\w/\[\]]+(?:\s+[A-Z][\w]+)?)['’]s\s+)?((?:co-)?founder|chief\s+executive\s+officer|ceo|president|vice\s+president|director|manager|supervisor|employee|engineer|owner|chairman|officer|agent|warden|sheriff|secretary|commissioner|representative|consultant),?\s+$`)
var roleAfterRE = regexp.MustCompile(`(?i)^,\s+(?:the|a|an|its|their)\s+((?:[\w-]+\s+){0,3}?(?:founder|ceo|president|director|manager|supervisor|employee|engineer|owner|officer|agent|warden|secretary|commissioner|representative|consultant|physician|nurse|inmate))(?:\s+(?:of|at|for)\s+([\w/\[\]]+(?:\s+[A-Z]\w+)?))?`)

// role says who a person is from the words beside the name.
func role(text string, m entity.Mention, x *entity.Index) string {
	before := text[max(0, m.Start-60):m.Start]
	if r := roleBeforeRE.FindStringSubmatch(before); r != nil {
		s := strings.ToLower(r[2])
		if r[1] != "" {
			s += " of " + partyShort(x, r[1])
		}
		return s
	}
	if r := roleAfterRE.FindStringSubmatch(text[m.End:min(len(text), m.End+80)]); r != nil {
		s := strings.ToLower(strings.TrimSpace(r[1]))
		if r[2] != "" {
			s += " of " + partyShort(x, r[2])
		}
		return s
	}
	return "third party"
}

// partyShort returns a party's short name when name is one of its names, else name.
func partyShort(x *entity.Index, name string) string {
	if n := x.Named(name); len(n) > 0 {
		return n[0]
	}
	return name
}

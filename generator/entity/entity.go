// Package entity finds who a pleading's text names: the parties, under every
// name the complaint and the answer give them ("24/7", "[24]7", "Defendant"),
// and the people and organizations the allegations mention. The deposition
// kit's products (chronology, people, outlines, requests for admission) share it.
package entity

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/pleadkit/pleadkit/pleading"
)

// Party is one party of the case with every name the pleadings use for it.
type Party struct {
	Name   string   // the caption's full name: "24/7 Customer, Inc."
	Short  string   // the name the complaint uses most: "24/7"
	Answer string   // the name the answer uses for itself or the party, when it differs: "[24]7"
	Side   string   // "plaintiff" or "defendant"
	Names  []string // every name and alias, longest first
	Person bool     // a natural person rather than an organization
}

// Mention is a name found in a text at byte offsets [Start, End).
type Mention struct {
	Name       string // the canonical name: a party's Short, or the person's full name
	Text       string // the words of the text
	Start, End int
	Party      int // index of the party in the Index, or -1 for a non-party
}

// Index finds the parties of one case in text.
type Index struct {
	Parties []Party
}

// NewIndex gathers the parties of the complaint and answer captions and defined terms.
func NewIndex(complaint, answer *pleading.Document) *Index {
	x := &Index{}
	add := func(side string, p pleading.Party, doc *pleading.Document) {
		i := x.find(p)
		if i < 0 {
			x.Parties = append(x.Parties, Party{Name: tidy(p.Name), Side: side, Person: isPerson(p.Name)})
			i = len(x.Parties) - 1
		}
		pt := &x.Parties[i]
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			n = tidy(n)
			if n == "" || generic(n) || contains(pt.Names, n) {
				continue
			}
			pt.Names = append(pt.Names, n)
			if doc == answer && doc != complaint && pt.Answer == "" && len(n) < len(p.Name) && n != pt.Short {
				pt.Answer = n
			}
			if doc == complaint && pt.Short == "" && len(n) < len(p.Name) {
				pt.Short = n
			}
		}
	}
	for _, doc := range []*pleading.Document{complaint, answer} {
		if doc == nil {
			continue
		}
		for _, p := range splitParties(doc.Caption.Plaintiffs) {
			add("plaintiff", p, doc)
		}
		for _, p := range splitParties(doc.Caption.Defendants) {
			add("defendant", p, doc)
		}
	}
	for i := range x.Parties {
		pt := &x.Parties[i]
		if pt.Short == "" {
			pt.Short = shortName(pt.Name)
			if !contains(pt.Names, pt.Short) {
				pt.Names = append(pt.Names, pt.Short)
			}
		}
		if strings.ToUpper(pt.Name) == pt.Name {
			pt.Name = titleCase(pt.Name) // "LAKEISHA CHESTNUT" → "Lakeisha Chestnut"
		}
		pt.Short, pt.Answer = titleCase(pt.Short), titleCase(pt.Answer)
		for _, n := range append([]string(nil), pt.Names...) {
			if t := titleCase(n); t != n && !contains(pt.Names, t) {
				pt.Names = append(pt.Names, t)
			}
		}
		if pt.Person {
			if last := lastName(pt.Name); last != "" {
				for _, h := range []string{"Mr.", "Ms.", "Mrs.", "Dr.", "Miss"} {
					pt.Names = append(pt.Names, h+" "+last)
				}
			}
		}
		sort.SliceStable(pt.Names, func(a, b int) bool { return len(pt.Names[a]) > len(pt.Names[b]) })
	}
	return x
}

// splitParties splits a caption line naming two people ("Catherine
// Zaborowski and Simone Jackson") into two parties; a company's name
// ("Procter and Gamble Co.") stays whole.
func splitParties(ps []pleading.Party) []pleading.Party {
	var out []pleading.Party
	for _, p := range ps {
		parts := strings.Split(p.Name, " and ")
		if len(parts) == 2 && isPerson(parts[0]) && isPerson(parts[1]) && len(p.Aliases) == 0 {
			out = append(out, pleading.Party{Name: parts[0]}, pleading.Party{Name: parts[1]})
			continue
		}
		if len(parts) == 2 && orgWordRE.MatchString(parts[0]) && orgWordRE.MatchString(parts[1]) && len(p.Aliases) == 0 {
			out = append(out, pleading.Party{Name: parts[0]}, pleading.Party{Name: parts[1]}) // "Sheriff of Cook County and Cook County"
			continue
		}
		out = append(out, p)
	}
	return out
}

// titleCase writes an all-capitals name the way the body text writes it.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		switch strings.Trim(x, ".,") {
		case "of", "and", "the", "for", "de", "la":
			if i > 0 {
				continue
			}
		case "inc", "llc", "lp", "llp", "usa", "ii", "iii", "iv", "pc", "pllc", "ltd":
			w[i] = strings.ToUpper(x)
			continue
		}
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

// lastName is the last word of a person's name, without a suffix.
func lastName(name string) string {
	w := strings.Fields(name)
	for len(w) > 1 {
		l := strings.Trim(w[len(w)-1], ".,")
		switch strings.ToLower(l) {
		case "jr", "sr", "ii", "iii", "iv", "esq":
			w = w[:len(w)-1]
			continue
		}
		return l
	}
	return ""
}

// find returns the index of the party p names, matching names loosely, or -1.
func (x *Index) find(p pleading.Party) int {
	for i, q := range x.Parties {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if generic(n) {
				continue
			}
			k := pleading.NameKey(n)
			for _, m := range append([]string{q.Name}, q.Names...) {
				if k != "" && (pleading.NameKey(m) == k || pleading.NameKey(shortName(m)) == k || pleading.NameKey(shortName(n)) == pleading.NameKey(m)) {
					return i
				}
			}
		}
	}
	return -1
}

// Parties returns the parties text names, each once, in the order named.
func (x *Index) Find(text string) []Mention {
	var out []Mention
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.End && b > m.Start {
				return true
			}
		}
		return false
	}
	for i, p := range x.Parties {
		for _, n := range p.Names {
			for off := 0; ; {
				j := strings.Index(text[off:], n)
				if j < 0 {
					break
				}
				a := off + j
				b := a + len(n)
				off = b
				if !boundary(text, a, b) || taken(a, b) {
					continue
				}
				out = append(out, Mention{Name: p.Short, Text: n, Start: a, End: b, Party: i})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// Named returns the short names of the parties text names, each once, in order.
func (x *Index) Named(text string) []string {
	var out []string
	for _, m := range x.Find(text) {
		if !contains(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
}

// boundary reports whether text[a:b] stands as a whole word.
func boundary(text string, a, b int) bool {
	if a > 0 {
		r := rune(text[a-1])
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '[' || r == '/') {
			return false
		}
	}
	if b < len(text) {
		r := rune(text[b])
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ']' || r == '/') {
			return false
		}
	}
	return true
}

// shortName drops a company suffix: "24/7 Customer, Inc." → "24/7 Customer".
func shortName(name string) string {
	s := tidy(name)
	for {
		t := corpSuffixRE.ReplaceAllString(s, "")
		if t == s {
			return strings.TrimRight(s, " ,")
		}
		s = t
	}
}

var corpSuffixRE = regexp.MustCompile(`(?i),?\s+(?:inc|incorporated|llc|l\.l\.c|corp|corporation|co|company|ltd|limited|l\.p|lp|llp|plc|n\.a|p\.c|pllc)\.?$`)

// tidy collapses spaces and trims punctuation around a name.
func tidy(s string) string {
	return strings.Trim(strings.Join(strings.Fields(s), " "), " ,;:“”\"")
}

// generic reports whether a name is a role rather than a name: "Defendant", "Plaintiffs".
func generic(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "defendant", "defendants", "plaintiff", "plaintiffs", "the company", "company", "respondent", "petitioner", "counter-plaintiff", "counter-defendant":
		return true
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// isPerson guesses whether a caption name is a natural person: no company
// word, two to four capitalized words.
func isPerson(name string) bool {
	n := tidy(name)
	if orgWordRE.MatchString(n) {
		return false
	}
	w := strings.Fields(n)
	return len(w) >= 2 && len(w) <= 4
}

var orgWordRE = regexp.MustCompile(`(?i)\b(?:inc|llc|l\.l\.c|corp|corporation|company|co|ltd|limited|lp|llp|plc|bank|association|department|county|city|state|united states|commission|board|university|school|district|authority|agency|services|group|holdings|partners|trust|foundation|society|church|hospital|sheriff|commissioner|office|of)\b\.?`)

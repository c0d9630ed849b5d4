package joined

import (
	"regexp"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// Parties is what the joined case knows of one side (the answering party,
// or the plaintiffs): its names and how to find them in text.
type Parties struct {
	Short string          // the name the chart uses: "24/7"
	names []string        // every name and alias, longest first
	re    *regexp.Regexp  // matches any of names as a whole word; nil when there are none
	lower []string        // names in lower case, for a quick test before re
	words map[string]bool // the words of the names, lower case
}

// Known reports whether any name of the parties is known, so Find can match.
func (ps Parties) Known() bool { return ps.re != nil }

// NameWord reports whether w (lower case) is a word of one of the parties' names.
func (ps Parties) NameWord(w string) bool { return ps.words[w] }

// Find returns the byte spans of the parties' names in s, as whole words,
// longest name first where two overlap.
func (ps Parties) Find(s string) [][2]int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		// case folding changed byte offsets: fall back to the regexp
		var out [][2]int
		for _, m := range ps.re.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, [2]int{m[2], m[3]})
		}
		return out
	}
	var out [][2]int
	taken := func(a, b int) bool {
		for _, sp := range out {
			if a < sp[1] && b > sp[0] {
				return true
			}
		}
		return false
	}
	for _, n := range ps.lower { // longest first
		for i := 0; ; {
			j := strings.Index(lower[i:], n)
			if j < 0 {
				break
			}
			j += i
			end := j + len(n)
			i = end
			if (j > 0 && nameChar(lower[j-1]) && !strings.HasSuffix(lower[:j], "‘")) || (end < len(lower) && nameChar(lower[end]) && !strings.HasPrefix(lower[end:], "’")) || taken(j, end) {
				continue
			}
			out = append(out, [2]int{j, end})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// nameChar reports whether b continues a name: a letter, digit, '[', ']', '/' or '_'.
func nameChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '[' || b == ']' || b == '/' || b == '_' || b >= 0x80
}

// Mentioned reports whether lower (text in lower case) may mention the party: a
// cheap test that lets callers skip the regexp.
func (ps Parties) Mentioned(lower string) bool {
	for _, n := range ps.lower {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// corporate suffixes dropped when comparing or shortening names.
var suffixRe = regexp.MustCompile(`(?i)[,\s]+(inc|incorporated|llc|l\.l\.c|corp|corporation|co|company|ltd|limited|lp|l\.p|plc|et al)\.?$`)

// StripSuffix removes trailing corporate suffixes: "24/7 Customer, Inc." → "24/7 Customer".
func StripSuffix(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ","))
	for {
		t := suffixRe.ReplaceAllString(s, "")
		t = strings.TrimSpace(strings.TrimRight(t, ","))
		if t == s {
			return s
		}
		s = t
	}
}

// answeringParties decides who answers: the defendants whose names the
// answer's responses use as the subject of "admits", "denies", "lacks".
// When none is recognized, every defendant is.
func answeringParties(complaint, answer *pleading.Document) Parties {
	all := mergeParties(complaint.Caption.Defendants, answer.Caption.Defendants)
	var chosen []pleading.Party
	var text strings.Builder
	for i, r := range answer.Responses {
		if i >= 40 {
			break
		}
		text.WriteString(r.Text)
		text.WriteByte('\n')
	}
	body := strings.ToLower(text.String())
	for _, p := range all {
		for _, n := range partyNames(p, len(all) == 1) {
			if answersAs(body, strings.ToLower(n)) {
				chosen = append(chosen, p)
				break
			}
		}
	}
	together := false
	if len(chosen) == 0 {
		chosen = all
		together = len(all) > 1
	}
	return newParties(chosen, len(all) == 1, together)
}

// newParties builds the names and matcher of chosen; single says the
// caption has only this one party on its side (so "Defendant" is it), and
// together that several answer as one ("Defendants").
func newParties(chosen []pleading.Party, single, together bool) Parties {
	ps := Parties{words: map[string]bool{}}
	seen := map[string]bool{}
	for _, p := range chosen {
		for _, n := range partyNames(p, single) {
			if k := strings.ToLower(n); !seen[k] {
				seen[k] = true
				ps.names = append(ps.names, n)
				for _, w := range prose.Words(n) {
					ps.words[w] = true
				}
			}
		}
	}
	if together {
		// The defendants answer as one: "Defendants" in the complaint means them.
		ps.names = append(ps.names, "Defendants")
		ps.words["defendants"] = true
	}
	sort.SliceStable(ps.names, func(i, j int) bool { return len(ps.names[i]) > len(ps.names[j]) })
	if len(ps.names) > 0 {
		pats := make([]string, len(ps.names))
		for i, n := range ps.names {
			pats[i] = regexp.QuoteMeta(n)
			ps.lower = append(ps.lower, strings.ToLower(n))
		}
		ps.re = regexp.MustCompile(`(?i)(?:^|[^\w\[/])(` + strings.Join(pats, "|") + `)(?:[^\w\]/]|$)`)
	}
	ps.Short = shortName(chosen)
	return ps
}

// answerVerbRe is what follows the answering party's name in a response: "[24]7 admits".
var answerVerbRe = regexp.MustCompile(`^\s+(?:\w+ly\s+)?(?:admits?|denies|deny|lacks?|is without|avers?|responds?|states?)\b`)

// answersAs reports whether body (lower case) uses name (lower case) as the
// subject of "admits", "denies", "lacks" and the like.
func answersAs(body, name string) bool {
	for i := 0; ; {
		j := strings.Index(body[i:], name)
		if j < 0 {
			return false
		}
		j += i
		before := byte(' ')
		if j > 0 {
			before = body[j-1]
		}
		wordStart := !(before >= 'a' && before <= 'z' || before >= '0' && before <= '9' || before == '[' || before == '/' || before == '_')
		if wordStart && answerVerbRe.MatchString(body[j+len(name):]) {
			return true
		}
		i = j + len(name)
	}
}

// partyNames lists the names a party goes by; generic words ("Defendant")
// only when it is the only defendant.
func partyNames(p pleading.Party, only bool) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if len(s) < 2 {
			return
		}
		for _, x := range out {
			if strings.EqualFold(x, s) {
				return
			}
		}
		out = append(out, s)
	}
	add(p.Name)
	add(StripSuffix(p.Name))
	for _, a := range p.Aliases {
		if IsGeneric(a) && !only {
			continue
		}
		add(a)
		// 24/7 and [24]7 are one party: add the other spelling.
		if strings.Contains(a, "[") {
			add(strings.NewReplacer("[", "", "]", "/").Replace(a))
		} else if strings.Contains(a, "/") {
			add("[" + strings.Replace(a, "/", "]", 1))
		}
	}
	return out
}

// IsGeneric reports whether s is a generic party word ("Defendant", "the Company"), not a name.
func IsGeneric(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "defendant", "defendants", "plaintiff", "plaintiffs", "the company", "company":
		return true
	}
	return false
}

// mergeParties unions two party lists, joining parties whose names match loosely.
func mergeParties(a, b []pleading.Party) []pleading.Party {
	out := append([]pleading.Party(nil), a...)
	for i := range out {
		out[i].Aliases = append([]string(nil), out[i].Aliases...)
	}
	for _, p := range b {
		j := FindParty(out, p)
		if j < 0 {
			out = append(out, pleading.Party{Name: p.Name, Aliases: append([]string(nil), p.Aliases...)})
			continue
		}
		for _, al := range p.Aliases {
			if !containsFold(out[j].Aliases, al) {
				out[j].Aliases = append(out[j].Aliases, al)
			}
		}
	}
	return out
}

// FindParty returns the index of the party in list that p names loosely, or -1.
func FindParty(list []pleading.Party, p pleading.Party) int {
	keys := partyKeys(p)
	for i, q := range list {
		for k := range partyKeys(q) {
			if keys[k] {
				return i
			}
		}
	}
	return -1
}

// partyKeys folds a party's name (without suffix) and specific aliases for loose comparison.
func partyKeys(p pleading.Party) map[string]bool {
	keys := map[string]bool{}
	if k := pleading.NameKey(StripSuffix(p.Name)); k != "" {
		keys[k] = true
	}
	for _, a := range p.Aliases {
		if IsGeneric(a) {
			continue
		}
		if k := pleading.NameKey(StripSuffix(a)); k != "" {
			keys[k] = true
		}
	}
	return keys
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// shortName is the name a chart calls the answering party(ies) by: its shortest specific alias.
func shortName(ps []pleading.Party) string {
	if len(ps) == 0 {
		return "Defendant"
	}
	if len(ps) > 1 {
		return "Defendants"
	}
	p := ps[0]
	best := StripSuffix(p.Name)
	for _, a := range p.Aliases {
		if IsGeneric(a) || len(a) < 2 {
			continue
		}
		if len(a) < len(best) {
			best = a
		}
	}
	if best == "" {
		return "Defendant"
	}
	return best
}

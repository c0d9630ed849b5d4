package library

import (
	"fmt"
	"strings"
	"testing"
)

// Within one claim, a keyword that ties an allegation to two elements tells
// the matrix nothing about which element the allegation supports: each
// keyword (by its stems) belongs to one element only.
func TestKeywordsDistinctWithinClaim(t *testing.T) {
	l, _ := builtinLibs(t)
	for _, c := range l.Claims {
		owner := map[string]string{}
		for _, e := range c.Elements {
			for _, kw := range e.kw.list {
				key := fmt.Sprint(kw.words)
				if prev, ok := owner[key]; ok && prev != e.ID {
					t.Errorf("%s: claim %s: keyword %q is in elements %s and %s", e.Origin, c.ID, kw.text, prev, e.ID)
				}
				owner[key] = e.ID
			}
		}
	}
}

// Each claim's matching note is a count title the claim matches: the note
// shows a firm what the patterns are for, so it must be true.
func TestMatchingNotesMatch(t *testing.T) {
	l, _ := builtinLibs(t)
	for _, c := range l.Claims {
		if c.Matching == "" {
			t.Errorf("%s: claim %s has no matching note", c.Origin, c.ID)
			continue
		}
		// The note may give alternatives ("A / B") and a parenthetical.
		title := c.Matching
		if i := strings.Index(title, " / "); i >= 0 {
			title = title[:i]
		}
		if i := strings.Index(title, " ("); i >= 0 {
			title = title[:i]
		}
		if got, _ := l.Match(title, ""); got != c {
			t.Errorf("%s: claim %s: its matching note %q matches %v", c.Origin, c.ID, title, got)
		}
	}
}

// Each defense's name is matched by its own patterns, so a defense titled
// with the catalogue's own name is recognized.
func TestDefenseNamesMatch(t *testing.T) {
	_, cat := builtinLibs(t)
	for _, d := range cat.Defenses {
		found := false
		for _, m := range cat.MatchAll(d.Name, "") {
			found = found || m.Defense == d
		}
		if !found {
			t.Errorf("%s: defense %s: its name %q does not match it", d.Origin, d.ID, d.Name)
		}
	}
}

package library

import (
	"fmt"
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

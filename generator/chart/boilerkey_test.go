package chart

import (
	"strings"
	"testing"
)

// TestBoilerKeyLowersLikeToLower checks the byte scan against the plain
// definition: the letters a-z of strings.ToLower(s).
func TestBoilerKeyLowersLikeToLower(t *testing.T) {
	want := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, s := range []string{
		"", "Denied.", "The Secretary lacks sufficient information to admit or deny ¶ 12.",
		"containedinthisparagraph", "\u212Aelvin İstanbul ÀÉ straße", "24/7 [24]7 “Assist”", "bad \xff utf8 X",
	} {
		if got := boilerKey(s); got != want(s) {
			t.Errorf("boilerKey(%q) = %q, want %q", s, got, want(s))
		}
	}
}

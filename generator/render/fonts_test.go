package render

import (
	"regexp"
	"slices"
	"testing"
)

// TestFacesEmbedded checks that a document embeds only the faces its text
// uses: the running header and footer add none beyond the regular face.
func TestFacesEmbedded(t *testing.T) {
	for _, tc := range []struct {
		md    string
		faces []string
	}{
		{"Hello world.", []string{"/utf8serif\n"}},
		{"Hello **world**.", []string{"/utf8serif\n", "/utf8serifB\n"}},
		{"Hello *world*.", []string{"/utf8serif\n", "/utf8serifI\n"}},
		{"Hello `world`.", []string{"/utf8mono\n", "/utf8serif\n"}},
	} {
		pdf := renderPDF(t, []byte(tc.md))
		got := regexp.MustCompile(`/BaseFont /utf8\w+\n`).FindAll(pdf, -1)
		var names []string
		for _, g := range got {
			names = append(names, string(g[len("/BaseFont "):]))
		}
		slices.Sort(names)
		names = slices.Compact(names)
		if !slices.Equal(names, tc.faces) {
			t.Errorf("%q embeds %q, want %q", tc.md, names, tc.faces)
		}
	}
}

package build

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// DefaultFileName is the output file name pattern when neither case.toml
// nor the command line sets one: the template's output stem alone.
const DefaultFileName = "{product}"

// fileStem returns the output file stem of a product: pattern with
// {product} replaced by the template's output stem and {case} by the
// case's short name made fit for a file name ("Acme v. Brightline" →
// "acme-v-brightline"). The pattern must hold {product}, so that two
// products never share a file, and may hold only letters, digits, ".",
// "_" and "-" besides its placeholders.
func fileStem(pattern, caseName, product string) (string, error) {
	if pattern == "" {
		pattern = DefaultFileName
	}
	if !strings.Contains(pattern, "{product}") {
		return "", fmt.Errorf("file name %q lacks {product}: every product needs its own file (e.g. \"{case}-{product}\")", pattern)
	}
	rest := strings.NewReplacer("{product}", "", "{case}", "").Replace(pattern)
	for _, r := range rest {
		if !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '.' || r == '_' || r == '-') {
			return "", fmt.Errorf("file name %q: %q cannot be part of a file name (use letters, digits, '.', '_', '-', {case} and {product})", pattern, r)
		}
	}
	c := caseSlug(caseName)
	if c == "" {
		c = "case"
	}
	return strings.NewReplacer("{product}", product, "{case}", c).Replace(pattern), nil
}

// caseSlug makes a case's name fit for a file name: lower-case ASCII
// letters and digits (accents dropped: "Müller" → "muller"), words joined
// by hyphens, apostrophes and periods left out.
func caseSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		if r != '.' && r != '\'' && r != '’' {
			dash = true
		}
	}
	return b.String()
}

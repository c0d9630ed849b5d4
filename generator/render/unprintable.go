package render

import (
	"fmt"
	"slices"
	"strings"
)

// Unprintable returns the characters of text the PDF fonts have no glyph
// for (they print as □), each once, in order of first appearance, at most
// max of them (max <= 0: all). Characters the renderer drops or turns into
// spaces (controls, zero-width marks, variation selectors) are not counted.
func Unprintable(text string, max int) []rune {
	all, err := faceMetrics()
	if err != nil {
		return nil
	}
	serif, mono := all[serifRegular], all[monoRegular]
	var out []rune
	for _, r := range text {
		if r < 0x80 || serif.has(r) || mono.has(r) || dropped(r) || slices.Contains(out, r) {
			continue
		}
		out = append(out, r)
		if max > 0 && len(out) == max {
			break
		}
	}
	return out
}

// dropped reports whether the renderer removes r or prints it as a space.
func dropped(r rune) bool {
	switch {
	case r == 0xAD, r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF:
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF, r >= 0x1F3FB && r <= 0x1F3FF:
	case r == 0x2028, r == 0x2029, r >= 0x2000 && r <= 0x200A, r < ' ', r == 0x7F:
	default:
		return false
	}
	return true
}

// DescribeRunes lists runes as "😀 (U+1F600), ش (U+0634)".
func DescribeRunes(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("%c (U+%04X)", r, r)
	}
	return strings.Join(parts, ", ")
}

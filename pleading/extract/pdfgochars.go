package extract

import (
	"math"
	"strings"
	"unicode"
)

// gchar is one character placed on the page.
type gchar struct {
	s       string  // the text it shows (a ligature shows more than one letter)
	r       rune    // its first letter
	rawX    float64 // left edge, from the page's left
	y, size float64 // vertical centre from the top; font size
	em      float64 // advance as a fraction of the size
}

// charsToWords groups a page's characters into words: a word ends at a
// space, a jump back or up, or a gap wider than a sixth of an em.
func charsToWords(cs []gchar) []word {

	var words []word
	var cur *word
	var b strings.Builder
	flush := func() {
		if cur != nil && b.Len() > 0 {
			cur.s = b.String()
			words = append(words, *cur)
		}
		cur = nil
		b.Reset()
	}
	var prevX, prevW, prevY float64
	for _, c := range cs {
		cw := c.em * c.size
		x := c.rawX
		newWord := cur == nil || math.Abs(c.y-prevY) > 0.3*c.size ||
			x < prevX+prevW-0.3*c.size || x-(prevX+prevW) > 0.15*c.size
		prevX, prevW, prevY = x, cw, c.y
		if unicode.IsSpace(c.r) || c.r == 0xa0 {
			flush()
			continue
		}
		if newWord {
			flush()
			cur = &word{x0: x, y: c.y, h: c.size}
		}
		b.WriteString(c.s)
		cur.x1 = x + cw
		cur.h = math.Max(cur.h, c.size)
	}
	flush()
	return words
}

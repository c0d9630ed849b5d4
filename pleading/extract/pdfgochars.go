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
	// a character drawn again on itself (fake bold, a shadow) counts once
	type spot struct{ r, x, y int32 }
	var drawn map[spot]bool
	for i := 1; i < len(cs); i++ { // only a page drawn over itself needs the check
		if p, c := cs[i-1], cs[i]; math.Abs(c.y-p.y) < 0.2*c.size && c.rawX < p.rawX-0.5*c.size {
			drawn = make(map[spot]bool, len(cs))
			break
		}
	}
	for _, c := range cs {
		sx, sy := int32(math.Round(c.rawX)), int32(math.Round(c.y))
		if drawn != nil && !unicode.IsSpace(c.r) {
			dup := false
			for dx := -1; dx <= 1 && !dup; dx++ {
				for dy := -1; dy <= 1 && !dup; dy++ {
					dup = drawn[spot{c.r, sx + int32(dx), sy + int32(dy)}]
				}
			}
			if dup {
				continue
			}
			drawn[spot{c.r, sx, sy}] = true
		}
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

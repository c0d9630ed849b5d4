package extract

import (
	"math"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// gchar is one character from the pure-Go reader, with what the word
// builder needs.
type gchar struct {
	s       string
	r       rune
	rawX    float64 // where the reader put it (page space, from the left)
	y, size float64 // vertical centre from the top; font size
	em      float64 // width as a fraction of the size
	guessed bool    // the font gave no width: em is a stand-in font's
	stuck   bool    // the reader left it at the previous character's place
}

// readChars takes the reader's characters of a page, with their widths.
// When a font has no widths (the standard 14 fonts are often used
// without, and the reader does not read CID fonts' widths), the reader
// leaves every character of a string at the string's start; then widths
// come from stand-in metrics (Times, Helvetica or Courier, by the font's
// name) and positions are rebuilt in charsToWords. A font of another
// family is measured as Times, which may be off by a tenth.
func readChars(texts []pdf.Text, x0, y1 float64) []gchar {
	cs := make([]gchar, 0, len(texts))
	var table *[256]int // stand-in metrics for the font of the last character
	lastFont, haveTable := "", false
	for _, t := range texts {
		if t.S == "\n" || t.S == "" {
			continue
		}
		size := math.Abs(t.FontSize)
		if size < 0.5 {
			size = 1
		}
		r := []rune(t.S)[0]
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			r = repairC0(r)
			t.S = string(r)
		}
		c := gchar{s: t.S, r: r, rawX: t.X - x0, y: y1 - t.Y - 0.3*size, size: size}
		if t.W > 0 {
			c.em = t.W / size
		} else {
			if t.Font != lastFont || !haveTable {
				table, lastFont, haveTable = coreTable(t.Font), t.Font, true
			}
			c.em, c.guessed = widthIn(table, r), true
		}
		if n := len(cs); n > 0 && c.guessed {
			p := cs[n-1]
			adv := c.rawX - p.rawX
			c.stuck = math.Abs(c.y-p.y) < 0.2*size && adv >= -0.01*size && adv < 0.5*p.em*p.size
		}
		cs = append(cs, c)
	}
	return cs
}

// charsToWords groups a page's characters into words, rebuilding the
// positions of characters the reader left in place.
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
	var prevRawX, prevX, prevW, prevY float64
	for i, c := range cs {
		cw := c.em * c.size
		x := c.rawX
		if c.stuck {
			x = prevX + prevW + (c.rawX - prevRawX) // still in the same string
		}
		newWord := cur == nil || math.Abs(c.y-prevY) > 0.3*c.size ||
			x < prevX+prevW-0.3*c.size || x-(prevX+prevW) > 0.15*c.size
		if i == 0 {
			newWord = true
		}
		prevRawX, prevX, prevW, prevY = c.rawX, x, cw, c.y
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

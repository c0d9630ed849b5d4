package render

import (
	"strings"
	"unicode/utf8"
)

// style is how a run of inline text looks.
type style struct {
	bold, italic, code, strike, underline bool
	link                                  string // URL, or "#id" for an anchor in the document
}

// face returns the font face the style is printed in.
func (s style) face() face {
	switch {
	case s.code:
		return monoRegular
	case s.bold && s.italic:
		return serifBoldItalic
	case s.bold:
		return serifBold
	case s.italic:
		return serifItalic
	}
	return serifRegular
}

// codeScale shrinks monospace text to sit well beside the serif.
const codeScale = 0.88

// inlineKind tells what an inline item is.
type inlineKind uint8

const (
	inText   inlineKind = iota // text; spaces in it are break opportunities
	inBreak                    // forced line break
	inAnchor                   // zero-width target of internal links; text is the id
	inBox                      // task-list checkbox; checked in text != ""
)

// inline is one item of a paragraph, heading or table cell, in reading order.
type inline struct {
	kind inlineKind
	text string
	st   style
}

// piece is something placed on a line: a fragment of text in one style, an
// anchor or a checkbox. x is relative to the line start.
type piece struct {
	kind inlineKind
	x, w float64
	text string
	st   style
}

// line is one laid-out line.
type line struct {
	pieces []piece
	width  float64 // natural width of the content
}

// textSize returns the size a style is printed at in a block of size pt.
func textSize(st style, size float64) float64 {
	if st.code {
		return size * codeScale
	}
	return size
}

// layout breaks inlines into lines no wider than width at base size pt.
// A word wider than a line is broken between characters. With justify, all
// lines but the last of a paragraph (and those ending at a forced break) are
// stretched to the full width.
func layout(m *[numFaces]*metrics, ins []inline, width, size float64, justify bool) []line {
	lb := lineBreaker{m: m, width: width, size: size}
	// Every line's pieces go into one array sized for a piece per word (a
	// word split between lines, or split by style, grows it).
	words := 0
	for _, in := range ins {
		words += 1 + strings.Count(in.text, " ")
	}
	lb.cur = make([]piece, 0, words)
	for _, in := range ins {
		switch in.kind {
		case inBreak:
			lb.endWord()
			lb.endLine(true)
		case inAnchor, inBox:
			if in.kind == inBox {
				lb.endWord()
			}
			w := 0.0
			if in.kind == inBox {
				w = boxSize(size)
			}
			lb.word = append(lb.word, piece{kind: in.kind, w: w, text: in.text, st: in.st})
			lb.wordW += w
			if in.kind == inBox {
				lb.endWord()
			}
		default:
			s := in.text
			for s != "" {
				i := strings.IndexByte(s, ' ')
				if i < 0 {
					lb.addText(s, in.st)
					break
				}
				if i > 0 {
					lb.addText(s[:i], in.st)
				}
				lb.endWord()
				lb.space(in.st)
				s = s[i+1:]
			}
		}
	}
	lb.endWord()
	if len(lb.cur) > 0 || len(lb.lines) == 0 {
		lb.endLine(true)
	}
	if justify {
		for i := range lb.lines {
			if !lb.hard[i] {
				justifyLine(&lb.lines[i], width, size)
			}
		}
	}
	for i := range lb.lines {
		mergePieces(m, &lb.lines[i], size)
	}
	return lb.lines
}

// boxSize is the side of a checkbox at size pt.
func boxSize(size float64) float64 { return size * 0.72 }

// lineBreaker fills lines greedily, word by word.
type lineBreaker struct {
	m     *[numFaces]*metrics
	width float64
	size  float64

	word    []piece // the word being built (may mix styles)
	wordW   float64
	pending float64 // width of the space before the word, if any
	cur     []piece
	curW    float64
	lines   []line
	hard    []bool // line ended at a forced break or the paragraph end
}

func (lb *lineBreaker) spaceWidth(st style) float64 {
	return lb.m[st.face()].runeWidth(' ', textSize(st, lb.size))
}

// addText appends text without spaces to the current word.
func (lb *lineBreaker) addText(s string, st style) {
	w := lb.m[st.face()].stringWidth(s, textSize(st, lb.size))
	if n := len(lb.word); n > 0 && lb.word[n-1].kind == inText && lb.word[n-1].st == st {
		lb.word[n-1].text += s
		lb.word[n-1].w += w
	} else {
		lb.word = append(lb.word, piece{kind: inText, w: w, text: s, st: st})
	}
	lb.wordW += w
}

// space records a break opportunity before the next word.
func (lb *lineBreaker) space(st style) {
	if len(lb.cur) == 0 && len(lb.word) == 0 {
		return // no leading spaces on a line
	}
	if lb.pending == 0 {
		lb.pending = lb.spaceWidth(st)
	}
}

// endWord places the current word on the current line or the next.
func (lb *lineBreaker) endWord() {
	if len(lb.word) == 0 {
		return
	}
	gap := lb.pending
	if len(lb.cur) == 0 {
		gap = 0
	}
	switch {
	case lb.curW+gap+lb.wordW <= lb.width+0.01:
		lb.put(gap)
	case lb.wordW <= lb.width+0.01:
		lb.endLine(false)
		lb.put(0)
	default:
		lb.splitWord(gap)
	}
	lb.word, lb.wordW, lb.pending = lb.word[:0], 0, 0
}

// put appends the word to the current line after gap.
func (lb *lineBreaker) put(gap float64) {
	x := lb.curW + gap
	for _, p := range lb.word {
		p.x = x
		x += p.w
		lb.cur = append(lb.cur, p)
	}
	lb.curW = x
}

// splitWord breaks a word too wide for any line between characters, filling
// the current line first.
func (lb *lineBreaker) splitWord(gap float64) {
	x := lb.curW + gap
	if len(lb.cur) == 0 {
		x = 0
	}
	// Only start on the current line if a useful part fits.
	if len(lb.cur) > 0 && lb.width-x < lb.width*0.25 {
		lb.endLine(false)
		x = 0
	}
	for _, p := range lb.word {
		if p.kind != inText {
			if x+p.w > lb.width+0.01 && x > 0 {
				lb.curW = x
				lb.endLine(false)
				x = 0
			}
			p.x = x
			x += p.w
			lb.cur = append(lb.cur, p)
			continue
		}
		met := lb.m[p.st.face()]
		sz := textSize(p.st, lb.size)
		start, w := 0, 0.0
		for i, r := range p.text {
			rw := met.runeWidth(r, sz)
			if x+w+rw > lb.width+0.01 && (x > 0 || i > start) {
				if i > start {
					lb.cur = append(lb.cur, piece{kind: inText, x: x, w: w, text: p.text[start:i], st: p.st})
				}
				lb.curW = x + w
				lb.endLine(false)
				x, w, start = 0, 0, i
			}
			w += rw
		}
		if start < len(p.text) {
			lb.cur = append(lb.cur, piece{kind: inText, x: x, w: w, text: p.text[start:], st: p.st})
			x += w
		}
	}
	lb.curW = x
}

// endLine closes the current line.
func (lb *lineBreaker) endLine(hard bool) {
	n := len(lb.cur)
	lb.lines = append(lb.lines, line{pieces: lb.cur[:n:n], width: lb.curW})
	lb.hard = append(lb.hard, hard)
	// The next line fills the rest of the array; the full slice expression
	// above keeps it from writing into this line.
	lb.cur, lb.curW, lb.pending = lb.cur[n:], 0, 0
}

// justifyLine spreads the slack of a line over its inter-word gaps, unless
// the gaps would grow ugly wide.
func justifyLine(l *line, width, size float64) {
	slack := width - l.width
	if slack <= 0.01 || len(l.pieces) < 2 {
		return
	}
	gaps := 0
	for i := 1; i < len(l.pieces); i++ {
		prev := l.pieces[i-1]
		if l.pieces[i].x > prev.x+prev.w+0.001 {
			gaps++
		}
	}
	if gaps == 0 || slack/float64(gaps) > size*0.9 {
		return
	}
	per := slack / float64(gaps)
	shift := 0.0
	prevEnd := l.pieces[0].x + l.pieces[0].w
	for i := 1; i < len(l.pieces); i++ {
		p := &l.pieces[i]
		if p.x > prevEnd+0.001 {
			shift += per
		}
		prevEnd = p.x + p.w
		p.x += shift
	}
	l.width = width
}

// mergePieces joins neighbouring text pieces of one style separated by
// nothing or by exactly one space, so a line prints with few text operators.
// Each run of pieces is joined into one string built once.
func mergePieces(m *[numFaces]*metrics, l *line, size float64) {
	if len(l.pieces) < 2 {
		return
	}
	out := l.pieces[:0]
	var spaced []bool // per joined piece: a space goes before it
	for i := 0; i < len(l.pieces); {
		p := l.pieces[i]
		j := i + 1
		if p.kind == inText {
			sp := m[p.st.face()].runeWidth(' ', textSize(p.st, size))
			n, w := len(p.text), p.w
			spaced = spaced[:0]
			for ; j < len(l.pieces); j++ {
				q := &l.pieces[j]
				if q.kind != inText || q.st != p.st {
					break
				}
				d := q.x - (p.x + w)
				if d > -0.001 && d < 0.001 {
					spaced = append(spaced, false)
					n += len(q.text)
					w += q.w
				} else if d > sp-0.001 && d < sp+0.001 {
					spaced = append(spaced, true)
					n += 1 + len(q.text)
					w += sp + q.w
				} else {
					break
				}
			}
			if j > i+1 {
				var b strings.Builder
				b.Grow(n)
				b.WriteString(p.text)
				for k, sp := range spaced {
					if sp {
						b.WriteByte(' ')
					}
					b.WriteString(l.pieces[i+1+k].text)
				}
				p.text, p.w = b.String(), w
			}
		}
		out = append(out, p)
		i = j
	}
	l.pieces = out
}

// measure returns the widest word and the one-line width of inlines at size
// pt, for sizing table columns.
func measure(m *[numFaces]*metrics, ins []inline, size float64) (minW, maxW float64) {
	word, line := 0.0, 0.0
	flush := func() {
		minW = max(minW, word)
		word = 0
	}
	for _, in := range ins {
		switch in.kind {
		case inBreak:
			flush()
			maxW = max(maxW, line)
			line = 0
		case inBox:
			flush()
			w := boxSize(size)
			minW = max(minW, w)
			line += w
		case inText:
			met := m[in.st.face()]
			sz := textSize(in.st, size)
			for _, r := range in.text {
				w := met.runeWidth(r, sz)
				if r == ' ' {
					flush()
				} else {
					word += w
				}
				line += w
			}
		}
	}
	flush()
	maxW = max(maxW, line)
	return minW, maxW
}

// clean makes text printable in face f: runes the font lacks become a
// visible white square, invisible format characters are dropped, and tabs
// and other whitespace become spaces.
func clean(met *metrics, s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || c == 0x7f {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			b.WriteByte(' ')
		case r < ' ' || r == 0x7f || r == 0xAD: // controls, soft hyphen
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF: // zero-width
		case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin-tone modifiers
		case r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case r >= 0x2000 && r <= 0x200A && !met.has(r):
			b.WriteByte(' ')
		case met.has(r):
			b.WriteRune(r)
		default:
			b.WriteRune(missingGlyph)
		}
	}
	return b.String()
}

// missingGlyph stands in for characters the font cannot print.
const missingGlyph = '\u25A1' // WHITE SQUARE

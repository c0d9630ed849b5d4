package extract

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file rebuilds paragraphs from the body lines the layout stage
// leaves, and joins words hyphenated at line ends.

// markerRE matches a list marker: "12.", "(a)", "A.", "(3)", "3)".
var markerRE = regexp.MustCompile(`^(\d{1,3}\.|\(?[a-zA-Z]{1,3}\)|[A-Z]\.|\(\d{1,3}\)|\d{1,3}\))$`)

// paragraphs rebuilds paragraphs from lines using vertical gaps, first-line
// indents, short lines, centred headings and list markers, and writes them.
func paragraphs(all [][]*line) string {
	var ls []*line
	for _, p := range all {
		ls = append(ls, p...)
	}
	pitch := modeGap(all)
	left, right := column(ls)
	vocab := vocabulary(ls)

	starts := map[int]int{} // how many lines start at each x
	for _, l := range ls {
		starts[int(math.Round(l.x0))]++
	}
	centered := func(l *line) bool {
		if l.x0 < left+2*l.h || l.x1 > right-2*l.h {
			return false
		}
		if math.Abs((l.x0-left)-(right-l.x1)) > math.Max(0.5*l.h, 4) {
			return false
		}
		// a first-line indent many paragraphs share is not a centre
		x := int(math.Round(l.x0))
		return starts[x]+starts[x-1]+starts[x+1] < 4
	}
	indented := func(l *line) bool { return l.x0 > left+0.8*l.h }

	var out []string // lines, "" between paragraphs
	var prev *line
	paraFirst := (*line)(nil) // first line of the current paragraph
	paraLines := 0
	for i, l := range ls {
		brk := prev == nil
		// the line after l starts at l's indent too (a block quote)
		nextSame := i+1 < len(ls) && math.Abs(ls[i+1].x0-l.x0) < 2
		if prev != nil {
			samePage := l.page == prev.page
			t := l.words[0].s
			switch {
			case samePage && pitch > 0 && l.y-prev.y > 1.3*pitch+1:
				brk = true
			case centered(l) || centered(prev):
				brk = true
			case indented(l) && !indented(prev):
				brk = true
			case indented(l) && math.Abs(l.x0-prev.x0) < 2 && paraLines == 1 && (fits(prev, l, right) || !nextSame):
				// a paragraph's second line is not indented like its first:
				// one-line paragraphs in a row ("1. Admitted."), a heading
				// set like a first line; but a block quote's lines are
				brk = true
			case !indented(l) && indented(prev) && paraLines > 1 && math.Abs(paraFirst.x0-prev.x0) < 2:
				brk = true // end of a block quote
			case fits(prev, l, right) && !endsHyphen(prev):
				brk = true // the first word would have fit on the line before
			case markerRE.MatchString(t) && endsSentence(prev):
				brk = true
			}
		}
		if brk {
			paraFirst, paraLines = l, 0
			if prev != nil {
				out = append(out, "")
			}
		}
		paraLines++
		text := l.text()
		if !brk && endsHyphen(prev) && !suspended[l.words[0].s] && len(out) > 0 {
			// move the rest of the word up: "infor-" + "mation" becomes
			// "information", "well-" + "known" stays "well-known"
			last := &out[len(out)-1]
			if joinHyphen(prev, l, vocab) {
				*last = strings.TrimSuffix(*last, "-")
			}
			*last += l.words[0].s
			text = (&line{words: l.words[1:]}).text()
		}
		// one form feed for each page turned, blank pages included
		first := 0
		if prev != nil {
			first = prev.page
		}
		text = strings.Repeat("\f", l.page-first) + text
		if text != "" {
			out = append(out, text)
		}
		prev = l
	}
	return normalizePages(strings.Join(out, "\n"))
}

// modeGap returns the most common distance between consecutive lines on a
// page (the line pitch), or 0 if there is none.
func modeGap(all [][]*line) float64 {
	count := map[int]int{}
	for _, ls := range all {
		for i := 1; i < len(ls); i++ {
			if d := ls[i].y - ls[i-1].y; d > 0.5*ls[i].h {
				count[int(math.Round(d*2))]++
			}
		}
	}
	best, n := 0, 0
	for k, c := range count {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return float64(best) / 2
}

// column returns the left edge of the text column (where continuation
// lines start: a low percentile of the starts of lines of running text,
// since in an answer of short paragraphs most lines may be first lines,
// indented) and the right edge most full lines reach.
func column(ls []*line) (left, right float64) {
	var x0s []float64
	for _, l := range ls {
		if len(l.words) >= 4 {
			x0s = append(x0s, l.x0)
		}
	}
	if len(x0s) < 5 {
		x0s = x0s[:0]
		for _, l := range ls {
			x0s = append(x0s, l.x0)
		}
	}
	sort.Float64s(x0s)
	if len(x0s) > 0 {
		left = x0s[len(x0s)/20]
	}
	var xs []float64
	for _, l := range ls {
		xs = append(xs, l.x1)
	}
	sort.Float64s(xs)
	if len(xs) > 0 {
		// a high percentile, raised to the longest lines just past it, so
		// a few wide lines (a table, a URL) do not move the margin
		i := len(xs) * 95 / 100
		right = xs[i]
		for _, x := range xs[i:] {
			if x <= right+0.03*(right-left) {
				right = x
			}
		}
	}
	if right <= left {
		right = left + 1
	}
	return left, right
}

// fits reports whether the first word of l would have fit at the end of
// prev: then the line break before l was deliberate.
func fits(prev, l *line, right float64) bool {
	w := l.words[0]
	space := 0.25 * w.h
	return prev.x1+space+(w.x1-w.x0) < right-0.5*w.h
}

func endsHyphen(l *line) bool {
	if l == nil {
		return false
	}
	s := l.words[len(l.words)-1].s
	if len(s) < 3 || !strings.HasSuffix(s, "-") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLower(r)
}

func endsSentence(l *line) bool {
	s := l.words[len(l.words)-1].s
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") ||
		strings.HasSuffix(s, ".\"") || strings.HasSuffix(s, ".”")
}

// hyphenPrefixes keep their hyphen at a line end: "non-party", "co-counsel".
var hyphenPrefixes = map[string]bool{
	"non": true, "co": true, "self": true, "ex": true, "quasi": true, "anti": true,
	"cross": true, "well": true, "so": true, "third": true, "pre": true, "post": true,
	"half": true, "all": true, "semi": true,
}

// suspended words follow a suspended hyphen: "pre- and post-judgment".
var suspended = map[string]bool{"and": true, "or": true, "nor": true, "to": true, "through": true}

// closedHeads start closed compounds ("understanding", "therefore",
// "notwithstanding"): two words, yet written as one.
var closedHeads = map[string]bool{
	"under": true, "over": true, "there": true, "where": true, "here": true, "with": true,
	"some": true, "every": true, "other": true, "after": true, "before": true,
	"what": true, "when": true, "whom": true, "their": true, "your": true, "more": true,
	"down": true, "work": true, "time": true, "make": true, "hand": true, "back": true,
}

// joinHyphen decides whether "infor-" + "mation" is one word broken at the
// line end (join without the hyphen) or a hyphenated compound (keep it).
func joinHyphen(prev, l *line, vocab map[string]bool) bool {
	head := prev.words[len(prev.words)-1].s
	head = strings.TrimSuffix(head, "-")
	tail := l.words[0].s
	r, _ := utf8.DecodeRuneInString(tail)
	if !unicode.IsLower(r) {
		return false
	}
	hw := strings.ToLower(strings.TrimLeftFunc(head, notLetter))
	tw := strings.ToLower(strings.TrimRightFunc(tail, notLetter))
	if vocab[hw+tw] {
		return true
	}
	if vocab[hw+"-"+tw] || strings.Contains(hw, "-") {
		return false
	}
	if len(hw) >= 4 && len(tw) >= 4 && vocab[hw] && vocab[tw] && !closedHeads[hw] {
		return false // two words the document uses alone: a compound
	}
	if i := strings.LastIndexByte(hw, '-'); i >= 0 {
		hw = hw[i+1:]
	}
	return !hyphenPrefixes[hw]
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// vocabulary is the set of lower-cased words in the document, leaving out
// the two halves of words hyphenated at a line end.
func vocabulary(ls []*line) map[string]bool {
	v := map[string]bool{}
	for i, l := range ls {
		for j, w := range l.words {
			if j == len(l.words)-1 && endsHyphen(l) {
				continue
			}
			if j == 0 && i > 0 && endsHyphen(ls[i-1]) {
				continue
			}
			s := strings.ToLower(strings.TrimFunc(w.s, notLetter))
			if s != "" {
				v[s] = true
			}
		}
	}
	return v
}

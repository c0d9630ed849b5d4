package extract

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// word is a word on a page, in points from the page's top-left corner.
type word struct {
	x0, x1 float64 // left and right edges
	y      float64 // vertical centre
	h      float64 // height (about the font size)
	s      string
	vert   bool // rotated text (pdftotext), dropped
}

// pageWords is what a PDF reader gives the layout stage for one page.
type pageWords struct {
	w, h  float64
	words []word
}

// line is a run of words sharing a baseline.
type line struct {
	x0, x1, y, h float64
	words        []word
	page         int
}

// text joins the words of a line with spaces, or a tab across a gap
// wider than two ems (between the columns of a caption or a table).
func (l *line) text() string {
	var b strings.Builder
	for i, w := range l.words {
		if i > 0 {
			if p := l.words[i-1]; w.x0-p.x1 > 2*math.Max(w.h, p.h) {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w.s)
	}
	return b.String()
}

func (l *line) bounds() {
	l.x0, l.x1, l.h = math.Inf(1), math.Inf(-1), 0
	for _, w := range l.words {
		l.x0 = math.Min(l.x0, w.x0)
		l.x1 = math.Max(l.x1, w.x1)
		l.h = math.Max(l.h, w.h)
	}
}

// layoutStats says what the layout stage removed, for Result.Notes.
type layoutStats struct {
	lineNumbers, furniture int
	emptyPages             []int    // 1-based pages with no body text
	notes                  []string // footnotes moved out of the text
	stamps                 []string // the e-filing stamp of each page, or ""
}

// layout turns the words of each page into text: lines rebuilt, page
// furniture and pleading line numbers removed, paragraphs rebuilt and
// separated by blank lines, hyphenated line ends joined, each page after the
// first starting with \f.
func layout(pages []pageWords) (string, layoutStats) {
	var st layoutStats
	all := make([][]*line, len(pages))
	for i, p := range pages {
		ls := groupLines(p.words, i)
		st.lineNumbers += removeLineNumbers(ls)
		all[i] = dropEmpty(ls)
	}
	st.stamps = make([]string, len(pages))
	st.furniture = removeMarginText(all) + removeFurniture(all, pages, st.stamps)
	st.notes = removeFootnotes(all)
	for _, ls := range all {
		for _, l := range ls {
			dropSuperscripts(l)
		}
	}
	body := 0
	for i, ls := range all {
		if len(ls) == 0 {
			st.emptyPages = append(st.emptyPages, i+1)
		}
		body += len(ls)
	}
	if body == 0 {
		return "", st
	}
	return paragraphs(all), st
}

// groupLines sorts words into lines, top to bottom, left to right.
func groupLines(words []word, page int) []*line {
	ws := make([]word, 0, len(words))
	for _, w := range words {
		w.s = normalizeWord(w.s)
		if strings.TrimSpace(w.s) != "" {
			ws = append(ws, w)
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].y < ws[j].y })
	var ls []*line
	var cur *line
	for _, w := range ws {
		if cur != nil && math.Abs(w.y-cur.y) <= 0.45*math.Max(w.h, cur.h) {
			cur.words = append(cur.words, w)
			cur.h = math.Max(cur.h, w.h)
			continue
		}
		cur = &line{y: w.y, h: w.h, words: []word{w}, page: page}
		ls = append(ls, cur)
	}
	for _, l := range ls {
		sort.SliceStable(l.words, func(i, j int) bool { return l.words[i].x0 < l.words[j].x0 })
		l.bounds()
	}
	return ls
}

// wordFixes undoes typography the parser should not see: ligatures, and
// hyphen characters other than "-".
var wordFixes = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st",
	"\u2010", "-", "\u2011", "-")

// normalizeWord applies wordFixes; a soft hyphen ends a word hyphenated
// at a line end ("-"), and inside a word it is dropped.
func normalizeWord(s string) string {
	if strings.ContainsAny(s, "ﬀﬁﬂﬃﬄﬅﬆ\u2010\u2011") {
		s = wordFixes.Replace(s)
	}
	if strings.Contains(s, "\u00ad") {
		end := strings.HasSuffix(s, "\u00ad")
		s = strings.ReplaceAll(s, "\u00ad", "")
		if end {
			s += "-"
		}
	}
	return s
}

func dropEmpty(ls []*line) []*line {
	out := ls[:0]
	for _, l := range ls {
		if len(l.words) > 0 {
			l.bounds()
			out = append(out, l)
		}
	}
	return out
}

// removeLineNumbers removes pleading-paper line numbers: a column of small
// integers (1–40), each the first word of its line and set apart from any
// text to its right, rising down the page. It returns how many it removed.
func removeLineNumbers(ls []*line) int {
	type cand struct {
		l *line
		n int
	}
	var cs []cand
	for _, l := range ls {
		w := l.words[0]
		n, err := strconv.Atoi(w.s)
		if err != nil || n < 1 || n > 40 || len(w.s) > 2 {
			continue
		}
		if len(l.words) > 1 && l.words[1].x0-w.x1 < 1.2*w.h {
			continue // "12 employees ...": an ordinary word gap
		}
		cs = append(cs, cand{l, n})
	}
	if len(cs) < 4 {
		return 0
	}
	// keep the largest group whose right edges line up (right-aligned
	// numbers) or left edges do
	best := []cand{}
	for _, edge := range []func(word) float64{func(w word) float64 { return w.x1 }, func(w word) float64 { return w.x0 }} {
		for _, c := range cs {
			ref := edge(c.l.words[0])
			var g []cand
			for _, d := range cs {
				if math.Abs(edge(d.l.words[0])-ref) <= 2 {
					g = append(g, d)
				}
			}
			if len(g) > len(best) {
				best = g
			}
		}
	}
	if len(best) < 4 {
		return 0
	}
	// numbers must mostly rise down the page
	rising := 0
	for i := 1; i < len(best); i++ {
		if best[i].n > best[i-1].n {
			rising++
		}
	}
	if rising < (len(best)-1)*3/4 {
		return 0
	}
	// and sit left of the text column
	colLeft := math.Inf(1)
	for _, l := range ls {
		for _, w := range l.words {
			if w.x0 > best[0].l.words[0].x1+2 {
				colLeft = math.Min(colLeft, w.x0)
				break
			}
		}
	}
	for _, c := range best {
		if c.l.words[0].x1 > colLeft {
			return 0
		}
	}
	for _, c := range best {
		c.l.words = c.l.words[1:]
	}
	return len(best)
}

// removeMarginText removes lines wholly outside the text column: stamps
// printed in the side margins, stray numbers left of the line-number
// column. The column is where lines of running text (four words or more)
// start and end. It returns how many lines it removed.
func removeMarginText(all [][]*line) int {
	var x0s, x1s []float64
	for _, p := range all {
		for _, l := range p {
			if len(l.words) >= 4 {
				x0s = append(x0s, l.x0)
				x1s = append(x1s, l.x1)
			}
		}
	}
	if len(x0s) < 10 {
		return 0
	}
	sort.Float64s(x0s)
	sort.Float64s(x1s)
	left, right := x0s[len(x0s)/20], x1s[len(x1s)-1-len(x1s)/20]
	removed := 0
	for i, p := range all {
		out := p[:0]
		for _, l := range p {
			if l.x0 > right+l.h || l.x1 < left-l.h {
				removed++
				continue
			}
			out = append(out, l)
		}
		all[i] = out
	}
	return removed
}

var (
	// e-filing stamps: "Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15
	// Page 3 of 27", "Case: 2:18-cv-00907 Doc #: 1 Filed: ... PageID #: 123".
	stampRE = regexp.MustCompile(`(?i)^\s*(USCA\d*\s+)?Case:?\s+\S*\d\S*.*\b(Doc(ument)?|Dkt|ECF)\b.*\b(Filed|Entered|Page(ID)?)\b`)
	// a page number alone: "3", "- 3 -", "Page 3", "Page 3 of 27", "iii"
	pageNumRE = regexp.MustCompile(`(?i)^[-–—\s]*(page\s+)?(\d{1,4}|[ivxlc]{1,7})(\s+of\s+\d{1,4})?[-–—\s]*$`)
	digitsRE  = regexp.MustCompile(`\d+`)
)

// removeFurniture removes e-filing stamps anywhere (keeping the first of
// each page in stamps), page numbers at the top
// or bottom of a page, and lines that recur near the top or bottom of most
// pages (running headers and footers). It returns how many lines it removed.
func removeFurniture(all [][]*line, pages []pageWords, stamps []string) int {
	const edge = 3 // lines at each end of a page that may be furniture
	zone := func(i, k int, l *line) bool {
		n := len(all[i])
		h := pages[i].h
		return k < edge || k >= n-edge || (h > 0 && (l.y < 0.09*h || l.y > 0.91*h))
	}
	// the text with digits masked, and where on the page it sits: running
	// headers and footers keep their place
	key := func(l *line) string {
		return fmt.Sprintf("%s@%d", digitsRE.ReplaceAllString(strings.ToLower(l.text()), "#"), int(math.Round(l.y/8)))
	}
	seen := map[string]int{}
	for i, ls := range all {
		keys := map[string]bool{}
		for k, l := range ls {
			if zone(i, k, l) {
				keys[key(l)] = true
			}
		}
		for k := range keys {
			seen[k]++
		}
	}
	need := max(2, (len(all)+1)/2)
	removed := 0
	for i, ls := range all {
		out := ls[:0]
		for k, l := range ls {
			t := l.text()
			drop := stampRE.MatchString(t)
			if drop && stamps[i] == "" {
				stamps[i] = t
			}
			if !drop && zone(i, k, l) {
				drop = (len(all) > 1 && seen[key(l)] >= need) ||
					((k < 2 || k >= len(ls)-2) && pageNumRE.MatchString(t))
			}
			if drop {
				removed++
				continue
			}
			out = append(out, l)
		}
		all[i] = out
	}
	return removed
}

// medianHeight is the median line height: the body text's size.
func medianHeight(all [][]*line) float64 {
	var hs []float64
	for _, ls := range all {
		for _, l := range ls {
			hs = append(hs, l.h)
		}
	}
	if len(hs) == 0 {
		return 0
	}
	sort.Float64s(hs)
	return hs[len(hs)/2]
}

// removeFootnotes moves footnotes out of the body: the lines at the foot of
// a page set clearly smaller than the body text. Each footnote starts at a
// line whose first word is a raised (or smaller) number. It returns the
// notes as "footnote N (page P): text".
func removeFootnotes(all [][]*line) []string {
	bodyH := medianHeight(all)
	var notes []string
	for i, ls := range all {
		k := len(ls)
		for k > 0 && ls[k-1].h <= 0.88*bodyH {
			k--
		}
		if k == len(ls) || k == 0 {
			continue
		}
		var mark string
		var text []string
		flush := func() {
			if len(text) > 0 {
				label := "footnote"
				if mark != "" {
					label += " " + mark
				}
				notes = append(notes, fmt.Sprintf("%s (page %d): %s", label, i+1, strings.Join(text, " ")))
			}
			mark, text = "", nil
		}
		for _, l := range ls[k:] {
			ws := l.words
			if m := ws[0]; isNoteMark(m.s) && len(ws) > 1 && (m.h < 0.85*l.h || l.y-m.y > 0.12*l.h || ws[1].x0-m.x1 > 0) {
				flush()
				mark, ws = m.s, ws[1:]
			}
			text = append(text, (&line{words: ws}).text())
		}
		flush()
		all[i] = ls[:k]
	}
	return notes
}

func isNoteMark(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9') && !strings.ContainsRune("*†‡", r) {
			return false
		}
	}
	return true
}

// dropSuperscripts removes footnote reference marks from a body line:
// small raised numbers (or *, †).
func dropSuperscripts(l *line) {
	if len(l.words) < 2 {
		return
	}
	var base float64
	for _, w := range l.words {
		if w.h >= 0.95*l.h {
			base = w.y
			break
		}
	}
	out := l.words[:0]
	for _, w := range l.words {
		if w.h <= 0.8*l.h && base-w.y > 0.12*l.h && isNoteMark(w.s) {
			continue
		}
		out = append(out, w)
	}
	l.words = out
	l.bounds()
}

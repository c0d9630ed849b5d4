package pleading

import "slices"

// pageMark is a page number printed on a page: the index of its line among
// the document's lines and the number.
type pageMark struct {
	i, page int
	noisy   bool // a number with OCR scraps ("J 11"), text unless it joins the chain
}

// firstNumber returns the first run of digits in t as a number ("- 4 -",
// "Page 4 of 10" give 4), or 0.
func firstNumber(t string) int {
	v, seen := 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' {
			v = v*10 + int(c-'0')
			seen = true
			if v > 100000 {
				return 0
			}
			continue
		}
		if seen {
			break
		}
	}
	return v
}

// printedPages sets the page of every line from the page numbers printed at
// the foot of the pages ("2", "- 2 -", "COMPLAINT - Page 2"), for text that
// carries neither form feeds nor e-filing stamps. Stray numbers (an OCR
// scrap "1" inside a paragraph) are told apart by keeping the longest chain
// of marks whose numbers climb by one to three, at least eight lines a page
// apart. A line up to a footer numbered N is on page N; after the last
// footer, on the next page. Before the first footer, only the page of that
// footer (as long as a page runs) and page 1 when the first footer is page
// 2 and what is left fits on a page are known; earlier lines keep page 0, unknown, rather than a guess.
// Without a chain of three marks (or two covering a short document) the
// pages are left as they are and printedPages reports false. A noisy mark
// in the chain is page furniture: its line's text is removed.
func printedPages(lines []line, marks []pageMark) bool {
	if len(marks) < 2 || len(marks) > 5000 {
		return false
	}
	slices.SortFunc(marks, func(a, b pageMark) int { return a.i - b.i })
	// Longest chain: best[k] is the length of the longest chain ending at marks[k].
	best := make([]int, len(marks))
	prev := make([]int, len(marks))
	end := -1
	for k := range marks {
		best[k], prev[k] = 1, -1
		if marks[k].page < 1 {
			best[k] = 0
			continue
		}
		for j := max(0, k-64); j < k; j++ {
			d := marks[k].page - marks[j].page
			if best[j] > 0 && d >= 1 && d <= 3 && marks[k].i-marks[j].i >= 8*d && best[j]+1 > best[k] {
				best[k], prev[k] = best[j]+1, j
			}
		}
		if end < 0 || best[k] > best[end] {
			end = k
		}
	}
	if end < 0 || best[end] < 3 && !(best[end] == 2 && marks[end].page <= 3) {
		return false
	}
	var chain []pageMark
	for k := end; k >= 0; k = prev[k] {
		chain = append(chain, marks[k])
	}
	for a, b := 0, len(chain)-1; a < b; a, b = a+1, b-1 {
		chain[a], chain[b] = chain[b], chain[a]
	}
	// The lines a page runs to, from the chain's own spacing. A chain
	// whose pages run to very different lengths (a scan whose numbers are
	// half lost) says too little: its pages stay unknown.
	first, last := chain[0], chain[len(chain)-1]
	per := (last.i - first.i) / max(1, last.page-first.page)
	for k := 1; k < len(chain); k++ {
		a, b := chain[k-1], chain[k]
		if d := b.i - a.i; d > 3*per*(b.page-a.page) || 3*d < per*(b.page-a.page) {
			return false
		}
	}
	for i := range lines {
		lines[i].page = 0
	}
	for i := first.i; i >= 0 && i > first.i-per; i-- {
		lines[i].page = first.page
	}
	if first.page == 2 && first.i-per <= 2*per {
		// What is left before page 2 fits on one page: page 1.
		for i := max(0, first.i-per); i >= 0; i-- {
			if lines[i].page == 0 {
				lines[i].page = 1
			}
		}
	}
	for k := 1; k < len(chain); k++ {
		a, b := chain[k-1], chain[k]
		span := b.page - a.page
		for i := a.i + 1; i <= b.i; i++ {
			// A page whose number the text lost: split the lines between
			// the two marks evenly.
			lines[i].page = a.page + 1 + (i-a.i-1)*span/(b.i-a.i)
			if lines[i].page > b.page {
				lines[i].page = b.page
			}
		}
	}
	for i := last.i + 1; i < len(lines); i++ {
		lines[i].page = last.page + 1
	}
	for _, m := range chain {
		if m.noisy {
			lines[m.i].text = ""
		}
	}
	return true
}

// dropControls turns the control characters text extraction leaves in a
// line (U+0003 after a paragraph number, U+0002, U+0007) into spaces; tabs
// and form feeds stay, they mean something.
func dropControls(t string) string {
	k := -1
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < 0x20 && c != '\t' && c != '\f' || c == 0x7f {
			k = i
			break
		}
	}
	if k < 0 {
		return t
	}
	b := []byte(t)
	for i := k; i < len(b); i++ {
		if c := b[i]; c < 0x20 && c != '\t' && c != '\f' || c == 0x7f {
			b[i] = ' '
		}
	}
	return string(b)
}

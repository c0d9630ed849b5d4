package pleading

import (
	"strconv"
	"strings"
)

// ref is one reference of a response to paragraphs of the complaint:
// "paragraph 12", `paragraphs "11", "12" and "14"`, "paragraphs 1 through
// 7", "paragraph twenty-two (22)", "¶¶ 127-28" (127 and 128), "paragraph 39(a-d)".
type ref struct {
	nums       []int
	start, end int // byte offsets in the text of the reference
	// cross marks a reference to other responses, not the paragraph
	// answered: "its responses to paragraphs 1-67", "set forth in paragraph 8".
	cross bool
}

// refWords are the words that introduce a reference.
var refWords = map[string]bool{"paragraph": true, "paragraphs": true, "para": true, "paras": true, "par": true, "pars": true, "¶": true}

// readRefs returns every reference to paragraphs in text, in order.
func readRefs(text string) []ref {
	toks := tokenize(text)
	var out []ref
	for i := 0; i < len(toks); i++ {
		w := toks[i].w
		incorp := w == "responses" || w == "answers"
		if !refWords[w] && !incorp {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].w == "¶" || toks[j].w == ".") {
			j++
		}
		if j < len(toks) && (toks[j].w == "no" || toks[j].w == "nos" || toks[j].w == "number" || toks[j].w == "numbers") {
			j++
			for j < len(toks) && toks[j].w == "." {
				j++
			}
		}
		nums, end := numberList(toks, j)
		if len(nums) == 0 {
			continue
		}
		r := ref{nums: nums, start: toks[i].start, end: toks[end-1].end}
		r.cross = incorp || crossRef(text[max(0, r.start-40):r.start])
		out = append(out, r)
		i = end - 1
	}
	return out
}

// numberList reads a list of paragraph numbers at toks[i]: numbers,
// quoted numbers and numbers in words, joined by commas, "and", "or",
// "&", and ranges with "through", "thru", "to" or a dash. It returns
// the numbers, expanded, and the index after the list.
func numberList(toks []token, i int) ([]int, int) {
	var out []int
	n, j, ok := numberAt(toks, i)
	if !ok {
		return nil, i
	}
	out = append(out, n)
	end := j
	for {
		k, rng := end, false
		for k < len(toks) {
			switch toks[k].w {
			case ",", "and", "or", "&", "/":
				k++
				continue
			case "through", "thru", "to", "-":
				rng = true
				k++
				continue
			}
			break
		}
		if k == end && !(k+1 < len(toks) && toks[k].w == `"` && toks[k+1].isNum() && toks[k-1].w == `"`) {
			// `"26" "27"`: quoted numbers with the comma lost are still a list.
			return out, end
		}
		m, next, ok := numberAt(toks, k)
		if !ok {
			return out, end
		}
		last := out[len(out)-1]
		if rng {
			if m < last {
				m = completeRange(last, m)
			}
			if m > last && m-last < 2000 {
				for x := last + 1; x <= m; x++ {
					out = append(out, x)
				}
			}
		} else {
			out = append(out, m)
		}
		end = next
	}
}

// completeRange reads the short end of a range as a court writes it:
// "127-28" is 127 to 128, "99-102" is as it is. It returns b unchanged
// when it cannot be an abbreviation of a number after a.
func completeRange(a, b int) int {
	as, bs := strconv.Itoa(a), strconv.Itoa(b)
	if len(bs) >= len(as) {
		return b
	}
	n, _ := strconv.Atoi(as[:len(as)-len(bs)] + bs)
	if n > a {
		return n
	}
	return b
}

// numberAt reads one paragraph number at toks[i]: 12, "12", twenty-two,
// twenty-two (22), one hundred five, 39(a-d). It returns the number and the
// index after it.
func numberAt(toks []token, i int) (int, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	t := toks[i]
	if t.w == `"` {
		if n, j, ok := numberAt(toks, i+1); ok {
			if j < len(toks) && toks[j].w == `"` {
				j++
			}
			return n, j, true
		}
		return 0, i, false
	}
	if t.isNum() {
		n, err := strconv.Atoi(t.w)
		if err != nil || n <= 0 || len(t.w) > MaxNumberDigits {
			return 0, i, false
		}
		return n, subparagraph(toks, i+1), true
	}
	n := wordNumber(t.w)
	if n == 0 {
		return 0, i, false
	}
	j := i + 1
	if n < 10 && j < len(toks) && toks[j].w == "hundred" {
		n *= 100
		j++
		if j < len(toks) && toks[j].w == "and" {
			j++
		}
		if j < len(toks) {
			if m := wordNumber(toks[j].w); m > 0 && m < 100 {
				n += m
				j++
			}
		}
	}
	// "twenty-two (22)": the figures repeat the words.
	if j+2 < len(toks) && toks[j].w == "(" && toks[j+1].isNum() && toks[j+2].w == ")" {
		j += 3
	}
	return n, j, true
}

// subparagraph skips a subparagraph label after a number: "39(a-d)", "12(b)".
func subparagraph(toks []token, i int) int {
	if i+2 < len(toks) && toks[i].w == "(" && toks[i].start == toks[i-1].end {
		for j := i + 1; j < len(toks) && j < i+6; j++ {
			if toks[j].w == ")" {
				return j + 1
			}
			if toks[j].isNum() || len(toks[j].w) > 3 {
				break
			}
		}
	}
	return i
}

var tensWords = []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// wordNumber reads a number in words written as one token: "seven",
// "twentytwo" (from "twenty-two"), "seventeen"; 0 when it is none.
func wordNumber(w string) int {
	if n, ok := numberWords[w]; ok {
		return n
	}
	for _, t := range tensWords {
		if rest, ok := strings.CutPrefix(w, t); ok {
			if u, ok := numberWords[rest]; ok && u > 0 && u < 10 {
				return numberWords[t] + u
			}
		}
	}
	return 0
}

// responseIncorporation returns the range of responses a response
// re-alleges: the first reference it makes ("the responses to paragraphs
// 1 through 67", "responses 1-27"), or all the responses before the
// paragraph it answers.
func responseIncorporation(text string, answered int) *Range {
	for _, r := range readRefs(text) {
		lo, hi := r.nums[0], r.nums[len(r.nums)-1]
		if len(r.nums) > 1 && hi >= lo {
			return &Range{First: lo, Last: hi}
		}
	}
	if answered > 1 {
		return &Range{First: 1, Last: answered - 1}
	}
	return &Range{First: 1, Last: 1}
}

package pleading

import (
	"fmt"
	"slices"
	"strings"
)

// Keying: which complaint paragraphs each response answers, decided over
// the whole answer with the complaint in hand. Parse keys an answer alone
// (by its own numbers, or by the paragraphs each response names); Key reads
// every hypothesis the text allows and keeps the one that best covers the
// complaint:
//
//   - as parsed;
//   - by the paragraphs each response names ("paragraph 12", `paragraphs
//     "11", "12" and "14"`, "paragraph twenty-two", "¶¶ 127-28"), or its
//     own number where it names none;
//   - by the paragraphs each response names, a response that names none
//     taking the complaint paragraphs left unanswered between its neighbours
//     (an OCR-garbled reference, a bare "Denied.");
//   - by the responses' own numbers ("1. Admit.", "2. Deny.").
//
// A reading scores the complaint paragraphs it answers, less those it
// answers twice and the numbers the complaint does not have. When even the
// best reading leaves much of the complaint unanswered, one warning names
// the lines to check: a chart is never silently wrong.

// Key returns answer with its responses keyed to complaint's paragraphs.
// answer is not modified: when the keying changes anything, Key returns a
// copy with new responses (and perhaps one more warning).
func Key(complaint, answer *Document) *Document {
	if complaint == nil || answer == nil || len(answer.Responses) == 0 || len(complaint.Paragraphs) == 0 {
		return answer
	}
	k := newKeying(complaint, answer)
	best, bestScore := k.parsed, k.score(k.parsed)
	for _, h := range [][][]int{k.named(), k.filled(), k.own()} {
		if s := k.score(h); s > bestScore {
			best, bestScore = h, s
		}
	}
	best = k.inSequence(best)
	warn := k.warning(best)
	if slicesEqual(best, k.parsed) && warn == nil {
		return answer
	}
	out := *answer
	out.Responses = slices.Clone(answer.Responses)
	for i := range out.Responses {
		r := &out.Responses[i]
		if !k.keyable[i] || slices.Equal(best[i], r.Answers) {
			continue
		}
		old := 0
		if len(r.Answers) > 0 {
			old = r.Answers[0]
		}
		r.Answers = slices.Clone(best[i])
		r.Target = ""
		if inc := r.Incorporates; inc != nil && len(r.Answers) > 0 && inc.First == 1 && inc.Last == old-1 {
			// "all preceding responses": preceding the paragraph it now answers.
			r.Incorporates = &Range{First: 1, Last: max(1, r.Answers[0]-1)}
		}
	}
	if warn != nil {
		out.Warnings = append(slices.Clone(answer.Warnings), *warn)
	}
	return &out
}

// keying holds what Key reads from a complaint and its answer.
type keying struct {
	answer  *Document
	valid   map[int]bool // the complaint's paragraph numbers
	n       int          // how many
	top     int          // the highest
	keyable []bool       // responses keyed to paragraphs (not to the prayer or a section)
	parsed  [][]int      // the answers as parsed
	names   [][]int      // the paragraphs each response names, nil when none
	leads   []bool       // the response opens by naming them: "In answer to Paragraph 41, ..."
}

func newKeying(complaint, answer *Document) *keying {
	k := &keying{answer: answer, valid: make(map[int]bool, len(complaint.Paragraphs))}
	for _, p := range complaint.Paragraphs {
		k.valid[p.Number] = true
		k.top = max(k.top, p.Number)
	}
	k.n = len(k.valid)
	k.keyable = make([]bool, len(answer.Responses))
	k.parsed = make([][]int, len(answer.Responses))
	k.names = make([][]int, len(answer.Responses))
	k.leads = make([]bool, len(answer.Responses))
	for i, r := range answer.Responses {
		k.parsed[i] = r.Answers
		var nums []int
		for j, ref := range readRefs(r.Text) {
			if ref.cross {
				continue
			}
			nums = append(nums, ref.nums...)
			if j == 0 && ref.start < 80 {
				k.leads[i] = true
			}
		}
		k.names[i] = uniqueSorted(nums)
		// A response that names complaint paragraphs answers them, even when
		// its words ("not entitled to any relief") made Parse take it for the
		// response to the prayer.
		k.keyable[i] = r.Target == "" || r.Target != "general denial" && k.names[i] != nil
	}
	return k
}

// inSequence keys a response that Parse took for the response to the
// prayer ("9. Admitted that Plaintiffs seek the relief alleged; denied that
// they are entitled to it") to its own number when that paragraph is left
// unanswered and the responses around it answer the numbers around it.
func (k *keying) inSequence(h [][]int) [][]int {
	covered := map[int]bool{}
	for i, ns := range h {
		if k.keyable[i] {
			for _, n := range ns {
				covered[n] = true
			}
		}
	}
	var out [][]int
	for i, r := range k.answer.Responses {
		n := r.Paragraph
		if k.keyable[i] || r.Target == "general denial" || !k.valid[n] || covered[n] {
			continue
		}
		prev := i > 0 && k.keyable[i-1] && slices.Contains(h[i-1], n-1)
		next := i+1 < len(h) && k.keyable[i+1] && slices.Contains(h[i+1], n+1)
		if !prev || !next {
			continue
		}
		if out == nil {
			out = slices.Clone(h)
		}
		out[i] = []int{n}
		k.keyable[i] = true
		covered[n] = true
	}
	if out == nil {
		return h
	}
	return out
}

// own reads each response as answering its own number (or the range its
// number gives: "10-11."), unless it opens by naming the paragraphs it
// answers ("In answer to Paragraph 41, ..."): what a response says it
// answers is never overruled, even when that leaves a paragraph unanswered.
func (k *keying) own() [][]int {
	h := make([][]int, len(k.parsed))
	for i, r := range k.answer.Responses {
		switch {
		case !k.keyable[i]:
			h[i] = k.parsed[i]
		case k.leads[i]:
			h[i] = k.names[i]
		case len(r.Answers) > 1 && r.Answers[0] == r.Paragraph:
			h[i] = r.Answers
		default:
			h[i] = []int{r.Paragraph}
		}
	}
	return h
}

// named reads each response as answering the paragraphs it names, or its own number.
func (k *keying) named() [][]int {
	h := k.own()
	for i := range h {
		if k.keyable[i] && k.names[i] != nil {
			h[i] = k.names[i]
		}
	}
	return h
}

// filled reads each response as answering the paragraphs it names; a run
// of responses that name none takes the complaint paragraphs left
// unanswered between the responses around it: all of them for one
// response, one each when there are as many as responses.
func (k *keying) filled() [][]int {
	own := k.own()
	h := make([][]int, len(k.parsed))
	covered := map[int]bool{}
	for i := range h {
		switch {
		case !k.keyable[i]:
			h[i] = k.parsed[i]
		case k.names[i] != nil:
			h[i] = k.names[i]
			for _, n := range h[i] {
				covered[n] = true
			}
		}
	}
	for i := 0; i < len(h); {
		if !k.keyable[i] || h[i] != nil {
			i++
			continue
		}
		j := i
		for j < len(h) && k.keyable[j] && h[j] == nil {
			j++
		}
		// The gap runs between the responses around the run; a response Parse
		// took for the prayer's stands at its own number ("9. ... relief ...").
		lo, hi := 0, k.top+1
		for p := i - 1; p >= 0; p-- {
			if len(h[p]) > 0 && k.keyable[p] {
				lo = h[p][len(h[p])-1]
				break
			}
			if n := k.answer.Responses[p].Paragraph; !k.keyable[p] && k.valid[n] && !covered[n] {
				lo = n
				break
			}
		}
		if j < len(h) && len(h[j]) > 0 {
			hi = h[j][0]
		} else if j < len(h) && k.valid[k.answer.Responses[j].Paragraph] && !covered[k.answer.Responses[j].Paragraph] {
			hi = k.answer.Responses[j].Paragraph
		}
		var missing []int
		for n := lo + 1; n < hi; n++ {
			if k.valid[n] && !covered[n] {
				missing = append(missing, n)
			}
		}
		// Responses whose own numbers are paragraphs nobody else answers
		// answer those: "3. Denied." in an answer numbered like its complaint.
		ownFit := true
		for x := i; x < j; x++ {
			n := k.answer.Responses[x].Paragraph
			ownFit = ownFit && k.valid[n] && !covered[n]
		}
		switch {
		case ownFit:
		case len(missing) > 0 && j-i == 1:
			h[i] = missing
		case len(missing) == j-i:
			for x := i; x < j; x++ {
				h[x] = []int{missing[x-i]}
			}
		}
		for x := i; x < j; x++ {
			if h[x] == nil {
				h[x] = own[x]
			}
			for _, n := range h[x] {
				covered[n] = true
			}
		}
		i = j
	}
	return h
}

// score rates a reading: two for each complaint paragraph answered, less
// one for each answered again and two for each number the complaint
// lacks (a paragraph answered twice is a slip the chart shows; one not
// answered at all is worse); between readings
// that score alike, the one that agrees with more of what the responses
// name wins.
func (k *keying) score(h [][]int) int {
	seen := make(map[int]int, k.n)
	s, agree := 0, 0
	for i, ns := range h {
		if !k.keyable[i] {
			continue
		}
		if k.names[i] != nil && slices.Equal(ns, k.names[i]) {
			agree++
		}
		for _, n := range ns {
			switch {
			case !k.valid[n]:
				s -= 2
			case seen[n] > 0:
				s--
			default:
				s += 2
			}
			seen[n]++
		}
	}
	return s*(len(h)+1) + agree
}

// warning returns the one warning a reading deserves when it leaves more
// than a tenth of the complaint (and more than two paragraphs) unanswered, naming the unanswered
// paragraphs and the lines of the responses that name no paragraph the
// complaint has; nil otherwise.
func (k *keying) warning(h [][]int) *Warning {
	covered := map[int]bool{}
	for i, ns := range h {
		if k.keyable[i] {
			for _, n := range ns {
				covered[n] = true
			}
		}
	}
	answered := 0
	var missing []int
	for n := range k.valid {
		if covered[n] {
			answered++
		} else {
			missing = append(missing, n)
		}
	}
	if answered*10 >= k.n*9 || len(missing) < 3 || k.answer.GeneralDenial != "" && answered*2 >= k.n {
		return nil
	}
	slices.Sort(missing)
	var lines []string
	first := 0
	for i, r := range k.answer.Responses {
		if !k.keyable[i] {
			continue
		}
		ok := false
		for _, n := range h[i] {
			ok = ok || k.valid[n]
		}
		if !ok {
			lines = append(lines, fmt.Sprint(r.Line))
			if first == 0 {
				first = r.Line
			}
		}
	}
	msg := fmt.Sprintf("the responses answer only %d of the complaint's %d paragraphs, however their numbering is read; not answered: %s", answered, k.n, rangesText(missing))
	if len(lines) > 0 {
		msg += "; check the responses at lines " + strings.Join(lines[:min(len(lines), 12)], ", ")
		if len(lines) > 12 {
			msg += ", …"
		}
	}
	return &Warning{Line: first, Message: msg}
}

// rangesText writes sorted numbers as "3, 7-12, 40".
func rangesText(ns []int) string {
	var parts []string
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		parts = append(parts, Range{ns[i], ns[j]}.String())
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

func slicesEqual(a, b [][]int) bool {
	return slices.EqualFunc(a, b, func(x, y []int) bool { return slices.Equal(x, y) })
}

package pleading

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The response reader works on a normalized token stream: each word of a
// response lower-cased, with OCR confusions folded and words that lost the
// spaces between them split apart, each keeping its offsets into the text
// so that what a rule finds can be quoted verbatim.

// token is one word, number or mark of punctuation of a normalized text.
type token struct {
	w          string // lower-case and folded: "knowledge" for "lmowledge"; `"` for every quote; "-" for every dash
	start, end int    // byte offsets of the token in the text
}

// isNum reports whether the token is a number.
func (t token) isNum() bool { return t.w != "" && t.w[0] >= '0' && t.w[0] <= '9' }

// isWord reports whether the token is a word (letters).
func (t token) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsLetter(r)
}

// tokenize splits text into tokens: words (letters, with inner apostrophes
// and hyphens between letters dropped: "re-alleges" is "realleges"),
// numbers, and single marks of punctuation, quotes unified to `"` and
// dashes to "-".
func tokenize(text string) []token { return appendTokens(make([]token, 0, len(text)/5), text) }

// appendTokens appends the tokens of text to toks (see tokenize).
func appendTokens(toks []token, text string) []token {
	lost := runOnWords(text)
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || r >= '0' && r <= '9':
			j, w := scanWord(text, i)
			toks = appendWord(toks, w, i, j, lost)
			i = j
		default:
			toks = append(toks, token{w: foldMark(r), start: i, end: i + size})
			i += size
		}
	}
	return toks
}

// scanWord reads the word or number that starts at text[i], returning its
// end and its lower-cased, folded form.
func scanWord(text string, i int) (int, string) {
	// Most words are lower-case ASCII letters or digits: no copy is needed.
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9') {
		j++
	}
	if j == len(text) || text[j] == ' ' || text[j] == ',' || text[j] == '.' || text[j] == ';' || text[j] == '\n' {
		return j, text[i:j]
	}
	// An ASCII word with capitals ("Defendant", "ADMITTED") that ends
	// where no apostrophe, hyphen or other letter can continue it: one
	// copy, lowered.
	upper := false
	for j < len(text) {
		c := text[j]
		if c >= 'A' && c <= 'Z' {
			upper = true
		} else if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			break
		}
		j++
	}
	if upper && (j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' && text[j] != '-') {
		var b strings.Builder
		b.Grow(j - i)
		for k := i; k < j; k++ {
			c := text[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return j, b.String()
	}
	var b strings.Builder
	j = i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || r >= '0' && r <= '9' {
			b.WriteRune(unicode.ToLower(r))
			j += size
			continue
		}
		// An apostrophe or hyphen between letters stays in the word: "re-alleges", "Defendant's".
		if r == '\'' || r == '’' || r == '-' || r == '‐' {
			n, nsize := utf8.DecodeRuneInString(text[j+size:])
			p, _ := utf8.DecodeLastRuneInString(text[:j])
			if j+size < len(text) && unicode.IsLetter(n) && unicode.IsLetter(p) {
				if r != '-' && r != '‐' {
					b.WriteByte('\'')
				}
				j += size
				_ = nsize
				continue
			}
		}
		break
	}
	return j, b.String()
}

// foldMark unifies quotes and dashes.
func foldMark(r rune) string {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '\'', '‘', '’', '`', '´':
		return `"`
	case '–', '—', '‐', '‑', '−':
		return "-"
	}
	if r < 128 {
		return asciiMarks[r]
	}
	return string(r)
}

// asciiMarks holds each ASCII character as a string, so that a mark of
// punctuation costs no allocation.
var asciiMarks = func() (m [128]string) {
	for i := range m {
		m[i] = string(rune(i))
	}
	return m
}()

// appendWord appends the word text[i:j] (folded to w) to toks: folded
// through its OCR confusions when that makes it a word the reader knows;
// cut where letters meet digits ("paragraph41"); split into the words it
// runs together when it lost its spaces. A run of twenty letters is split
// anywhere; in a text that lost its spaces (lost), a shorter run is split
// when every part is a known word ("denythe", "tothe").
func appendWord(toks []token, w string, i, j int, lost bool) []token {
	if !lost && (len(w) < 4 || len(w) < 20 && !confusable(w) && !(len(w) == j-i && mixesDigits(w))) {
		// No rule below would change the word: no need to ask vocab.
		return append(toks, token{w: w, start: i, end: j})
	}
	if len(w) < 4 && !lost || vocab[w] {
		return append(toks, token{w: w, start: i, end: j})
	}
	if confusable(w) {
		if f := ocrFold(w); f != "" {
			return append(toks, token{w: f, start: i, end: j})
		}
	}
	if len(w) == j-i {
		// "paragraph41ofthe": letters and digits apart.
		for k := 1; k < len(w); k++ {
			if isDigit(w[k]) != isDigit(w[k-1]) {
				toks = appendWord(toks, w[:k], i, i+k, lost)
				return appendWord(toks, w[k:], i+k, j, lost)
			}
		}
		if len(w) >= 20 || lost && len(w) >= 5 {
			if parts := segment(w, len(w) < 12); parts != nil {
				off := i
				for _, p := range parts {
					toks = append(toks, token{w: p, start: off, end: off + len(p)})
					off += len(p)
				}
				return toks
			}
		}
	}
	return append(toks, token{w: w, start: i, end: j})
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// mixesDigits reports whether w has a letter next to a digit ("paragraph41").
func mixesDigits(w string) bool {
	for k := 1; k < len(w); k++ {
		if isDigit(w[k]) != isDigit(w[k-1]) {
			return true
		}
	}
	return false
}

// runOnWords reports whether text reads as if it lost the spaces between
// its words: a run of sixteen letters or more, which English words seldom
// make, or more than eight letters to a space.
func runOnWords(text string) bool {
	run, letters, spaces := 0, 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if c >= 'a' && c <= 'z' {
			letters++
			run++
			if run >= 16 {
				return true
			}
		} else {
			if text[i] == ' ' || text[i] == '\n' {
				spaces++
			}
			run = 0
		}
	}
	return letters > 24 && letters > 8*(spaces+1)
}

// ocrConfusions are the misreadings OCR makes inside words, as
// replacements to try: "rn" read for "m", "1" for "l" or "i", "0" for "o",
// "vv" for "w".
var ocrConfusions = [][2]string{{"rn", "m"}, {"1", "l"}, {"1", "i"}, {"0", "o"}, {"vv", "w"}}

// confusable reports whether w may hold an OCR confusion: a digit among
// letters, "rn", "vv", or "lm" ("lmowledge").
func confusable(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			if letter {
				return true
			}
		case c == 'r' || c == 'v' || c == 'l' || c == 'c' || c == 'n':
			letter = true
			if i+1 < len(w) && (c == 'r' && w[i+1] == 'n' || c == 'v' && w[i+1] == 'v' || c == 'l' && w[i+1] == 'm' || c == 'c' && w[i+1] == 'd' || c == 'n' && w[i+1] == 'n') {
				return true
			}
		default:
			letter = letter || c >= 'a'
		}
	}
	return false
}

// ocrFold returns the word the reader knows that w is an OCR misreading
// of ("lmowledge", "adrnits", "den1es"), or "".
func ocrFold(w string) string {
	if f := ocrWords[w]; f != "" {
		return f
	}
	for _, c := range ocrConfusions {
		if strings.Contains(w, c[0]) {
			if f := strings.ReplaceAll(w, c[0], c[1]); vocab[f] && facetWord[f] {
				return f
			}
		}
	}
	return ""
}

// ocrWords are misreadings that no single confusion explains.
var ocrWords = map[string]string{"lmowledge": "knowledge", "knowlege": "knowledge", "knowlcdge": "knowledge", "infonnation": "information", "infomiation": "information"}

// segment splits a run of letters that lost its spaces
// ("defendantsdenytheallegations") into the words it holds, or returns
// nil when too little of it is made of words the reader knows (any
// unknown letter, when allKnown). A known
// word costs one, an unknown letter one more, and each run of unknown
// letters three more, so that a long word the reader does not know
// ("readmittance") is not cut into short words it does ("an"); the
// cheapest reading wins.
func segment(w string, allKnown bool) []string {
	const runCost = 3
	n := len(w)
	// cost[i][0]: s[:i] read ending in a known word; cost[i][1]: ending in an unknown letter.
	type cell struct {
		cost [2]int
		from [2]int // start of the last known word, or -1 for an unknown letter
		prev [2]int // the state before it
	}
	const inf = 1 << 30
	var buf [32]cell // most runs fit: no allocation
	dp := buf[:0]
	if n+1 > len(buf) {
		dp = make([]cell, n+1)
	}
	dp = dp[:n+1]
	dp[0].cost = [2]int{0, inf}
	for i := 1; i <= n; i++ {
		c := &dp[i]
		c.cost = [2]int{inf, inf}
		// An unknown letter.
		p := dp[i-1]
		if p.cost[1] != inf && p.cost[1]+2 < c.cost[1] {
			c.cost[1], c.from[1], c.prev[1] = p.cost[1]+2, -1, 1
		}
		if p.cost[0] != inf && p.cost[0]+2+runCost < c.cost[1] {
			c.cost[1], c.from[1], c.prev[1] = p.cost[0]+2+runCost, -1, 0
		}
		// A known word.
		for k := 1; k <= min(i, 16); k++ {
			if !vocab[w[i-k:i]] || k == 1 && w[i-1] != 'a' {
				continue
			}
			q := dp[i-k]
			for st := 0; st < 2; st++ {
				if q.cost[st] != inf && q.cost[st]+1 < c.cost[0] {
					c.cost[0], c.from[0], c.prev[0] = q.cost[st]+1, i-k, st
				}
			}
		}
	}
	st := 0
	if dp[n].cost[1] < dp[n].cost[0] {
		st = 1
	}
	// Read the cut back, joining runs of unknown letters into one word.
	var parts []string
	known, end := 0, n
	for i := n; i > 0; {
		c := dp[i]
		if f := c.from[st]; f >= 0 && st == 0 {
			if end > i {
				parts = append(parts, w[i:end])
			}
			parts = append(parts, w[f:i])
			known += i - f
			st = c.prev[0]
			i, end = f, f
			continue
		}
		st = c.prev[1]
		i--
	}
	if end > 0 {
		parts = append(parts, w[:end])
	}
	if len(parts) < 2 || allKnown && known < n || known*10 < n*5 && (n < 24 || known*10 < n*3) {
		return nil
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

// vocab is the words the reader knows: every word of the phrase table and
// the words that surround them in answers, so that text whose spaces were
// lost can be split back into words. Long words that hold shorter ones
// ("notwithstanding", "knowledge") are here so that they are not split.
var vocab = map[string]bool{}

// facetWord marks the words of the phrase table, to which OCR folding is limited.
var facetWord = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the this that these those such same said its it their them they his her he she him
		of in on to for by with from as at or and nor not no neither either but except save than only other otherwise remaining rest
		all any each every some further also however therefore accordingly thus hence consequently so thereof therein herein hereby
		is are be been being was were has have had having do does did can cannot could may might must shall should will would
		which who whom whose what when where whether if unless until upon after before because since due basis ground grounds
		paragraph paragraphs allegation allegations averment averments sentence sentences statement statements complaint answer
		response responses respond responds reply replies matter matters truth belief form forming veracity content contents
		defendant defendants plaintiff plaintiffs party parties court honorable county state city secretary government
		first second third fourth fifth sixth seventh eighth ninth tenth last subparagraph subparagraphs part parts
		contained set forth made stated alleged asserted characterized characterize characterizes directed
		document documents letter report exhibit exhibits statute statutes law laws legal conclusion conclusions fact facts
		required require requires necessary needed deemed warranted extent insofar event
		information knowledge sufficient insufficient lack lacks lacking without unable belief reasonable inquiry investigation
		admit admits admitted admitting concede concedes conceded deny denies denied denying denial
		refer refers referred respectfully speak speaks itself themselves best evidence terms full
		repeat repeats repeated reallege realleges realleged reassert reasserts reasserted incorporate incorporates incorporated
		restate restates restated reaver reavers reiterate reiterates adopt adopts adopted preceding foregoing above prior previous
		notwithstanding nothing another knowledgeable informational denominated readmitted evident evidenced
		specifically expressly generally affirmatively avers aver avers alleges states state calls call call`) {
		vocab[w] = true
	}
	for _, row := range phraseTable {
		for _, slot := range strings.Fields(row.pattern) {
			for _, w := range strings.Split(strings.TrimSuffix(slot, "?"), "|") {
				if w != "" && w[0] != '~' && !strings.HasSuffix(w, "*") {
					vocab[w] = true
					facetWord[w] = true
				}
			}
		}
	}
}

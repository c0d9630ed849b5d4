package pleading

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	keyedRe  = regexp.MustCompile(`(?i)(?:entitled|titled|captioned|under\s+the\s+heading)\s+[“"]([^”"]{1,80})[”"]`)
	reliefRe = regexp.MustCompile(`(?i)\b(?:relief|prayer|wherefore|judgment\s+against)\b`)
	crossRe  = regexp.MustCompile(`(?i)(?:set\s+forth\s+in|\bsee|reasons\s+(?:stated|given)\s+in|(?:its|their|the|our)\s+(?:responses?|answers?)\s+to|(?:stated|given|forth)\s+in\s+(?:responses?|answers?)\s+to)\s*$`)
	leadInRe = regexp.MustCompile(`(?i)^(?:in\s+(?:answer|response)\s+to|answering|as\s+to|with\s+respect\s+to|responding\s+to)\s+(?:the\s+allegations\s+(?:of|in)\s+)?(?:the\s+\w+\s+sentence\s+of\s+)?paragraphs?\s+\d+(?:\s*(?:,|and|through|-|–)\s*\d+)*(?:\s+of\s+the\s+(?:\w+\s+)*complaint)?,?\s*`)
	bareRe   = mustAnchored(`(?i)^(?:paragraphs?\b[^.]*?\b(?:is|are)\s+admitted(?:\s+in\s+part(?:\s+and\s+denied\s+in\s+part)?)?|admitted(?:\s+in\s+part)?)\.?$`)
)

var (
	gdEveryRe  = regexp.MustCompile(`\b(?:each\s+and\s+every|any|all|every)\s+(?:of\s+the\s+)?(?:remaining\s+|other\s+)?allegations?\b`)
	gdWhereRe  = regexp.MustCompile(`\bcomplaint\b|\bherein\b|\bany\s+paragraph\b`)
	gdParaRe   = regexp.MustCompile(`\bparagraphs?\s+\d`)
	gdExceptRe = regexp.MustCompile(`not\s+(?:\w+\s+){0,3}admitted|except\s+(?:as\s+)?(?:\w+\s+){0,2}admitted|unless\s+[^.]{0,60}(?:stated|admitted)|not\s+admitting`)
)

// crossRef reports whether the text before a paragraph reference makes it
// a cross-reference ("for the reasons set forth in", "see", "its response
// to") rather than the paragraph answered. It is crossRe; the words it
// ends in are looked for first.
func crossRef(before string) bool {
	t := strings.TrimRight(before, " \t")
	n := len(t)
	if n < 3 {
		return false
	}
	last := t[max(0, n-12):]
	if !hasSuffixFold(last, " in") && !hasSuffixFold(last, "see") && !hasSuffixFold(last, " to") {
		return false
	}
	if isASCII(before) {
		return crossRefASCII(before)
	}
	return crossRe.MatchString(before)
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix, in any case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}

// isGeneralDenial reports whether a sentence denies every allegation not expressly admitted.
func isGeneralDenial(s string) bool {
	if !containsAnyFold(s, "llegation", "LLEGATION") {
		return false
	}
	// "Harbor generally denies each and every allegation of the Complaint"
	// (Cal. Code Civ. Proc. § 431.30(d)).
	if containsAnyFold(s, "enerally den", "ENERALLY DEN") && containsAnyFold(s, "omplaint", "OMPLAINT") {
		return true
	}
	if !containsAnyFold(s, "dmit", "DMIT") {
		return false
	}
	l := strings.ToLower(s)
	if !(strings.Contains(l, "den") || strings.Contains(l, "not admitting")) || !strings.Contains(l, "allegation") || !strings.Contains(l, "admit") {
		return false
	}
	// A response that names a paragraph is not the general denial; most
	// responses do, so this is asked first.
	if k := strings.Index(l, "paragraph"); k >= 0 && gdParaRe.MatchString(l[k:]) {
		return false
	}
	return gdEveryRe.MatchString(l) && gdWhereRe.MatchString(l) && gdExceptRe.MatchString(l)
}

// clauses splits a response into sentences and semicolon clauses.
func clauses(text string) []string {
	spans := clauseSpans(text)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = text[sp[0]:sp[1]]
	}
	return out
}

// clauseSpans returns the byte ranges of the clauses of text, each trimmed
// of space, so that a lowered copy of text (see lowerKeep) can be cut at
// the same offsets.
func clauseSpans(text string) [][2]int {
	var out [][2]int
	add := func(a, b int) {
		if a, b = trimSpan(text, a, b); a < b {
			out = append(out, [2]int{a, b})
		}
	}
	last := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != ';' {
			continue
		}
		if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' && text[i+1] != '\n' {
			continue
		}
		if i+1 >= len(text) {
			break
		}
		// Do not split after abbreviations: "U.S.C.", "e.g.", "Inc.", "No.", "Ex.".
		if c == '.' && abbreviation(text[last:i]) {
			continue
		}
		next := strings.TrimLeft(text[i+1:], " \t\n")
		// "under State law. see Ark. Code": an OCR'd comma, not a sentence end.
		if c == '.' && next != "" && next[0] >= 'a' && next[0] <= 'z' {
			continue
		}
		// "admits that X; that Y; and that Z": one admission in parts.
		if c == ';' && (strings.HasPrefix(next, "that ") || strings.HasPrefix(next, "and that ")) {
			continue
		}
		add(last, i+1)
		last = i + 1
	}
	add(last, len(text))
	return out
}

// trimSpan narrows text[a:b] as strings.TrimSpace would.
func trimSpan(text string, a, b int) (int, int) {
	s := text[a:b]
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	a += len(s) - len(t)
	return a, a + len(strings.TrimRightFunc(t, unicode.IsSpace))
}

// lowerKeep returns strings.ToLower(s) when lowering keeps every byte
// offset: s is valid UTF-8 whose only letters with a lower case are ASCII
// (curly quotes, "§" and "¶" are not letters). ok is false otherwise.
func lowerKeep(s string) (low string, ok bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			upper = true
		} else if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if size == 1 || unicode.ToLower(r) != r {
				return "", false
			}
			i += size - 1
		}
	}
	if !upper {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

var abbrevs = map[string]bool{
	"u.s.c": true, "c.f.r": true, "e.g": true, "i.e": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": true,
	"nos": true, "ex": true, "exs": true, "fed": true, "reg": true, "civ": true, "p": true, "r": true, "seq": true, "al": true,
	"v": true, "vs": true, "mr": true, "ms": true, "mrs": true, "dr": true, "st": true, "ave": true, "jr": true, "sr": true,
	"u.s": true, "n.y": true, "cal": true, "del": true, "ark": true, "ann": true, "stat": true, "sec": true, "art": true,
	"para": true, "paras": true, "l.l.c": true, "p.c": true, "n.a": true,
}

// abbreviation reports whether the text before a period ends in an abbreviation ("U.S.C", "Inc", "e.g", "J").
func abbreviation(prev string) bool {
	prev = strings.TrimRight(prev, " ")
	i := strings.LastIndexAny(prev, " \t(“\"")
	w := prev[i+1:]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	// The abbreviations are ASCII of at most five bytes: an ASCII word is
	// lowered on the stack; any other is lowered as before.
	var buf [5]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return abbrevs[strings.ToLower(w)]
		}
		if k >= len(buf) {
			continue // too long to be one; read on for a non-ASCII byte
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return len(w) <= len(buf) && abbrevs[string(buf[:len(w)])]
}

var (
	// andTailRe matches, at an " and ", an admission running on into a denial or
	// an averment of the same party: "and Coldspire denies that", "and alleges that".
	andTailRe = regexp.MustCompile(`^\s*and\s+(?:(?:further|specifically|affirmatively)\s+)?(?:[A-Z][\w&.\[\]’']*\s+){0,3}(?:denies|DENIES|DENY|lacks|alleges\s+that|avers\s+that|states\s+that)\b`)
	// butTailRe matches, at a " but " or " however", the turn to a denial.
	butTailRe = regexp.MustCompile(`(?i)^\s*(?:but|however,?)\s+(?:\S+\s+){0,3}?(?:den(?:y|ies)|lacks?|is\s+without|states?\s+that)\b`)
)

// andTailMay reports whether andTailRe may match s: its verb ("denies",
// "lacks", "alleges", ...) must open one of the first five words after
// "and", the words split where \s matches.
func andTailMay(s string) bool {
	i := 0
	for i < len(s) && isRegexpSpace(s[i]) {
		i++
	}
	if !strings.HasPrefix(s[i:], "and") {
		return false
	}
	i += len("and")
	for n := 0; n < 5; n++ {
		if i == len(s) || !isRegexpSpace(s[i]) {
			return false
		}
		for i < len(s) && isRegexpSpace(s[i]) {
			i++
		}
		w := s[i:]
		for _, v := range [...]string{"denies", "DENIES", "DENY", "lacks", "alleges", "avers", "states"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
		for i < len(s) && !isRegexpSpace(s[i]) {
			i++
		}
	}
	return false
}

// cutBefore returns the offset in c of the first of the markers where tail
// matches, less a comma before it; -1 when there is none. It keeps the
// regexp anchored at each marker.
func cutBefore(c string, markers []string, tail *regexp.Regexp, may func(string) bool) int {
	best := -1
	for _, m := range markers {
		for off := 0; off < len(c); {
			k := strings.Index(c[off:], m)
			if k < 0 {
				break
			}
			k += off
			if (may == nil || may(c[k:])) && tail.MatchString(c[k:]) && (best < 0 || k < best) {
				best = k
				break
			}
			off = k + len(m)
		}
	}
	if best > 0 && c[best-1] == ',' {
		best--
	}
	return best
}

// admittedSpan returns the part of a clause that admits something, or ""
// for a bare admission. c is trimmed of space; low is its lowering, at
// the same offsets when keep is true (see lowerKeep).
func admittedSpan(c, low string, keep bool) string {
	if len(c) < 160 && bareRe.MatchString(c) {
		return ""
	}
	if ws := fields(low[:min(len(low), 40)]); len(ws) > 0 && (ws[0] == "except" || ws[0] == "other" || ws[0] == "save" || ws[0] == "unless") {
		// "Except as so admitted, ..." opens a denial, not an admission.
		return ""
	}
	// "X admits that A, but denies that B": the admission ends before "but".
	if k := cutBefore(c, []string{" but ", " BUT ", " however", " However", " HOWEVER"}, butTailRe, nil); k >= 0 {
		c, low = c[:k], lowerCut(c[:k], low, keep)
	}
	// "Coldspire admits that X, and Coldspire denies that Y": the admission ends at "and".
	if k := cutBefore(c, []string{" and "}, andTailRe, andTailMay); k > 0 {
		c, low = c[:k], lowerCut(c[:k], low, keep)
	}
	if strings.HasPrefix(low, "in ") || strings.HasPrefix(low, "answering") || strings.HasPrefix(low, "as to") || strings.HasPrefix(low, "with respect") || strings.HasPrefix(low, "responding") {
		// leadInRe is anchored: it matches once, at the start, if at all.
		if loc := leadInRe.FindStringIndex(c); loc != nil {
			c = c[loc[1]:]
		}
	}
	c = strings.TrimSpace(strings.TrimRight(c, ",;"))
	if !strings.HasSuffix(c, ".") {
		c += "."
	}
	// Drop a leading "PARAGRAPH ONE (1) is ADMITTED in part and DENIED in part." style lead-in.
	return c
}

// lowerCut returns the lowering of c, a prefix of the text that low
// lowers when keep says low keeps its offsets (see lowerKeep); otherwise it
// lowers c itself.
func lowerCut(c, low string, keep bool) string {
	if keep {
		return low[:len(c)]
	}
	return strings.ToLower(c)
}

// buildResponses turns an answer's numbered paragraphs into responses.
func (p *parser) buildResponses() {
	d := p.doc
	// Decide whether the answer numbers its paragraphs as the complaint does.
	self, other := 0, 0
	type lead struct {
		refs []int
		ok   bool
	}
	leads := make([]lead, len(d.Paragraphs))
	for i, para := range d.Paragraphs {
		if answerMarker(para.Text) >= 0 {
			// "10. <the allegation restated>  ANSWER: ...": it answers its own number.
			leads[i] = lead{[]int{para.Number}, true}
			self++
			continue
		}
		refs, pos := firstParagraphRefs(para.Text)
		if refs == nil || pos > 220 || crossRef(para.Text[max(0, pos-40):pos]) {
			continue
		}
		leads[i] = lead{refs, true}
		if refs[0] == para.Number {
			self++
		} else {
			other++
		}
	}
	selfNumbered := self >= other
	var scratch facetScratch
	d.Responses = make([]Response, 0, len(d.Paragraphs))
	for _, c := range clauses(p.preamble + " " + p.loose) {
		if isGeneralDenial(c) {
			d.GeneralDenial = c
			break
		}
	}
	for i, para := range d.Paragraphs {
		r := Response{Paragraph: para.Number, Answers: []int{}, Admitted: []string{}, Text: para.Text, Line: para.Line, Page: para.Page, Heading: para.Heading}
		n2 := p.spans[i].n2
		general := false
		for _, c := range clauses(para.Text) {
			if isGeneralDenial(c) {
				general = true
				if d.GeneralDenial == "" {
					d.GeneralDenial = c
				}
			}
		}
		switch {
		case leads[i].ok:
			r.Answers = leads[i].refs
			if n2 > 0 {
				r.Answers = rangeInts(para.Number, n2)
			}
			if selfNumbered && n2 == 0 && r.Answers[0] != para.Number && !p.spans[i].keyed {
				p.warn(para.Line, "answer paragraph %d says it answers paragraph %s", para.Number, joinInts(r.Answers))
			}
		case n2 > 0:
			r.Answers = rangeInts(para.Number, n2)
		default:
			if m := keyedRe.FindStringSubmatch(para.Text); m != nil {
				r.Target = m[1]
			} else if general {
				r.Target = "general denial"
			} else if reliefRe.MatchString(para.Text) && prayerishRe.MatchString(para.Text) {
				r.Target = "prayer for relief"
			} else if selfNumbered {
				r.Answers = []int{para.Number}
			} else if refs := answeredRefs(para.Text); len(refs) > 0 {
				// "Q&H admits ... Q&H denies the remaining allegations of paragraph 16."
				r.Answers = refs
			} else {
				p.warn(para.Line, "answer paragraph %d does not say which paragraph of the complaint it answers", para.Number)
			}
		}
		// "1. <the allegation restated>  ANSWER: Admitted." (as N.D. Ill. L.R. 10.1
		// requires): the response is what follows the marker.
		own := para.Text
		if k := answerMarker(own); k >= 0 {
			own = strings.TrimSpace(own[k:])
			r.Text = own
		}
		rd := readFacetsWith(own, &scratch)
		r.Admits, r.Denies, r.LacksKnowledge = rd.admits, rd.denies, rd.lacks
		r.RefersToDocument, r.LegalConclusion = rd.refers, rd.legal
		r.Admitted = append(r.Admitted, rd.admitted...)
		answered := para.Number
		if len(r.Answers) > 0 {
			answered = r.Answers[0]
		}
		r.Incorporates = para.Incorporates // read by finish for the paragraph's own number
		if answered != para.Number {
			r.Incorporates = incorporation(para.Text, answered)
		}
		if r.Incorporates == nil && rd.incorp {
			r.Incorporates = responseIncorporation(own, answered)
		}
		r.Class = classify(&r, rd.qualified)
		if r.Class == "" {
			if general {
				r.Class = ClassDenied
			} else {
				r.Class = ClassNoResponseRequired
				p.warn(para.Line, "answer paragraph %d neither admits nor denies: read it", para.Number)
			}
		}
		d.Responses = append(d.Responses, r)
	}
	if p.prayerAnswer != "" {
		d.PrayerResponse = strings.TrimSpace(p.prayerAnswer)
	}
	// An answer's numbered paragraphs are its responses.
	d.Paragraphs = []Paragraph{}
}

var prayerishRe = regexp.MustCompile(`(?i)\bentitled\s+to\b|\bprayer\b|\bwherefore\b|\brelief\s+(?:requested|sought|demanded)`)

// answeredRefs returns the paragraphs a response names anywhere, leaving
// out cross-references ("for the reasons set forth in response to Paragraph 8").
func answeredRefs(text string) []int {
	var out []int
	for _, loc := range paraRefRe.FindAllStringSubmatchIndex(text, -1) {
		if crossRef(text[max(0, loc[0]-40):loc[0]]) {
			continue
		}
		out = append(out, expandRefs(text[loc[2]:loc[3]])...)
	}
	return uniqueSorted(out)
}

var answerMarkRe = regexp.MustCompile(`(?:^|\s)(?:ANSWER|RESPONSE|Answer|Response)\s*:\s+`)

// answerMarker returns the offset where a response restating the allegation
// starts its answer ("ANSWER:", "RESPONSE:"), or -1.
func answerMarker(text string) int {
	if !strings.Contains(text, ":") {
		return -1
	}
	loc := answerMarkRe.FindStringIndex(text)
	if loc == nil || loc[0] == 0 {
		return -1
	}
	return loc[1]
}

func rangeInts(a, b int) []int {
	out := make([]int, 0, b-a+1)
	for n := a; n <= b; n++ {
		out = append(out, n)
	}
	return out
}

// joinInts writes paragraph numbers as "13, 14, 15".
func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ", ")
}

var claimsHeadRe = regexp.MustCompile(`(?i)statement\s+of\s+(?:the\s+)?claims?|claims?\s+for\s+relief|causes?\s+of\s+action|vio[lI1]ations?\s+(?:alleged|of\b)`)

// impliedCount makes one count of a complaint that pleads its claims under a
// single heading ("STATEMENT OF CLAIMS") without numbered counts.
func (p *parser) impliedCount() {
	d := p.doc
	for _, h := range d.Headings {
		if !claimsHeadRe.MatchString(h.Text) {
			continue
		}
		c := Count{Number: 1, Label: strings.ToUpper(h.Text), Title: h.Text, Line: h.Line}
		for i := range d.Paragraphs {
			para := &d.Paragraphs[i]
			if para.Section != h.Text && para.Heading != h.Text {
				continue
			}
			para.Count = 1
			if c.First == 0 {
				c.First = para.Number
			}
			c.Last = para.Number
			if c.Statute == "" && len(para.Statutes) > 0 {
				c.Statute = para.Statutes[0]
			}
		}
		if c.First == 0 {
			continue
		}
		d.Counts = append(d.Counts, c)
		p.warn(h.Line, "no COUNT headings: paragraphs %d–%d under %q are read as one claim", c.First, c.Last, h.Text)
		return
	}
}

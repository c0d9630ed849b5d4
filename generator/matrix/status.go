package matrix

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// What the answer did to each element.

// respond copies the answer's response to a supporting paragraph and
// decides what it does to the element from the admitted words: a paragraph
// admitted whole (or deemed admitted) concedes what it pleads; a partial
// admission concedes the element only when an admitted statement speaks to
// the element's terms (its core keywords or asserts patterns), and is
// otherwise an admission of other matters.
func (b *matrixBuilder) respond(el *library.Element, s *Support, _ int) {
	r := b.rows[s.Paragraph]
	if r == nil {
		s.Class, s.ClassText, s.Admitted, s.Effect = pleading.ClassNotAnswered, joined.ClassLabel(pleading.ClassNotAnswered), []string{}, EffectNone
		return
	}
	s.Class, s.ClassText, s.Admitted = r.Class, r.ClassText, r.Admitted
	if s.Admitted == nil {
		s.Admitted = []string{}
	}
	switch {
	case admitsWhole(r):
		s.Effect = EffectAdmits
	case r.Class == pleading.ClassPartlyAdmitted || r.Class == pleading.ClassAdmitted:
		s.Effect = EffectDenies
		if _, ok := b.speaksIn(el, r); ok {
			s.Effect = EffectPartly
		}
	case negates(r.Class):
		s.Effect = EffectDenies
	default:
		s.Effect = EffectNone
	}
}

// admitsWhole reports whether the answer concedes the allegation entire:
// deemed admitted, admitted by paragraph ("admits the allegations of
// paragraph 12"), or admitted with no words of its own to read. An
// admission in words of its own concedes only what those words say.
func admitsWhole(r *joined.Row) bool {
	if r.DeemedAdmitted {
		return true
	}
	if r.Class != pleading.ClassAdmitted {
		return false
	}
	if r.Whole {
		return true
	}
	// "The allegations of paragraph 2 are admitted": words that only name
	// the paragraph admit it entire.
	for _, a := range r.Admitted {
		if !byReferenceRe.MatchString(strings.TrimSpace(a)) {
			return false
		}
	}
	return true
}

// byReferenceRe is an admission that names the paragraph, not its facts.
var byReferenceRe = regexp.MustCompile(`(?i)^(?:\S+\s+)?(?:admits\s+)?(?:the\s+)?(?:allegations?|averments?)\s+(?:of|in|contained in|set forth in)\s+(?:paragraph|¶)\s*\d+[^.;]{0,40}?(?:\s+(?:is|are)\s+admitted)?\.?$|^admitted\.?$`)

// speaksIn returns the first admitted statement of row r (cut where it
// turns into a denial) that speaks to the element's terms.
func (b *matrixBuilder) speaksIn(el *library.Element, r *joined.Row) (string, bool) {
	stmts, ok := b.admits[r.Number]
	if !ok {
		for _, a := range r.Admitted {
			a = cutDenial(a)
			stmts = append(stmts, sentence{text: a, norm: library.Normalize(a), toks: library.Tokenize(a)})
		}
		b.admits[r.Number] = stmts
	}
	for _, a := range stmts {
		if el.CoreHit(a.toks).Score > 0 {
			return a.text, true
		}
		if el.HasAsserts() && el.Score(a.toks).Score > 0 {
			if _, ok := el.AssertedIn(a.norm); ok {
				return a.text, true
			}
		}
	}
	return "", false
}

// speaks reports whether text states something about the element: one of
// its core keywords, or one of its asserts patterns.
func speaks(el *library.Element, text string) bool {
	if el.CoreHit(library.Tokenize(text)).Score > 0 {
		return true
	}
	_, ok := el.Asserted(text)
	return ok
}

// weigh sums the weights of the keywords of a hit.
func (b *matrixBuilder) weigh(h library.Hit) int {
	w := 0
	for _, k := range h.Words {
		w += b.keywordWeight(k)
	}
	return w
}

// status decides an element's status from what the answer says about it
// and says why in one line, quoting the words and naming the paragraph:
//
//   - an express denial of the element (a denial whose words name its
//     terms), found first among the responses to the count's own
//     paragraphs, then those to the paragraphs pleading it, then anywhere,
//     makes it contested;
//   - else an admission that speaks to the element (the count's own
//     paragraphs first) makes it admitted, or partly admitted when the
//     response asserts a fact that defeats it (termination, license) or
//     hedges ("claimed to");
//   - else it is contested when something pleads it, unsupported when
//     nothing does.
func (b *matrixBuilder) status(el *library.Element, support []Support, inCount []int) (Status, string) {
	if len(support) == 0 {
		return StatusUnsupported, "No allegation pleads this element."
	}
	if q, para, ok := b.expressDenial(el, support, inCount); ok {
		return StatusContested, "Denied: " + quoteCut(q) + " (Answer ¶" + strconv.Itoa(para) + ")."
	}
	var own, other []Support
	for _, s := range support {
		if s.InCount {
			own = append(own, s)
		} else {
			other = append(other, s)
		}
	}
	for _, group := range [][]Support{own, other} {
		if st, why, ok := b.admission(el, group); ok {
			return st, why
		}
	}
	var denied, lack, elsewhere, none []int
	for _, s := range support {
		switch {
		case s.Effect == EffectDenies && (s.Class == pleading.ClassPartlyAdmitted || s.Class == pleading.ClassAdmitted):
			elsewhere = append(elsewhere, s.Paragraph)
		case s.Class == pleading.ClassNoKnowledge:
			lack = append(lack, s.Paragraph)
		case s.Effect == EffectDenies:
			denied = append(denied, s.Paragraph)
		default:
			none = append(none, s.Paragraph)
		}
	}
	var parts []string
	if len(denied) > 0 {
		parts = append(parts, "denied: "+citeList(denied))
	}
	if len(lack) > 0 {
		parts = append(parts, "denied for lack of knowledge: "+citeList(lack))
	}
	if len(elsewhere) > 0 {
		parts = append(parts, "admitted only as to other matters: "+citeList(elsewhere))
	}
	if len(none) > 0 {
		parts = append(parts, "neither admitted nor denied: "+citeList(none))
	}
	why := strings.Join(parts, "; ")
	return StatusContested, strings.ToUpper(why[:1]) + why[1:] + "."
}

// admission finds, among a group of supporting paragraphs, one whose
// admitted words speak to the element, and says what it concedes.
func (b *matrixBuilder) admission(el *library.Element, group []Support) (Status, string, bool) {
	for _, s := range group {
		r := b.rows[s.Paragraph]
		if r == nil || (s.Effect != EffectAdmits && s.Effect != EffectPartly) {
			continue
		}
		at := " (¶" + strconv.Itoa(s.Paragraph) + ")"
		said, ok := b.speaksIn(el, r)
		if !ok {
			if !admitsWhole(r) {
				continue
			}
			// Admitted whole: what the paragraph pleads is conceded.
			said, _ = b.pleads(el, s.Paragraph)
			if said == "" || said == b.saysText[s.Paragraph] {
				// What the paragraph asserts has the charge or promise it
				// reports cut out: quote the allegation's own sentence.
				said = b.ownSentence(el, s.Paragraph)
			}
			how := "Admitted"
			if r.DeemedAdmitted {
				how = "Deemed admitted (not answered)"
			}
			if f, ok := b.defeats(el, r); ok {
				return StatusPartly, how + " " + quoteCut(said) + " but the answer asserts " + quoteCut(f) + at + ".", true
			}
			return StatusAdmitted, how + ": " + quoteCut(said) + at + ".", true
		}
		if f, ok := b.defeats(el, r); ok {
			return StatusPartly, "Admits " + quoteCut(said) + " but asserts " + quoteCut(f) + at + ".", true
		}
		if hedged(said) {
			return StatusPartly, "Admits only " + quoteCut(said) + at + ".", true
		}
		return StatusAdmitted, "Admits " + quoteCut(said) + at + ".", true
	}
	return "", "", false
}

// ownSentence returns the first sentence of paragraph n, as pleaded, that
// holds one of the element's core keywords, or the paragraph's text.
func (b *matrixBuilder) ownSentence(el *library.Element, n int) string {
	text := b.para[n].Text
	for _, sent := range prose.Sentences(text) {
		if el.CoreHit(library.Tokenize(sent)).Score > 0 {
			return sent
		}
	}
	return text
}

// hedgeRe marks an admission of less than the element: that the plaintiff
// claimed or alleged it, not that it is so.
var hedgeRe = regexp.MustCompile(`(?i)\b(claimed|claims|purport\w*|allegedly|alleged to|contends?|asserted|advertised (itself|themselves|it) as|represented that|states that)\b`)

// hedged reports whether an admission concedes only that something was
// claimed or said ("LivePerson claimed to have relationships", "it has
// advertised itself as"): the hedge opens the admitted words.
func hedged(said string) bool {
	s := strings.TrimSpace(said)
	if loc := leadInRe.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	if len(s) > 80 {
		s = s[:80]
	}
	return hedgeRe.MatchString(s)
}

// defeats finds, in the responses to a row, a sentence asserting a fact
// that defeats the element (the termination of an admitted contract) and
// returns the clause that asserts it.
func (b *matrixBuilder) defeats(el *library.Element, r *joined.Row) (string, bool) {
	for _, rr := range r.Responses {
		for _, sent := range prose.Sentences(prose.PlainText(rr.Text)) {
			if el.Defeats(library.Tokenize(sent)).Score == 0 {
				continue
			}
			for _, c := range clauses(sent) {
				if el.Defeats(library.Tokenize(c)).Score > 0 {
					return c, true
				}
			}
			return sent, true
		}
	}
	return "", false
}

// quoteCut quotes an answer's or complaint's words, cut to maxQuote words,
// without the lead-in of an admission ("[24]7 admits that") or the words
// that introduce a quotation of the allegation ("the allegations of the
// second sentence of Paragraph 6: “...”").
func quoteCut(s string) string {
	s = strings.TrimSpace(s)
	if loc := leadInRe.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	if i := strings.Index(s, ": “"); i >= 0 && i < 80 {
		s = strings.TrimSuffix(strings.TrimSpace(s[i+len(": “"):]), "”")
	}
	return "“" + prose.FirstWords(strings.TrimSpace(strings.TrimRight(s, ".;,")), maxQuote) + "”"
}

// leadInRe is the lead-in of an admission: "[24]7 further admits that".
var leadInRe = regexp.MustCompile(`(?i)^(?:in (?:answer|response) to (?:the \w+ sentences? of )?paragraph \d+,\s*)?(?:[^,.;]{0,60}?\s)?(?:further |also )?admit(?:s|ted)?,?\s+(?:that\s+)?`)

// maxQuote is the most words a status cell quotes.
const maxQuote = 30

// inferred returns the allegations an element no allegation states may be
// inferred from (its inferable words), the count's own first.
func (b *matrixBuilder) inferred(el *library.Element, inCount, general []int) []Inference {
	var out []Inference
	for _, list := range [][]int{inCount, general} {
		for _, n := range list {
			if h := el.Inferred(b.tokens(n)); h.Score > 0 {
				out = append(out, Inference{Paragraph: n, Words: h.Words})
				if len(out) == 3 {
					return out
				}
			}
		}
	}
	return out
}

// negates reports whether a class denies the allegation (lack of knowledge is a denial, FRCP 8(b)(5)).
func negates(c pleading.Class) bool {
	return c == pleading.ClassDenied || c == pleading.ClassNoKnowledge
}

// elementParty says whose conduct or right an element is about, from its
// statement: "plaintiff", "defendant" or "" (both or neither).
func elementParty(el *library.Element) string {
	s := strings.ToLower(el.Statement)
	p := strings.Contains(s, "plaintiff")
	d := strings.Contains(s, "defendant")
	switch {
	case p && !d:
		return "plaintiff"
	case d && !p:
		return "defendant"
	}
	return ""
}

func (b *matrixBuilder) partyKeywords(party string) *library.Keywords {
	switch party {
	case "plaintiff":
		return b.plaintiffs
	case "defendant":
		return b.defendants
	}
	return nil
}

// citeList formats paragraph numbers as "¶25, ¶27".
func citeList(ns []int) string {
	sorted := append([]int(nil), ns...)
	sort.Ints(sorted)
	parts := make([]string, 0, len(sorted))
	for i, n := range sorted {
		if i > 0 && sorted[i-1] == n {
			continue
		}
		parts = append(parts, "¶"+strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

func matrixHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// keywordLabel shows a library keyword in a reason: "misappropriat*" as "misappropriat…".
func keywordLabel(kw string) string {
	return strings.ReplaceAll(kw, "*", "…")
}

// denialRe finds a denial or a plea of lack of knowledge in an admitted statement.
var denialRe = regexp.MustCompile(`(?i)\b(denies|deny|denied|lacks? (sufficient )?knowledge|is without knowledge)\b`)

// conjRe is a conjunction a denial follows: "..., but denies", "and lacks knowledge".
var conjRe = regexp.MustCompile(`(?i)[,;]?\s*\b(but|and|except|further|otherwise)\s*$`)

// admittedOnly joins admitted statements, each cut where it turns into a
// denial ("..., but denies that ...", "... . Coldspire denies ..."): only
// what is admitted concedes an element.
func admittedOnly(stmts []string) string {
	parts := make([]string, 0, len(stmts))
	for _, s := range stmts {
		parts = append(parts, cutDenial(s))
	}
	return strings.Join(parts, " ")
}

func cutDenial(s string) string {
	loc := denialRe.FindStringIndex(s)
	if loc == nil {
		return s
	}
	head := s[:loc[0]]
	if m := conjRe.FindStringIndex(head); m != nil {
		return strings.TrimSpace(head[:m[0]])
	}
	// A new sentence whose subject denies: "... Agreement. Coldspire denies ...".
	if i := strings.LastIndexAny(head, ".;"); i >= 0 && len(head)-i <= 40 {
		return strings.TrimSpace(head[:i])
	}
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(head), ",;"))
}

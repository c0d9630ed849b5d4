package matrix

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
)

// Status: what the answer did to the paragraphs that plead an element,
// and the element's status that results.

// respond copies the answer's response to a supporting paragraph and
// decides what it does to the element. What is admitted (the whole
// paragraph, or the admitted statements of a partial admission) concedes the
// element when it carries more than half the keyword weight of the
// element's strongest allegation, admits it in part when it carries less,
// and leaves it denied when it carries none (the admitted part is about
// something else).
func (b *matrixBuilder) respond(el *library.Element, s *Support, best int) {
	r := b.rows[s.Paragraph]
	if r == nil {
		s.Class, s.ClassText, s.Admitted, s.Effect = pleading.ClassNotAnswered, joined.ClassLabel(pleading.ClassNotAnswered), []string{}, EffectNone
		return
	}
	s.Class, s.ClassText, s.Admitted = r.Class, r.ClassText, r.Admitted
	if s.Admitted == nil {
		s.Admitted = []string{}
	}
	got := -1
	switch {
	case r.Class == pleading.ClassAdmitted, r.DeemedAdmitted:
		got = s.kw
	case r.Class == pleading.ClassPartlyAdmitted:
		got = b.weigh(el.ScoreText(admittedOnly(r.Admitted)))
	}
	switch {
	case got > 0 && 2*got > best:
		s.Effect = EffectAdmits
	case got > 0:
		s.Effect = EffectPartly
	case got == 0 || negates(r.Class):
		s.Effect = EffectDenies
	default:
		s.Effect = EffectNone
	}
}

// status decides an element's status from its support and says why.
func status(support []Support) (Status, string) {
	if len(support) == 0 {
		return StatusUnsupported, "No allegation pleads this element."
	}
	var admits, partly, denied, elsewhere, none []int
	for _, s := range support {
		switch {
		case s.Effect == EffectAdmits:
			admits = append(admits, s.Paragraph)
		case s.Effect == EffectPartly:
			partly = append(partly, s.Paragraph)
		case s.Effect == EffectDenies && (s.Class == pleading.ClassPartlyAdmitted || s.Class == pleading.ClassAdmitted):
			elsewhere = append(elsewhere, s.Paragraph)
		case s.Effect == EffectDenies:
			denied = append(denied, s.Paragraph)
		default:
			none = append(none, s.Paragraph)
		}
	}
	switch {
	case len(admits) > 0:
		return StatusAdmitted, "Admitted as to this element: " + citeList(admits) + "."
	case len(partly) > 0:
		return StatusPartly, "Admitted only in part as to this element: " + citeList(partly) + "."
	}
	var parts []string
	if len(denied) > 0 {
		parts = append(parts, "denied: "+citeList(denied))
	}
	if len(elsewhere) > 0 {
		parts = append(parts, "admitted only as to other matters: "+citeList(elsewhere))
	}
	if len(none) > 0 {
		parts = append(parts, "neither admitted nor denied: "+citeList(none))
	}
	s := strings.Join(parts, "; ")
	return StatusContested, strings.ToUpper(s[:1]) + s[1:] + "."
}

// negates reports whether a class denies the allegation (lack of knowledge is a denial, FRCP 8(b)(5)).
func negates(c pleading.Class) bool {
	return c == pleading.ClassDenied || c == pleading.ClassNoKnowledge
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

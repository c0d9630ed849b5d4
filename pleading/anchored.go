package pleading

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// anchoredRe is a regexp anchored at the start of the text ("^...") that
// knows which bytes a match can begin with, so that a line that begins
// otherwise is turned down without running the regexp. The parser tries
// a dozen such regexps on every line; most lines begin with a digit or a
// word none of them takes.
type anchoredRe struct {
	*regexp.Regexp
	// first[c] is true when a match may begin with byte c; empty is true
	// when the regexp matches the empty string (then every text may match).
	first [256]bool
	empty bool
}

// mustAnchored compiles expr, which must begin with "^" on every branch
// (after any flags); it panics otherwise, as regexp.MustCompile does on a
// bad expression.
func mustAnchored(expr string) *anchoredRe {
	a := &anchoredRe{Regexp: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	// Walk the program from its start through the instructions that
	// consume nothing, to the first that consumes a rune; every path must
	// pass the start-of-text assertion on the way.
	type state struct {
		pc       uint32
		anchored bool
	}
	seen := map[state]bool{}
	var walk func(s state)
	walk = func(s state) {
		if seen[s] {
			return
		}
		seen[s] = true
		in := &prog.Inst[s.pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(state{in.Out, s.anchored})
			walk(state{in.Arg, s.anchored})
		case syntax.InstCapture, syntax.InstNop:
			walk(state{in.Out, s.anchored})
		case syntax.InstEmptyWidth:
			walk(state{in.Out, s.anchored || syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0})
		case syntax.InstFail:
		case syntax.InstMatch:
			if !s.anchored {
				panic(fmt.Sprintf("mustAnchored(%q): not anchored at the start", expr))
			}
			a.empty = true
		default: // a rune
			if !s.anchored {
				panic(fmt.Sprintf("mustAnchored(%q): not anchored at the start", expr))
			}
			a.addRunes(in)
		}
	}
	walk(state{uint32(prog.Start), false})
	return a
}

// addRunes marks the first bytes of the runes instruction in matches.
func (a *anchoredRe) addRunes(in *syntax.Inst) {
	switch in.Op {
	case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		for c := range a.first {
			a.first[c] = true
		}
		return
	}
	ranges := in.Rune
	if len(ranges) == 1 {
		// One rune; with FoldCase, every rune of its case-folding orbit.
		r := ranges[0]
		ranges = []rune{r, r}
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				ranges = append(ranges, f, f)
			}
		}
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := firstByte(ranges[i]), firstByte(ranges[i+1])
		for c := int(lo); c <= int(hi); c++ {
			a.first[c] = true
		}
	}
	// Invalid UTF-8 reads as utf8.RuneError, which a class may hold.
	if in.MatchRune(utf8.RuneError) {
		for c := 0x80; c < 0x100; c++ {
			a.first[c] = true
		}
	}
}

// firstByte returns the first byte of r in UTF-8 (first bytes grow with r).
func firstByte(r rune) byte {
	var b [utf8.UTFMax]byte
	if r > unicode.MaxRune {
		r = unicode.MaxRune
	}
	utf8.EncodeRune(b[:], r)
	return b[0]
}

// may reports whether a match can begin at the start of s.
func (a *anchoredRe) may(s string) bool {
	return a.empty || len(s) > 0 && a.first[s[0]]
}

// MatchString is regexp.MatchString, turning down at once a text that
// begins with a byte no match begins with.
func (a *anchoredRe) MatchString(s string) bool {
	return a.may(s) && a.Regexp.MatchString(s)
}

// FindStringSubmatch is regexp.FindStringSubmatch (see MatchString).
func (a *anchoredRe) FindStringSubmatch(s string) []string {
	if !a.may(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatch(s)
}

// FindStringIndex is regexp.FindStringIndex (see MatchString).
func (a *anchoredRe) FindStringIndex(s string) []int {
	if !a.may(s) {
		return nil
	}
	return a.Regexp.FindStringIndex(s)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex (see MatchString).
func (a *anchoredRe) FindStringSubmatchIndex(s string) []int {
	if !a.may(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatchIndex(s)
}

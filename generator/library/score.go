package library

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens is a text split into lower-case, lightly stemmed words, ready to
// score against many keyword sets.
type Tokens struct {
	raw   []string // lower-case words, possessive 's dropped
	stems []string
	// low is the lower-cased text every raw word is a substring of, unless
	// squeezed (a word lost an inner apostrophe): a prefix keyword absent
	// from it is absent from the words.
	low      string
	squeezed bool
	// bloom has bit stemBit(s) set for every stem s: a keyword whose first
	// stem's bit is clear is not in the text, and the stems are scanned
	// only for the few whose bit is set.
	bloom [8]uint64
}

// stemBit hashes a stem (FNV-1a) to one of the 512 bits of a bloom.
func stemBit(s string) uint16 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return uint16(h^h>>9^h>>18^h>>27) & 511
}

// Tokenize splits text into words: letters and digits, lower-cased, with a
// possessive "'s" dropped and hyphenated words split.
func Tokenize(text string) Tokens {
	low := strings.ToLower(text)
	if strings.ContainsRune(low, '’') {
		low = strings.ReplaceAll(low, "’", "'")
	}
	t := Tokens{raw: make([]string, 0, len(low)/6+1), low: low}
	emit := func(w string) {
		w = strings.TrimRight(strings.TrimSuffix(w, "'s"), "'")
		if strings.IndexByte(w, '\'') >= 0 {
			w = strings.ReplaceAll(w, "'", "")
			t.squeezed = true
		}
		if w != "" {
			t.raw = append(t.raw, w)
		}
	}
	start := -1
	for i := 0; i < len(low); {
		c, size := rune(low[i]), 1
		word := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(low[i:])
			word = unicode.IsLetter(c) || unicode.IsDigit(c)
		}
		switch {
		case word:
			if start < 0 {
				start = i
			}
		case c == '\'' && start >= 0:
		default:
			if start >= 0 {
				emit(low[start:i])
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		emit(low[start:])
	}
	t.stems = make([]string, len(t.raw))
	for i, w := range t.raw {
		s := stem(w)
		t.stems[i] = s
		b := stemBit(s)
		t.bloom[b>>6] |= 1 << (b & 63)
	}
	return t
}

// Len returns the number of words.
func (t Tokens) Len() int { return len(t.raw) }

// stem strips common English inflections so "copy", "copies", "copied" and
// "copying" meet, as do "infringe", "infringed", "infringes",
// "infringing" and "infringement". It is deliberately light: derivational
// forms ("registration" and "registered") stay apart.
func stem(w string) string {
	n := len(w)
	if n > 4 && (strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied")) {
		return w[:n-3] + "y"
	}
	for _, suf := range []string{"ments", "ment", "ings", "ing", "edly", "ed", "es", "s"} {
		if !strings.HasSuffix(w, suf) || n-len(suf) < 3 {
			continue
		}
		if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
			break
		}
		w = w[:n-len(suf)]
		break
	}
	if len(w) >= 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// Keywords is a compiled set of keywords and phrases.
type Keywords struct {
	list []keyword
}

type keyword struct {
	text  string // as written
	words []kwWord
}

type kwWord struct {
	stem   string
	prefix bool   // written with a trailing *: matches any word beginning with stem
	bit    uint16 // stemBit(stem)
}

// CompileKeywords compiles keywords and phrases. A word ending in * matches
// any word that begins with the rest ("misappropriat*"); other words match
// on their stems. Keywords with the same stems ("copied", "copying") count
// once.
func CompileKeywords(list []string) (*Keywords, error) {
	k := &Keywords{}
	var errs []error
	seen := map[string]bool{}
	for _, s := range list {
		var kw keyword
		kw.text = s
		for _, f := range strings.Fields(s) {
			prefix := strings.HasSuffix(f, "*")
			f = strings.TrimSuffix(f, "*")
			toks := Tokenize(f).raw
			for i, w := range toks {
				if prefix && i == len(toks)-1 {
					kw.words = append(kw.words, kwWord{stem: w, prefix: true})
				} else {
					st := stem(w)
					kw.words = append(kw.words, kwWord{stem: st, bit: stemBit(st)})
				}
			}
		}
		if len(kw.words) == 0 {
			errs = append(errs, fmt.Errorf("keyword %q has no words", s))
			continue
		}
		// "copied" and "copying" are one keyword: count it once.
		key := fmt.Sprint(kw.words)
		if seen[key] {
			continue
		}
		seen[key] = true
		k.list = append(k.list, kw)
	}
	return k, errors.Join(errs...)
}

// Hit is how strongly a text ties to a set of keywords.
type Hit struct {
	// Score is the number of words of the distinct keywords found, so a
	// matched phrase weighs more than a single word.
	Score int `json:"score"`
	// Words are the keywords found, as written in the library, in library order.
	Words []string `json:"words,omitempty"`
}

// Score scores a tokenized text against the keywords.
func (k *Keywords) Score(t Tokens) Hit {
	var h Hit
	if k == nil {
		return h
	}
	for _, kw := range k.list {
		if kw.found(t) {
			h.Score += len(kw.words)
			h.Words = append(h.Words, kw.text)
		}
	}
	return h
}

// ScoreText tokenizes text and scores it against the keywords.
func (k *Keywords) ScoreText(text string) Hit { return k.Score(Tokenize(text)) }

func (kw keyword) found(t Tokens) bool {
	first := kw.words[0]
	if !first.prefix {
		if t.bloom[first.bit>>6]&(1<<(first.bit&63)) == 0 {
			return false
		}
		for i, s := range t.stems {
			if s == first.stem && kw.matchAt(t, i) {
				return true
			}
		}
		return false
	}
	if !t.squeezed && !strings.Contains(t.low, first.stem) {
		return false
	}
	for i := range t.raw {
		if kw.matchAt(t, i) {
			return true
		}
	}
	return false
}

func (kw keyword) matchAt(t Tokens, i int) bool {
	if i+len(kw.words) > len(t.raw) {
		return false
	}
	for j, w := range kw.words {
		if w.prefix {
			if !strings.HasPrefix(t.raw[i+j], w.stem) {
				return false
			}
		} else if t.stems[i+j] != w.stem {
			return false
		}
	}
	return true
}

// Score scores a tokenized allegation against the element's keywords.
func (e *Element) Score(t Tokens) Hit { return e.kw.Score(t) }

// ScoreText scores an allegation's text against the element's keywords.
func (e *Element) ScoreText(text string) Hit { return e.kw.Score(Tokenize(text)) }

// Inferred scores an allegation against the words the element may be
// inferred from though no allegation states it (its inferable keywords).
func (e *Element) Inferred(t Tokens) Hit { return e.inf.Score(t) }

// CoreHit scores a text against the element's core keywords: what states
// the element itself (all its keywords when it names no core).
func (e *Element) CoreHit(t Tokens) Hit { return e.core.Score(t) }

// Defeats scores a text against the words of facts that defeat the element.
func (e *Element) Defeats(t Tokens) Hit { return e.defeat.Score(t) }

// HasAsserts reports whether the element says what a sentence pleading it
// looks like (its asserts patterns).
func (e *Element) HasAsserts() bool { return len(e.asserts) > 0 }

// Asserted returns the words of sentence that match one of the element's
// asserts patterns, and whether one does. The sentence is matched
// lower-cased with its whitespace collapsed, as titles are.
func (e *Element) Asserted(sentence string) (string, bool) {
	if len(e.asserts) == 0 {
		return "", false
	}
	return e.AssertedIn(Normalize(sentence))
}

// Normalize lower-cases text, collapses its whitespace and straightens its
// quotes, as asserts and title patterns read it.
func Normalize(text string) string { return normalize(text) }

// AssertedIn is Asserted on a sentence already normalized (Normalize),
// for a caller that tries one sentence against many elements.
func (e *Element) AssertedIn(s string) (string, bool) {
	for _, p := range e.asserts {
		if p.skip(s) {
			continue
		}
		if loc := p.re.FindStringIndex(s); loc != nil {
			return s[loc[0]:loc[1]], true
		}
	}
	return "", false
}

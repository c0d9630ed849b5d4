package matrix

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/pleadkit/pleadkit/generator/library"
)

// An allegation inside a count often restates the general allegations it
// rests on ("As detailed above, 24/7 ... has copied ... to make calls to
// LivePerson's servers"). The words a general allegation shares with the
// count's own allegations of an element, when they are distinctive in the
// complaint, tie it to that element.

// echoWords returns the distinctive words of the in-count paragraphs that
// plead an element.
func (b *matrixBuilder) echoWords(in []Support) map[string]bool {
	if len(in) == 0 {
		return nil
	}
	b.indexWords()
	set := map[string]bool{}
	for _, s := range in {
		for _, w := range b.words[s.Paragraph] {
			set[w] = true
		}
	}
	return set
}

// echoes returns the distinctive words paragraph n shares with set, in the
// order they first appear in n, as the complaint first writes them.
func (b *matrixBuilder) echoes(n int, set map[string]bool) []string {
	if len(set) == 0 {
		return nil
	}
	var out []string
	for _, w := range b.words[n] {
		if set[w] {
			out = append(out, b.surface[w])
		}
	}
	return out
}

// indexWords splits every complaint paragraph into its distinctive words:
// content words, lightly stemmed, that are not party names and occur in at
// most commonShare of the paragraphs. Each paragraph lists a word once.
func (b *matrixBuilder) indexWords() {
	if b.words != nil {
		return
	}
	paras := b.c.Complaint.Paragraphs
	// One map holds, per stem, the paragraphs it occurs in (df), the last
	// paragraph counted (so each counts a word once) and its first form.
	type stat struct {
		df, last int
		word     string
	}
	stats := make(map[string]*stat, 4*len(paras))
	all := make([][]string, len(paras))
	for i, p := range paras {
		var ws []string
		eachContentForm(p.Text, func(w, word string) {
			st := stats[w]
			if st == nil {
				st = &stat{last: -1, word: word}
				stats[w] = st
			}
			if st.last != i && !b.partyWord[w] {
				st.last = i
				st.df++
				ws = append(ws, w)
			}
		})
		all[i] = ws
	}
	limit := commonShare * float64(len(paras))
	b.surface = map[string]string{}
	b.words = make(map[int][]string, len(all))
	for i, ws := range all {
		var keep []string
		for _, w := range ws {
			if st := stats[w]; float64(st.df) <= limit && st.df > 1 {
				keep = append(keep, w)
				b.surface[w] = st.word
			}
		}
		b.words[paras[i].Number] = keep
	}
}

// contentWords returns the lower-case words of s of four letters or more
// that are not function words, with a plural or verb ending stripped.
func contentWords(s string) []string {
	var out []string
	for _, w := range contentForms(s) {
		out = append(out, w.stem)
	}
	return out
}

// form is a content word as written (lower-cased) and its stem.
type form struct{ stem, word string }

func contentForms(s string) []form {
	var out []form
	eachContentForm(s, func(stem, word string) { out = append(out, form{stem, word}) })
	return out
}

// eachContentForm calls f with the stem and the lower-cased form of each
// content word of s, in order (see contentWords).
func eachContentForm(s string, f func(stem, word string)) {
	add := func(w string) {
		if len(w) < 4 {
			return
		}
		w = strings.ToLower(w) // no copy when already lower-case ASCII
		if !stopWords[w] {
			f(echoStem(w), w)
		}
	}
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			add(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		add(s[start:])
	}
}

func echoStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 && !strings.HasSuffix(w, "ss") {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// stopWords are words that tie no allegation to another: function words and
// the furniture of pleading.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`about above after again against also among because been before being below between both
		could does doing down during each either else even ever every from further have having here into itself just
		many more most much must need none only other others over same should since some such than that their theirs
		them then there these they this those through under until upon very were what when where whether which while
		will with within without would your including include includes among alleged allege alleges paragraph paragraphs
		particular example herein thereof therein hereby further however said upon also well like become became
		plaintiff plaintiffs defendant defendants party parties complaint court inclusive`) {
		m[w] = true
	}
	return m
}()

// sameHeading returns, beside the strongest general allegation of an
// element, the other paragraphs under its sub-heading that speak to the
// element with at least one distinctive keyword: a complaint tells one
// allegation ("24/7 injects spyware into LivePerson's technology") in a few
// paragraphs under one heading. Only short runs (maxHeading paragraphs) count.
func (b *matrixBuilder) sameHeading(el *library.Element, chosen []Support, general []int, score func(int, bool) (Support, bool)) []Support {
	if len(chosen) == 0 {
		return nil
	}
	top := b.para[chosen[0].Paragraph]
	if top.Heading == "" || top.Heading == top.Section {
		return nil
	}
	var group []int
	for _, n := range general {
		if b.para[n].Heading == top.Heading && b.para[n].Section == top.Section {
			group = append(group, n)
		}
	}
	if len(group) > maxHeading {
		return nil
	}
	in := map[int]bool{}
	for _, s := range chosen {
		in[s.Paragraph] = true
	}
	var out []Support
	for _, n := range group {
		if in[n] {
			continue
		}
		s, ok := score(n, false)
		if !ok || s.Score < weightKeyword || b.pleadsOther(n) {
			continue
		}
		s.Reasons = append(s.Reasons, "same heading as ¶"+strconv.Itoa(top.Number))
		out = append(out, s)
	}
	return out
}

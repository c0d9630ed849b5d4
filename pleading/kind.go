package pleading

import (
	"bytes"
	"regexp"
)

// respondsToAllegations reports whether most numbered paragraphs respond
// to allegations ("Defendants deny the allegations of paragraph 2",
// "Admitted.") rather than allege: the body of an answer, whatever its
// title says.
func respondsToAllegations(paras []Paragraph) bool {
	if len(paras) < 3 {
		return false
	}
	hits, misses := 0, 0
	for _, para := range paras {
		if respondsToAllegation(para.Text) {
			hits++
		} else if misses++; (len(paras)-misses)*3 <= len(paras)*2 {
			// Even if every paragraph left responded, too few would.
			return false
		}
	}
	return hits*3 > len(paras)*2
}

// respondsToAllegation reports whether a paragraph reads as a response:
// it opens with "Admit"/"Deny"/"Denied", or it admits, denies or disclaims
// knowledge of something it names as a paragraph, an allegation or the
// complaint. It reads the letters alone, so lost spaces do not matter.
func respondsToAllegation(text string) bool {
	// The letters of the first 600 bytes, lower-cased, in a buffer on the
	// stack: this runs on every paragraph of every complaint.
	var buf [600]byte
	s := buf[:0]
	for i := 0; i < min(len(text), 600); i++ {
		if c := text[i] | 0x20; c >= 'a' && c <= 'z' {
			s = append(s, c)
		}
	}
	for _, w := range [...]string{"admit", "deny", "denie", "withoutknowledge", "noresponse"} {
		if bytes.HasPrefix(s, []byte(w)) {
			return true
		}
	}
	// Does s hold "admit", "deny", "denies", "denied",
	// "knowledgeorinformation", "knowledgeandinformation",
	// "sufficientknowledge" or "noresponse"? One pass, by first letter.
	verb := false
	for i := 0; i < len(s) && !verb; i++ {
		switch r := s[i:]; r[0] {
		case 'a':
			verb = bytes.HasPrefix(r, []byte("admit"))
		case 'd':
			verb = bytes.HasPrefix(r, []byte("deny")) || bytes.HasPrefix(r, []byte("denies")) || bytes.HasPrefix(r, []byte("denied"))
		case 'k':
			verb = bytes.HasPrefix(r, []byte("knowledgeorinformation")) || bytes.HasPrefix(r, []byte("knowledgeandinformation"))
		case 's':
			verb = bytes.HasPrefix(r, []byte("sufficientknowledge"))
		case 'n':
			verb = bytes.HasPrefix(r, []byte("noresponse"))
		}
	}
	return verb && (bytes.Contains(s, []byte("paragraph")) || bytes.Contains(s, []byte("allegation")) || bytes.Contains(s, []byte("complaint")) || bytes.Contains(s, []byte("averment")))
}

var answerishRe = regexp.MustCompile(`(?i)\b(?:admit(?:s|ted)?|den(?:y|ies|ied))\b`)

// guessKind decides the kind from structure when the title did not.
func guessKind(d *Document) Kind {
	if len(d.Paragraphs) == 0 {
		return KindOther
	}
	hits := 0
	for _, para := range d.Paragraphs {
		if answerishRe.MatchString(para.Text) || respondsToAllegation(para.Text) {
			hits++
		}
	}
	if hits*2 > len(d.Paragraphs) {
		return KindAnswer
	}
	return KindComplaint
}

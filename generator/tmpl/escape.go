package tmpl

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cell escapes pleading text for one cell of a GitHub-flavored Markdown
// table: the text reads literally (no emphasis, code, links or HTML start),
// a "|" never splits the cell, runs of spaces collapse to one, a line break
// becomes <br> (a blank line <br><br>), and the result is one line.
func Cell(s string) string { return escapeText(s, true) }

// Inline escapes pleading text for running Markdown text: the text reads
// literally, on one line, and cannot start a heading, list, quote or table.
func Inline(s string) string { return escapeText(s, false) }

// escapeText writes s with every Markdown-active character escaped; cell
// turns line breaks into <br> instead of spaces.
func escapeText(s string, cell bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexFunc(s, isControl) >= 0 {
		// Drop control characters first, so what is left is what is checked
		// ("&\x04amp;" must not become an entity).
		s = strings.Map(func(r rune) rune {
			switch {
			case r == 0:
				return '\uFFFD' // CommonMark replaces NUL
			case isControl(r):
				return -1 // carries nothing a reader can see
			}
			return r
		}, s)
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	start := true   // nothing written yet
	digits := false // output so far is only digits (an ordered-list marker may follow)
	pendingNL := -1 // newlines in the whitespace run before the next character; -1: no run
	plain := -1     // start of a run of bytes copied as they are; -1: none
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		space := false
		switch {
		case c == ' ' && plain >= 0 && i+1 < len(s) && s[i+1] > ' ' && s[i+1] < utf8.RuneSelf:
			i++ // one space between words: part of the plain run
			continue
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			space = true
		case c == '\n':
			space = true
			pendingNL = max(pendingNL, 0) + 1
		case c == '\r':
			space = true
			if i+1 >= len(s) || s[i+1] != '\n' { // \r\n counts once, at the \n
				pendingNL = max(pendingNL, 0) + 1
			}
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if plain >= 0 {
				b.WriteString(s[plain:i])
				plain = -1
			}
			if pendingNL < 0 {
				pendingNL = 0
			}
			i += size
			continue
		}
		if pendingNL >= 0 && !start {
			switch {
			case !cell || pendingNL == 0:
				b.WriteByte(' ')
			case pendingNL == 1:
				b.WriteString("<br>")
			default:
				b.WriteString("<br><br>")
			}
		}
		pendingNL = -1
		escape := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '|':
			escape = true
		case '#':
			// At the start it would make a heading; at the end of a heading's
			// text a closing sequence, which is dropped.
			// Every space this function reads as one (\f, \v, Unicode
			// spaces) counts, or "# ###\f" would end in a closing sequence.
			escape = start || strings.TrimRightFunc(s[i:], isHashOrSpace) == ""
		case '+', '-', '=':
			escape = start // would start a list or a setext underline
		case '.', ')':
			escape = digits // "1." or "1)" would start an ordered list
		case '&':
			escape = entityAt(s[i:]) // "&sect;" would show as "§"
		}
		if escape {
			if plain >= 0 {
				b.WriteString(s[plain:i])
			}
			b.WriteByte('\\')
			plain = i
		} else if plain < 0 {
			plain = i
		}
		digits = (start || digits) && c >= '0' && c <= '9'
		start = false
		i += size
	}
	if plain >= 0 {
		b.WriteString(s[plain:])
	}
	out := b.String()
	if strings.HasSuffix(out, `\\`) {
		// A table row splits on "|" unless a backslash precedes it, so a
		// cell must not end in one: write the last backslash as an entity.
		out = out[:len(out)-2] + "&#92;"
	}
	return out
}

// entityAt reports whether s starts with an HTML entity or numeric character
// reference ("&amp;", "&#92;", "&#x5C;").
func entityAt(s string) bool {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
	}
	n := 0
	for i < len(s) && n < 32 {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			n++
			continue
		}
		return c == ';' && n > 0
	}
	return false
}

// isControl reports whether r is a control character that is not whitespace.
func isControl(r rune) bool {
	return (r < 0x20 || r == 0x7f) && r != '\t' && r != '\n' && r != '\r' && r != '\v' && r != '\f'
}

// isHashOrSpace reports whether r is '#' or a space escapeText collapses.
func isHashOrSpace(r rune) bool { return r == '#' || unicode.IsSpace(r) }

package tmpl

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// source is the text of a template file, read just enough to say where each
// key is and where each byte of body came from: the TOML decoder reports
// neither.
type source struct {
	text       string
	lineStarts []int          // byte offset of the start of each line
	keys       map[string]int // dotted key path -> byte offset of the key
	values     map[string]int // dotted key path -> byte offset of its value
}

// scanSource indexes the keys of text, skipping the inside of strings.
func scanSource(text string) *source { return scan(text, false) }

// scan indexes the keys of text; topOnly stops after the first table header.
func scan(text string, topOnly bool) *source {
	s := &source{text: text, lineStarts: []int{0}, keys: map[string]int{}, values: map[string]int{}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	var table []string
	i := 0
	for i < len(text) {
		// One logical line: skip indentation.
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= len(text) {
			break
		}
		switch c := text[i]; {
		case c == '\n' || c == '\r' || c == '#':
			i = skipLine(text, i)
			continue
		case c == '[':
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				end = len(text) - i
			}
			header := strings.Trim(strings.TrimSpace(stripComment(text[i:i+end])), "[]")
			table = splitKey(header)
			s.keys[strings.Join(table, ".")] = i
			if topOnly {
				return s
			}
			i += end
			continue
		}
		eq := keyEnd(text, i)
		if eq < 0 {
			i = skipLine(text, i)
			continue
		}
		path := append(append([]string(nil), table...), splitKey(text[i:eq])...)
		name := strings.Join(path, ".")
		if _, dup := s.keys[name]; !dup {
			s.keys[name] = i
		}
		v := eq + 1
		for v < len(text) && (text[v] == ' ' || text[v] == '\t') {
			v++
		}
		s.values[name] = v
		i = skipValue(text, v)
	}
	return s
}

// keyEnd returns the offset of the "=" ending the key that starts at i, or -1.
func keyEnd(text string, i int) int {
	for i < len(text) {
		switch text[i] {
		case '=':
			return i
		case '\n':
			return -1
		case '"', '\'':
			q := text[i]
			i++
			for i < len(text) && text[i] != q && text[i] != '\n' {
				if q == '"' && text[i] == '\\' {
					i++
				}
				i++
			}
		}
		i++
	}
	return -1
}

// skipValue returns the offset just past the value starting at v (and the
// rest of its line), stepping over multi-line strings.
func skipValue(text string, v int) int {
	if strings.HasPrefix(text[v:], `"""`) || strings.HasPrefix(text[v:], `'''`) {
		if _, _, end, ok := decodeString(text, v, false); ok {
			return skipLine(text, end)
		}
		return len(text)
	}
	return skipLine(text, v)
}

// skipLine returns the offset of the start of the next line.
func skipLine(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(text)
}

// stripComment drops a trailing "# comment" from a table header line.
func stripComment(line string) string {
	if j := strings.IndexByte(line, '#'); j >= 0 && !strings.ContainsAny(line[:j], `"'`) {
		return line[:j]
	}
	return line
}

// splitKey splits a dotted TOML key into its parts, unquoting quoted parts.
func splitKey(key string) []string {
	var parts []string
	var cur strings.Builder
	for i := 0; i < len(key); i++ {
		switch c := key[i]; c {
		case '"', '\'':
			j := i + 1
			for j < len(key) && key[j] != c {
				if c == '"' && key[j] == '\\' {
					j++
				}
				j++
			}
			if j > len(key) {
				j = len(key)
			}
			raw := key[i:min(j+1, len(key))]
			if c == '"' {
				if u, err := strconv.Unquote(raw); err == nil {
					cur.WriteString(u)
				} else {
					cur.WriteString(strings.Trim(raw, `"`))
				}
			} else {
				cur.WriteString(strings.Trim(raw, "'"))
			}
			i = j
		case '.':
			parts = append(parts, cur.String())
			cur.Reset()
		case ' ', '\t':
		default:
			cur.WriteByte(c)
		}
	}
	return append(parts, cur.String())
}

// lineCol returns the 1-based line and byte column of offset off.
func (s *source) lineCol(off int) (line, col int) {
	lo, hi := 0, len(s.lineStarts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s.lineStarts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, off - s.lineStarts[lo] + 1
}

// keyPos returns the line and column of the dotted key, or 0, 0.
func (s *source) keyPos(key string) (line, col int) {
	if off, ok := s.keys[key]; ok {
		return s.lineCol(off)
	}
	// Keys inside an inline table ({a = 1}) are not indexed: find the last
	// part after the parent's position.
	parts := strings.Split(key, ".")
	for n := len(parts) - 1; n > 0; n-- {
		off, ok := s.keys[strings.Join(parts[:n], ".")]
		if !ok {
			continue
		}
		if j := strings.Index(s.text[off:], parts[len(parts)-1]); j >= 0 {
			return s.lineCol(off + j)
		}
		return s.lineCol(off)
	}
	return 0, 0
}

// valuePos returns the line and column of the value of the dotted key, or
// of needle inside it when needle is not empty; the key's position when the
// value is not indexed.
func (s *source) valuePos(key, needle string) (line, col int) {
	off, ok := s.values[key]
	if !ok {
		return s.keyPos(key)
	}
	if needle != "" {
		end := skipLine(s.text, off)
		if strings.HasPrefix(s.text[off:], "[") { // an array may span lines
			if j := strings.IndexByte(s.text[off:], ']'); j >= 0 {
				end = off + j
			}
		}
		if j := strings.Index(s.text[off:end], needle); j >= 0 {
			return s.lineCol(off + j)
		}
	}
	return s.lineCol(off)
}

// decodeString decodes the TOML string literal starting at text[v] (any of
// the four kinds) and returns it with, when track is set, the offset in
// text each byte of the result came from, and the offset just past the
// literal.
func decodeString(text string, v int, track bool) (val string, from []int, end int, ok bool) {
	var b []byte
	delim := ""
	switch {
	case strings.HasPrefix(text[v:], `"""`), strings.HasPrefix(text[v:], `'''`):
		delim = text[v : v+3]
	case strings.HasPrefix(text[v:], `"`), strings.HasPrefix(text[v:], `'`):
		delim = text[v : v+1]
	default:
		return "", nil, v, false
	}
	basic := delim[0] == '"'
	multi := len(delim) == 3
	i := v + len(delim)
	if multi { // a newline right after the opening delimiter is trimmed
		if strings.HasPrefix(text[i:], "\r\n") {
			i += 2
		} else if strings.HasPrefix(text[i:], "\n") {
			i++
		}
	}
	for i < len(text) {
		if strings.HasPrefix(text[i:], delim) {
			if multi { // up to two quotes may sit against the closing delimiter
				n := 3
				for n < 5 && i+n < len(text) && text[i+n] == delim[0] {
					n++
				}
				for k := 3; k < n; k++ {
					b, from = appendByte(b, from, delim[0], i+k-3, track)
				}
				return string(b), from, i + n, true
			}
			return string(b), from, i + 1, true
		}
		c := text[i]
		if c == '\n' && !multi {
			return "", nil, i, false
		}
		if c != '\\' || !basic {
			b, from = appendByte(b, from, c, i, track)
			i++
			continue
		}
		if i+1 >= len(text) {
			return "", nil, i, false
		}
		start := i
		switch e := text[i+1]; e {
		case 'b', 't', 'n', 'f', 'r', 'e', '"', '\\':
			b, from = appendByte(b, from, "\b\t\n\f\r\x1b\"\\"[strings.IndexByte(`btnfre"\`, e)], start, track)
			i += 2
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if i+2+n > len(text) {
				return "", nil, i, false
			}
			r, err := strconv.ParseUint(text[i+2:i+2+n], 16, 32)
			if err != nil {
				return "", nil, i, false
			}
			var enc [utf8.UTFMax]byte
			for _, x := range enc[:utf8.EncodeRune(enc[:], rune(r))] {
				b, from = appendByte(b, from, x, start, track)
			}
			i += 2 + n
		default:
			// A line-ending backslash trims all whitespace up to the next
			// non-whitespace character.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if !multi || j >= len(text) || (text[j] != '\n' && text[j] != '\r') {
				return "", nil, i, false
			}
			for j < len(text) && strings.IndexByte(" \t\r\n", text[j]) >= 0 {
				j++
			}
			i = j
		}
	}
	return "", nil, len(text), false
}

// appendByte appends c to b and, when track is set, its source offset to from.
func appendByte(b []byte, from []int, c byte, off int, track bool) ([]byte, []int) {
	if track {
		from = append(from, off)
	}
	return append(b, c), from
}

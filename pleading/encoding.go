package pleading

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The encodings DecodeText recognizes, as its warnings name them.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF16LE = "UTF-16LE"
	EncodingUTF16BE = "UTF-16BE"
	EncodingCP1252  = "Windows-1252"
)

// DecodeText turns the bytes of a text pleading into UTF-8 with "\n" line
// ends, as users save them: UTF-8 (with or without a byte-order mark),
// UTF-16 with a byte-order mark (or, without one, by its zero bytes), and
// Windows-1252 when the bytes are not UTF-8. Line ends may be "\r\n",
// "\n" or a lone "\r". It returns the encoding read and, when it was a
// guess or bytes were replaced, a warning saying so.
func DecodeText(data []byte) (text, encoding string, warn *Warning) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return lineEnds(decodeUTF16(data[2:], false)), EncodingUTF16LE, nil
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return lineEnds(decodeUTF16(data[2:], true)), EncodingUTF16BE, nil
	default:
		if be, ok := looksUTF16(data); ok {
			enc := EncodingUTF16LE
			if be {
				enc = EncodingUTF16BE
			}
			return lineEnds(decodeUTF16(data, be)), enc, &Warning{Line: 1, Message: "no byte-order mark: read as " + enc + " (guessed from its zero bytes); save it as UTF-8 to be sure"}
		}
	}
	if utf8.Valid(data) {
		return lineEnds(string(data)), EncodingUTF8, nil
	}
	valid, invalid, first := utf8Counts(data)
	if valid > invalid {
		// Mostly UTF-8 with a few broken bytes: keep it UTF-8, say where.
		line := 1 + bytes.Count(data[:first], []byte("\n"))
		return lineEnds(strings.ToValidUTF8(string(data), "\uFFFD")), EncodingUTF8,
			&Warning{Line: line, Message: fmt.Sprintf("%d bytes are not valid UTF-8 (first on this line); they read as \uFFFD", invalid)}
	}
	return lineEnds(decodeCP1252(data)), EncodingCP1252, &Warning{Line: 1, Message: "not UTF-8: read as Windows-1252 (guessed from its bytes); save it as UTF-8 to be sure"}
}

// utf8Counts counts the valid multi-byte sequences and the invalid bytes of
// data, and where the first invalid byte is.
func utf8Counts(data []byte) (valid, invalid, first int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid, invalid, first
}

// looksUTF16 reports whether data without a byte-order mark is UTF-16 text:
// most of its even (big-endian) or odd (little-endian) bytes are zero.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case even*10 > half*7 && odd*10 < half:
		return true, true
	case odd*10 > half*7 && even*10 < half:
		return false, true
	}
	return false, false
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps bytes 0x80–0x9F of Windows-1252; other bytes are Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func decodeCP1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// lineEnds turns "\r\n" and lone "\r" into "\n".
func lineEnds(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

package render

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strings"
	"testing"
)

// utf16be encodes ASCII s as fpdf writes text strings of UTF-8 fonts.
func utf16be(s string) []byte {
	var b []byte
	for _, c := range []byte(s) {
		b = append(b, 0, c)
	}
	return b
}

// textColors returns, for each word, the nonstroking color (the operator
// line, such as "0.000 g") in force where the word is printed, and how many
// texts fpdf wrapped in q ... Q to set their color.
func textColors(t *testing.T, pdf []byte, words ...string) (got map[string]string, wrapped int) {
	t.Helper()
	got = map[string]string{}
	stream := regexp.MustCompile(`<</Filter /FlateDecode /Length (\d+)>>\nstream\n`)
	color := regexp.MustCompile(`^[0-9. ]+ (g|rg)$`)
	for _, m := range stream.FindAllSubmatchIndex(pdf, -1) {
		n := 0
		for _, c := range pdf[m[2]:m[3]] {
			n = n*10 + int(c-'0')
		}
		zr, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		cur, saved := "0 g", []string{}
		for _, line := range strings.Split(string(content), "\n") {
			// A text fpdf wraps to set its color: q <color> BT ... ET Q.
			if rest, ok := strings.CutPrefix(line, "q "); ok && strings.HasSuffix(line, " Q") {
				if i := strings.Index(rest, " BT "); i >= 0 {
					wrapped++
					saved = append(saved, cur)
					cur = rest[:i]
					line = rest[i+1:]
				}
			}
			if color.MatchString(line) {
				cur = line
			}
			for _, w := range words {
				if strings.Contains(line, string(utf16be(w))) {
					got[w] = cur
				}
			}
			if len(saved) > 0 {
				cur, saved = saved[len(saved)-1], saved[:len(saved)-1]
			}
		}
	}
	return got, wrapped
}

// TestTextColors checks the color each kind of text is painted in, also
// after shaded table rows and code backgrounds change the fill color.
func TestTextColors(t *testing.T) {
	md := "| Col | Other |\n|---|---|\n| one | two |\n| zebra | row |\n| three | four |\n\n" +
		"After `code` comes [alink](https://example.com) and plain.\n"
	pdf := renderPDF(t, []byte(md))
	got, wrapped := textColors(t, pdf, "Col", "zebra", "code", "alink", "plain", "Smith", "Response", "Page")
	want := map[string]string{
		"Col": "0.000 g", "zebra": "0.000 g", "code": "0.000 g", "plain": "0.000 g",
		"alink": "0.000 0.200 0.600 rg",
		"Smith": "0.353 g", "Response": "0.353 g", "Page": "0.353 g",
	}
	for w, c := range want {
		if got[w] != c {
			t.Errorf("%q painted in %q, want %q", w, got[w], c)
		}
	}
	// The fill color is the text color whenever text is printed, so fpdf
	// need not save, set and restore the color around each text.
	if wrapped != 0 {
		t.Errorf("%d texts wrapped in q ... Q", wrapped)
	}
}

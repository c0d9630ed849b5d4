package render

import (
	"strings"
)

// tag is one parsed HTML tag.
type tag struct {
	name    string // lower case
	closing bool
	attrs   map[string]string
}

// htmlAction is what a known tag does in the PDF.
type htmlAction uint8

const (
	htmlIgnore htmlAction = iota + 1 // markup only; its text prints as usual
	htmlBold
	htmlItalic
	htmlUnderline
	htmlStrike
	htmlCode
	htmlBreak // line break (<br>) or block boundary (<p>, <div>, ...)
	htmlLink
)

var htmlTags = map[string]htmlAction{
	"b": htmlBold, "strong": htmlBold,
	"i": htmlItalic, "em": htmlItalic, "cite": htmlItalic, "var": htmlItalic, "dfn": htmlItalic,
	"u": htmlUnderline, "ins": htmlUnderline,
	"s": htmlStrike, "del": htmlStrike, "strike": htmlStrike,
	"code": htmlCode, "kbd": htmlCode, "samp": htmlCode, "tt": htmlCode,
	"br": htmlBreak, "p": htmlBreak, "div": htmlBreak, "li": htmlBreak, "tr": htmlBreak,
	"h1": htmlBreak, "h2": htmlBreak, "h3": htmlBreak, "h4": htmlBreak, "h5": htmlBreak, "h6": htmlBreak,
	"ul": htmlBreak, "ol": htmlBreak, "table": htmlBreak, "blockquote": htmlBreak, "hr": htmlBreak,
	"pre": htmlBreak, "section": htmlBreak, "article": htmlBreak, "center": htmlBreak,
	"a":    htmlLink,
	"span": htmlIgnore, "sup": htmlIgnore, "sub": htmlIgnore, "small": htmlIgnore, "big": htmlIgnore,
	"mark": htmlIgnore, "abbr": htmlIgnore, "font": htmlIgnore, "q": htmlIgnore, "time": htmlIgnore,
	"label": htmlIgnore, "td": htmlIgnore, "th": htmlIgnore, "thead": htmlIgnore, "tbody": htmlIgnore,
	"tfoot": htmlIgnore, "caption": htmlIgnore, "nobr": htmlIgnore, "wbr": htmlIgnore,
	"img": htmlIgnore, "html": htmlIgnore, "body": htmlIgnore, "head": htmlIgnore,
}

// html interprets a fragment of raw HTML: known formatting tags change the
// style, <br> and block tags break lines, id attributes become anchors,
// comments vanish, and anything else (unknown tags, stray '<') prints as
// literal text so no text is ever dropped.
func (d *docWriter) html(s string) {
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			d.htmlText(s)
			return
		}
		d.htmlText(s[:i])
		s = s[i:]
		if rest, ok := strings.CutPrefix(s, "<!--"); ok {
			end := strings.Index(rest, "-->")
			if end < 0 {
				return
			}
			s = rest[end+3:]
			continue
		}
		if strings.HasPrefix(s, "<!") || strings.HasPrefix(s, "<?") {
			end := strings.IndexByte(s, '>')
			if end < 0 {
				d.htmlText(s)
				return
			}
			s = s[end+1:]
			continue
		}
		t, n := parseTag(s)
		if n == 0 {
			d.htmlText("<")
			s = s[1:]
			continue
		}
		if !d.applyTag(t) {
			d.addText(s[:n])
		}
		s = s[n:]
	}
}

// htmlText adds HTML character data: references resolved, white space
// collapsed.
func (d *docWriter) htmlText(s string) {
	if s == "" {
		return
	}
	s = unescape([]byte(s), false)
	if strings.ContainsAny(s, "\n\r\t") {
		s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	}
	d.addText(s)
}

// applyTag applies a known tag and reports whether it knew it.
func (d *docWriter) applyTag(t tag) bool {
	act, ok := htmlTags[t.name]
	if !ok {
		return false
	}
	if !t.closing {
		if id := t.attrs["id"]; id != "" {
			d.addAnchor(id)
		} else if t.name == "a" && t.attrs["name"] != "" {
			d.addAnchor(t.attrs["name"])
		}
	}
	step := func(n *int) {
		if t.closing {
			if *n > 0 {
				*n--
			}
		} else {
			*n++
		}
	}
	switch act {
	case htmlBold:
		step(&d.bold)
	case htmlItalic:
		step(&d.italic)
	case htmlUnderline:
		step(&d.underline)
	case htmlStrike:
		step(&d.strike)
	case htmlCode:
		step(&d.code)
	case htmlBreak:
		if t.name == "br" || (len(d.ins) > 0 && d.ins[len(d.ins)-1].kind != inBreak) {
			d.addBreak()
		}
	case htmlLink:
		if t.closing {
			if n := len(d.htmlLinks); n > 0 {
				if d.htmlLinks[n-1] && len(d.links) > 0 {
					d.links = d.links[:len(d.links)-1]
				}
				d.htmlLinks = d.htmlLinks[:n-1]
			}
			break
		}
		href := t.attrs["href"]
		d.htmlLinks = append(d.htmlLinks, href != "")
		if href != "" {
			d.links = append(d.links, href)
		}
	}
	return true
}

// parseTag parses the tag at the start of s ("<name attr=v>", "</name>",
// "<name/>") and returns it with its length, or length 0 if s does not
// start with a well-formed tag.
func parseTag(s string) (tag, int) {
	var t tag
	i := 1
	if i < len(s) && s[i] == '/' {
		t.closing = true
		i++
	}
	start := i
	for i < len(s) && (isAlpha(s[i]) || (i > start && (isDigit(s[i]) || s[i] == '-'))) {
		i++
	}
	if i == start {
		return tag{}, 0
	}
	t.name = strings.ToLower(s[start:i])
	for {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return tag{}, 0
		}
		switch s[i] {
		case '>':
			return t, i + 1
		case '/':
			if i+1 < len(s) && s[i+1] == '>' {
				return t, i + 2
			}
			return tag{}, 0
		}
		if t.closing {
			return tag{}, 0
		}
		ns := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' && s[i] != '"' && s[i] != '\'' {
			i++
		}
		if i == ns {
			return tag{}, 0
		}
		name := strings.ToLower(s[ns:i])
		val := ""
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '=' {
			j++
			for j < len(s) && isSpace(s[j]) {
				j++
			}
			if j >= len(s) {
				return tag{}, 0
			}
			if q := s[j]; q == '"' || q == '\'' {
				end := strings.IndexByte(s[j+1:], q)
				if end < 0 {
					return tag{}, 0
				}
				val = s[j+1 : j+1+end]
				j += end + 2
			} else {
				vs := j
				for j < len(s) && !isSpace(s[j]) && s[j] != '>' {
					j++
				}
				val = s[vs:j]
			}
			i = j
		}
		if t.attrs == nil {
			t.attrs = map[string]string{}
		}
		t.attrs[name] = unescape([]byte(val), false)
	}
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

package render

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// ContentSecurityPolicy is the policy every HTML page we write carries in a
// meta tag: no script runs, nothing loads from elsewhere but images over
// http(s); inline styles (our stylesheet) and data: fonts are allowed.
const ContentSecurityPolicy = "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; img-src https: http: data:; font-src data:"

// allowedTags are the HTML elements a page may hold, with the attributes
// each may carry besides the global ones.
var allowedTags = map[string][]string{
	"a": {"href", "name"}, "abbr": nil, "b": nil, "blockquote": nil, "br": nil, "caption": nil,
	"code": nil, "col": {"span"}, "colgroup": {"span"}, "dd": nil, "del": nil, "details": {"open"},
	"div": nil, "dl": nil, "dt": nil, "em": nil, "figcaption": nil, "figure": nil, "footer": nil,
	"h1": nil, "h2": nil, "h3": nil, "h4": nil, "h5": nil, "h6": nil, "header": nil, "hr": nil,
	"i": nil, "img": {"src", "alt", "width", "height"}, "input": {"type", "checked", "disabled"},
	"ins": nil, "kbd": nil, "li": {"value"}, "mark": nil, "ol": {"start", "type"}, "p": nil,
	"pre": nil, "q": nil, "s": nil, "section": nil, "small": nil, "span": nil, "strong": nil,
	"sub": nil, "summary": nil, "sup": nil, "table": nil, "tbody": nil, "td": {"colspan", "rowspan", "align", "style"},
	"tfoot": nil, "th": {"colspan", "rowspan", "align", "scope", "style"}, "thead": nil, "tr": nil, "u": nil, "ul": nil,
}

// globalAttrs are the attributes any allowed element may carry.
var globalAttrs = []string{"id", "class", "title", "lang", "dir"}

// tagRE matches one HTML tag as CommonMark defines it: an open tag with its
// attributes, or a closing tag.
var tagRE = regexp.MustCompile(`^<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?)*)\s*(/?)>`)

// attrRE matches one attribute of a tag.
var attrRE = regexp.MustCompile(`([a-zA-Z_:][a-zA-Z0-9_.:-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?`)

// alignRE matches the only style allowed: a table cell's alignment, as GFM tables write it.
var alignRE = regexp.MustCompile(`^text-align:\s*(left|center|right);?$`)

// schemeRE matches the scheme of a URL.
var schemeRE = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*):`)

// Sanitize makes HTML safe to open: every tag not in the allow-list (a
// <script>, <style>, <iframe> from a pleading or a template) is escaped so
// it reads as text, attributes not in the allow-list (onclick, style) are
// dropped, a URL with any scheme but http, https and mailto (javascript:,
// data:, vbscript:, file:) is dropped, and comments vanish. It is the one
// sanitizer for every HTML page pleadkit writes.
//
// Ids are made unique, as HTML requires: a second id="p12" (a complaint
// that numbers two paragraphs 12) becomes id="p12-2", so a link to #p12
// goes to the first and every anchor stays distinct.
func Sanitize(s string) string {
	ids := map[string]bool{}
	var b strings.Builder
	b.Grow(len(s) + len(s)/32)
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		if rest, ok := strings.CutPrefix(s, "<!--"); ok {
			if end := strings.Index(rest, "-->"); end >= 0 {
				s = rest[end+3:]
			} else {
				s = ""
			}
			continue
		}
		m := tagRE.FindStringSubmatch(s)
		if m == nil {
			b.WriteString("&lt;")
			s = s[1:]
			continue
		}
		if out, ok := cleanTag(m[1] == "/", strings.ToLower(m[2]), m[3], m[4] == "/", ids); ok {
			b.WriteString(out)
		} else {
			b.WriteString(html.EscapeString(m[0]))
		}
		s = s[len(m[0]):]
	}
	return b.String()
}

// cleanTag rebuilds an allowed tag with its allowed attributes, or reports
// that the tag is not allowed; an id already in ids gets a suffix.
func cleanTag(closing bool, name, attrs string, selfClosing bool, ids map[string]bool) (string, bool) {
	extra, ok := allowedTags[name]
	if !ok {
		return "", false
	}
	if closing {
		return "</" + name + ">", true
	}
	var b strings.Builder
	b.WriteString("<")
	b.WriteString(name)
	for _, a := range attrRE.FindAllStringSubmatch(attrs, -1) {
		key := strings.ToLower(a[1])
		if !contains(globalAttrs, key) && !contains(extra, key) {
			continue
		}
		val := a[2]
		if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') {
			val = val[1 : len(val)-1]
		}
		val = html.UnescapeString(val)
		switch {
		case (key == "href" || key == "src") && !SafeURL(val):
			continue
		case key == "style" && !alignRE.MatchString(val):
			continue
		case name == "input" && key == "type" && !strings.EqualFold(val, "checkbox"):
			return "", false // only the task list's checkbox
		case key == "id":
			val = uniqueID(val, ids)
		}
		b.WriteString(" ")
		b.WriteString(key)
		if a[2] != "" {
			b.WriteString(`="`)
			b.WriteString(html.EscapeString(val))
			b.WriteString(`"`)
		}
	}
	if selfClosing {
		b.WriteString(" /")
	}
	b.WriteString(">")
	return b.String(), true
}

// uniqueID returns id, or id-2, id-3... when taken, and records it in ids.
func uniqueID(id string, ids map[string]bool) string {
	u := id
	for n := 2; ids[u]; n++ {
		u = id + "-" + strconv.Itoa(n)
	}
	ids[u] = true
	return u
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// SafeURL reports whether a link may point at u: an http, https or mailto
// URL, a #fragment, or a relative path; never javascript:, data:,
// vbscript:, file: or any other scheme (browsers ignore the tabs, line
// breaks and control characters inside a scheme, and so does this check).
func SafeURL(u string) bool {
	u = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7F {
			return -1
		}
		return r
	}, u)
	m := schemeRE.FindStringSubmatch(u)
	if m == nil {
		return true // a fragment or a relative path
	}
	switch strings.ToLower(m[1]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// gfmWithoutLinkify is GitHub-flavored Markdown without its autolinking of
// bare URLs and e-mail addresses.
var gfmWithoutLinkify = []goldmark.Extender{extension.Table, extension.Strikethrough, extension.TaskList}

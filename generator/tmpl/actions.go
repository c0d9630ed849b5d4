package tmpl

import (
	"strings"
)

// unclosedAction finds the innermost block action of body ({{if}},
// {{range}}, {{with}}, {{block}}, {{define}}) left without its {{end}}, and
// returns its keyword and the offset of its "{{".
func unclosedAction(body string) (kw string, off int, ok bool) {
	type open struct {
		kw  string
		off int
	}
	var stack []open
	for i := 0; i < len(body); {
		j := strings.Index(body[i:], "{{")
		if j < 0 {
			break
		}
		start := i + j
		k := start + 2
		if strings.HasPrefix(body[k:], "- ") || strings.HasPrefix(body[k:], "-\t") || strings.HasPrefix(body[k:], "-\n") {
			k++
		}
		for k < len(body) && (body[k] == ' ' || body[k] == '\t' || body[k] == '\n' || body[k] == '\r') {
			k++
		}
		if strings.HasPrefix(body[k:], "/*") {
			e := strings.Index(body[k:], "*/")
			if e < 0 {
				break
			}
			i = k + e + 2
			continue
		}
		w := k
		for w < len(body) && body[w] >= 'a' && body[w] <= 'z' {
			w++
		}
		switch word := body[k:w]; word {
		case "if", "range", "with", "block", "define":
			stack = append(stack, open{word, start})
		case "end":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		i = actionEnd(body, w)
	}
	if len(stack) == 0 {
		return "", 0, false
	}
	top := stack[len(stack)-1]
	return top.kw, top.off, true
}

// actionEnd returns the offset just past the "}}" closing the action that
// continues at i, stepping over quoted strings.
func actionEnd(body string, i int) int {
	for i < len(body) {
		switch c := body[i]; c {
		case '"', '\'', '`':
			i++
			for i < len(body) && body[i] != c {
				if c != '`' && body[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case '}':
			if strings.HasPrefix(body[i:], "}}") {
				return i + 2
			}
			i++
		default:
			i++
		}
	}
	return len(body)
}

package library

import (
	"regexp"
	"strings"
)

// table is one table of a TOML file as written: its header path ("" for
// the root, "claim", "claim.element", "defense"), the line of its header and
// the lines of its keys.
type table struct {
	path  string
	line  int // header line; 1 for the root table
	end   int // last line before the next header
	keys  map[string]int
	lines []string // the file's lines, shared
}

var (
	headerRE = regexp.MustCompile(`^\s*\[\[?\s*([A-Za-z0-9_.\-" ]+?)\s*\]\]?\s*(#.*)?$`)
	keyRE    = regexp.MustCompile(`^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=`)
)

// scanTables finds the tables and key lines of a TOML source. It knows
// just enough TOML to skip multi-line strings; BurntSushi/toml has already
// checked the syntax, so it never has to report errors.
func scanTables(src string) []*table {
	lines := strings.Split(src, "\n")
	cur := &table{path: "", line: 1, keys: map[string]int{}, lines: lines}
	tables := []*table{cur}
	inML := "" // the delimiter of the multi-line string we are in
	for i, ln := range lines {
		n := i + 1
		if inML != "" {
			if strings.Count(ln, inML)%2 == 1 {
				inML = ""
			}
			continue
		}
		if m := headerRE.FindStringSubmatch(ln); m != nil && !strings.Contains(ln, "=") {
			cur.end = n - 1
			path := strings.ReplaceAll(strings.ReplaceAll(m[1], `"`, ""), " ", "")
			cur = &table{path: path, line: n, keys: map[string]int{}, lines: lines}
			tables = append(tables, cur)
			continue
		}
		if m := keyRE.FindStringSubmatch(ln); m != nil {
			k := strings.Trim(m[1], `"'`)
			if _, ok := cur.keys[k]; !ok {
				cur.keys[k] = n
			}
			rest := ln[len(m[0]):]
			for _, d := range []string{`"""`, `'''`} {
				if strings.Count(rest, d)%2 == 1 {
					inML = d
					break
				}
			}
		}
	}
	cur.end = len(lines)
	return tables
}

// key returns the line of key in t, or the table's header line.
func (t *table) key(k string) int {
	if t == nil {
		return 0
	}
	if n, ok := t.keys[k]; ok {
		return n
	}
	return t.line
}

// find returns the first line at or after key k in t that contains text,
// or the key's line when none does (a value written with escapes).
func (t *table) find(k, text string) int {
	start := t.key(k)
	if t == nil || start == 0 || text == "" {
		return start
	}
	for n := start; n <= t.end && n <= len(t.lines); n++ {
		if strings.Contains(t.lines[n-1], text) {
			return n
		}
	}
	return start
}

// tablesAt returns the tables with the given header path, in order.
func tablesAt(tables []*table, path string) []*table {
	var out []*table
	for _, t := range tables {
		if t.path == path {
			out = append(out, t)
		}
	}
	return out
}

// childTables returns, for each table with header path parent, the tables
// with header path child that follow it before the next parent.
func childTables(tables []*table, parent, child string) [][]*table {
	var out [][]*table
	for _, t := range tables {
		switch t.path {
		case parent:
			out = append(out, nil)
		case child:
			if len(out) > 0 {
				out[len(out)-1] = append(out[len(out)-1], t)
			}
		}
	}
	return out
}

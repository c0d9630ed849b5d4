// Package samples_test checks that each sample case's EXPECTED.md still
// describes its pleadings: the line numbers it cites point at the
// paragraphs, counts, responses and defenses it names, and its totals add up.
// It guards the ground truth against drifting when a sample is edited; it
// does not parse the pleadings (that is the pleading package's job).
package samples_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cases are the sample folders with an EXPECTED.md.
var cases = []string{
	"acme-v-brightline",
	filepath.Join("batch", "pruitt-v-cardinal-ridge"),
	filepath.Join("batch", "tidewater-v-coldspire"),
	filepath.Join("batch", "quillhaven-v-quill-and-haven"),
}

var classes = []string{"admitted", "partly-admitted", "no-knowledge", "denied", "no-response-required", "incorporated", "not-answered"}

func TestExpected(t *testing.T) {
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			exp := readLines(t, filepath.Join(dir, "EXPECTED.md"))
			files := folderFiles(t, exp)
			complaint := readLines(t, filepath.Join(dir, files["complaint"]))
			answer := readLines(t, filepath.Join(dir, files["answer"]))
			checkParagraphLines(t, exp, complaint)
			for _, tb := range tables(exp) {
				switch {
				case tb.has("count") && tb.has("line"):
					checkCounts(t, tb, complaint)
				case tb.has("class"):
					checkResponses(t, tb, answer)
					checkTotals(t, tb, exp)
				case tb.header[0] == "#" || strings.HasPrefix(tb.header[0], "# ("):
					checkDefenses(t, tb, answer)
				}
			}
		})
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
}

// line returns the 1-based line n of lines, or "" when there is none.
func line(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// folderFiles reads the Folder table: which file is the complaint, which the answer.
func folderFiles(t *testing.T, exp []string) map[string]string {
	t.Helper()
	files := map[string]string{}
	re := regexp.MustCompile("^\\| `([^`]+)` \\| (complaint|answer) \\|")
	for _, l := range exp {
		if m := re.FindStringSubmatch(l); m != nil {
			files[m[2]] = m[1]
		}
	}
	if files["complaint"] == "" || files["answer"] == "" {
		t.Fatalf("EXPECTED.md names no complaint or answer file: %v", files)
	}
	return files
}

// checkParagraphLines checks the "N:L" list of complaint paragraph lines.
func checkParagraphLines(t *testing.T, exp, complaint []string) {
	t.Helper()
	pair := regexp.MustCompile(`\b(\d+):(\d+)\b`)
	for _, l := range exp {
		ms := pair.FindAllStringSubmatch(l, -1)
		if len(ms) < 20 {
			continue
		}
		for i, m := range ms {
			n, _ := strconv.Atoi(m[1])
			ln, _ := strconv.Atoi(m[2])
			if n != i+1 {
				t.Errorf("paragraph list: entry %d is ¶%d, want ¶%d", i+1, n, i+1)
			}
			if !strings.HasPrefix(line(complaint, ln), m[1]+". ") {
				t.Errorf("complaint line %d should begin ¶%d: %.40q", ln, n, line(complaint, ln))
			}
		}
		return
	}
	t.Error("no complaint paragraph line list (N:L ...) found")
}

// table is one Markdown table of EXPECTED.md.
type table struct {
	header []string
	rows   [][]string
}

func (tb table) col(name string) int {
	for i, h := range tb.header {
		if h == name {
			return i
		}
	}
	return -1
}

func (tb table) has(name string) bool { return tb.col(name) >= 0 }

func cells(l string) []string {
	parts := strings.Split(strings.Trim(strings.TrimSpace(l), "|"), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func tables(exp []string) []table {
	var out []table
	for i := 0; i+1 < len(exp); i++ {
		if !strings.HasPrefix(exp[i], "|") || !strings.HasPrefix(exp[i+1], "|---") {
			continue
		}
		tb := table{header: cells(exp[i])}
		for i += 2; i < len(exp) && strings.HasPrefix(exp[i], "|"); i++ {
			tb.rows = append(tb.rows, cells(exp[i]))
		}
		out = append(out, tb)
	}
	return out
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func checkCounts(t *testing.T, tb table, complaint []string) {
	t.Helper()
	c := tb.col("line")
	for _, r := range tb.rows {
		l := line(complaint, atoi(r[c]))
		if !strings.HasPrefix(l, "COUNT ") && !strings.HasPrefix(l, "CLAIM ") && !strings.Contains(l, "CAUSE OF ACTION") {
			t.Errorf("count %s: complaint line %s is %.40q, not a count heading", r[0], r[c], l)
		}
	}
}

// checkResponses checks that each response row's line begins with the answer
// paragraph number the row names.
func checkResponses(t *testing.T, tb table, answer []string) {
	t.Helper()
	numLine := regexp.MustCompile(`^([0-9.\-]+?)\.? \((\d+)\)$`) // "2-3 (23)", "14.-15. (59)"
	for _, r := range tb.rows {
		var label, ln string
		switch {
		case tb.has("answer ¶ (line)"):
			m := numLine.FindStringSubmatch(r[tb.col("answer ¶ (line)")])
			if m == nil {
				t.Errorf("row %v: cannot read answer ¶ (line)", r[0])
				continue
			}
			label, ln = m[1], m[2]
		case tb.has("answer ¶"):
			label, ln = r[tb.col("answer ¶")], r[tb.col("line")]
		default:
			label, ln = r[tb.col("¶")], r[tb.col("line")]
		}
		if ln == "—" {
			continue // not answered
		}
		l := line(answer, atoi(ln))
		if !strings.HasPrefix(l, label) || len(l) <= len(label) || !strings.ContainsRune(".-", rune(l[len(label)])) {
			t.Errorf("response %s: answer line %s is %.40q", label, ln, l)
		}
	}
}

func checkDefenses(t *testing.T, tb table, answer []string) {
	t.Helper()
	c := tb.col("line")
	for _, r := range tb.rows {
		l := line(answer, atoi(r[c]))
		if !strings.Contains(strings.ToLower(l), "affirmative defense") && !strings.HasPrefix(l, r[0]+". ") {
			t.Errorf("defense %s: answer line %s is %.40q", r[0], r[c], l)
		}
	}
}

// checkTotals counts the class column over the complaint paragraphs (rows
// keyed by a bare number; a parenthesized row answers a paragraph the
// complaint lacks) and compares with the "Totals over the N paragraphs" line.
func checkTotals(t *testing.T, tb table, exp []string) {
	t.Helper()
	key := tb.col("complaint ¶")
	if key < 0 {
		key = tb.col("¶")
	}
	if key < 0 {
		return // rows keyed by answer paragraph: no per-paragraph totals
	}
	got := map[string]int{}
	rows := 0
	for _, r := range tb.rows {
		if atoi(r[key]) < 0 {
			continue
		}
		rows++
		got[r[tb.col("class")]]++
	}
	totals := regexp.MustCompile(`(?:^|[\s,:])(` + strings.Join(classes, "|") + `) (\d+)`)
	head := regexp.MustCompile(`^Totals over the (\d+) (?:complaint )?paragraphs`)
	for _, l := range exp {
		m := head.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if atoi(m[1]) != rows {
			t.Errorf("totals line says %s paragraphs; the table has %d", m[1], rows)
		}
		want := map[string]int{}
		for _, m := range totals.FindAllStringSubmatch(l, -1) {
			want[m[1]] = atoi(m[2])
		}
		for _, c := range classes {
			if got[c] != want[c] {
				t.Errorf("%s: table has %d rows, totals line says %d", c, got[c], want[c])
			}
		}
		return
	}
	t.Error("no \"Totals over the N paragraphs\" line")
}

package pleading

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// expectedRow is one response row of a sample's EXPECTED.md.
type expectedRow struct {
	complaint int    // the complaint paragraph, 0 when the row is keyed by the answer paragraph
	answer    int    // the answer paragraph, 0 when unknown
	facets    string // the facets marked x: a subset of "AKRLI" (D is not compared: see EXPECTED.md)
	class     Class
	line      int
}

var numRe = regexp.MustCompile(`^\d+`)

// readExpected reads the response table of an EXPECTED.md: its columns differ
// between samples, so they are found by their headers.
func readExpected(t *testing.T, path string) (files map[string]string, rows []expectedRow) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	files = map[string]string{}
	var header []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	fileRe := regexp.MustCompile("^\\| `([^`]+)` \\| (complaint|answer) \\|")
	for sc.Scan() {
		l := sc.Text()
		if m := fileRe.FindStringSubmatch(l); m != nil {
			files[m[2]] = m[1]
			continue
		}
		if !strings.HasPrefix(l, "|") {
			header = nil
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if header == nil {
			if contains(cells, "class") && contains(cells, "A") {
				header = cells
			}
			continue
		}
		if strings.HasPrefix(cells[0], "---") || len(cells) != len(header) {
			continue
		}
		var r expectedRow
		for i, h := range header {
			v := cells[i]
			switch h {
			case "complaint ¶":
				r.complaint, _ = strconv.Atoi(v)
			case "¶":
				r.complaint, _ = strconv.Atoi(v)
			case "answer ¶", "answer ¶ (line)":
				r.answer, _ = strconv.Atoi(numRe.FindString(v))
			case "line":
				r.line, _ = strconv.Atoi(v)
			case "A", "K", "R", "L", "I":
				if v != "" && v != "(x)" {
					r.facets += h
				}
			case "class":
				r.class = Class(v)
			}
		}
		if header[0] == "answer ¶" {
			r.answer, r.complaint = r.complaint, 0
			r.answer, _ = strconv.Atoi(numRe.FindString(cells[0]))
		}
		rows = append(rows, r)
	}
	return files, rows
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func facetString(r Response) string {
	s := ""
	if r.Admits {
		s += "A"
	}
	if r.LacksKnowledge {
		s += "K"
	}
	if r.RefersToDocument {
		s += "R"
	}
	if r.LegalConclusion {
		s += "L"
	}
	if r.Incorporates != nil {
		s += "I"
	}
	return s
}

// TestSamplesGroundTruth parses each sample case and compares every
// response with the ground truth its EXPECTED.md records.
func TestSamplesGroundTruth(t *testing.T) {
	dirs := []string{"acme-v-brightline", "batch/pruitt-v-cardinal-ridge", "batch/tidewater-v-coldspire", "batch/quillhaven-v-quill-and-haven"}
	for _, dir := range dirs {
		t.Run(dir, func(t *testing.T) {
			base := filepath.Join("..", "samples", dir)
			files, rows := readExpected(t, filepath.Join(base, "EXPECTED.md"))
			if files["answer"] == "" || len(rows) == 0 {
				t.Fatalf("EXPECTED.md: no answer file or no response rows (%v, %d rows)", files, len(rows))
			}
			ans, err := ParseFile(filepath.Join(base, files["answer"]))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ParseFile(filepath.Join(base, files["complaint"])); err != nil {
				t.Fatal(err)
			}
			for _, row := range rows {
				if row.class == "" || row.class == "—" {
					continue // a row for the prayer or the general denial: no class to compare
				}
				if row.class == ClassNotAnswered {
					for _, r := range ans.Responses {
						for _, n := range r.Answers {
							if n == row.complaint {
								t.Errorf("¶%d should be unanswered, but answer ¶%d answers it", row.complaint, r.Paragraph)
							}
						}
					}
					continue
				}
				var got *Response
				for i := range ans.Responses {
					r := &ans.Responses[i]
					if row.answer != 0 && r.Paragraph == row.answer || row.answer == 0 && len(r.Answers) > 0 && contains(strings.Fields(strings.Trim(strings.ReplaceAll(strings.Trim(strings.Join(strings.Fields(strings.Trim(strings.ReplaceAll(strings.Trim(formatInts(r.Answers), "[]"), ",", " "), " ")), " "), " "), " ", " "), " ")), strconv.Itoa(row.complaint)) {
						got = r
						break
					}
				}
				if got == nil {
					t.Errorf("row %+v: no response found", row)
					continue
				}
				if row.complaint != 0 && row.answer != 0 {
					if !containsInt(got.Answers, row.complaint) {
						t.Errorf("answer ¶%d answers %v, want it to answer ¶%d", got.Paragraph, got.Answers, row.complaint)
					}
				}
				if got.Class != row.class {
					t.Errorf("answer ¶%d (line %d): class %s, want %s: %.120q", got.Paragraph, got.Line, got.Class, row.class, got.Text)
				}
				if f := facetString(*got); f != row.facets {
					t.Errorf("answer ¶%d: facets %q, want %q: %.120q", got.Paragraph, f, row.facets, got.Text)
				}
				if row.line != 0 && got.Line != row.line && row.answer != 0 {
					t.Errorf("answer ¶%d: line %d, want %d", got.Paragraph, got.Line, row.line)
				}
			}
		})
	}
}

func formatInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func containsInt(ns []int, n int) bool {
	for _, x := range ns {
		if x == n {
			return true
		}
	}
	return false
}

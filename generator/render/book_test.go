package render

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// pageSizes reads each page's width and height with pdfinfo.
func pageSizes(t *testing.T, pdf []byte) [][2]string {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo not installed (apt-get install poppler-utils): skipping page sizes")
	}
	path := filepath.Join(t.TempDir(), "book.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "999", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	var sizes [][2]string
	for _, m := range regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts`).FindAllStringSubmatch(string(out), -1) {
		sizes = append(sizes, [2]string{m[1], m[2]})
	}
	return sizes
}

func TestBookMixesOrientations(t *testing.T) {
	cover := NewConfig()
	cover.CreationDate = fixedDate
	cover.Title = "Binder"
	chart := NewConfig()
	chart.Landscape = true
	chart.HeaderLeft, chart.HeaderRight = "Smith v. Acme", "Response Chart"
	summary := NewConfig()
	summary.HeaderLeft, summary.HeaderRight = "Smith v. Acme", "Case Summary"
	var buf bytes.Buffer
	starts, err := Book(&buf, []Section{
		{Config: cover, Markdown: []byte("# Binder\n\nContents.")},
		{Config: chart, Markdown: bigTable(60), Bookmark: "Response Chart"},
		{Config: summary, Markdown: []byte("# Case Summary\n\nSee [the top](#case-summary)."), Bookmark: "Case Summary"},
	})
	if err != nil {
		t.Fatal(err)
	}
	sizes := pageSizes(t, buf.Bytes())
	if len(starts) != 3 || starts[0] != 1 || starts[1] != 2 || starts[2] <= starts[1] || starts[2] != len(sizes) {
		t.Fatalf("starts = %v for %d pages", starts, len(sizes))
	}
	for p, s := range sizes {
		want := [2]string{"612", "792"}
		if p+1 >= starts[1] && p+1 < starts[2] {
			want = [2]string{"792", "612"}
		}
		if s != want {
			t.Errorf("page %d is %s x %s, want %s x %s", p+1, s[0], s[1], want[0], want[1])
		}
	}
	text := pdfText(t, buf.Bytes())
	pages := strings.Split(text, "\f")
	n := len(sizes)
	if !strings.Contains(pages[starts[2]-1], "Page "+strconv.Itoa(n)+" of "+strconv.Itoa(n)) || !strings.Contains(pages[starts[1]-1], "Page 2 of "+strconv.Itoa(n)) {
		t.Errorf("page numbers do not run through the book")
	}
	if strings.Contains(pages[0], "Response Chart") || !strings.Contains(pages[starts[1]-1], "Response Chart") || !strings.Contains(pages[starts[2]-1], "Case Summary") {
		t.Errorf("each section should carry its own running header")
	}
}

func TestBookNeedsSections(t *testing.T) {
	if _, err := Book(&bytes.Buffer{}, nil); err == nil {
		t.Error("Book with no sections: no error")
	}
	bad := NewConfig()
	bad.Margins = Margins{400, 400, 400, 400}
	if _, err := Book(&bytes.Buffer{}, []Section{{Config: NewConfig(), Markdown: []byte("x")}, {Config: bad, Markdown: []byte("y")}}); err == nil || !strings.Contains(err.Error(), "section 2") {
		t.Errorf("bad margins in section 2: err = %v", err)
	}
}

func TestConfigTableWidths(t *testing.T) {
	c := NewConfig()
	WithColumnWidths(1, 1, 3)(&c)
	if got := c.TableWidths(1, "", 2); len(got) != 2 || got[0] != 0.25 || got[1] != 0.75 {
		t.Errorf("TableWidths(1, 2) = %v", got)
	}
	if got := c.TableWidths(1, "", 3); got != nil {
		t.Errorf("TableWidths(1, 3) = %v, want nil", got)
	}
	if got := c.TableWidths(0, "", 2); got != nil {
		t.Errorf("TableWidths(0, 2) = %v, want nil", got)
	}
	WithTableWidths("chart", 1, 1)(&c)
	if got := c.TableWidths(0, "chart", 2); len(got) != 2 || got[0] != 0.5 {
		t.Errorf("TableWidths(0, chart, 2) = %v", got)
	}
	if got := c.TableWidths(1, "chart", 2); len(got) != 2 || got[0] != 0.5 {
		t.Errorf("named widths should win over the index: %v", got)
	}
	WithLandscape()(&c)
	if w, h := c.Dimensions(); w != 792 || h != 612 || c.TextWidth() != 792-144 {
		t.Errorf("landscape letter: %v x %v, text %v", w, h, c.TextWidth())
	}
}

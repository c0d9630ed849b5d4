package generator

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// TestBinder binds every built-in product of the sample case: cover, contents
// with the right page numbers, each product in its own orientation, and a
// PDF outline entry for each.
func TestBinder(t *testing.T) {
	cd, ad := loadCase(t, filepath.Join("..", "samples", "acme-v-brightline"))
	c, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	templates := store.List()
	data, err := Binder(templates, c, time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	n := r.NumPage()
	text := func(i int) string {
		s, err := r.Page(i).GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		return strings.Join(strings.Fields(s), " ")
	}
	landscape := func(i int) bool {
		p := r.Page(i)
		box := p.V.Key("MediaBox")
		if box.IsNull() {
			box = p.V.Key("Parent").Key("MediaBox")
		}
		return box.Index(2).Float64() > box.Index(3).Float64()
	}
	cover := text(1)
	for _, want := range []string{c.Title, "Case No. " + c.Caption.CaseNumber, "Built December 7, 2026", "Page 1 of"} {
		if !strings.Contains(cover, want) {
			t.Errorf("cover lacks %q: %s", want, cover)
		}
	}
	contents := text(2)
	// Each product starts where the contents say, in its own orientation.
	for _, tp := range templates {
		at := strings.Index(contents, tp.Title)
		if at < 0 {
			t.Fatalf("contents lack %s: %s", tp.Title, contents)
		}
		var page int
		if _, err := fmt.Sscan(contents[at+len(tp.Title):], &page); err != nil || page < 3 || page > n {
			t.Fatalf("contents give %s no page: %q", tp.Title, contents)
		}
		first := text(page)
		if !strings.Contains(first, tp.Title) {
			t.Errorf("page %d, where contents put %s, reads %.120q", page, tp.Title, first)
		}
		if landscape(page) != tp.Page.Landscape() {
			t.Errorf("%s on page %d: landscape %v, template says %s", tp.Title, page, landscape(page), tp.Page.Orientation)
		}
		if !strings.Contains(first, "of "+strconv.Itoa(n)) {
			t.Errorf("page %d does not count the whole binder (%d pages): %.200q", page, n, first)
		}
	}
	if !bytes.Contains(data, []byte("/Outlines")) {
		t.Error("no PDF outline")
	}
}

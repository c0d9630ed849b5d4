package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// chromium returns the path of a Chromium (or Chrome) to print HTML with.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (apt-get install chromium): skipping the HTML print test")
	return ""
}

// pdfPages returns the page count of the PDF at path and whether its first
// page is landscape, read with pdfinfo.
func pdfPages(t *testing.T, path string) (pages int, landscape bool) {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	s := regexp.MustCompile(`(?m)^Page size:\s+([\d.]+) x ([\d.]+)`).FindSubmatch(out)
	if m == nil || s == nil {
		t.Fatalf("pdfinfo %s: no page count or size in %q", path, out)
	}
	pages, _ = strconv.Atoi(string(m[1]))
	w, _ := strconv.ParseFloat(string(s[1]), 64)
	h, _ := strconv.ParseFloat(string(s[2]), 64)
	return pages, w > h
}

// TestHTMLPrintsLikePDF prints every built-in product of the seed case (a
// sample when the real pleadings are absent) as HTML in headless Chromium
// and compares the printout with our PDF: the same orientation on every
// product, and a page count within 30% (or three pages) of the PDF's.
func TestHTMLPrintsLikePDF(t *testing.T) {
	if testing.Short() {
		t.Skip("prints HTML in Chromium")
	}
	chrome := chromium(t)
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo not installed (apt-get install poppler-utils): skipping the HTML print test")
	}
	dirs := []string{filepath.Join("..", "..", "..", "shared", "pleadings", "liveperson-v-247")}
	if _, err := os.Stat(dirs[0]); err != nil {
		t.Logf("seed case not found at %s: printing a sample instead", dirs[0])
		dirs = []string{filepath.Join("..", "..", "samples", "acme-v-brightline")}
	}
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		f, err := LoadFolder(dir)
		if err != nil {
			t.Fatal(err)
		}
		cdoc, err := pleading.ParseFile(f.Complaint.File)
		if err != nil {
			t.Fatal(err)
		}
		adoc, err := pleading.ParseFile(f.Answer.File)
		if err != nil {
			t.Fatal(err)
		}
		c, err := generator.Analyze(cdoc, adoc)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range store.List() {
			outs, err := generator.Render(tp, c, []tmpl.Format{tmpl.PDF, tmpl.HTML}, c.Header())
			if err != nil {
				t.Fatalf("%s: %v", tp.Name, err)
			}
			name := filepath.Base(dir) + "/" + tp.Name
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				tmp := t.TempDir()
				ours, page := filepath.Join(tmp, "ours.pdf"), filepath.Join(tmp, "page.html")
				if err := os.WriteFile(ours, outs[0].Data, 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(page, outs[1].Data, 0o644); err != nil {
					t.Fatal(err)
				}
				printed := filepath.Join(tmp, "printed.pdf")
				ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
				defer cancel()
				cmd := exec.CommandContext(ctx, chrome, "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage",
					"--user-data-dir="+filepath.Join(tmp, "profile"), "--no-pdf-header-footer",
					"--print-to-pdf="+printed, "file://"+page)
				cmd.Env = append(os.Environ(), "DBUS_SESSION_BUS_ADDRESS=/dev/null")
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("chromium: %v\n%s", err, out)
				}
				want, wantLand := pdfPages(t, ours)
				got, gotLand := pdfPages(t, printed)
				t.Logf("%s: our PDF %d pages, Chromium's print of the HTML %d", name, want, got)
				if gotLand != wantLand {
					t.Errorf("%s: the HTML prints landscape=%v, the PDF is landscape=%v", name, gotLand, wantLand)
				}
				if tol := max(3, want*3/10); got < want-tol || got > want+tol {
					t.Errorf("%s: the HTML prints on %d pages, the PDF has %d", name, got, want)
				}
			})
		}
	}
}

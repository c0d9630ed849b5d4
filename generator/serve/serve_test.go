package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// copyCase copies the sample case name (without its out/) into root.
func copyCase(t *testing.T, root, name string) string {
	t.Helper()
	src := filepath.Join("..", "..", "samples", name)
	dst := filepath.Join(root, name)
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			if d.Name() == "out" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatalf("copy sample %s: %v", name, err)
	}
	return dst
}

// newTestServer serves a copy of the named sample cases, building only the
// response chart as Markdown and HTML to keep the tests quick.
func newTestServer(t *testing.T, names ...string) (*Server, *httptest.Server, string) {
	t.Helper()
	root := t.TempDir()
	for _, n := range names {
		copyCase(t, root, n)
	}
	s, err := New(Config{Roots: []string{root}, Options: build.Options{
		Version:   "test",
		Formats:   []tmpl.Format{tmpl.Markdown, tmpl.HTML},
		Templates: []string{"response-chart"},
	}, Debounce: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts, root
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// rawGet sends path exactly as written, without the client cleaning it.
func rawGet(t *testing.T, base, path string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.URL.Opaque = path
	req.URL.RawPath = ""
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestDashboardAndProduct(t *testing.T) {
	_, ts, _ := newTestServer(t, "acme-v-brightline", "batch/pruitt-v-cardinal-ridge")
	code, body, h := get(t, ts.URL+"/")
	if code != 200 {
		t.Fatalf("dashboard: %d", code)
	}
	for _, want := range []string{"Acme v. Brightline", "Pruitt v. Cardinal Ridge", "1:25-cv-00417", `href="/case/acme-v-brightline/response-chart"`} {
		if !strings.Contains(body, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "http") {
		t.Errorf("dashboard CSP = %q, want one that allows no remote loads", csp)
	}
	code, body, _ = get(t, ts.URL+"/case/acme-v-brightline/response-chart")
	if code != 200 || !strings.Contains(body, `src="/case/acme-v-brightline/response-chart/view"`) || !strings.Contains(body, "Findings") {
		t.Fatalf("product page: %d\n%s", code, body)
	}
	code, body, h = get(t, ts.URL+"/case/acme-v-brightline/response-chart/view")
	if code != 200 || !strings.Contains(body, "Brightline") {
		t.Fatalf("product view: %d", code)
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("view CSP = %q, want no scripts", csp)
	}
	code, body, _ = get(t, ts.URL+"/case/acme-v-brightline/response-chart/template")
	if code != 200 || !strings.Contains(body, "builtin:response-chart.toml") || !strings.Contains(body, "body =") {
		t.Errorf("template page: %d", code)
	}
	if code, _, _ := get(t, ts.URL+"/case/acme-v-brightline/files/response-chart.md"); code != 200 {
		t.Errorf("md file: %d", code)
	}
	resp, err := http.Post(ts.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", resp.StatusCode)
	}
}

func TestPathTraversal(t *testing.T) {
	_, ts, root := newTestServer(t, "acme-v-brightline")
	caseDir := filepath.Join(root, "acme-v-brightline")
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A symlink in out/ that leaves the folder, named like a product file.
	if err := os.Symlink(secret, filepath.Join(caseDir, "out", "leak.md")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		"/case/../../etc/passwd",
		"/case/acme-v-brightline/../../../etc/passwd",
		"/case/acme-v-brightline/files/../complaint.md",
		"/case/acme-v-brightline/files/..%2fcomplaint.md",
		"/case/acme-v-brightline/files/%2e%2e%2fcomplaint.md",
		"/case/acme-v-brightline/files/%2e%2e",
		"/case/acme-v-brightline/files/..%5ccomplaint.md",
		"/case/acme-v-brightline/files/complaint.md",
		"/case/acme-v-brightline/files/leak.md",
		"/case/acme-v-brightline/files/.pleadkit-build.json",
		"/case/%2e%2e/files/x",
		"/_pleadkit/..%2f..%2fserver.go",
		"/etc/passwd",
	} {
		if code := rawGet(t, ts.URL, p); code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, code)
		}
	}
	// The product file itself replaced by a symlink out of the folder: refused too.
	chart := filepath.Join(caseDir, "out", "response-chart.md")
	os.Remove(chart)
	if err := os.Symlink(secret, chart); err != nil {
		t.Fatal(err)
	}
	if code := rawGet(t, ts.URL, "/case/acme-v-brightline/files/response-chart.md"); code != http.StatusNotFound {
		t.Errorf("symlinked product file: %d, want 404", code)
	}
}

func TestHostileAllegationIsText(t *testing.T) {
	root := t.TempDir()
	dir := copyCase(t, root, "acme-v-brightline")
	path := filepath.Join(dir, "complaint.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(b), "Acme Robotics, Inc.", "Acme <script>window.pwned=1</script><img src=x onerror=alert(1)> Robotics, Inc.", 1)
	if err := os.WriteFile(path, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Roots: []string{root}, Options: build.Options{Version: "test", Formats: []tmpl.Format{tmpl.Markdown, tmpl.HTML}}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	for _, p := range []string{"/", "/case/acme-v-brightline/response-chart", "/case/acme-v-brightline/response-chart/view", "/case/acme-v-brightline/case-summary/view"} {
		_, body, _ := get(t, ts.URL+p)
		if strings.Contains(body, "<script>window.pwned") || strings.Contains(body, "<img src=x") {
			t.Errorf("%s: the pleading's markup came through live", p)
		}
	}
}

func TestLiveRebuildAndError(t *testing.T) {
	s, ts, root := newTestServer(t, "acme-v-brightline")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	time.Sleep(100 * time.Millisecond) // let the watcher start
	ch, stop := s.hub.subscribe()
	defer stop()
	tdir := filepath.Join(root, "acme-v-brightline", "templates")
	if err := os.MkdirAll(tdir, 0o755); err != nil {
		t.Fatal(err)
	}
	good := "name = \"response-chart\"\ntitle = \"Response Chart\"\nformats = [\"md\", \"html\"]\nbody = '''\n# Marker one for {{ .Title }}\n'''\n"
	write := func(text string) event {
		t.Helper()
		if err := os.WriteFile(filepath.Join(tdir, "response-chart.toml"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		for {
			select {
			case ev := <-ch:
				if ev.Case == "acme-v-brightline" {
					return ev
				}
			case <-time.After(20 * time.Second):
				t.Fatal("no rebuild after a template change")
			}
		}
	}
	if ev := write(good); ev.Failed {
		t.Fatalf("good template failed: %+v", s.cases["acme-v-brightline"].Problems)
	}
	if _, body, _ := get(t, ts.URL+"/case/acme-v-brightline/response-chart/view"); !strings.Contains(body, "Marker one") {
		t.Fatalf("the view did not change after the template did:\n%.300s", body)
	}
	bad := strings.Replace(good, "{{ .Title }}", "{{ titel .Title }}", 1)
	if ev := write(bad); !ev.Failed {
		t.Fatal("a broken template did not fail the build")
	}
	_, body, _ := get(t, ts.URL+"/case/acme-v-brightline/response-chart")
	if !strings.Contains(body, `id="build-error"`) || !strings.Contains(body, "response-chart.toml:5") || !strings.Contains(body, "# Marker one for {{ titel .Title }}") {
		t.Fatalf("error page lacks the file:line and the offending line:\n%s", body)
	}
	if ev := write(strings.Replace(good, "one", "two", 1)); ev.Failed {
		t.Fatal("the fixed template still fails")
	}
	if _, body, _ := get(t, ts.URL+"/case/acme-v-brightline/response-chart/view"); !strings.Contains(body, "Marker two") {
		t.Fatal("the page did not recover after the fix")
	}
}

func TestExposureOfID(t *testing.T) {
	for in, want := range map[string]string{"acme-v-brightline": "acme-v-brightline", "A b/c": "A-b-c", ".hidden": "-hidden"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

package serve

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserLiveReload drives headless Chromium: it opens the dashboard,
// clicks into a case's chart, edits the template on disk and sees the page
// change by itself, breaks the template and sees the error with its line,
// then fixes it and sees the page recover.
func TestBrowserLiveReload(t *testing.T) {
	exe := chromium()
	if exe == "" {
		t.Skip("no chromium on PATH: install Debian's chromium package (.ci/run does) to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	s, ts, root := newTestServer(t, "acme-v-brightline")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	go s.Run(ctx)

	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()

	if err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`tr#case-acme-v-brightline`)),
		chromedp.Click(chromedp.CSS(`a[href="/case/acme-v-brightline/response-chart"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#product`)),
	); err != nil {
		t.Fatalf("open the dashboard and click into the chart: %v", err)
	}
	frameText := `(function(){try{return document.getElementById('product').contentDocument.body.innerText}catch(e){return ''}})()`
	errorText := `(function(){var e=document.getElementById('build-error');return e?e.innerText:''})()`
	waitFor := func(what, expr, want string) time.Duration {
		t.Helper()
		start := time.Now()
		var got string
		for time.Since(start) < 30*time.Second {
			v, err := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
			if err == nil {
				got = v
			}
			if err == nil && strings.Contains(got, want) {
				return time.Since(start)
			}
			time.Sleep(25 * time.Millisecond)
		}
		t.Fatalf("%s: the page never showed %q; last text:\n%.400s", what, want, got)
		return 0
	}
	waitFor("chart", frameText, "Brightline")

	tdir := filepath.Join(root, "acme-v-brightline", "templates")
	if err := os.MkdirAll(tdir, 0o755); err != nil {
		t.Fatal(err)
	}
	good := "name = \"response-chart\"\ntitle = \"Response Chart\"\nformats = [\"md\", \"html\"]\nbody = '''\n# Marker one for {{ .Title }}\n'''\n"
	write := func(text string) {
		if err := os.WriteFile(filepath.Join(tdir, "response-chart.toml"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(good)
	d := waitFor("after the edit", frameText, "Marker one")
	t.Logf("template edit → page updated in %s", d.Round(time.Millisecond))

	write(strings.Replace(good, "{{ .Title }}", "{{ titel .Title }}", 1))
	waitFor("after breaking the template", errorText, "response-chart.toml:5")
	waitFor("the offending line", errorText, "{{ titel .Title }}")

	write(strings.Replace(good, "one", "two", 1))
	waitFor("after the fix", frameText, "Marker two")

	pwned, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`typeof window.pwned !== 'undefined'`))
	if err != nil || pwned {
		t.Errorf("a script ran in the page (err %v)", err)
	}
}

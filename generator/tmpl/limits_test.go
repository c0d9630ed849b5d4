package tmpl

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"text/template"
	"time"
)

// Defect 3 of #18: a template that loops for ever or writes without end
// fails alone, with a one-line error naming the line of the loop.
func TestExecuteLimits(t *testing.T) {
	tests := []struct {
		name   string
		body   string // starts on line 4 of the file
		limits Limits
		want   error
		line   string // ":LINE:" expected in the error
	}{
		{name: "nested range writing nothing", body: "x\n{{ range $i := 1000000000 }}{{ range $j := 1000000000 }}{{ end }}{{ end }}\n",
			limits: Limits{Timeout: 200 * time.Millisecond}, want: ErrTimeout, line: ":5:"},
		{name: "huge range writing", body: "{{ range $i := 1000000000 }}0123456789abcdef{{ end }}\n",
			limits: Limits{MaxOutput: 1 << 20, Timeout: 3 * time.Minute}, want: ErrOutputCap, line: ":4:"},
		{name: "range in if in with", body: "a\nb\n{{ with 1 }}{{ if true }}{{ range 1000000000 }}{{ end }}{{ end }}{{ end }}\n",
			limits: Limits{Timeout: 100 * time.Millisecond}, want: ErrTimeout, line: ":6:"},
		{name: "within limits", body: "{{ range $i := 1000 }}{{ $i }}{{ end }}\n", limits: Limits{Timeout: 5 * time.Second, MaxOutput: 1 << 20}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "name = \"loop\"\nformats = [\"md\"]\nbody = '''\n" + tt.body + "'''\n"
			tp, err := Parse("templates/loop.toml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			out, err := tp.WithLimits(tt.limits).Execute(nil)
			if tt.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if !strings.HasPrefix(string(out), "0123") || strings.Contains(string(out), tickFunc) {
					t.Errorf("output %.40q", out)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if msg := err.Error(); !strings.Contains(msg, "templates/loop.toml"+tt.line) || strings.Contains(msg, "\n") {
				t.Errorf("error %q does not name templates/loop.toml%s on one line", msg, tt.line)
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %s", d) // a sanity bound, far above the limit, not a timing assertion
			}
		})
	}
}

// A template stuck where no check reaches (here a function that blocks) is
// abandoned after the timeout and a grace second: the caller gets its error.
func TestExecuteAbandonsStuckTemplate(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	tp := &Template{Name: "stuck", Origin: "templates/stuck.toml", Body: "{{ hang }}"}
	tp.tmpl = template.Must(template.New("stuck").Funcs(template.FuncMap{"hang": func() string { <-release; return "" }}).Parse(tp.Body))
	_, err := tp.ExecuteWith(nil, Limits{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "templates/stuck.toml") {
		t.Fatalf("err = %v, want a timeout naming the file", err)
	}
}

// An execution that recurses through {{ template }} without a range or a
// write (where the range checks never reach) still stops at its deadline,
// and its goroutine ends: a long-running `pleadkit serve` must not collect
// the goroutines of abandoned templates.
func TestExecuteRecursionEnds(t *testing.T) {
	before := runtime.NumGoroutine()
	src := "name = \"rec\"\nformats = [\"md\"]\nbody = '''\n{{ define \"r\" }}{{ template \"r\" }}{{ template \"r\" }}{{ end }}x\n{{ template \"r\" }}\n'''\n"
	tp, err := Parse("templates/rec.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = tp.WithLimits(Limits{Timeout: 100 * time.Millisecond}).Execute(nil)
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "templates/rec.toml:4:") {
		t.Fatalf("err = %v, want a timeout at templates/rec.toml:4", err)
	}
	for i := 0; runtime.NumGoroutine() > before; i++ {
		if i == 100 {
			t.Fatalf("%d goroutines still running after the template was stopped (%d before)", runtime.NumGoroutine(), before)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

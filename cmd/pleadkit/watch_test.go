package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// syncBuffer is a bytes.Buffer safe for the watcher goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func TestWatchRebuildsOnChange(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"complaint.md", "answer.md", "case.toml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "samples", "acme-v-brightline", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	builds := make(chan build.Result, 8)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errw syncBuffer
	done := make(chan error, 1)
	opts := build.Options{Formats: []tmpl.Format{tmpl.Markdown}, Templates: []string{"case-summary"}, Version: "test"}
	go func() {
		done <- watchCase(ctx, dir, opts, 50*time.Millisecond, &out, &errw, func(r build.Result) { builds <- r })
	}()
	wait := func(what string) build.Result {
		select {
		case r := <-builds:
			return r
		case <-time.After(20 * time.Second):
			t.Fatalf("no build after %s", what)
		}
		return build.Result{}
	}
	if r := wait("start"); r.Failed() || len(r.Written) != 1 {
		t.Fatalf("first build: %+v", r)
	}
	// An editor saving a changed answer triggers one rebuild.
	f, err := os.OpenFile(filepath.Join(dir, "answer.md"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n")
	f.Close()
	if r := wait("changing the answer"); r.Failed() || r.Skipped || len(r.Written) != 1 {
		t.Fatalf("rebuild after a change: %+v", r)
	}
	// Writing into out/ is not a change to the case.
	os.WriteFile(filepath.Join(dir, "out", "note.txt"), []byte("x"), 0o644)
	select {
	case r := <-builds:
		t.Errorf("a write into out/ triggered a build: %+v", r)
	case <-time.After(300 * time.Millisecond):
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

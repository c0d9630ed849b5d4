package serve

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watch watches every folder under the roots (but output folders and hidden
// ones) and rebuilds the cases a change touches, debounced, until ctx is done.
// A change outside every case (a firm's pleadkit.toml or templates, a new
// case folder) looks for cases again and rebuilds them all.
func (s *Server) watch(ctx context.Context) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("serve: watch: %w", err)
	}
	defer w.Close()
	for _, r := range s.roots {
		s.addTree(w, r)
	}
	dirty := map[string]bool{} // case dirs to rebuild; "" means every case, after a rescan
	var timer *time.Timer
	var fire <-chan time.Time
	for {
		select {
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if !s.relevant(ev) {
				continue
			}
			if ev.Op.Has(fsnotify.Create) {
				if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
					s.addTree(w, ev.Name)
				}
			}
			dirty[s.caseFor(ev.Name)] = true
			if timer == nil {
				timer = time.NewTimer(s.cfg.Debounce)
			} else {
				timer.Reset(s.cfg.Debounce)
			}
			fire = timer.C
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			s.logf("watch: %v", err)
		case <-fire:
			fire = nil
			if dirty[""] {
				if err := s.rescan(); err != nil {
					s.logf("%v", err)
				}
				s.Rebuild()
			} else {
				var dirs []string
				for d := range dirty {
					dirs = append(dirs, d)
				}
				sort.Strings(dirs)
				s.Rebuild(dirs...)
			}
			clear(dirty)
		case <-ctx.Done():
			return nil
		}
	}
}

// addTree watches dir and the folders under it, but output and hidden folders.
func (s *Server) addTree(w *fsnotify.Watcher, dir string) {
	outs := s.outDirs()
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if path != dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "out" || isOneOf(path, outs)) {
			return filepath.SkipDir
		}
		if err := w.Add(path); err != nil {
			s.logf("watch %s: %v", path, err)
		}
		return nil
	})
}

// relevant reports whether a file event can change a product: a pleading,
// a case.toml or pleadkit.toml, a template, partial or library, or a folder
// appearing — never the build's own output or an editor's scratch file.
func (s *Server) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	for _, o := range s.outDirs() {
		if ev.Name == o || hasDirPrefix(ev.Name, o) {
			return false
		}
	}
	name := filepath.Base(ev.Name)
	if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") || strings.HasPrefix(name, "#") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".pdf", ".docx", ".toml", ".tmpl":
		return true
	case "":
		return ev.Op.Has(fsnotify.Create) || ev.Op.Has(fsnotify.Remove) || ev.Op.Has(fsnotify.Rename)
	}
	return false
}

// isOneOf reports whether path is one of dirs.
func isOneOf(path string, dirs []string) bool {
	for _, d := range dirs {
		if path == d {
			return true
		}
	}
	return false
}

// logf writes a line to the configured log, if any.
func (s *Server) logf(format string, args ...any) {
	if s.cfg.Logf != nil {
		s.cfg.Logf(format, args...)
	}
}

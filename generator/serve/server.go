// Package serve is pleadkit's local web server: a dashboard of every case
// under the served folders, each product's HTML as the build writes it, and
// live reload over Server-Sent Events while pleadings and templates change.
//
// It only reads: the one thing it runs is the build, which writes the
// products into each case's output folder as `pleadkit build` does. It
// serves no file outside the cases' output folders and the built-in
// templates, and every page carries a Content-Security-Policy that allows
// no remote loads.
package serve

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/pleadkit/pleadkit/generator/build"
)

// Config says what a Server serves and how it builds.
type Config struct {
	Roots    []string      // case folders, or folders of cases
	Options  build.Options // build options (formats, version); OutDir must be empty
	Debounce time.Duration // wait this long after the last change before rebuilding; 0 means 60 ms
	// Logf, when set, receives one line per build and per watch problem.
	Logf func(format string, args ...any)
}

// Server serves the cases under its roots and rebuilds them as they change.
type Server struct {
	cfg   Config
	roots []string // absolute

	mu    sync.RWMutex
	cases map[string]*caseState // by ID
	dirs  map[string]string     // case dir → ID
	order []string              // IDs in folder order

	hub     *hub
	buildMu sync.Mutex // one build at a time: two builds of a case must not race on its out/
}

// New finds the cases under cfg.Roots and builds each once.
func New(cfg Config) (*Server, error) {
	if len(cfg.Roots) == 0 {
		cfg.Roots = []string{"."}
	}
	if cfg.Options.OutDir != "" {
		return nil, fmt.Errorf("serve: an output folder (-o) is not supported; each case writes to its own out/")
	}
	if cfg.Debounce <= 0 {
		cfg.Debounce = 60 * time.Millisecond
	}
	s := &Server{cfg: cfg, cases: map[string]*caseState{}, dirs: map[string]string{}, hub: newHub()}
	for _, r := range cfg.Roots {
		abs, err := filepath.Abs(r)
		if err != nil {
			return nil, fmt.Errorf("serve %s: %w", r, err)
		}
		s.roots = append(s.roots, abs)
	}
	if err := s.rescan(); err != nil {
		return nil, err
	}
	return s, nil
}

// rescan finds the case folders under the roots again and builds the new ones.
func (s *Server) rescan() error {
	dirs, err := build.FindCases(s.roots)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if len(dirs) == 0 {
		return fmt.Errorf("serve: no case folders under %v (a case folder holds a complaint and an answer, or a %s)", s.cfg.Roots, build.SettingsFile)
	}
	var fresh []string
	s.mu.Lock()
	seen := map[string]bool{}
	for _, d := range dirs {
		d, _ = filepath.Abs(d)
		seen[d] = true
		if _, ok := s.dirs[d]; ok {
			continue
		}
		id := s.newID(d)
		s.dirs[d] = id
		s.cases[id] = &caseState{ID: id, Dir: d, Name: filepath.Base(d)}
		fresh = append(fresh, d)
	}
	for d, id := range s.dirs { // folders that are no longer cases
		if !seen[d] {
			delete(s.dirs, d)
			delete(s.cases, id)
		}
	}
	s.order = s.order[:0]
	for _, id := range s.dirs {
		s.order = append(s.order, id)
	}
	sort.Slice(s.order, func(i, j int) bool { return s.cases[s.order[i]].Dir < s.cases[s.order[j]].Dir })
	s.mu.Unlock()
	s.Rebuild(fresh...)
	return nil
}

// newID names a case for its URLs: its folder's name, made unique. s.mu is held.
func (s *Server) newID(dir string) string {
	base := slug(filepath.Base(dir))
	id := base
	for n := 2; ; n++ {
		if _, taken := s.cases[id]; !taken {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
}

// slug keeps the letters, digits, '-', '_' and '.' of a folder name; other runes become '-'.
func slug(name string) string {
	b := []byte{}
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b = append(b, byte(r))
		case r == '.' && len(b) > 0:
			b = append(b, '.')
		default:
			b = append(b, '-')
		}
	}
	if len(b) == 0 || string(b) == "." || string(b) == ".." {
		return "case"
	}
	return string(b)
}

// Rebuild builds the cases in dirs (all cases when dirs is empty) one after
// another and tells the open pages.
func (s *Server) Rebuild(dirs ...string) {
	if len(dirs) == 0 {
		s.mu.RLock()
		for d := range s.dirs {
			dirs = append(dirs, d)
		}
		s.mu.RUnlock()
		sort.Strings(dirs)
	}
	for _, d := range dirs {
		s.mu.RLock()
		id, ok := s.dirs[d]
		gen := 0
		prev := s.cases[id]
		if prev != nil {
			gen = prev.Gen
		}
		s.mu.RUnlock()
		if !ok {
			continue
		}
		s.buildMu.Lock()
		st := buildCase(id, d, s.cfg.Options, prev)
		s.buildMu.Unlock()
		st.Gen = gen + 1
		s.mu.Lock()
		if _, still := s.dirs[d]; still {
			s.cases[id] = st
		}
		s.mu.Unlock()
		s.logBuild(st)
		s.hub.publish(event{Case: id, Gen: st.Gen, Failed: st.Failed()})
	}
}

// logBuild writes one line about a build.
func (s *Server) logBuild(st *caseState) {
	if s.cfg.Logf == nil {
		return
	}
	if st.Failed() {
		for _, p := range st.Problems {
			s.cfg.Logf("%s: %s", st.Name, p.Message)
		}
		return
	}
	s.cfg.Logf("%s: built in %s", st.Name, st.Took.Round(time.Millisecond))
}

// snapshot returns the cases in folder order.
func (s *Server) snapshot() []*caseState {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*caseState, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.cases[id])
	}
	return out
}

// lookup returns the case with the given ID.
func (s *Server) lookup(id string) (*caseState, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c, ok := s.cases[id]
	return c, ok
}

// caseFor returns the directory of the case holding path, or "" when path
// lies in no case (a firm-wide file above the cases).
func (s *Server) caseFor(path string) string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	best := ""
	for d := range s.dirs {
		if (path == d || hasDirPrefix(path, d)) && len(d) > len(best) {
			best = d
		}
	}
	return best
}

// outDirs returns every case's output folder.
func (s *Server) outDirs() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []string
	for _, c := range s.cases {
		if c.OutDir != "" {
			if abs, err := filepath.Abs(c.OutDir); err == nil {
				out = append(out, abs)
			}
		}
	}
	return out
}

// hasDirPrefix reports whether path lies inside dir.
func hasDirPrefix(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == "." {
		return err == nil
	}
	return rel != ".." && !filepath.IsAbs(rel) && !startsWithDotDot(rel)
}

func startsWithDotDot(rel string) bool {
	return len(rel) >= 3 && rel[:2] == ".." && (rel[2] == filepath.Separator)
}

// Run watches the served folders and rebuilds what changes until ctx is done.
func (s *Server) Run(ctx context.Context) error { return s.watch(ctx) }

package serve

import (
	"bytes"
	"embed"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

//go:embed assets/*
var assets embed.FS

// pageCSP is the Content-Security-Policy of the server's own pages: scripts
// and styles from this server only, nothing remote.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// productCSP is the policy of a product's HTML: no script at all, its own
// inline stylesheet, nothing remote; shown only inside the server's frame.
const productCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox"

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.route) }

// route dispatches a request by its path. It reads the raw path itself so
// that no "..", encoded slash or backslash is ever cleaned into another path:
// such a request is simply not found.
func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "read-only server: only GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	parts, ok := splitPath(r.URL.EscapedPath())
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch {
	case len(parts) == 0:
		s.serveDashboard(w, r)
	case len(parts) == 2 && parts[0] == "_pleadkit" && parts[1] == "events":
		s.serveEvents(w, r)
	case len(parts) == 2 && parts[0] == "_pleadkit":
		serveAsset(w, r, parts[1])
	case parts[0] == "case" && len(parts) >= 2:
		c, found := s.lookup(parts[1])
		if !found {
			http.NotFound(w, r)
			return
		}
		s.serveCase(w, r, c, parts[2:])
	default:
		http.NotFound(w, r)
	}
}

// serveCase serves the pages and files of one case.
func (s *Server) serveCase(w http.ResponseWriter, r *http.Request, c *caseState, rest []string) {
	switch {
	case len(rest) == 0:
		if len(c.Products) == 0 {
			s.serveProduct(w, r, c, product{})
			return
		}
		http.Redirect(w, r, "/case/"+c.ID+"/"+c.Products[0].Name, http.StatusFound)
	case len(rest) == 2 && rest[0] == "files":
		s.serveFile(w, r, c, rest[1])
	default:
		p, ok := c.product(rest[0])
		if !ok {
			http.NotFound(w, r)
			return
		}
		switch {
		case len(rest) == 1:
			s.serveProduct(w, r, c, p)
		case len(rest) == 2 && rest[1] == "view":
			s.serveView(w, r, c, p)
		case len(rest) == 2 && rest[1] == "template":
			s.serveTemplate(w, r, c, p)
		default:
			http.NotFound(w, r)
		}
	}
}

// splitPath splits an escaped URL path into its segments, refusing any
// segment that is empty, "." or "..", or that holds an escaped or literal
// slash, backslash or NUL once unescaped.
func splitPath(escaped string) ([]string, bool) {
	if !strings.HasPrefix(escaped, "/") {
		return nil, false
	}
	trimmed := strings.TrimSuffix(escaped[1:], "/")
	if trimmed == "" {
		return nil, true
	}
	var out []string
	for _, seg := range strings.Split(trimmed, "/") {
		lower := strings.ToLower(seg)
		if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") || strings.Contains(lower, "%00") || strings.Contains(seg, "\\") {
			return nil, false
		}
		u, err := url.PathUnescape(seg)
		if err != nil || u == "" || u == "." || u == ".." || strings.ContainsAny(u, "/\\\x00") {
			return nil, false
		}
		out = append(out, u)
	}
	return out, true
}

// serveAsset serves one of the server's embedded scripts and stylesheets.
func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	switch filepath.Ext(name) {
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	}
	w.Write(b)
}

// serveView serves the product's HTML as the build wrote it, under a policy that runs no script.
func (s *Server) serveView(w http.ResponseWriter, r *http.Request, c *caseState, p product) {
	name := p.File("html")
	if name == "" {
		http.NotFound(w, r)
		return
	}
	b, ok := readOutFile(c, name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", productCSP)
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b)
}

// serveFile serves one output file of a case: only a file the last build
// wrote (as its manifest lists), a regular file inside the case's output folder.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, c *caseState, name string) {
	listed := false
	for _, p := range c.Products {
		for _, f := range p.Files {
			if f == name {
				listed = true
			}
		}
	}
	if !listed {
		http.NotFound(w, r)
		return
	}
	b, ok := readOutFile(c, name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		h.Set("Content-Type", "application/pdf")
	case ".md":
		h.Set("Content-Type", "text/plain; charset=utf-8")
	case ".html":
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", productCSP)
	case ".csv":
		h.Set("Content-Type", "text/csv; charset=utf-8")
	default:
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Disposition", `attachment; filename="`+strings.ReplaceAll(name, `"`, "")+`"`)
	}
	h.Set("Content-Security-Policy", productCSP)
	http.ServeContent(w, r, name, c.Built, bytes.NewReader(b))
}

// readOutFile reads a file of the case's output folder, refusing a name with
// a separator, a symbolic link, anything but a regular file, and any path
// that resolves outside the output folder.
func readOutFile(c *caseState, name string) ([]byte, bool) {
	if c.OutDir == "" || name == "" || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		return nil, false
	}
	root, err := filepath.EvalSymlinks(c.OutDir)
	if err != nil {
		return nil, false
	}
	caseDir, err := filepath.EvalSymlinks(c.Dir)
	if err != nil || !hasDirPrefix(root, caseDir) {
		return nil, false // an output folder that leaves the case (a symlink, -o) is not served
	}
	path := filepath.Join(root, name)
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		return nil, false
	}
	resolved, err := filepath.EvalSymlinks(path)
	if err != nil || !hasDirPrefix(resolved, root) || resolved == root {
		return nil, false
	}
	b, err := os.ReadFile(resolved)
	return b, err == nil
}

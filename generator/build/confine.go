package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// resolve returns the absolute form of p with every symbolic link of its
// longest existing prefix followed, so a path can be compared with a root
// before anything under it is created.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		real, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(real, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// within reports whether path p lies in or under root (both resolved).
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// settingsLine returns where key is set in case.toml, as "DIR/case.toml:LINE",
// or the case.toml path alone when the line cannot be found.
func (f *Folder) settingsLine(key string) string {
	p := filepath.Join(f.Dir, SettingsFile)
	re := regexp.MustCompile(`^\s*"?` + regexp.QuoteMeta(key) + `"?\s*=`)
	for i, line := range strings.Split(f.settingsText, "\n") {
		if re.MatchString(line) {
			return fmt.Sprintf("%s:%d", p, i+1)
		}
	}
	return p
}

// outputDir returns the folder a case's products are written to, checked
// to stay, after symbolic links, inside the case folder (or inside the -o
// root), apart from the case's inputs and templates.
func outputDir(f *Folder, opts Options) (string, error) {
	caseReal, err := resolve(f.Dir)
	if err != nil {
		return "", fmt.Errorf("%s: %w", f.Dir, err)
	}
	var dir, root, where string
	if opts.OutDir != "" {
		root = opts.OutDir
		dir = filepath.Join(opts.OutDir, opts.outSub)
		where = fmt.Sprintf("-o %s", opts.OutDir)
	} else {
		out := f.Settings.Output
		where = "the default output folder out/"
		if out == "" {
			out = "out"
		} else {
			where = fmt.Sprintf("%s: output = %q", f.settingsLine("output"), out)
		}
		root = f.Dir
		dir = out
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(f.Dir, out)
		}
	}
	rootReal, err := resolve(root)
	if err != nil {
		return "", fmt.Errorf("%s: %w", where, err)
	}
	real, err := resolve(dir)
	if err != nil {
		return "", fmt.Errorf("%s: %w", where, err)
	}
	switch {
	case !within(rootReal, real):
		return "", fmt.Errorf("%s: the output folder %s is outside %s (after symbolic links); give a folder inside it, such as \"out\", or use -o DIR", where, real, rootReal)
	case real == caseReal:
		return "", fmt.Errorf("%s: the output folder is the case folder itself, where the next build would read its own outputs as pleadings; give a subfolder such as \"out\"", where)
	case within(filepath.Join(caseReal, "templates"), real):
		return "", fmt.Errorf("%s: the output folder %s is inside the case's templates/ folder; give another folder such as \"out\"", where, real)
	}
	return dir, nil
}

// checkOverwrite refuses to write a product over a file the case is made
// from: a pleading, case.toml, a template or a library.
func checkOverwrite(outDir string, names []string, protected []string) error {
	for _, n := range names {
		p := filepath.Join(outDir, n)
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		for _, in := range protected {
			if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
				return fmt.Errorf("%s: refusing to write over %s, an input of the case; rename the template's output or choose another output folder", p, in)
			}
		}
	}
	return nil
}

// outputNames returns the file names of outs.
func outputNames(outs []generator.Output) []string {
	names := make([]string, len(outs))
	for i, o := range outs {
		names[i] = o.Name
	}
	return names
}

// protectedFiles lists the files a build must never write over: the
// case's inputs, its own templates and libraries.
func protectedFiles(f *Folder, store *tmpl.Store) []string {
	out := append([]string(nil), f.Inputs...)
	for _, t := range store.List() {
		if !strings.HasPrefix(t.Origin, "builtin:") {
			out = append(out, t.Origin)
		}
	}
	for _, l := range store.Libraries() {
		if !strings.HasPrefix(l, "builtin:") {
			out = append(out, l)
		}
	}
	return out
}

// outSubfolders names each case's subfolder of -o DIR in a batch: the case
// folder's name, or, where two cases share it, the parent's name joined to
// it ("east-smith"), numbered if that still collides.
func outSubfolders(dirs []string) []string {
	count := map[string]int{}
	for _, d := range dirs {
		count[filepath.Base(d)]++
	}
	used := map[string]bool{}
	subs := make([]string, len(dirs))
	for i, d := range dirs {
		name := filepath.Base(d)
		if count[name] > 1 {
			name = filepath.Base(filepath.Dir(d)) + "-" + name
		}
		for n, base := 2, name; used[name]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		used[name] = true
		subs[i] = name
	}
	return subs
}

// tempRe matches the temporary files of an atomic write: .NAME.NNN.tmp.
var tempRe = regexp.MustCompile(`^\..+\.[0-9]+\.tmp$`)

// removeStaleTemps removes from dir the temporary files an interrupted
// build left (killed while writing), once they are older than age: a
// younger one may belong to a build running now.
func removeStaleTemps(dir string, age time.Duration) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !tempRe.MatchString(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < age {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if os.Remove(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}

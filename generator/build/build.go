package build

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// ManifestFile records, in a case's output folder, what the last build made from what.
const ManifestFile = ".pleadkit-build.json"

// Options select what a build renders and how.
type Options struct {
	OutDir    string        // output folder; "" means DIR/out (or case.toml's output)
	Formats   []tmpl.Format // formats to render; nil means each template's own
	Templates []string      // template names to render; nil means all (or case.toml's)
	Force     bool          // render every product even when nothing changed
	Jobs      int           // cases built at once; 0 means the number of CPUs
	Version   string        // the program's version, part of the up-to-date check
	// Limits bound each template's execution (zero: tmpl's defaults).
	Limits tmpl.Limits
	// AllowOutside lets case.toml name pleadings outside the case folder.
	AllowOutside bool
	// FileName is the output file name pattern ("{case}-{product}"); "" means case.toml's, else "{product}".
	FileName string
	// CSVBOM starts CSV outputs with a UTF-8 byte-order mark (as does csv_bom in case.toml).
	CSVBOM bool
	// Binder makes the case's binder too (as does "binder" among the formats).
	Binder bool
	// Progress, when set, is called as each case starts and ends (from several goroutines, serialized).
	Progress func(done, total int, current string)

	outSub string // the case's subfolder of OutDir in a batch
}

// Result is what building one case did.
type Result struct {
	Case     string        `json:"case"`
	Dir      string        `json:"dir"`
	OutDir   string        `json:"out_dir,omitempty"` // where the products were written
	Products []string      `json:"products"`          // the products selected
	Written  []string      `json:"written"`           // the files rendered this time (stale products only)
	Skipped  bool          `json:"skipped"`           // every product was up to date
	Duration time.Duration `json:"duration_ns"`
	Findings int           `json:"findings"`
	Warnings []string      `json:"warnings"`
	Errors   []string      `json:"errors"`
	// Info is the case as the firm index shows it (from the last build when up to date).
	Info *CaseInfo `json:"info,omitempty"`
	// Files are every output file of the case in OutDir, rendered now or before.
	Files []string `json:"files,omitempty"`
	// Binder is the file of the case's binder among Files, if it has one.
	Binder string `json:"binder,omitempty"`
}

// Failed reports whether the case had an error.
func (r Result) Failed() bool { return len(r.Errors) > 0 }

// manifest is the record of the last build of a case: for each product,
// the hash of what it was made from and the files it wrote.
type manifest struct {
	Products map[string]product `json:"products"`
	Case     *CaseInfo          `json:"case,omitempty"`
}

// product is one product's entry in the manifest.
type product struct {
	Key   string   `json:"key"`
	Files []string `json:"files"`
}

// Case builds one case folder.
func Case(dir string, opts Options) (res Result) {
	start := time.Now()
	res = Result{Case: filepath.Base(dir), Dir: dir, Products: []string{}, Written: []string{}, Warnings: []string{}, Errors: []string{}}
	defer func() { res.Duration = time.Since(start) }()
	f, err := LoadFolderWith(dir, LoadOptions{AllowOutside: opts.AllowOutside})
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	res.Case = f.Name()
	// Parse the built-in claim and defense libraries (once per process)
	// before any template runs, so the parse counts against no template's
	// time limit; an error in them is reported by the products that use them.
	library.Builtin()
	res.Warnings = append(res.Warnings, f.Warnings...)
	for _, w := range f.Complaint.Warnings {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s:%d: %s", f.Complaint.File, w.Line, w.Message))
	}
	for _, w := range f.Answer.Warnings {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s:%d: %s", f.Answer.File, w.Line, w.Message))
	}
	store, err := tmpl.Load(dir)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	templates, err := selectTemplates(store, f, opts)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	outDir, err := outputDir(f, opts)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	res.OutDir = outDir
	formats := opts.Formats
	if formats == nil {
		for _, s := range f.Settings.Formats {
			formats = append(formats, tmpl.Format(s))
		}
	}
	base, err := inputsKey(f, store.Libraries(), opts.Version)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	pattern := opts.FileName
	if pattern == "" {
		pattern = f.Settings.FileName
	}
	bom := opts.CSVBOM || f.Settings.CSVBOM
	base += fmt.Sprintf("|file_name %q csv_bom %v", pattern, bom)
	formats, withBinder := splitBinder(formats, opts.Binder)
	// Only the binder asked for: the products are rendered into it alone.
	productFiles := !withBinder || len(formats) > 0 || (opts.Formats == nil && len(f.Settings.Formats) == 0)
	removeStaleTemps(outDir, time.Minute)
	prev := readManifest(outDir)
	next := manifest{Products: map[string]product{}}
	var stale []*tmpl.Template
	var binderKeys []string
	for _, t := range templates {
		res.Products = append(res.Products, t.Name)
		binderKeys = append(binderKeys, productKey(base, t, []tmpl.Format{Binder}, f.Settings.Options[t.Name]))
		if !productFiles {
			if p, ok := prev.Products[t.Name]; ok {
				next.Products[t.Name] = p
			}
			continue
		}
		key := productKey(base, t, formats, f.Settings.Options[t.Name])
		next.Products[t.Name] = product{Key: key}
		if p, ok := prev.Products[t.Name]; ok && !opts.Force && p.Key == key && filesExist(outDir, p.Files) {
			next.Products[t.Name] = p
			continue
		}
		stale = append(stale, t)
	}
	binderStale := false
	if withBinder {
		key := hashKeys(binderKeys)
		next.Products[binderEntry] = product{Key: key}
		if p, ok := prev.Products[binderEntry]; ok && !opts.Force && p.Key == key && filesExist(outDir, p.Files) {
			next.Products[binderEntry] = p
		} else {
			binderStale = true
		}
	}
	if len(stale) == 0 && !binderStale {
		res.Skipped = true
		res.Info = prev.Case
		res.Files, res.Binder = manifestFiles(prev)
		return res
	}
	c, err := generator.Analyze(f.Complaint, f.Answer)
	if err != nil {
		res.Errors = append(res.Errors, fmt.Sprintf("%s: analyze: %v", dir, err))
		return res
	}
	res.Findings = len(c.Findings)
	for _, t := range stale {
		c.Kit().Prepare(t.Body) // the kit's parts a template reads are built here, not on its deadline
	}
	// Render everything first: a template error leaves the old outputs untouched.
	var outs []generator.Output
	for _, t := range stale {
		t = t.WithLimits(opts.Limits)
		if o := f.Settings.Options[t.Name]; len(o) > 0 {
			if t, err = t.WithOptions(o); err != nil {
				res.Errors = append(res.Errors, err.Error())
				return res
			}
		}
		stem, err := fileStem(pattern, f.Name(), t.Output)
		if err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", dir, err))
			return res
		}
		o, err := generator.RenderWith(t, c, formats, generator.RenderOptions{Header: c.Header(), Stem: stem, CSVBOM: bom, Created: f.Modified()})
		if err != nil {
			res.Errors = append(res.Errors, err.Error())
			return res
		}
		p := next.Products[t.Name]
		for _, out := range o {
			p.Files = append(p.Files, out.Name)
		}
		next.Products[t.Name] = p
		outs = append(outs, o...)
	}
	if binderStale {
		o, err := renderBinder(templates, c, f, opts, pattern)
		if err != nil {
			res.Errors = append(res.Errors, err.Error())
			return res
		}
		next.Products[binderEntry] = product{Key: next.Products[binderEntry].Key, Files: []string{o.Name}}
		outs = append(outs, o)
	}
	next.Case = caseInfo(c)
	res.Info = next.Case
	res.Files, res.Binder = manifestFiles(next)
	res.Warnings = append(res.Warnings, glyphWarnings(f, outs)...)
	if err := checkOverwrite(outDir, outputNames(outs), protectedFiles(f, store)); err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	paths, err := generator.WriteOutputs(outDir, outs)
	res.Written = paths
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	data, _ := json.MarshalIndent(next, "", "  ")
	if err := generator.WriteFileAtomic(filepath.Join(outDir, ManifestFile), data); err != nil {
		res.Warnings = append(res.Warnings, err.Error())
	}
	return res
}

// selectTemplates returns the templates a build renders, in name order.
func selectTemplates(store *tmpl.Store, f *Folder, opts Options) ([]*tmpl.Template, error) {
	names := opts.Templates
	if names == nil {
		names = f.Settings.Templates
	}
	if names == nil {
		return store.List(), nil
	}
	var out []*tmpl.Template
	for _, n := range names {
		t, err := store.Get(n)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// inputsKey hashes what every product of a case depends on: the pleadings,
// case.toml, the case's own libraries and the program's version.
func inputsKey(f *Folder, libraries []string, version string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "pleadkit %s\n", version)
	inputs := append([]string(nil), f.Inputs...)
	for _, l := range libraries {
		if !strings.HasPrefix(l, "builtin:") {
			inputs = append(inputs, l) // the case's own library files
		}
	}
	sort.Strings(inputs)
	for _, p := range inputs {
		if d, ok := f.digests[p]; ok {
			// The digest of the very bytes that were parsed: a file saved
			// during the build makes the next build stale, not up to date.
			fmt.Fprintf(h, "input %s %s\n", filepath.Base(p), d)
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return "", fmt.Errorf("read %s: %w", p, err)
		}
		fmt.Fprintf(h, "input %s %d\n", filepath.Base(p), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// productKey hashes what one product depends on besides the inputs: its
// template, the formats and the case's options for it.
func productKey(base string, t *tmpl.Template, formats []tmpl.Format, options map[string]any) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\ntemplate %s %s %v %v %v %d\n%s\nformats %v options %v\n", base, t.Name, t.Origin, t.Formats, t.Page, t.Options, len(t.Body), t.Body, formats, options)
	return hex.EncodeToString(h.Sum(nil))
}

// readManifest reads the record of the last build in outDir (empty when there is none).
func readManifest(outDir string) manifest {
	var m manifest
	data, err := os.ReadFile(filepath.Join(outDir, ManifestFile))
	if err != nil || json.Unmarshal(data, &m) != nil || m.Products == nil {
		return manifest{Products: map[string]product{}}
	}
	return m
}

// filesExist reports whether every file of a product is still in outDir.
func filesExist(outDir string, files []string) bool {
	if len(files) == 0 {
		return false
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(outDir, f)); err != nil {
			return false
		}
	}
	return true
}

// All builds every case folder found under roots, opts.Jobs at a time. A
// broken case is reported in its Result and never stops the others.
func All(roots []string, opts Options) ([]Result, error) {
	dirs, err := FindCases(roots)
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("no case folders under %v (a case folder holds a complaint and an answer, or a %s)", roots, SettingsFile)
	}
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	subs := outSubfolders(dirs)
	results := make([]Result, len(dirs))
	var mu sync.Mutex
	done := 0
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				o := opts
				if opts.OutDir != "" && len(dirs) > 1 {
					o.outSub = subs[i]
				}
				if opts.Progress != nil {
					mu.Lock()
					opts.Progress(done, len(dirs), dirs[i])
					mu.Unlock()
				}
				results[i] = Case(dirs[i], o)
				mu.Lock()
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(dirs), dirs[i])
				}
				mu.Unlock()
			}
		}()
	}
	for i := range dirs {
		work <- i
	}
	close(work)
	wg.Wait()
	return results, nil
}

// CheckTemplates runs every template of a case on its analysis without
// writing anything and returns the errors, each naming the template file and line.
func CheckTemplates(dir string, c *generator.Case) []error {
	store, err := tmpl.Load(dir)
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, t := range store.List() {
		if _, err := t.Execute(c); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

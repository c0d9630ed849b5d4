package build

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// Options select what a build renders and how.
type Options struct {
	OutDir    string        // output folder; "" means DIR/out (or case.toml's output)
	Formats   []tmpl.Format // formats to render; nil means case.toml's, the firm's, or each template's own
	Templates []string      // template names to render; nil means all (or case.toml's)
	Force     bool          // render every product even when nothing changed
	Jobs      int           // cases built at once; 0 means the number of CPUs
	Version   string        // the program's version, part of the up-to-date check
	// FirmDir is the firm folder (--templates, PLEADKIT_TEMPLATES); ""
	// means the nearest folder at or above each case holding a pleadkit.toml.
	FirmDir string
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
	Case       string          `json:"case"`
	Dir        string          `json:"dir"`
	OutDir     string          `json:"out_dir,omitempty"` // where the products were written
	CaseNumber string          `json:"case_number"`
	Products   []string        `json:"products"` // the products selected
	Outputs    []ProductResult `json:"outputs"`  // each product: built, up to date, failed or awaiting the answer
	Written    []string        `json:"written"`  // the files rendered this time (stale products only)
	Skipped    bool            `json:"skipped"`  // every product was up to date
	Duration   time.Duration   `json:"duration_ns"`
	Findings   []Finding       `json:"findings"` // the analysis's findings and the parser's warnings
	Warnings   []string        `json:"warnings"`
	Notes      []string        `json:"notes"` // what is not a problem, such as "awaiting answer"
	// Info is the case as the firm index shows it (from the last build when up to date).
	Info *CaseInfo `json:"info,omitempty"`
	// Files are every output file of the case in OutDir, rendered now or before.
	Files []string `json:"files,omitempty"`
	// Binder is the file of the case's binder among Files, if it has one.
	Binder string   `json:"binder,omitempty"`
	Errors []string `json:"errors"`
}

// The states of a product after a build.
const (
	StatusBuilt    = "built"
	StatusUpToDate = "up-to-date"
	StatusFailed   = "failed"
	StatusAwaiting = "awaiting-answer"
)

// ProductResult is what a build did with one product.
type ProductResult struct {
	Name   string   `json:"name"`
	Status string   `json:"status"`          // built, up-to-date, failed or awaiting-answer
	Files  []string `json:"files"`           // the product's files (paths), built now or before
	Error  string   `json:"error,omitempty"` // why it failed
	// Stale lists the earlier outputs of a product that could not be built,
	// renamed NAME.stale.EXT so nobody takes them for current.
	Stale []string `json:"stale,omitempty"`
}

// Failed reports whether the case had an error.
func (r Result) Failed() bool { return len(r.Errors) > 0 }

// Case builds one case folder. Each product stands alone: a template that
// fails is reported, its earlier output is marked stale, and the other
// products are built. A case without an answer builds the products that
// need only the complaint and notes the rest as awaiting the answer.
func Case(dir string, opts Options) (res Result) {
	start := time.Now()
	res = Result{Case: filepath.Base(dir), Dir: dir, Products: []string{}, Outputs: []ProductResult{}, Written: []string{},
		Findings: []Finding{}, Warnings: []string{}, Notes: []string{}, Errors: []string{}}
	defer func() { res.Duration = time.Since(start) }()
	f, err := LoadCaseWith(dir, LoadOptions{AllowOutside: opts.AllowOutside})
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	res.Case = f.Name()
	res.CaseNumber = f.Complaint.Caption.CaseNumber
	// Parse the built-in claim and defense libraries (once per process)
	// before any template runs, so the parse counts against no template's
	// time limit; an error in them is reported by the products that use them.
	library.Builtin()
	res.Warnings = append(res.Warnings, f.Warnings...)
	for _, d := range []*pleading.Document{f.Complaint, f.Answer} {
		if d == nil {
			continue
		}
		for _, w := range d.Warnings {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s:%d: %s", d.File, w.Line, w.Message))
		}
	}
	// A template that does not parse fails its own product below; the
	// store holds the others (nil only when no template can be trusted).
	store, err := tmpl.LoadFor(dir, opts.FirmDir)
	if store != nil {
		err = f.CheckOptions(store)
	}
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	firm := store.Firm()
	templates, failed, err := selectTemplates(store, f, opts)
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
	if formats == nil {
		formats = firm.Formats
	}
	base, err := inputsKey(f, store.Libraries(), opts.Version, firm)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	pattern := opts.FileName
	if pattern == "" {
		pattern = f.Settings.FileName
	}
	if pattern == "" {
		pattern = firm.FileName
	}
	bom := opts.CSVBOM || f.Settings.CSVBOM
	base += fmt.Sprintf("|file_name %q csv_bom %v", pattern, bom)
	formats, withBinder := splitBinder(formats, opts.Binder)
	// Only the binder asked for: the products are rendered into it alone.
	productFiles := !withBinder || len(formats) > 0 || (opts.Formats == nil && len(f.Settings.Formats) == 0)
	removeStaleTemps(outDir, time.Minute)
	prev := readManifest(outDir)
	next := manifest{Products: map[string]product{}, CaseNumber: res.CaseNumber}
	awaiting := func(t *tmpl.Template) bool { return f.Answer == nil && t.Needs != tmpl.NeedsComplaint }
	var stale []*tmpl.Template
	upToDate := map[string]bool{}
	var binderKeys []string
	for _, t := range templates {
		res.Products = append(res.Products, t.Name)
		if failed[t.Name] != "" || awaiting(t) {
			continue
		}
		binderKeys = append(binderKeys, productKey(base, t, []tmpl.Format{Binder}, f.Settings.Options[t.Name]))
		if !productFiles {
			if p, ok := prev.Products[t.Name]; ok {
				next.Products[t.Name] = p
			}
			upToDate[t.Name] = true
			continue
		}
		key := productKey(base, t, formats, f.Settings.Options[t.Name])
		next.Products[t.Name] = product{Key: key}
		if p, ok := prev.Products[t.Name]; ok && !opts.Force && p.Key == key && filesExist(outDir, p.Files) {
			next.Products[t.Name] = p
			upToDate[t.Name] = true
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
	var c *generator.Case
	if len(stale) > 0 || binderStale || prev.Findings == nil {
		if f.Answer == nil {
			c, err = generator.AnalyzeComplaint(f.Complaint)
		} else {
			c, err = generator.Analyze(f.Complaint, f.Answer)
		}
		if err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: analyze: %v", dir, err))
			return res
		}
		c.Firm = *firm
		next.Findings = findingsOf(f, c)
		next.Case = caseInfo(c)
	} else {
		next.Findings, next.Case = prev.Findings, prev.Case
	}
	if f.Settings.ShortName == "" && f.Settings.Name == "" && next.Case != nil && next.Case.Short != "" {
		// The summary names the case as a lawyer does, from its caption
		// (on a rebuild from the last build's record), not by its folder.
		res.Case = next.Case.Short
	}
	res.Findings = append(res.Findings, next.Findings...)
	res.Skipped = len(stale) == 0 && !binderStale
	res.Info = next.Case
	// Render everything first: a template error leaves the product's old
	// outputs to be marked stale, never half-written.
	for _, t := range stale {
		c.Kit().Prepare(t.Body) // the kit's parts a template reads are built here, not on its deadline
	}
	// Each product's files go to temporary files as soon as they are
	// rendered (so a large case never holds every product in memory) and
	// are renamed into place below, a product's files as a set.
	protected := protectedFiles(f, store)
	staged := map[string]*generator.Staged{}
	writeErr := map[string]error{}
	pdf := false
	_, libErr := generator.CaseLibraries(c)
	for _, t := range stale {
		outs, err := renderProduct(t.WithLimits(opts.Limits), c, f, formats, pattern, bom)
		if err != nil {
			failed[t.Name] = libraryError(err, libErr, t.Name).Error()
			continue
		}
		for _, o := range outs {
			pdf = pdf || o.Format == tmpl.PDF
		}
		err = checkOverwrite(outDir, outputNames(outs), protected)
		if err == nil {
			staged[t.Name], err = generator.StageOutputs(outDir, outs)
		}
		writeErr[t.Name] = err
	}
	defer func() {
		for _, s := range staged {
			s.Discard() // what a failure left uncommitted
		}
	}()
	var waiting []string
	for _, t := range templates {
		pr := ProductResult{Name: t.Name, Files: []string{}}
		switch {
		case failed[t.Name] != "":
			pr.Status, pr.Error = StatusFailed, failed[t.Name]
			res.Errors = append(res.Errors, failed[t.Name])
			delete(next.Products, t.Name)
			pr.Stale = markStale(outDir, prev.Products[t.Name].Files)
		case awaiting(t):
			pr.Status = StatusAwaiting
			waiting = append(waiting, t.Name)
			pr.Stale = markStale(outDir, prev.Products[t.Name].Files)
		case upToDate[t.Name]:
			pr.Status = StatusUpToDate
			pr.Files = joinPaths(outDir, next.Products[t.Name].Files)
		default:
			err := writeErr[t.Name]
			var paths []string
			if err == nil {
				paths, err = staged[t.Name].Commit()
			}
			res.Written = append(res.Written, paths...)
			if err != nil {
				pr.Status, pr.Error = StatusFailed, err.Error()
				res.Errors = append(res.Errors, err.Error())
				delete(next.Products, t.Name)
				break
			}
			pr.Status, pr.Files = StatusBuilt, paths
			p := next.Products[t.Name]
			p.Files = append(p.Files, staged[t.Name].Names()...)
			next.Products[t.Name] = p
			clearStale(outDir, p.Files)
		}
		res.Outputs = append(res.Outputs, pr)
	}
	if binderStale {
		var ready []*tmpl.Template
		for _, t := range templates {
			if !awaiting(t) && failed[t.Name] == "" {
				ready = append(ready, t)
			}
		}
		o, err := renderBinder(ready, c, f, opts, pattern)
		if err == nil {
			err = checkOverwrite(outDir, []string{o.Name}, protected)
		}
		var paths []string
		if err == nil {
			paths, err = generator.WriteOutputs(outDir, []generator.Output{o})
		}
		if err != nil {
			res.Errors = append(res.Errors, err.Error())
			delete(next.Products, binderEntry)
		} else {
			res.Written = append(res.Written, paths...)
			next.Products[binderEntry] = product{Key: next.Products[binderEntry].Key, Files: []string{o.Name}}
		}
	}
	res.Files, res.Binder = manifestFiles(next)
	if pdf {
		res.Warnings = append(res.Warnings, glyphWarnings(f)...)
	}
	if len(waiting) > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%s: awaiting answer: built what needs only the complaint; not yet %s", dir, strings.Join(waiting, ", ")))
	}
	if res.Skipped && len(waiting) == 0 && prev.Findings != nil {
		return res // nothing changed: leave the manifest as it is
	}
	if err := writeManifest(outDir, next); err != nil {
		res.Warnings = append(res.Warnings, err.Error())
	}
	return res
}

// renderProduct runs one template on the case to every format, with the
// case's options for it, its output files named by the file-name pattern.
func renderProduct(t *tmpl.Template, c *generator.Case, f *Folder, formats []tmpl.Format, pattern string, bom bool) ([]generator.Output, error) {
	if o := f.Settings.Options[t.Name]; len(o) > 0 {
		var err error
		if t, err = t.WithOptions(o); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(f.Dir, SettingsFile), err)
		}
	}
	stem, err := fileStem(pattern, f.Name(), t.Output)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Dir, err)
	}
	return generator.RenderWith(t, c, formats, generator.RenderOptions{Header: c.Header(), Stem: stem, CSVBOM: bom, Created: f.Modified()})
}

// joinPaths returns the files of outDir named by names.
func joinPaths(outDir string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = filepath.Join(outDir, n)
	}
	return out
}

// selectTemplates returns the templates a build renders, in name order,
// and the errors of those among them whose files are broken, by name (a
// broken one is a stand-in holding only its name).
func selectTemplates(store *tmpl.Store, f *Folder, opts Options) ([]*tmpl.Template, map[string]string, error) {
	broken := store.Broken()
	names := opts.Templates
	if names == nil {
		names = f.Settings.Templates
	}
	if names == nil {
		names = store.Names()
		for n := range broken {
			names = append(names, n)
		}
		sort.Strings(names)
	}
	var out []*tmpl.Template
	failed := map[string]string{}
	for _, n := range names {
		if err, ok := broken[n]; ok {
			failed[n] = err.Error()
			out = append(out, &tmpl.Template{Name: n})
			continue
		}
		t, err := store.Get(n)
		if err != nil && opts.Templates == nil && f.keys != nil {
			return nil, nil, unknownTemplate(n, store, f.keys)
		}
		if err != nil {
			return nil, nil, err
		}
		out = append(out, t)
	}
	return out, failed, nil
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

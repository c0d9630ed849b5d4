package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"time"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// Binder, in a list of formats (--format, or formats in case.toml), asks
// for the case's binder: one PDF of every selected product (see
// generator.Binder), named like a product called "binder".
const Binder tmpl.Format = "binder"

// binderEntry is the binder's key in the manifest (no template is named so).
const binderEntry = "(binder)"

// splitBinder takes the binder out of formats and reports whether it was
// there or asked for by the flag.
func splitBinder(formats []tmpl.Format, flag bool) ([]tmpl.Format, bool) {
	if formats == nil {
		return nil, flag
	}
	rest := make([]tmpl.Format, 0, len(formats))
	found := flag
	for _, f := range formats {
		if f == Binder {
			found = true
			continue
		}
		rest = append(rest, f)
	}
	return rest, found
}

// hashKeys hashes the keys of the products a binder is made from.
func hashKeys(keys []string) string {
	h := sha256.New()
	for _, k := range keys {
		fmt.Fprintln(h, k)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// CaseInfo is what the firm index shows of a case, recorded in the case's
// manifest at each build so an up-to-date case is listed without analyzing it.
type CaseInfo struct {
	Title      string    `json:"title"`
	Short      string    `json:"short,omitempty"` // the short caption name: "LivePerson v. 24/7"
	Court      string    `json:"court,omitempty"`
	CaseNumber string    `json:"case_number,omitempty"`
	Paragraphs int       `json:"paragraphs"`
	Counts     int       `json:"counts"`
	Responses  int       `json:"responses"`
	Defenses   int       `json:"defenses"`
	Answer     bool      `json:"answer"` // an answer was found and joined
	Errors     int       `json:"errors"`
	Warnings   int       `json:"warnings"`
	Infos      int       `json:"infos"`
	Built      time.Time `json:"built"`
}

// caseInfo summarizes an analyzed case.
func caseInfo(c *generator.Case) *CaseInfo {
	built, ok := render.SourceDateEpoch()
	if !ok {
		built = time.Now().UTC().Truncate(time.Second)
	}
	info := &CaseInfo{Title: c.Title, Short: c.ShortTitle(), Court: c.Caption.Court, CaseNumber: c.Caption.CaseNumber, Built: built,
		Paragraphs: c.Summary.Paragraphs, Responses: c.Summary.Responses,
		Errors: c.Summary.Errors, Warnings: c.Summary.Warnings, Infos: c.Summary.Infos}
	if c.Complaint != nil {
		info.Counts = len(c.Complaint.Counts)
	}
	if c.Answer != nil {
		info.Answer = true
		info.Defenses = len(c.Answer.Defenses)
	}
	return info
}

// manifestFiles returns every file the manifest records, sorted, and the
// binder's file ("" when there is none).
func manifestFiles(m manifest) (files []string, binder string) {
	for _, p := range m.Products {
		files = append(files, p.Files...)
	}
	sort.Strings(files)
	if p := m.Products[binderEntry]; len(p.Files) > 0 {
		binder = p.Files[0]
	}
	return files, binder
}

// renderBinder binds the case's products (each template with the case's
// options) into its binder PDF.
func renderBinder(templates []*tmpl.Template, c *generator.Case, f *Folder, opts Options, pattern string) (generator.Output, error) {
	ts := make([]*tmpl.Template, len(templates))
	for i, t := range templates {
		t = t.WithLimits(opts.Limits)
		if o := f.Settings.Options[t.Name]; len(o) > 0 {
			var err error
			if t, err = t.WithOptions(o); err != nil {
				return generator.Output{}, err
			}
		}
		ts[i] = t
	}
	stem, err := fileStem(pattern, f.Name(), generator.BinderName)
	if err != nil {
		return generator.Output{}, fmt.Errorf("%s: %v", f.Dir, err)
	}
	data, err := generator.Binder(ts, c, time.Time{})
	if err != nil {
		return generator.Output{}, fmt.Errorf("%s: %w", f.Dir, err)
	}
	return generator.Output{Format: tmpl.PDF, Name: stem + ".pdf", Data: data}, nil
}

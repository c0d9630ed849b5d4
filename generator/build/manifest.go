package build

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// ManifestFile records, in a case's output folder, what the last build made from what.
const ManifestFile = ".pleadkit-build.json"

// manifest is the record of the last build of a case: for each product,
// the hash of what it was made from and the files it wrote, and the
// case's findings, so an up-to-date case reports them without analysis.
type manifest struct {
	Products   map[string]product `json:"products"`
	CaseNumber string             `json:"case_number,omitempty"`
	Findings   []Finding          `json:"findings"`
	Case       *CaseInfo          `json:"case,omitempty"` // what the firm index shows of the case
}

// product is one product's entry in the manifest.
type product struct {
	Key   string   `json:"key"`
	Files []string `json:"files"`
}

// inputsKey hashes what every product of a case depends on: the pleadings,
// case.toml, the case's and the firm's library files, the firm's settings
// and the program's version.
func inputsKey(f *Folder, libraries []string, version string, firm *tmpl.Firm) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "pleadkit %s\n", version)
	inputs := append([]string(nil), f.Inputs...)
	for _, l := range libraries {
		if !strings.HasPrefix(l, "builtin:") {
			inputs = append(inputs, l) // the case's and the firm's library files
		}
	}
	if firm != nil && firm.File != "" {
		inputs = append(inputs, firm.File)
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
// template (with its base and partials), the formats and the case's
// options for it.
func productKey(base string, t *tmpl.Template, formats []tmpl.Format, options map[string]any) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\ntemplate %s\nformats %v options %v\n", base, t.Fingerprint(), formats, options)
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

// isOutputDir reports whether dir is a build's output folder written
// elsewhere with -o: it holds a build manifest, no case.toml, and no
// pleading-like file the manifest does not list as output, so a batch does
// not read the PDFs of a chart as pleadings.
func isOutputDir(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		return false
	}
	if _, err := os.Stat(filepath.Join(dir, SettingsFile)); err == nil {
		return false
	}
	files, _ := manifestFiles(readManifest(dir))
	written := map[string]bool{}
	for _, f := range files {
		written[filepath.Base(f)] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && pleadingExt(e.Name()) && !notPleadingName(e.Name()) && !written[e.Name()] {
			return false
		}
	}
	return true
}

// writeManifest records a build in outDir.
func writeManifest(outDir string, m manifest) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("output directory: %w", err)
	}
	data, _ := json.MarshalIndent(m, "", "  ")
	return generator.WriteFileAtomic(filepath.Join(outDir, ManifestFile), data)
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

// staleName is the name an out-of-date output is kept under:
// response-chart.pdf becomes response-chart.stale.pdf.
func staleName(name string) string {
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + ".stale" + ext
}

// markStale renames the earlier outputs of a product that could not be
// built to their stale names, so nobody reads them as current, and
// returns the new paths. The product is dropped from the manifest by the
// caller, so the next build tries it again.
func markStale(outDir string, files []string) []string {
	var out []string
	for _, f := range files {
		p := filepath.Join(outDir, f)
		if _, err := os.Lstat(p); err != nil {
			continue
		}
		q := filepath.Join(outDir, staleName(f))
		if err := os.Rename(p, q); err == nil {
			out = append(out, q)
		}
	}
	return out
}

// clearStale removes the stale copies of files a build has just written.
func clearStale(outDir string, files []string) {
	for _, f := range files {
		if err := os.Remove(filepath.Join(outDir, staleName(f))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			continue
		}
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// options are the generator's settings, one per command-line flag.
type options struct {
	N      int      // number of case folders to write
	Out    string   // output directory; created, and must be empty if it exists
	Broken int      // how many of the N cases to break on purpose
	Seed   int64    // seed for names, numbers and the choice of broken cases
	Src    string   // the samples directory holding the template cases
	Modes  []string // ways to break cases, used in turn; nil means all of breakModes
}

// template is one sample case the generator copies, with what to rename in it.
type template struct {
	Dir       string   // folder under the samples directory
	Slug      string   // short name used in generated folder names
	Complaint string   // file name of the complaint
	Answer    string   // file name of the answer
	Plaintiff string   // party name word(s) replaced by a generated plaintiff name
	Defendant string   // party name word(s) replaced by a generated defendant name
	Joined    bool     // the defendant's name is the plaintiff's name split in two ("Quill & Haven")
	Numbers   []string // digit strings (docket numbers) replaced by random digits of the same length
}

// templates lists the sample cases in the order generated cases cycle through them.
var templates = []template{
	{
		Dir: "acme-v-brightline", Slug: "trade-secret",
		Complaint: "complaint.md", Answer: "answer.md",
		Plaintiff: "Acme", Defendant: "Brightline",
		Numbers: []string{"00417"},
	},
	{
		Dir: filepath.Join("batch", "pruitt-v-cardinal-ridge"), Slug: "employment",
		Complaint: "complaint.txt", Answer: "answer.txt",
		Plaintiff: "Pruitt", Defendant: "Cardinal Ridge",
		Numbers: []string{"02114", "00318"},
	},
	{
		Dir: filepath.Join("batch", "tidewater-v-coldspire"), Slug: "commercial",
		Complaint: "complaint-superior-court.txt", Answer: "answer-after-removal.txt",
		Plaintiff: "Tidewater", Defendant: "Coldspire",
		Numbers: []string{"441872", "01288"},
	},
	{
		Dir: filepath.Join("batch", "quillhaven-v-quill-and-haven"), Slug: "trademark",
		Complaint: "doc2.txt", Answer: "doc1.txt",
		Plaintiff: "Quillhaven", Defendant: "Quill & Haven", Joined: true,
		Numbers: []string{"00692"},
	},
}

// Name parts for generated party names: a prefix and a suffix make one
// coined, capitalized word ("Ashbrook"), never an ordinary English word.
var (
	prefixes = []string{"Ash", "Bel", "Cor", "Dun", "Fal", "Gar", "Hal", "Kes", "Lan", "Mar", "Nor", "Ost", "Pel", "Quen", "Ros", "Sel", "Tam", "Vel", "Wyn", "Yar"}
	suffixes = []string{"brook", "ford", "mere", "wick", "stead", "vale", "moor", "holt", "crest", "dell"}
)

// caseFile is a file's content held in memory before it is written.
type caseFile struct {
	name string
	data []byte
}

// generated describes one case folder written by generate.
type generated struct {
	Dir    string // folder path
	Broken string // how it was broken on purpose, or ""
}

// generate writes opt.N case folders under opt.Out and reports what it wrote.
func generate(opt options) ([]generated, error) {
	if opt.N < 1 {
		return nil, fmt.Errorf("-n %d: need at least one case", opt.N)
	}
	if opt.Broken < 0 || opt.Broken > opt.N {
		return nil, fmt.Errorf("-broken %d: must be between 0 and -n (%d)", opt.Broken, opt.N)
	}
	if opt.Out == "" {
		return nil, errors.New("no output directory: give -o DIR")
	}
	modes := opt.Modes
	if len(modes) == 0 {
		modes = breakModes
	}
	for _, m := range modes {
		if !contains(breakModes, m) {
			return nil, fmt.Errorf("-modes: unknown way to break a case %q (known: %s)", m, strings.Join(breakModes, ", "))
		}
	}
	if entries, err := os.ReadDir(opt.Out); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("output directory %s is not empty: give a new or empty directory", opt.Out)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("output directory: %w", err)
	}
	sources := make([][]caseFile, len(templates))
	for i, t := range templates {
		files, err := readTemplate(filepath.Join(opt.Src, t.Dir), t)
		if err != nil {
			return nil, err
		}
		sources[i] = files
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	broken := map[int]bool{}
	for _, i := range rng.Perm(opt.N)[:opt.Broken] {
		broken[i] = true
	}
	if err := os.MkdirAll(opt.Out, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", opt.Out, err)
	}
	var out []generated
	breakMode := 0
	for i := 0; i < opt.N; i++ {
		t := templates[i%len(templates)]
		p, d := partyNames(rng, t)
		repl := replacements(t, p, d, rng)
		dir := filepath.Join(opt.Out, fmt.Sprintf("case-%04d-%s-%s-v-%s", i+1, t.Slug, slug(p), slug(d)))
		files := make([]caseFile, 0, len(sources[i%len(templates)]))
		for _, f := range sources[i%len(templates)] {
			files = append(files, caseFile{f.name, repl.apply(f.data)})
		}
		g := generated{Dir: dir}
		if broken[i] {
			files, g.Broken = breakCase(files, t, modes[breakMode%len(modes)])
			breakMode++
		}
		if err := writeCase(dir, files); err != nil {
			return out, err
		}
		out = append(out, g)
	}
	return out, nil
}

// readTemplate reads the files of one sample case, leaving out its ground truth.
func readTemplate(dir string, t template) ([]caseFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w (give the samples directory with -src)", dir, err)
	}
	var files []caseFile
	for _, e := range entries {
		if e.IsDir() || e.Name() == "EXPECTED.md" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", dir, err)
		}
		files = append(files, caseFile{e.Name(), data})
	}
	for _, want := range []string{t.Complaint, t.Answer} {
		if !hasFile(files, want) {
			return nil, fmt.Errorf("template %s: missing %s", dir, want)
		}
	}
	return files, nil
}

func hasFile(files []caseFile, name string) bool {
	for _, f := range files {
		if f.name == name {
			return true
		}
	}
	return false
}

// partyNames picks a plaintiff and a defendant name, different from each other
// and from the template's own names.
func partyNames(rng *rand.Rand, t template) (string, string) {
	pick := func() (string, string) {
		return prefixes[rng.Intn(len(prefixes))], suffixes[rng.Intn(len(suffixes))]
	}
	pa, pb := pick()
	p := pa + pb
	if t.Joined {
		// The defendant's name is the plaintiff's coined word split in two,
		// as "Quill & Haven" is to "Quillhaven".
		return p, pa + " & " + strings.ToUpper(pb[:1]) + pb[1:]
	}
	for {
		da, db := pick()
		if da != pa {
			return p, da + db
		}
	}
}

// replacer is an ordered list of literal replacements.
type replacer [][2]string

// apply returns data with every replacement made, longest original first.
func (r replacer) apply(data []byte) []byte {
	for _, kv := range r {
		data = bytes.ReplaceAll(data, []byte(kv[0]), []byte(kv[1]))
	}
	return data
}

// replacements builds the renames for one generated case: party names in
// their written and capitalized forms, initials, and fresh docket digits.
func replacements(t template, p, d string, rng *rand.Rand) replacer {
	var r replacer
	add := func(from, to string) {
		r = append(r, [2]string{from, to}, [2]string{strings.ToUpper(from), strings.ToUpper(to)})
	}
	add(t.Plaintiff, p)
	add(t.Defendant, d)
	if t.Joined {
		r = append(r, [2]string{initials(t.Defendant), initials(d)})
	}
	for _, n := range t.Numbers {
		var b strings.Builder
		b.WriteByte(byte('1' + rng.Intn(9)))
		for b.Len() < len(n) {
			b.WriteByte(byte('0' + rng.Intn(10)))
		}
		r = append(r, [2]string{n, b.String()})
	}
	sort.SliceStable(r, func(i, j int) bool { return len(r[i][0]) > len(r[j][0]) })
	return r
}

// initials turns "Quill & Haven" into "Q&H".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteString(w[:1])
	}
	return b.String()
}

// slug makes a name safe for a folder name: "Ros & Stead" becomes "ros-and-stead".
func slug(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(name, "&", " and "))) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		for _, c := range w {
			if c >= 'a' && c <= 'z' {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// breakModes are the ways breakCase spoils a case, used in turn.
var breakModes = []string{"empty-answer", "bad-case-toml", "binary-complaint", "missing-file"}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// breakCase spoils a case in the given way and says how.
func breakCase(files []caseFile, t template, mode string) ([]caseFile, string) {
	set := func(name string, data []byte) {
		for i := range files {
			if files[i].name == name {
				files[i].data = data
				return
			}
		}
		files = append(files, caseFile{name, data})
	}
	switch mode {
	case "empty-answer":
		set(t.Answer, nil)
		return files, "empty-answer: " + t.Answer + " is an empty file"
	case "bad-case-toml":
		set("case.toml", []byte("name = \"unterminated\nshort_name = \"Broken\"\n"))
		return files, "bad-case-toml: case.toml line 1 has an unterminated string"
	case "binary-complaint":
		set(t.Complaint, []byte("\x00\x01\x02PK\x03\x04\x00\x00\xff\xfe binary, not a pleading\x00"))
		return files, "binary-complaint: " + t.Complaint + " holds binary data"
	default: // missing-file
		toml := fmt.Sprintf("complaint = %q\nanswer = %q\n", t.Complaint, "answer-missing.txt")
		set("case.toml", []byte(toml))
		return files, "missing-file: case.toml line 2 names answer-missing.txt, which does not exist"
	}
}

// writeCase writes the files of one case folder, each atomically: a
// temporary file in the same folder, renamed into place.
func writeCase(dir string, files []caseFile) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	for _, f := range files {
		if err := writeAtomic(filepath.Join(dir, f.name), f.data); err != nil {
			return err
		}
	}
	return nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".gen-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, werr)
	}
	return nil
}

// findSamples returns the samples directory: ./samples, or samples/ beside
// the go.mod of an enclosing directory.
func findSamples() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		cand := filepath.Join(dir, "samples")
		if st, err := os.Stat(filepath.Join(cand, templates[0].Dir)); err == nil && st.IsDir() {
			return cand, nil
		}
		if filepath.Base(dir) == "samples" {
			if st, err := os.Stat(filepath.Join(dir, templates[0].Dir)); err == nil && st.IsDir() {
				return dir, nil
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", fmt.Errorf("no samples directory under %s: give -src", dir)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no samples directory found: give -src")
		}
		dir = parent
	}
}

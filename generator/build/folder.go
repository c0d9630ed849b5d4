// Package build turns case folders into rendered work product: it finds the
// pleadings of a case (by content, or as case.toml names them), analyzes
// them, runs every selected template to every selected format and writes
// the files atomically, for one case or a whole tree of cases in parallel.
package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// SettingsFile is the optional file of a case folder that names its parts.
const SettingsFile = "case.toml"

// Settings is the contents of a case folder's case.toml.
type Settings struct {
	Name      string                    `toml:"name"`
	ShortName string                    `toml:"short_name"`
	Court     string                    `toml:"court"`
	Complaint string                    `toml:"complaint"`
	Answer    string                    `toml:"answer"`
	Templates []string                  `toml:"templates"`
	Formats   []string                  `toml:"formats"`
	Output    string                    `toml:"output"`
	Aliases   map[string][]string       `toml:"aliases"`
	Options   map[string]map[string]any `toml:"options"`
	// FileName is the output file name pattern, e.g. "{case}-{product}".
	FileName string `toml:"file_name"`
	// CSVBOM starts CSV outputs with a UTF-8 byte-order mark (for Excel).
	CSVBOM bool `toml:"csv_bom"`
}

// settingsKeys are the keys case.toml takes, for "did you mean".
var settingsKeys = []string{"name", "short_name", "court", "complaint", "answer", "templates", "formats", "output", "aliases", "options", "file_name", "csv_bom"}

// Folder is a case folder with its pleadings found and parsed.
type Folder struct {
	Dir       string
	Settings  Settings
	Complaint *pleading.Document
	Answer    *pleading.Document // nil while the case awaits its answer (LoadCase)
	Inputs    []string           // the files the products are made from (pleadings, case.toml)
	Warnings  []string

	keys         *tmpl.Keys        // where each key of case.toml is, for errors
	settingsText string            // case.toml as read, for the line of a key in errors
	digests      map[string]string // SHA-256 of each input's bytes as they were parsed
}

// Modified returns the latest modification time of the case's inputs: the
// creation date of its PDFs, so the same inputs give the same bytes.
func (f *Folder) Modified() time.Time {
	var latest time.Time
	for _, p := range f.Inputs {
		if st, err := os.Stat(p); err == nil && st.ModTime().After(latest) {
			latest = st.ModTime()
		}
	}
	return latest.UTC().Truncate(time.Second)
}

// MaxSettingsBytes caps the size of case.toml.
const MaxSettingsBytes = 1 << 20

// LoadOptions change how a case folder is read.
type LoadOptions struct {
	// AllowOutside lets case.toml name pleadings outside the case folder.
	AllowOutside bool
}

// CheckOptions checks case.toml's [options.TEMPLATE] tables against the
// templates of s: an unknown template or option is an error at its line
// and column in case.toml, with the nearest name.
func (f *Folder) CheckOptions(s *tmpl.Store) error {
	if f.keys == nil || len(f.Settings.Options) == 0 {
		return nil
	}
	return tmpl.CheckOptions(f.keys, f.Settings.Options, s)
}

// parseSettings decodes case.toml and checks every key: an unknown one, or
// an [options] entry that is not a table of template options, is an error
// at its line and column.
func parseSettings(p string, data []byte) (Settings, *tmpl.Keys, error) {
	var raw struct {
		Settings
		Options map[string]any `toml:"options"`
	}
	var st Settings
	md, err := toml.Decode(string(data), &raw)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return st, nil, fmt.Errorf("%s:%d:%d: %s (fix the TOML syntax)", p, pe.Position.Line, pe.Position.Col, pe.Message)
		}
		return st, nil, decodeError(p, err)
	}
	st = raw.Settings
	keys := tmpl.IndexKeys(p, data)
	var errs tmpl.ErrorList
	for _, k := range md.Undecoded() {
		key := k.String()
		if k[0] == "options" || (k[0] == "aliases" && len(k) > 1) {
			continue
		}
		errs = append(errs, keys.Errorf(key, tmpl.ErrUnknownKey, fmt.Sprintf("%q is not a %s setting", key, SettingsFile),
			tmpl.SuggestHint(key, settingsKeys, "case.toml takes "+strings.Join(settingsKeys, ", ")+"; firm-wide settings go in "+tmpl.FirmFile)))
	}
	st.Options = map[string]map[string]any{}
	for _, name := range sortedNames(raw.Options) {
		tbl, ok := raw.Options[name].(map[string]any)
		if !ok {
			hint := "[options] holds one table per template: [options.response-chart] then allegation_words = 40"
			if name == "firm" || name == "legend" {
				hint = "firm settings go in pleadkit.toml, under [firm] (name, legend), in a folder above the case"
			}
			errs = append(errs, keys.Errorf("options."+name, tmpl.ErrInvalid, fmt.Sprintf("options.%s is not a table of template options", name), hint))
			continue
		}
		st.Options[name] = tbl
	}
	errs = append(errs, checkFormats(st.Formats, keys)...)
	if len(errs) > 0 {
		return st, nil, errs
	}
	return st, keys, nil
}

// sortedNames returns the keys of m in order.
func sortedNames(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Name returns the case's display name: case.toml's short name or name, else the folder's name.
func (f *Folder) Name() string {
	switch {
	case f.Settings.ShortName != "":
		return f.Settings.ShortName
	case f.Settings.Name != "":
		return f.Settings.Name
	}
	return filepath.Base(f.Dir)
}

// pleadingExt reports whether a file name has an extension pleadkit reads.
func pleadingExt(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".pdf", ".docx":
		return true
	}
	return false
}

// skipDir reports whether a directory is never a case or part of one.
func skipDir(name string) bool {
	return name == "out" || name == "templates" || name == "testdata" || strings.HasPrefix(name, ".") || name == "node_modules"
}

// IsCase reports whether dir holds a case: a case.toml, or pleading files at its top level.
func IsCase(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, SettingsFile)); err == nil {
		return true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && pleadingExt(e.Name()) && !notPleadingName(e.Name()) {
			return true
		}
	}
	return false
}

// notPleadingName reports files that are documentation, never pleadings.
func notPleadingName(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "EXPECTED", "NOTES", "CHANGELOG", "LICENSE", "SOURCES":
		return true
	}
	return false
}

// holdsCases reports whether dir, without a case.toml of its own, is a
// folder of case folders (one of its subfolders is a case): its own loose
// files are then notes about the cases (GOLD.md, an index), not a case.
func holdsCases(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, SettingsFile)); err == nil {
		return false
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.IsDir() && !skipDir(e.Name()) && IsCase(filepath.Join(dir, e.Name())) {
			return true
		}
	}
	return false
}

// FindCases returns the case folders under each root: a root that is a case
// is itself one; otherwise its subfolders are searched, recursively. A
// folder without a case.toml whose subfolders are cases is a folder of
// cases even when loose pleading-like files (notes, GOLD.md) lie beside them.
func FindCases(roots []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("case folder %s: %w", root, err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("case folder %s: not a directory (give the folder that holds the complaint and answer)", root)
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				return nil
			}
			if p != root && (skipDir(d.Name()) || isOutputDir(p)) {
				return filepath.SkipDir
			}
			if IsCase(p) && !holdsCases(p) {
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
				return filepath.SkipDir
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", root, err)
		}
	}
	sort.Strings(out)
	return out, nil
}

// LoadFolder reads a case folder: its case.toml, if any, and its pleadings,
// which are classified by content when case.toml does not name them. A
// folder without an answer is an error (LoadCase accepts it).
func LoadFolder(dir string) (*Folder, error) { return LoadFolderWith(dir, LoadOptions{}) }

// LoadFolderWith is LoadFolder with options.
func LoadFolderWith(dir string, opts LoadOptions) (*Folder, error) {
	f, err := LoadCaseWith(dir, opts)
	if err != nil {
		return nil, err
	}
	if f.Answer == nil {
		return nil, noAnswerError(dir, f.Warnings)
	}
	return f, nil
}

// skippedNote lists the files the search for pleadings skipped and why
// ("complaint.txt: skipped: empty file"), so a "not found" error says
// what was wrong with the file the user meant; "" when none was skipped.
func skippedNote(warnings []string) string {
	var skipped []string
	for _, w := range warnings {
		if strings.Contains(w, ": skipped: ") {
			skipped = append(skipped, w)
		}
	}
	if len(skipped) == 0 {
		return ""
	}
	return " (" + strings.Join(skipped, "; ") + ")"
}

// noAnswerError says a case folder has no answer.
func noAnswerError(dir string, warnings []string) error {
	return fmt.Errorf("%s: no answer found (a pleading titled ANSWER responding to the complaint); name it in %s: answer = \"file\"%s", dir, SettingsFile, skippedNote(warnings))
}

// LoadCase is LoadFolder for a case that may await its answer: a folder
// with a complaint and no answer gives a Folder whose Answer is nil.
func LoadCase(dir string) (*Folder, error) { return LoadCaseWith(dir, LoadOptions{}) }

// LoadCaseWith is LoadCase with options.
func LoadCaseWith(dir string, opts LoadOptions) (*Folder, error) {
	f := &Folder{Dir: dir, digests: map[string]string{}}
	settingsPath := filepath.Join(dir, SettingsFile)
	if data, err := readSettings(settingsPath); err == nil {
		f.settingsText = string(data)
		st, keys, err := parseSettings(settingsPath, data)
		if err != nil {
			return nil, err
		}
		f.Settings, f.keys = st, keys
		f.Inputs = append(f.Inputs, settingsPath)
		sum := sha256.Sum256(data)
		f.digests[settingsPath] = hex.EncodeToString(sum[:])
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}

	if f.Settings.Complaint != "" {
		doc, err := f.parseNamed(f.Settings.Complaint, "complaint", opts)
		if err != nil {
			return nil, err
		}
		f.Complaint = doc
		f.Inputs = append(f.Inputs, doc.File)
	}
	if f.Settings.Answer != "" {
		doc, err := f.parseNamed(f.Settings.Answer, "answer", opts)
		if err != nil {
			return nil, err
		}
		f.Answer = doc
		f.Inputs = append(f.Inputs, doc.File)
	}
	if f.Complaint == nil || f.Answer == nil {
		if err := f.classify(); err != nil {
			return nil, err
		}
	}
	if f.Complaint == nil {
		return nil, fmt.Errorf("%s: no complaint found (a pleading titled COMPLAINT with numbered paragraphs); name it in %s: complaint = \"file\"%s", dir, SettingsFile, skippedNote(f.Warnings))
	}
	f.addAliases()
	return f, nil
}

// parseNamed parses a pleading case.toml names and checks its kind.
// Unless opts.AllowOutside, the file must lie inside the case folder after
// symbolic links.
func (f *Folder) parseNamed(name, want string, opts LoadOptions) (*pleading.Document, error) {
	p := name
	if !filepath.IsAbs(p) {
		p = filepath.Join(f.Dir, name)
	}
	if !opts.AllowOutside {
		dirReal, err := resolve(f.Dir)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Dir, err)
		}
		real, err := resolve(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %s = %q: %w", f.settingsLine(want), want, name, err)
		}
		if !within(dirReal, real) {
			return nil, fmt.Errorf("%s: %s = %q is outside the case folder %s; copy the pleading into the case folder (or build with --allow-outside)", f.settingsLine(want), want, name, dirReal)
		}
	}
	doc, err := f.parse(p)
	if err != nil {
		return nil, fmt.Errorf("%w (%s names it as the %s)", err, f.settingsLine(want), want)
	}
	if string(doc.Kind) != want && doc.Kind != pleading.KindOther {
		return nil, fmt.Errorf("%s: %s names it as the %s, but it reads as a %s (title %q)", p, f.settingsLine(want), want, doc.Kind, doc.Title)
	}
	return doc, nil
}

var amendedRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth)?\s*amended\b`)

// amendment ranks a complaint's title: 0 original, 1 amended/first amended, 2 second amended, ...
func amendment(title string) int {
	m := amendedRe.FindStringSubmatch(title)
	if m == nil {
		return 0
	}
	switch strings.ToLower(m[1]) {
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	}
	return 1
}

// classify parses every pleading file of the folder and picks the complaint and the answer.
func (f *Folder) classify() error {
	entries, err := os.ReadDir(f.Dir)
	if err != nil {
		return fmt.Errorf("read case folder: %w", err)
	}
	var complaints, answers []*pleading.Document
	for _, e := range entries {
		if e.IsDir() || !pleadingExt(e.Name()) || notPleadingName(e.Name()) || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(f.Dir, e.Name())
		if f.Complaint != nil && p == f.Complaint.File || f.Answer != nil && p == f.Answer.File {
			continue
		}
		doc, err := f.parse(p)
		if err != nil {
			if why := strayReason(err); why != "" {
				f.Warnings = append(f.Warnings, fmt.Sprintf("%s: skipped: %s", p, why))
				continue
			}
			return err
		}
		switch doc.Kind {
		case pleading.KindComplaint:
			complaints = append(complaints, doc)
		case pleading.KindAnswer:
			answers = append(answers, doc)
		default:
			f.Warnings = append(f.Warnings, fmt.Sprintf("%s: skipped: neither a complaint nor an answer (title %q)", p, doc.Title))
		}
	}
	if f.Answer == nil {
		switch len(answers) {
		case 0:
		case 1:
			f.Answer = answers[0]
			f.Inputs = append(f.Inputs, f.Answer.File)
		default:
			return fmt.Errorf("%s: %d answers found (%s); name the one to chart in %s: answer = \"file\"", f.Dir, len(answers), docNames(answers), SettingsFile)
		}
	}
	if f.Complaint == nil && len(complaints) > 0 {
		c, err := pickComplaint(f.Dir, complaints, f.Answer)
		if err != nil {
			return err
		}
		f.Complaint = c
		f.Inputs = append(f.Inputs, c.File)
	}
	return nil
}

// pickComplaint chooses the complaint the answer answers: the one its text
// names ("Answer to the Second Amended Complaint"), else the latest amended.
func pickComplaint(dir string, complaints []*pleading.Document, answer *pleading.Document) (*pleading.Document, error) {
	if len(complaints) == 1 {
		return complaints[0], nil
	}
	if answer != nil {
		head := strings.ToUpper(answer.Title)
		for _, r := range answer.Responses {
			if len(head) > 4000 {
				break
			}
			head += " " + strings.ToUpper(r.Text)
		}
		var named []*pleading.Document
		for _, c := range complaints {
			if c.Title != "" && strings.Contains(head, strings.ToUpper(c.Title)) && amendment(c.Title) > 0 {
				named = append(named, c)
			}
		}
		if len(named) == 1 {
			return named[0], nil
		}
	}
	sort.SliceStable(complaints, func(i, j int) bool { return amendment(complaints[i].Title) > amendment(complaints[j].Title) })
	if amendment(complaints[0].Title) > amendment(complaints[1].Title) {
		return complaints[0], nil
	}
	return nil, fmt.Errorf("%s: %d complaints found (%s) and none is plainly the latest amended one; name it in %s: complaint = \"file\"", dir, len(complaints), docNames(complaints), SettingsFile)
}

func docNames(docs []*pleading.Document) string {
	var names []string
	for _, d := range docs {
		names = append(names, filepath.Base(d.File))
	}
	return strings.Join(names, ", ")
}

// addAliases adds the aliases case.toml lists to the parties they name.
func (f *Folder) addAliases() {
	for name, aliases := range f.Settings.Aliases {
		for _, doc := range []*pleading.Document{f.Complaint, f.Answer} {
			if doc == nil {
				continue
			}
			for _, side := range [][]pleading.Party{doc.Caption.Plaintiffs, doc.Caption.Defendants} {
				for i := range side {
					if side[i].Matches(name) || strings.EqualFold(pleading.NameKey(side[i].Name), pleading.NameKey(name)) {
						side[i].Aliases = append(side[i].Aliases, aliases...)
					}
				}
			}
		}
	}
}

// parse reads and parses the pleading at p and records the digest of the
// bytes it parsed.
func (f *Folder) parse(p string) (*pleading.Document, error) {
	src, err := pleading.ReadFile(p, "")
	if err != nil {
		return nil, err
	}
	doc, err := pleading.ParseSource(p, src)
	if err != nil {
		return nil, err
	}
	f.digests[p] = src.Digest
	return doc, nil
}

// strayReason says why a file found in a case folder is not a pleading to
// read, or "" when its error is a real problem with a pleading.
func strayReason(err error) string {
	switch {
	case errors.Is(err, pleading.ErrNoParagraphs):
		return "not a pleading (no numbered paragraphs)"
	case errors.Is(err, pleading.ErrEmpty):
		return "empty file"
	case errors.Is(err, pleading.ErrBinary):
		return "not text (binary data)"
	case errors.Is(err, pleading.ErrNotRegular):
		return "not a regular file (a FIFO, device or socket)"
	case errors.Is(err, fs.ErrNotExist):
		return "a symbolic link to nothing"
	case errors.Is(err, pleading.ErrTooLarge):
		return fmt.Sprintf("larger than %d MB, too large for a text pleading", pleading.MaxTextBytes>>20)
	}
	return ""
}

// readSettings reads case.toml: a regular file of at most MaxSettingsBytes.
func readSettings(p string) ([]byte, error) {
	st, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if _, lerr := os.Lstat(p); lerr == nil {
				return nil, fmt.Errorf("%s: a symbolic link to nothing; remove it or point it at the case settings", p)
			}
		}
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", p, pleading.ErrNotRegular)
	}
	if st.Size() > MaxSettingsBytes {
		return nil, fmt.Errorf("%s: larger than %d KB: case.toml holds a few settings; is it the right file?", p, MaxSettingsBytes>>10)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	return data, nil
}

package build

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// Defect 3 of #18: in a batch, a case whose template never ends fails
// alone, naming the template's line; the others build and the batch ends.
func TestBatchTemplateWithoutEnd(t *testing.T) {
	root := t.TempDir()
	good := filepath.Join(root, "good")
	bad := filepath.Join(root, "bad")
	copySample(t, "acme-v-brightline", good)
	copySample(t, "acme-v-brightline", bad)
	os.MkdirAll(filepath.Join(bad, "templates"), 0o755)
	loop := "name = \"loop\"\nformats = [\"md\"]\nbody = '''\n# Loop\n{{ range $i := 1000000000 }}{{ range $j := 1000000000 }}{{ end }}{{ end }}\n'''\n"
	if err := os.WriteFile(filepath.Join(bad, "templates", "loop.toml"), []byte(loop), 0o644); err != nil {
		t.Fatal(err)
	}
	appendSettings(t, bad, `templates = ["loop"]`)
	appendSettings(t, good, `templates = ["response-chart"]`)
	// The limit is far above what the chart takes even on a loaded machine.
	results, err := All([]string{root}, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test", Limits: tmpl.Limits{Timeout: 3 * time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 2 {
		t.Fatalf("%d results", len(results))
	}
	for _, r := range results {
		switch filepath.Base(r.Dir) {
		case "bad":
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0], filepath.Join(bad, "templates", "loop.toml")+":5:") {
				t.Errorf("bad case errors = %q, want one naming loop.toml:5", r.Errors)
			}
		case "good":
			if r.Failed() {
				t.Errorf("good case failed: %v", r.Errors)
			}
		}
	}
}

// Defect 11 of #18: stray files in a case folder (empty or binary .txt, a
// dangling symbolic link, a FIFO) are skipped with a warning; the case builds.
func TestStrayFilesSkipped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	os.Remove(filepath.Join(dir, SettingsFile)) // classify by content
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02PK\x00\x00"), 0o644)
	os.Symlink(filepath.Join(dir, "nowhere.md"), filepath.Join(dir, "dangling.md"))
	if f, err := os.Create(filepath.Join(dir, "huge.txt")); err == nil {
		f.Truncate(pleading.MaxTextBytes + 1)
		f.Close()
	}
	syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644)
	res := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"})
	if res.Failed() {
		t.Fatalf("build failed: %v", res.Errors)
	}
	warnings := strings.Join(res.Warnings, "\n")
	for _, want := range []string{"empty.txt: skipped: empty file", "binary.txt: skipped: not text", "dangling.md: skipped: a symbolic link to nothing", "huge.txt: skipped: larger than 32 MB"} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "pipe.txt")); err == nil && !strings.Contains(warnings, "pipe.txt: skipped: not a regular file") {
		t.Errorf("warnings lack the FIFO:\n%s", warnings)
	}
}

// Defect 6 of #18: the change hash is of the bytes that were parsed; a
// pleading saved after it was read makes the next build stale.
func TestInputsKeyFromParsedBytes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	f, err := LoadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	before, err := inputsKey(f, nil, "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	answer := filepath.Join(dir, "answer.md")
	data, _ := os.ReadFile(answer)
	os.WriteFile(answer, append(data, "\n17. Saved during the build.\n"...), 0o644)
	during, _ := inputsKey(f, nil, "test", nil)
	if during != before {
		t.Error("the key of a loaded folder changed with the file on disk: it was not taken from the parsed bytes")
	}
	g, err := LoadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := inputsKey(g, nil, "test", nil); after == before {
		t.Error("a changed answer gives the same key")
	}
}

// Defect 13 of #18: the temporary files of a killed build are removed by the next one.
func TestStaleTempsRemoved(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	out := filepath.Join(dir, "out")
	os.MkdirAll(out, 0o755)
	old := filepath.Join(out, ".response-chart.pdf.123456.tmp")
	fresh := filepath.Join(out, ".response-chart.md.654321.tmp")
	keep := filepath.Join(out, "notes.tmp")
	for _, p := range []string{old, fresh, keep} {
		os.WriteFile(p, []byte("partial"), 0o644)
	}
	hourAgo := time.Now().Add(-time.Hour)
	os.Chtimes(old, hourAgo, hourAgo)
	os.Chtimes(keep, hourAgo, hourAgo)
	if res := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"}); res.Failed() {
		t.Fatal(res.Errors)
	}
	if _, err := os.Stat(old); err == nil {
		t.Error("an old temporary file was left")
	}
	for _, p := range []string{fresh, keep} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: a young temp may belong to a running build, and other files are the user's", p)
		}
	}
}

// Defect 9 of #18: a Windows-1252 answer reads right, with a warning naming the guess.
func TestWindows1252Answer(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	p := filepath.Join(dir, "answer.md")
	data, _ := os.ReadFile(p)
	cp := strings.NewReplacer("’", "\x92", "“", "\x93", "”", "\x94", "§", "\xA7", "—", "\x97", "–", "\x96").Replace(string(data))
	if cp == string(data) {
		t.Skip("the sample answer has no character Windows-1252 writes differently")
	}
	os.WriteFile(p, []byte(cp), 0o644)
	res := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"})
	if res.Failed() {
		t.Fatal(res.Errors)
	}
	if !strings.Contains(strings.Join(res.Warnings, "\n"), "answer.md:1: not UTF-8: read as Windows-1252") {
		t.Errorf("warnings %q lack the encoding guess", res.Warnings)
	}
	chart, _ := os.ReadFile(filepath.Join(dir, "out", "response-chart.md"))
	if strings.Contains(string(chart), "\uFFFD") {
		t.Error("the chart has replacement characters")
	}
}

// Defect 14 of #18: PDFs are reproducible by default — dated with the
// inputs' latest modification time — and SOURCE_DATE_EPOCH overrides it.
func TestPDFReproducibleByDefault(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	when := time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)
	for _, n := range []string{"complaint.md", "answer.md", SettingsFile} {
		os.Chtimes(filepath.Join(dir, n), when, when)
	}
	opts := Options{Formats: []tmpl.Format{tmpl.PDF}, Templates: []string{"response-chart"}, Version: "test", Force: true}
	read := func() []byte {
		t.Helper()
		if res := Case(dir, opts); res.Failed() {
			t.Fatal(res.Errors)
		}
		b, err := os.ReadFile(filepath.Join(dir, "out", "response-chart.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	first := read()
	time.Sleep(1100 * time.Millisecond) // a clock-dated PDF would differ now
	if second := read(); !bytes.Equal(first, second) {
		t.Error("two builds of the same inputs differ")
	}
	if !bytes.Contains(first, []byte("/CreationDate (D:20210304050607")) {
		t.Error("the PDF is not dated with the inputs' modification time")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "86400")
	if b := read(); !bytes.Contains(b, []byte("/CreationDate (D:19700102000000")) {
		t.Error("SOURCE_DATE_EPOCH does not override the date")
	}
}

// Defect 14 of #18: characters the PDF fonts cannot print are named in a warning.
func TestUnprintableWarning(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	p := filepath.Join(dir, "complaint.md")
	data, _ := os.ReadFile(p)
	data = []byte(strings.Replace(string(data), "Acme designs", "Acme 😀 مرحبا designs", 1))
	os.WriteFile(p, data, 0o644)
	res := Case(dir, Options{Formats: []tmpl.Format{tmpl.PDF}, Templates: []string{"response-chart"}, Version: "test"})
	if res.Failed() {
		t.Fatal(res.Errors)
	}
	w := strings.Join(res.Warnings, "\n")
	if !strings.Contains(w, "complaint.md: the PDF fonts cannot print 😀 (U+1F600) at line") || !strings.Contains(w, "م (U+0645)") {
		t.Errorf("warnings lack the unprintable characters:\n%s", w)
	}
}

// Defect 12 of #18: a bad regular expression in a case's own elements.toml
// is reported against that file and line, not inside the built-in template
// that read the library; the products not using it are built.
func TestCaseLibraryErrorNamesFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	lib := "[[claim]]\nid = \"widget-claim\"\nname = \"Widget claim\"\nlaw = \"federal\"\npatterns = ['widget (claim']\n\n[[claim.element]]\nid = \"one\"\nstatement = \"One\"\nmust_prove = \"x\"\nburden = \"plaintiff\"\nkeywords = [\"widget\"]\n"
	writeFile(t, filepath.Join(dir, "templates", "elements.toml"), lib)
	r := Case(dir, Options{Formats: []tmpl.Format{tmpl.Markdown}, Version: "test"})
	if len(r.Errors) == 0 {
		t.Fatal("no error for a bad pattern")
	}
	want := filepath.Join(dir, "templates", "elements.toml") + ":5:"
	for _, e := range r.Errors {
		if !strings.HasPrefix(e, want) || strings.Contains(e, "builtin:") {
			t.Errorf("error %q does not start with %s or names a built-in template", e, want)
		}
	}
	built := 0
	for _, o := range r.Outputs {
		if o.Status == StatusBuilt {
			built++
		}
	}
	if built == 0 {
		t.Error("no product was built")
	}
	cc := CheckCase(dir, "")
	found := false
	for _, f := range cc.Findings {
		found = found || (f.Severity == "error" && strings.HasPrefix(f.Message, want))
	}
	if !found {
		t.Errorf("check findings do not name %s: %+v", want, cc.Findings)
	}
}

// Defect 10 of #18: a complaint that numbers two paragraphs alike gives an
// HTML chart whose anchors are still distinct (id="p2", then id="p2-2").
func TestDuplicateNumbersUniqueHTMLIDs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dup")
	complaint := "COMPLAINT\n\n1. Acme is a corporation.\n\n2. Beta is a company.\n\n2. Beta signed the Agreement.\n\n3. Beta breached it.\n"
	answer := "ANSWER\n\n1. Admitted.\n\n2. Denied.\n\n3. Denied.\n"
	writeFile(t, filepath.Join(dir, "complaint.txt"), complaint)
	writeFile(t, filepath.Join(dir, "answer.txt"), answer)
	writeFile(t, filepath.Join(dir, SettingsFile), "complaint = \"complaint.txt\"\nanswer = \"answer.txt\"\ntemplates = [\"response-chart\"]\n")
	r := Case(dir, Options{Formats: []tmpl.Format{tmpl.HTML}, Version: "test"})
	if r.Failed() {
		t.Fatal(r.Errors)
	}
	page, err := os.ReadFile(filepath.Join(dir, "out", "response-chart.html"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]*)"`).FindAllSubmatch(page, -1) {
		if seen[string(m[1])] {
			t.Errorf("id %q twice", m[1])
		}
		seen[string(m[1])] = true
	}
	if !seen["p2"] || !seen["p2-2"] {
		t.Errorf("ids %v, want p2 and p2-2", seen)
	}
}

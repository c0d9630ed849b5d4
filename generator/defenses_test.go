package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// samplesDir is the repository's sample case folders.
var samplesDir = filepath.Join("..", "samples")

// checklistFor parses the named complaint and answer, analyzes them and
// builds the defense checklist with the built-in libraries.
func checklistFor(t testing.TB, complaint, answer string) (*Case, *checklist.Checklist) {
	t.Helper()
	if _, err := os.Stat(complaint); err != nil {
		t.Skipf("pleadings not available (%v)", err)
	}
	cd, err := pleading.ParseFile(complaint)
	if err != nil {
		t.Fatal(err)
	}
	ad, err := pleading.ParseFile(answer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := checklist.Build(c.Joined(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkChecklistShape(t, c, cl)
	return c, cl
}

func realChecklist(t testing.TB, name string) (*Case, *checklist.Checklist) {
	dir := filepath.Join(pleadingsDir, name)
	return checklistFor(t, filepath.Join(dir, "complaint.txt"), filepath.Join(dir, "answer.txt"))
}

// checkChecklistShape asserts what holds for every checklist: one entry per
// pleaded defense in order, a grid cell per count, counts that exist, flags
// that agree with the kinds.
func checkChecklistShape(t testing.TB, c *Case, cl *checklist.Checklist) {
	t.Helper()
	if len(cl.Defenses) != len(c.Answer.Defenses) {
		t.Fatalf("%d checklist defenses for %d pleaded", len(cl.Defenses), len(c.Answer.Defenses))
	}
	if len(cl.Counts) != len(c.Complaint.Counts) {
		t.Errorf("%d checklist counts for %d in the complaint", len(cl.Counts), len(c.Complaint.Counts))
	}
	exists := map[int]bool{}
	for _, ct := range cl.Counts {
		exists[ct.Number] = true
	}
	for i, d := range cl.Defenses {
		if d.Number != c.Answer.Defenses[i].Number || d.Name == "" {
			t.Errorf("defense %d: number %d name %q", i, d.Number, d.Name)
		}
		if len(d.Cells) != len(cl.Counts) {
			t.Errorf("%s: %d cells for %d counts", d.Name, len(d.Cells), len(cl.Counts))
		}
		for _, n := range d.Counts {
			if !exists[n] {
				t.Errorf("%s answers Count %d, which the complaint lacks", d.Name, n)
			}
		}
		n := 0
		for _, on := range d.Cells {
			if on {
				n++
			}
		}
		if n != len(d.Counts) {
			t.Errorf("%s: %d cells set for counts %v", d.Name, n, d.Counts)
		}
		if d.Matched != (len(d.Matches) > 0) || d.Negative != hasFlag(d, checklist.FlagNegative) || d.Reservation != hasFlag(d, checklist.FlagReservation) || d.Bare != hasFlag(d, checklist.FlagBare) {
			t.Errorf("%s: flags %v disagree with matched %v negative %v reservation %v bare %v", d.Name, d.Flags, d.Matched, d.Negative, d.Reservation, d.Bare)
		}
	}
	if len(cl.Rule12) != 4 {
		t.Errorf("Rule 12 statuses: %d, want personal jurisdiction, venue, process and service", len(cl.Rule12))
	}
}

func hasFlag(d checklist.PleadedDefense, code string) bool {
	for _, f := range d.Flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

func ids(d *checklist.PleadedDefense) []string {
	var out []string
	for _, m := range d.Matches {
		out = append(out, m.Defense.ID)
	}
	return out
}

func rule12(cl *checklist.Checklist, id string) checklist.Rule12Status {
	for _, r := range cl.Rule12 {
		if r.ID == id {
			return r
		}
	}
	return checklist.Rule12Status{}
}

// The seed answer: the checks issue 6 names.
func TestChecklistSeed(t *testing.T) {
	_, cl := realChecklist(t, "liveperson-v-247")
	if len(cl.Defenses) != 26 || cl.Summary.Matched != 26 || len(cl.Unmatched) != 0 {
		t.Fatalf("%d defenses, %d matched, unmatched %v; want 26 all matched", len(cl.Defenses), cl.Summary.Matched, cl.Unmatched)
	}
	counts := []struct {
		n    int
		id   string
		want []int
	}{
		{10, "independent-creation", []int{1}},
		{11, "abandonment", []int{1}},
		{12, "fair-use", []int{1}},
		{13, "merger", []int{1}},
		{14, "copyright-misuse", []int{1}},
		{15, "preemption", []int{2, 3, 4, 5, 7, 8}},
		{16, "readily-ascertainable", []int{2}},
		{17, "privilege-justification", []int{4, 5}},
		{3, "laches", []int{1, 2, 3, 4, 5, 6, 7, 8}},
	}
	for _, tt := range counts {
		d := cl.Defense(tt.n)
		if got := ids(d); len(got) == 0 || got[0] != tt.id {
			t.Errorf("defense %d %q matched %v, want %s", tt.n, d.Name, got, tt.id)
		}
		if !reflect.DeepEqual(d.Counts, tt.want) {
			t.Errorf("defense %d %q answers %v, want %v (target %+v)", tt.n, d.Name, d.Counts, tt.want, d.Target)
		}
	}
	if d := cl.Defense(15); d.Target.Scope != checklist.ScopeStateLaw {
		t.Errorf("Preemption scope %q, want state-law", d.Target.Scope)
	}
	if d := cl.Defense(12); d.Target.Phrase != "copyright claims" || d.Cells[0] != true || d.Cells[1] {
		t.Errorf("Fair Use target %+v cells %v", d.Target, d.Cells)
	}
	if got := ids(cl.Defense(4)); !reflect.DeepEqual(got, []string{"waiver", "estoppel"}) {
		t.Errorf("Waiver and/or Estoppel matched %v, want waiver and estoppel", got)
	}
	for _, n := range []int{1, 20, 24} {
		if d := cl.Defense(n); !d.Negative {
			t.Errorf("defense %d %q not marked negative", n, d.Name)
		}
	}
	for _, n := range []int{2, 3, 12, 22} {
		if d := cl.Defense(n); d.Negative {
			t.Errorf("defense %d %q marked negative", n, d.Name)
		}
	}
	if d := cl.Defense(26); !d.Reservation {
		t.Errorf("Twenty-Sixth not marked as a reservation: %v", d.Flags)
	}
	// Each defense counts once by what it chiefly is: the Twenty-Sixth is a
	// negative defense (lack of particularity) that also reserves rights.
	if s := cl.Summary; s.Affirmative+s.Negative+s.Rule12+s.Remedy+s.Reservation+s.Unmatched != s.Defenses {
		t.Errorf("summary %+v does not add up to %d defenses", s, s.Defenses)
	}
	// One-sentence conclusions are bare; none pleads facts.
	for _, n := range []int{1, 2, 3, 5, 12, 15, 16, 22} {
		if d := cl.Defense(n); !d.Bare {
			t.Errorf("defense %d %q not flagged bare (facts %q)", n, d.Name, d.Facts)
		}
	}
	if len(cl.MissingTargets) != 0 {
		t.Errorf("missing targets %v, want none", cl.MissingTargets)
	}

	// Personal jurisdiction: not raised, and admitted at ¶15 (and ¶16).
	pj := rule12(cl, "lack-of-personal-jurisdiction")
	if pj.Status != checklist.Rule12Conceded || len(pj.Paragraphs) == 0 || pj.Paragraphs[0].Paragraph != 15 || pj.Paragraphs[0].Treatment != checklist.TreatAdmits {
		t.Errorf("personal jurisdiction = %+v, want conceded at ¶15", pj)
	}
	// Venue: not raised; the response to ¶16 (the venue paragraph) does not address it.
	v := rule12(cl, "improper-venue")
	if v.Status != checklist.Rule12Waived || len(v.Paragraphs) != 1 || v.Paragraphs[0].Paragraph != 16 || v.Paragraphs[0].Treatment != checklist.TreatNotAddress {
		t.Errorf("venue = %+v, want waived, ¶16 not addressed", v)
	}
	if len(cl.Waived) != 4 {
		t.Errorf("waived %d Rule 12 defenses, want all 4", len(cl.Waived))
	}
	// FRCP 8(c)(1) defenses not pleaded: release and res judicata are missing, waiver is not.
	np := map[string]bool{}
	for _, o := range cl.NotPleaded {
		np[o.ID] = true
	}
	if !np["release"] || !np["res-judicata"] || np["waiver"] || np["statute-of-limitations"] || np["license"] {
		t.Errorf("not pleaded = %v", cl.NotPleaded)
	}
}

// The other real answers: untitled defenses matched on their text, OCR'd titles, one count.
func TestChecklistRealAnswers(t *testing.T) {
	t.Run("eeoc-v-rv-fun", func(t *testing.T) {
		_, cl := realChecklist(t, "eeoc-v-rv-fun")
		if len(cl.Defenses) != 7 || len(cl.Unmatched) != 0 {
			t.Fatalf("%d defenses, unmatched %v; want 7 matched", len(cl.Defenses), cl.Unmatched)
		}
		for _, d := range cl.Defenses {
			if d.Matches[0].On != "text" {
				t.Errorf("%s matched on %s, want text (no titles)", d.Name, d.Matches[0].On)
			}
		}
		if ids(cl.Defense(1))[0] != "failure-to-state-a-claim" || !cl.Defense(1).Negative {
			t.Errorf("first defense: %v", ids(cl.Defense(1)))
		}
		if !cl.Defense(7).Reservation || len(cl.Defense(7).Counts) != 0 {
			t.Errorf("last defense: reservation %v counts %v", cl.Defense(7).Reservation, cl.Defense(7).Counts)
		}
		if d := cl.Defense(4); d.Bare || !strings.Contains(strings.Join(d.Facts, "|"), "April 7, 2004") {
			t.Errorf("reasonable accommodation defense pleads a date: bare %v facts %q", d.Bare, d.Facts)
		}
		if !cl.Counts[0].Federal || cl.Counts[0].Claim == "" {
			t.Errorf("EEOC count %+v: want a federal ADA claim", cl.Counts[0])
		}
	})
	t.Run("usa-v-arkansas", func(t *testing.T) {
		_, cl := realChecklist(t, "usa-v-arkansas")
		if len(cl.Defenses) != 13 || len(cl.Unmatched) != 0 {
			t.Fatalf("%d defenses, unmatched %v", len(cl.Defenses), cl.Unmatched)
		}
		if d := cl.Defense(10); ids(d)[0] != "qualified-immunity" || !reflect.DeepEqual(d.Counts, []int{1}) || !hasFlag(*d, checklist.FlagExcluded) {
			t.Errorf("qualified immunity: %v counts %v flags %v (answers only the constitutional count)", ids(d), d.Counts, d.Flags)
		}
		if d := cl.Defense(13); !d.Negative || !d.Bare {
			t.Errorf("Thirteenth (failure to state a claim): negative %v bare %v", d.Negative, d.Bare)
		}
		if d := cl.Defense(8); d.Bare {
			t.Errorf("Accreditation by CARF pleads facts: %q", d.Facts)
		}
		if v := rule12(cl, "improper-venue"); v.Status != checklist.Rule12Conceded {
			t.Errorf("venue = %+v, want conceded (¶5 admitted)", v)
		}
	})
	t.Run("usa-v-denka", func(t *testing.T) {
		_, cl := realChecklist(t, "usa-v-denka")
		if len(cl.Defenses) != 10 {
			t.Fatalf("%d defenses, want 10", len(cl.Defenses))
		}
		for _, n := range []int{1, 2, 3, 4, 5, 6} {
			if got := ids(cl.Defense(n)); len(got) == 0 || got[0] != "apa-arbitrary-capricious" {
				t.Errorf("defense %d matched %v, want the APA first", n, got)
			}
		}
		if got := ids(cl.Defense(8)); len(got) == 0 || got[0] != "relief-not-available" {
			t.Errorf("Eighth matched %v", got)
		}
		for _, d := range cl.Defenses {
			if d.Bare {
				t.Errorf("%s flagged bare; Denka's defenses plead pages of facts", d.Name)
			}
			if len(d.Target.Missing) > 0 {
				t.Errorf("%s: missing targets %v", d.Name, d.Target.Missing)
			}
		}
		if pj := rule12(cl, "lack-of-personal-jurisdiction"); pj.Status != checklist.Rule12Conceded {
			t.Errorf("personal jurisdiction = %+v, want conceded (¶17 admitted)", pj)
		}
	})
}

// The sample cases, against their EXPECTED.md.
func TestChecklistSamples(t *testing.T) {
	t.Run("acme-v-brightline", func(t *testing.T) {
		dir := filepath.Join(samplesDir, "acme-v-brightline")
		_, cl := checklistFor(t, filepath.Join(dir, "complaint.md"), filepath.Join(dir, "answer.md"))
		if len(cl.Defenses) != 13 || len(cl.Unmatched) != 0 {
			t.Fatalf("%d defenses, unmatched %v", len(cl.Defenses), cl.Unmatched)
		}
		want := map[int][]int{8: {1}, 9: {1}, 10: {4}, 11: {5}, 12: {1, 2, 3, 4, 5}}
		for n, w := range want {
			if d := cl.Defense(n); !reflect.DeepEqual(d.Counts, w) {
				t.Errorf("defense %d %q answers %v, want %v (target %+v)", n, d.Name, d.Counts, w, d.Target)
			}
		}
		// Preemption names "state law claims, including Counts IV and V".
		if d := cl.Defense(7); !d.Cells[3] || !d.Cells[4] || d.Cells[0] || d.Cells[2] {
			t.Errorf("Preemption answers %v, want IV and V and no federal count", d.Counts)
		}
		if !cl.Defense(12).Negative || !cl.Defense(13).Reservation || !cl.Defense(1).Negative {
			t.Error("First and Twelfth should be negative, Thirteenth a reservation")
		}
		for _, n := range []int{3, 5, 6} {
			if d := cl.Defense(n); d.Bare {
				t.Errorf("defense %d %q pleads facts, flagged bare", n, d.Name)
			}
		}
		for _, n := range []int{1, 4, 12} {
			if d := cl.Defense(n); !d.Bare {
				t.Errorf("defense %d %q is a bare conclusion (facts %q)", n, d.Name, d.Facts)
			}
		}
		for _, id := range []string{"lack-of-personal-jurisdiction", "improper-venue"} {
			if r := rule12(cl, id); r.Status != checklist.Rule12Conceded || r.Paragraphs[0].Treatment != checklist.TreatNotContest {
				t.Errorf("%s = %+v, want conceded: the answer does not contest it", id, r)
			}
		}
	})
	t.Run("tidewater-v-coldspire", func(t *testing.T) {
		dir := filepath.Join(samplesDir, "batch", "tidewater-v-coldspire")
		_, cl := checklistFor(t, filepath.Join(dir, "complaint-superior-court.txt"), filepath.Join(dir, "answer-after-removal.txt"))
		want := map[int][]int{3: {2}, 4: {2, 3}, 5: {4}}
		for n, w := range want {
			if d := cl.Defense(n); !reflect.DeepEqual(d.Target.Counts, w) {
				t.Errorf("defense %d targets %v, want %v (target %+v)", n, d.Target.Counts, w, d.Target)
			}
		}
		if !cl.Defense(1).Negative {
			t.Error("First (failure to state a claim) should be negative")
		}
		if d := cl.Defense(8); d.Bare {
			t.Errorf("setoff of $214,300 pleads facts: %q", d.Facts)
		}
	})
	t.Run("pruitt-v-cardinal-ridge", func(t *testing.T) {
		dir := filepath.Join(samplesDir, "batch", "pruitt-v-cardinal-ridge")
		_, cl := checklistFor(t, filepath.Join(dir, "complaint.txt"), filepath.Join(dir, "answer.txt"))
		if len(cl.Defenses) != 10 {
			t.Fatalf("%d defenses, want 10", len(cl.Defenses))
		}
		if d := cl.Defense(10); !d.Reservation {
			t.Errorf("Tenth %q should be a reservation: %v", d.Name, ids(d))
		}
	})
	t.Run("quillhaven-v-quill-and-haven", func(t *testing.T) {
		dir := filepath.Join(samplesDir, "batch", "quillhaven-v-quill-and-haven")
		_, cl := checklistFor(t, filepath.Join(dir, "doc2.txt"), filepath.Join(dir, "doc1.txt"))
		if len(cl.Defenses) != 8 {
			t.Fatalf("%d defenses, want 8", len(cl.Defenses))
		}
		if d := cl.Defense(8); !d.Reservation {
			t.Errorf("last defense should be a reservation: %v", ids(d))
		}
	})
}

func TestBuildChecklistBadInput(t *testing.T) {
	if _, err := checklist.Build(nil, nil, nil); err == nil {
		t.Error("nil case: no error")
	}
	if _, err := checklist.Build(&joined.Case{}, nil, nil); err == nil {
		t.Error("case without pleadings: no error")
	}
	// An answer without defenses, a complaint without counts: an empty checklist, no panic.
	c := &joined.Case{Complaint: &pleading.Document{}, Answer: &pleading.Document{Defenses: []pleading.Defense{{Number: 1}, {Number: 2, Title: "(", Text: "claims claims counts IX through"}}}}
	cl, err := checklist.Build(c, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.Defenses) != 2 || len(cl.Counts) != 0 || len(cl.NotPleaded) == 0 {
		t.Errorf("checklist = %+v", cl)
	}
}

// checklistTemplate loads the built-in defense-checklist template.
func checklistTemplate(t testing.TB) *tmpl.Template {
	t.Helper()
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := store.Get("defense-checklist")
	if err != nil {
		t.Fatal(err)
	}
	return tp
}

func TestDefenseChecklistTemplate(t *testing.T) {
	c, cl := realChecklist(t, "liveperson-v-247")
	tp := checklistTemplate(t)
	md, err := tp.Execute(&ChecklistData{Case: c, Checklist: cl})
	if err != nil {
		t.Fatal(err)
	}
	// The template also runs on the bare case (as `pleadkit build` passes it), through Case.Checklist.
	md2, err := tp.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(md, md2) {
		t.Error("the checklist differs when run on the case and on ChecklistData")
	}
	s := string(md)
	for _, want := range []string{
		"| Defense | I | II | III | IV | V | VI | VII | VIII |",
		"| [12. Fair Use](#defense-12) | ● |  |  |  |  |  |  |  |",
		"| [15. Preemption](#defense-15) |  | ● | ● | ● | ● |  | ● | ● |",
		"| [1. Failure to State a Claim](#defense-1) (neg.) |",
		"### <a id=\"defense-12\"></a>Twelfth Affirmative Defense — Fair Use",
		"- [ ] Effect on the potential market for or value of the work",
		"- **Answers:** Count I — pleaded against copyright claims.",
		"- **Answers:** Counts II–V, VII, VIII — pleaded against state law claims.",
		"- **Reservation of rights.** Reserves nothing",
		"| Lack of personal jurisdiction | FRCP 12(b)(2) | **conceded** |",
		"| Improper venue | FRCP 12(b)(3) | **waived** |",
		"## FRCP 8(c)(1) defenses not pleaded",
		"| Release | all counts (I–VIII) |",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("checklist lacks %q", want)
		}
	}
	if n := strings.Count(s, "\n### <a id=\"defense-"); n != 26 {
		t.Errorf("%d defense sections, want 26", n)
	}
	// PDF and HTML render; the PDF has pages.
	outs, err := Render(tp, &ChecklistData{Case: c, Checklist: cl}, []tmpl.Format{tmpl.PDF, tmpl.HTML}, c.Header())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(outs[0].Data, []byte("%PDF")) || !bytes.Contains(outs[1].Data, []byte(`type="checkbox"`)) {
		t.Errorf("outputs: pdf %d bytes, html without checkboxes", len(outs[0].Data))
	}
}

// Every real and sample case renders its checklist.
func TestDefenseChecklistTemplateAllCases(t *testing.T) {
	tp := checklistTemplate(t)
	cases := [][2]string{
		{filepath.Join(pleadingsDir, "usa-v-arkansas", "complaint.txt"), filepath.Join(pleadingsDir, "usa-v-arkansas", "answer.txt")},
		{filepath.Join(pleadingsDir, "eeoc-v-rv-fun", "complaint.txt"), filepath.Join(pleadingsDir, "eeoc-v-rv-fun", "answer.txt")},
		{filepath.Join(pleadingsDir, "usa-v-denka", "complaint.txt"), filepath.Join(pleadingsDir, "usa-v-denka", "answer.txt")},
		{filepath.Join(samplesDir, "acme-v-brightline", "complaint.md"), filepath.Join(samplesDir, "acme-v-brightline", "answer.md")},
		{filepath.Join(samplesDir, "batch", "quillhaven-v-quill-and-haven", "doc2.txt"), filepath.Join(samplesDir, "batch", "quillhaven-v-quill-and-haven", "doc1.txt")},
	}
	for _, cs := range cases {
		t.Run(filepath.Base(filepath.Dir(cs[0])), func(t *testing.T) {
			c, cl := checklistFor(t, cs[0], cs[1])
			md, err := tp.Execute(&ChecklistData{Case: c, Checklist: cl})
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(md), "\n### <a id=\"defense-"); n != len(cl.Defenses) {
				t.Errorf("%d defense sections for %d defenses", n, len(cl.Defenses))
			}
			if !strings.Contains(string(md), "- [ ] ") {
				t.Error("no task list")
			}
		})
	}
}

func TestLoadLibrariesCaseOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	own := `[[defense]]
id = "fair-use"
name = "Fair use (firm version)"
kind = "affirmative"
rule = "17 U.S.C. § 107"
applies_to = ["copyright"]
patterns = ['fair use']
elements = ["Our element"]
burden = "defendant"
source = "17 U.S.C. § 107"
`
	if err := os.WriteFile(filepath.Join(dir, "templates", "defenses.toml"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	_, cat, err := LoadLibraries(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d := cat.Defense("fair-use"); d == nil || d.Name != "Fair use (firm version)" || cat.Defense("laches") == nil {
		t.Errorf("merged catalogue: fair-use %+v", d)
	}
	if err := os.WriteFile(filepath.Join(dir, "templates", "defenses.toml"), []byte("[[defense]]\nid = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadLibraries(dir); err == nil || !strings.Contains(err.Error(), "defenses.toml") {
		t.Errorf("bad catalogue: %v", err)
	}
}

// BenchmarkChecklistSeed is the defense checklist of the analyzed seed case
// to Markdown: build the checklist, execute the template.
func BenchmarkChecklistSeed(b *testing.B) {
	c, _ := realChecklist(b, "liveperson-v-247")
	tp := checklistTemplate(b)
	b.ReportAllocs()
	for b.Loop() {
		cl, err := checklist.Build(c.Joined(), nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tp.Execute(&ChecklistData{Case: c, Checklist: cl}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChecklistSeedFromPleadings adds Analyze: parsed pleadings to Markdown.
func BenchmarkChecklistSeedFromPleadings(b *testing.B) {
	cd, ad := loadCase(b, filepath.Join(pleadingsDir, "liveperson-v-247"))
	tp := checklistTemplate(b)
	b.ReportAllocs()
	for b.Loop() {
		c, err := Analyze(cd, ad)
		if err != nil {
			b.Fatal(err)
		}
		cl, err := checklist.Build(c.Joined(), nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tp.Execute(&ChecklistData{Case: c, Checklist: cl}); err != nil {
			b.Fatal(err)
		}
	}
}

// A Rule 12(b) defense pleaded while the answer admits what it denies; a
// venue allegation denied in a response but not raised as a defense.
func TestChecklistRule12(t *testing.T) {
	complaint := &pleading.Document{Kind: pleading.KindComplaint,
		Paragraphs: []pleading.Paragraph{
			{Number: 1, Text: "This Court has personal jurisdiction over Defendant because it does business here."},
			{Number: 2, Text: "Venue is proper in this District under 28 U.S.C. § 1391(b)."},
			{Number: 3, Text: "Defendant breached the contract."},
		},
		Counts: []pleading.Count{{Number: 1, Title: "Breach of Contract", First: 3, Last: 3}},
	}
	answer := &pleading.Document{Kind: pleading.KindAnswer,
		Responses: []pleading.Response{
			{Paragraph: 1, Answers: []int{1}, Admits: true, Class: pleading.ClassAdmitted, Text: "Admitted."},
			{Paragraph: 2, Answers: []int{2}, Denies: true, Class: pleading.ClassDenied, Text: "Defendant denies that venue is proper in this District."},
			{Paragraph: 3, Answers: []int{3}, Denies: true, Class: pleading.ClassDenied, Text: "Denied."},
		},
		Defenses: []pleading.Defense{
			{Number: 1, Ordinal: "FIRST", Title: "Lack of Personal Jurisdiction", Text: "The Court lacks personal jurisdiction over Defendant."},
			{Number: 2, Ordinal: "SECOND", Title: "Fair Use", Text: "Plaintiff's claims are barred by the doctrine of fair use."},
		},
	}
	c, err := Analyze(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := checklist.Build(c.Joined(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	pj := rule12(cl, "lack-of-personal-jurisdiction")
	if pj.Status != checklist.Rule12Raised || !reflect.DeepEqual(pj.Raised, []int{1}) || !strings.Contains(pj.Message, "cannot both stand") {
		t.Errorf("personal jurisdiction = %+v, want raised, and inconsistent with the admission of ¶1", pj)
	}
	v := rule12(cl, "improper-venue")
	if v.Status != checklist.Rule12Waived || len(v.Paragraphs) != 1 || v.Paragraphs[0].Treatment != checklist.TreatDenies || !strings.Contains(v.Message, "courts divide") {
		t.Errorf("venue = %+v, want waived though denied at ¶2", v)
	}
	if d := cl.Defense(1); !d.Rule12 || !hasFlag(*d, checklist.FlagRule12) {
		t.Errorf("First defense: rule12 %v flags %v", d.Rule12, d.Flags)
	}
	// Fair use pleaded against a contract claim answers no count.
	if d := cl.Defense(2); len(d.Counts) != 0 || !hasFlag(*d, checklist.FlagNoCount) || hasFlag(*d, checklist.FlagExcluded) {
		t.Errorf("fair use against a contract count: counts %v flags %v", d.Counts, d.Flags)
	}
	if len(cl.Waived) != 3 {
		t.Errorf("waived = %d, want venue, process and service", len(cl.Waived))
	}
}

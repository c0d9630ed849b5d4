package generator

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// matrixFiles parses a complaint and an answer, skipping the test when
// either is absent, and builds the matrix over the built-in library.
func matrixFiles(t testing.TB, complaint, answer string) *matrix.Matrix {
	t.Helper()
	for _, f := range []string{complaint, answer} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("pleading not available (%v): the matrix test needs %s", err, f)
		}
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
	m, err := matrix.Build(c.Joined(), testElements(t))
	if err != nil {
		t.Fatal(err)
	}
	m.Case = c // as Case.Matrix does: templates run on the analyzed case
	return m
}

func testElements(t testing.TB) *library.Elements {
	t.Helper()
	lib, _, err := library.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// realMatrix builds the matrix of a case folder of the shared real pleadings.
func realMatrix(t testing.TB, name string) *matrix.Matrix {
	dir := filepath.Join("..", "..", "shared", "pleadings", name)
	return matrixFiles(t, filepath.Join(dir, "complaint.txt"), filepath.Join(dir, "answer.txt"))
}

// element returns the element id of count n, failing the test when absent.
func element(t *testing.T, m *matrix.Matrix, n int, id string) matrix.MatrixElement {
	t.Helper()
	for _, mc := range m.Counts {
		if mc.Number != n {
			continue
		}
		for _, e := range mc.Elements {
			if e.ID == id {
				return e
			}
		}
		t.Fatalf("count %d (%s) has no element %q", n, mc.ClaimID, id)
	}
	t.Fatalf("count %d is not in the matrix", n)
	return matrix.MatrixElement{}
}

func support(e matrix.MatrixElement, n int) (matrix.Support, bool) {
	for _, s := range e.Support {
		if s.Paragraph == n {
			return s, true
		}
	}
	return matrix.Support{}, false
}

func wantCites(t *testing.T, e matrix.MatrixElement, paras ...int) {
	t.Helper()
	for _, n := range paras {
		if _, ok := support(e, n); !ok {
			t.Errorf("%s: ¶%d not cited; cites %v", e.Statement, n, e.Paragraphs())
		}
	}
}

// checkClaims asserts the claim each count is matched to, by count number.
func checkClaims(t *testing.T, m *matrix.Matrix, want map[int]string) {
	t.Helper()
	// A count pleading several theories has a MatrixCount for each; want
	// names the first (its primary).
	got := map[int]string{}
	for _, mc := range m.Counts {
		if _, ok := got[mc.Number]; !ok {
			got[mc.Number] = mc.ClaimID
		}
	}
	for _, u := range m.Unmatched {
		t.Errorf("count %d (%q, %q) not matched", u.Number, u.Title, u.Statute)
	}
	for n, id := range want {
		if got[n] != id {
			t.Errorf("count %d matched to %q, want %q", n, got[n], id)
		}
	}
}

// checkSupportInRange asserts every cited paragraph is pleaded inside its
// count or incorporated by it, and is not an incorporation paragraph.
func checkSupportInRange(t *testing.T, m *matrix.Matrix) {
	t.Helper()
	paras := map[int]pleading.Paragraph{}
	var complaint *pleading.Document
	switch c := m.Case.(type) {
	case *Case:
		complaint = c.Complaint
	case *joined.Case:
		complaint = c.Complaint
	}
	for _, p := range complaint.Paragraphs {
		paras[p.Number] = p
	}
	for _, mc := range m.Counts {
		for _, e := range mc.Elements {
			if len(e.Support) > 5+mc.Last-mc.First+1+6 {
				t.Errorf("%s %s: %d paragraphs cited", mc.Label, e.ID, len(e.Support))
			}
			for _, s := range e.Support {
				p := paras[s.Paragraph]
				inside := s.Paragraph >= mc.First && s.Paragraph <= mc.Last
				incorporated := mc.Incorporates != nil && s.Paragraph >= mc.Incorporates.First && s.Paragraph <= mc.Incorporates.Last && p.Count == 0
				if !inside && !incorporated || s.InCount != inside {
					t.Errorf("%s %s cites ¶%d (in count %v), outside ¶¶%d–%d and its incorporation", mc.Label, e.ID, s.Paragraph, s.InCount, mc.First, mc.Last)
				}
				if p.Incorporates != nil {
					t.Errorf("%s %s cites the incorporation paragraph ¶%d", mc.Label, e.ID, s.Paragraph)
				}
				if len(s.Reasons) == 0 {
					t.Errorf("%s %s cites ¶%d without a reason", mc.Label, e.ID, s.Paragraph)
				}
			}
			if (len(e.Support) == 0) != (e.Status == matrix.StatusUnsupported) {
				t.Errorf("%s %s: status %s with %d paragraphs", mc.Label, e.ID, e.Status, len(e.Support))
			}
		}
	}
}

func TestMatrixSeed(t *testing.T) {
	m := realMatrix(t, "liveperson-v-247")
	checkClaims(t, m, map[int]string{
		1: "copyright-infringement",
		2: "trade-secret-misappropriation",
		3: "breach-of-contract",
		4: "tortious-interference-existing-relations",
		5: "tortious-interference-prospective",
		6: "lanham-false-advertising",
		7: "unfair-competition-common-law",
		8: "unjust-enrichment",
	})
	if len(m.Counts) != 8 {
		t.Errorf("%d counts matched, want 8", len(m.Counts))
	}
	checkSupportInRange(t, m)

	// Count I: ownership rests on the registration (¶57), copying on ¶58 and the spyware allegations.
	own := element(t, m, 1, "ownership")
	wantCites(t, own, 57)
	if own.Support[0].Paragraph != 57 {
		t.Errorf("ownership: strongest allegation ¶%d, want ¶57", own.Support[0].Paragraph)
	}
	if s, _ := support(own, 57); !slices.Contains(s.Reasons, "Exhibit E") || !slices.Contains(s.Reasons, "copyright office") {
		t.Errorf("ownership ¶57 reasons %v, want the Copyright Office and Exhibit E", s.Reasons)
	}
	copying := element(t, m, 1, "copying")
	wantCites(t, copying, 58, 40, 42)
	// ¶38 (tracking markers) and ¶41 (siphoning data) plead no copying.
	for _, n := range []int{38, 41} {
		if _, ok := support(copying, n); ok {
			t.Errorf("copying cites ¶%d, which pleads no copying", n)
		}
	}
	if copying.Status == matrix.StatusAdmitted {
		t.Errorf("copying is %s (%s): the answer denies every copying allegation", copying.Status, copying.Basis)
	}

	// Count III: the contract is ¶25–29 and ¶69; the count's own ¶69
	// admits the agreements but asserts the Co-Marketing Agreement's
	// termination, so the element is only partly admitted.
	contract := element(t, m, 3, "contract")
	wantCites(t, contract, 25, 26, 27, 29, 69)
	for n := 25; n <= 27; n++ {
		if s, _ := support(contract, n); s.Class != pleading.ClassPartlyAdmitted || len(s.Admitted) == 0 {
			t.Errorf("contract ¶%d: %s %q, want admitted in part with the admitted text", n, s.Class, s.Admitted)
		}
	}
	if contract.Status != matrix.StatusPartly || !strings.Contains(contract.Basis, "notice of termination of the Co-Marketing Agreement effective November 2, 2007") || !strings.Contains(contract.Basis, "¶69") {
		t.Errorf("existence of the contract: %s (%s), want partly admitted, quoting ¶69's termination", contract.Status, contract.Basis)
	}

	// Count VI: the false statements are ¶47–49 and ¶91; ¶47 is admitted in part.
	falsity := element(t, m, 6, "false-statement")
	wantCites(t, falsity, 47, 48, 91)
	if s, _ := support(falsity, 47); s.Class != pleading.ClassPartlyAdmitted || !strings.Contains(strings.Join(s.Admitted, " "), "first predictive") {
		t.Errorf("¶47: %s %q, want admitted in part (advertised itself as the first)", s.Class, s.Admitted)
	}
	if falsity.Status != matrix.StatusPartly {
		t.Errorf("false statement: %s (%s), want partly admitted (the statement is admitted, its falsity is not)", falsity.Status, falsity.Basis)
	}

	// Paragraphs that have nothing to do with an element stay out.
	for _, tc := range []struct {
		count int
		elem  string
		not   []int
	}{
		{1, "ownership", []int{11, 12, 13, 14, 15, 16, 47}},
		{3, "contract", []int{40, 41, 42, 47, 57}},
		{6, "false-statement", []int{25, 27, 57, 58}},
	} {
		e := element(t, m, tc.count, tc.elem)
		for _, n := range tc.not {
			if _, ok := support(e, n); ok {
				t.Errorf("count %d %s cites ¶%d", tc.count, tc.elem, n)
			}
		}
	}

	// Interstate commerce is pleaded nowhere in Count VI: a gap.
	found := false
	for _, g := range m.Gaps {
		found = found || g.Count == 6 && strings.Contains(g.Element, "interstate")
	}
	if !found {
		t.Errorf("gaps %+v: want Count VI's interstate-commerce element", m.Gaps)
	}
}

func TestMatrixRealCases(t *testing.T) {
	for _, tc := range []struct {
		name   string
		claims map[int]string
		cites  map[[2]any][]int // {count, element id} -> paragraphs that must be cited
	}{
		{
			name:   "eeoc-v-rv-fun",
			claims: map[int]string{1: "ada-employment-discrimination"},
			cites: map[[2]any][]int{
				{1, "disability"}:     {8},
				{1, "adverse-action"}: {10, 11},
			},
		},
		{
			name:   "usa-v-arkansas",
			claims: map[int]string{1: "fourteenth-amendment-due-process", 2: "ada-title-ii", 3: "idea"},
			cites: map[[2]any][]int{
				{2, "discrimination"}: {25},
				{3, "denial-of-fape"}: {26},
			},
		},
		{
			name:   "usa-v-denka",
			claims: map[int]string{1: "caa-imminent-endangerment"},
			cites: map[[2]any][]int{
				{1, "endangerment"}: {43, 58, 64},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := realMatrix(t, tc.name)
			checkClaims(t, m, tc.claims)
			checkSupportInRange(t, m)
			for k, paras := range tc.cites {
				wantCites(t, element(t, m, k[0].(int), k[1].(string)), paras...)
			}
		})
	}
}

func TestMatrixSamples(t *testing.T) {
	root := filepath.Join("..", "samples")
	for _, tc := range []struct {
		dir, complaint, answer string
		claims                 map[int]string
	}{
		{"acme-v-brightline", "complaint.md", "answer.md", map[int]string{1: "dtsa", 2: "breach-of-contract", 3: "cfaa", 4: "tortious-interference-contract", 5: "unjust-enrichment"}},
		{"batch/pruitt-v-cardinal-ridge", "complaint.txt", "answer.txt", map[int]string{1: "title-vii-discrimination", 2: "title-vii-retaliation", 3: "flsa-overtime"}},
		{"batch/tidewater-v-coldspire", "complaint-superior-court.txt", "answer-after-removal.txt", map[int]string{1: "breach-of-contract", 2: "fraud", 3: "implied-covenant", 4: "promissory-estoppel"}},
		{"batch/quillhaven-v-quill-and-haven", "doc2.txt", "doc1.txt", map[int]string{1: "trademark-infringement", 2: "trademark-infringement"}},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			m := matrixFiles(t, filepath.Join(root, tc.dir, tc.complaint), filepath.Join(root, tc.dir, tc.answer))
			checkClaims(t, m, tc.claims)
			checkSupportInRange(t, m)
		})
	}
}

// TestMatrixAcme checks the sample case's matrix in detail against its pleadings.
func TestMatrixAcme(t *testing.T) {
	dir := filepath.Join("..", "samples", "acme-v-brightline")
	m := matrixFiles(t, filepath.Join(dir, "complaint.md"), filepath.Join(dir, "answer.md"))
	contract := element(t, m, 2, "contract")
	wantCites(t, contract, 19, 43)
	if contract.Status != matrix.StatusAdmitted {
		t.Errorf("Count II contract: %s (%s), want admitted (¶19: the parties entered into the Agreement)", contract.Status, contract.Basis)
	}
	wantCites(t, element(t, m, 3, "loss"), 50)
	wantCites(t, element(t, m, 4, "procurement"), 54)
}

func TestMatrixDeterministic(t *testing.T) {
	m1 := realMatrix(t, "liveperson-v-247")
	m2 := realMatrix(t, "liveperson-v-247")
	j1, err := json.Marshal(m1)
	if err != nil {
		t.Fatal(err)
	}
	j2, _ := json.Marshal(m2)
	if !bytes.Equal(j1, j2) {
		t.Error("two builds of the same case differ")
	}
}

// TestMatrixRespond checks what a response does to an element: a partial
// admission concedes it only when the admitted statements carry the
// element's words.
// smallContract is a constructed breach-of-contract case: ¶1 admitted, ¶3
// admitted only as to a conversation, the count's own ¶5 denied and ¶6 met
// with lack of knowledge, and no damages pleaded.
func smallContract() (complaint, answer *pleading.Document) {
	complaint = &pleading.Document{
		Kind: pleading.KindComplaint,
		Caption: pleading.Caption{
			Plaintiffs: []pleading.Party{{Name: "Acme, Inc.", Aliases: []string{"Acme"}}},
			Defendants: []pleading.Party{{Name: "Beta LLC", Aliases: []string{"Beta"}}},
		},
		Paragraphs: []pleading.Paragraph{
			{Number: 1, Text: "Acme and Beta entered into a written agreement, a binding contract."},
			{Number: 2, Text: "Beta breached the agreement by failing to pay."},
			{Number: 3, Text: "Acme and Beta entered into a binding contract; Beta breached it."},
			{Number: 4, Text: "Acme incorporates paragraphs 1-3.", Count: 1, Incorporates: &pleading.Range{First: 1, Last: 3}},
			{Number: 5, Text: "The agreement is a binding contract between Acme and Beta.", Count: 1},
			{Number: 6, Text: "Acme performed all of its obligations under the agreement.", Count: 1},
		},
		Counts: []pleading.Count{{Number: 1, Label: "COUNT I", Title: "Breach of Contract", First: 4, Last: 6, Incorporates: &pleading.Range{First: 1, Last: 3}}},
	}
	answer = &pleading.Document{
		Kind: pleading.KindAnswer,
		Responses: []pleading.Response{
			{Paragraph: 1, Answers: []int{1}, Admits: true, Class: pleading.ClassAdmitted},
			{Paragraph: 2, Answers: []int{2}, Denies: true, Class: pleading.ClassDenied},
			{Paragraph: 3, Answers: []int{3}, Admits: true, Denies: true, Class: pleading.ClassPartlyAdmitted, Admitted: []string{"Beta admits that it spoke with Acme."}},
			{Paragraph: 5, Answers: []int{5}, Denies: true, Class: pleading.ClassDenied},
			{Paragraph: 6, Answers: []int{6}, LacksKnowledge: true, Class: pleading.ClassNoKnowledge},
		},
	}
	return complaint, answer
}

func TestMatrixRespond(t *testing.T) {
	complaint, answer := smallContract()
	c, err := Analyze(complaint, answer)
	if err != nil {
		t.Fatal(err)
	}
	m, err := matrix.Build(c.Joined(), testElements(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Counts) != 1 || m.Counts[0].ClaimID != "breach-of-contract" {
		t.Fatalf("counts %+v", m.Counts)
	}
	contract := element(t, m, 1, "contract")
	wantCites(t, contract, 1, 3, 5)
	if s, _ := support(contract, 3); s.Effect != matrix.EffectDenies {
		t.Errorf("¶3 admitted only as to a conversation: effect %s, want denies", s.Effect)
	}
	if s, _ := support(contract, 1); s.Effect != matrix.EffectAdmits || contract.Status != matrix.StatusAdmitted {
		t.Errorf("¶1 admitted in full: effect %s, element %s", s.Effect, contract.Status)
	}
	if _, ok := support(contract, 4); ok {
		t.Error("the incorporation paragraph ¶4 is cited")
	}
	if e := element(t, m, 1, "performance"); e.Status != matrix.StatusContested {
		t.Errorf("performance: %s, want contested (lack of knowledge)", e.Status)
	}
	if e := element(t, m, 1, "damages"); e.Status != matrix.StatusUnsupported || len(m.Gaps) == 0 {
		t.Errorf("damages: %s, gaps %v: want unsupported, a gap", e.Status, m.Gaps)
	}
}

func TestMatrixErrors(t *testing.T) {
	lib := testElements(t)
	if _, err := matrix.Build(nil, lib); err == nil {
		t.Error("nil case: no error")
	}
	c := &joined.Case{Complaint: &pleading.Document{File: "c.txt", Paragraphs: []pleading.Paragraph{{Number: 1, Text: "x"}}}}
	if _, err := matrix.Build(c, &library.Elements{}); err == nil {
		t.Error("empty library: no error")
	}
	m, err := matrix.Build(c, lib)
	if err != nil || !m.NoCounts || len(m.Counts) != 0 {
		t.Errorf("no counts: %+v, %v; want an empty matrix that says so", m, err)
	}
}

// matrixTemplate loads the built-in claim-element-matrix template.
func matrixTemplate(t testing.TB) *tmpl.Template {
	t.Helper()
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := store.Get("claim-element-matrix")
	if err != nil {
		t.Fatal(err)
	}
	return tp
}

func TestMatrixTemplate(t *testing.T) {
	m := realMatrix(t, "liveperson-v-247")
	tp := matrixTemplate(t)
	md, err := tp.Execute(m.Case)
	if err != nil {
		t.Fatal(err)
	}
	s := string(md)
	for _, want := range []string{
		"# Claim-Element Matrix — LivePerson, Inc. v. 24/7 Customer, Inc.",
		"## Overview",
		"| COUNT I — Copyright Infringement | Copyright infringement |",
		"## Pleading gaps",
		"## COUNT III — Breach of Contract",
		"| Element | Must prove | Supporting ¶¶ | Status | Evidence to develop |",
		"¶57 denied for lack of knowledge",
		"¶25 admitted in part (incorporated)",
		"● **Admitted**",
		"○ **Contested**<br>Denied for lack of knowledge: ¶72.",
		"Denied: ¶8, ¶67; admitted only as to other matters: ¶35.",
		"½ **Partly admitted**",
		"Denied: “specifically denies the existence of any trade secret possessed by LivePerson” (Answer ¶63).",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("matrix Markdown lacks %q", want)
		}
	}
	// The appendices are off by default, and no ¶ is a link to one.
	for _, not := range []string{"## Allegations cited", "## Why each allegation was chosen", "](#p"} {
		if strings.Contains(s, not) {
			t.Errorf("matrix Markdown has %q; the appendices are off by default", not)
		}
	}
	var pdf bytes.Buffer
	if err := render.New(PDFOptions(tp, md, m.Header())...).PDF(&pdf, md); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF")) {
		t.Error("not a PDF")
	}
	if os.Getenv("MATRIX_OUT") != "" {
		_ = os.WriteFile(filepath.Join(os.Getenv("MATRIX_OUT"), "matrix.md"), md, 0o644)
		_ = os.WriteFile(filepath.Join(os.Getenv("MATRIX_OUT"), "matrix.pdf"), pdf.Bytes(), 0o644)
	}
}

// BenchmarkMatrixSeed maps the seed case: the matrix from the analyzed case.
func BenchmarkMatrixSeed(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "pleadings", "liveperson-v-247")
	m := matrixFiles(b, filepath.Join(dir, "complaint.txt"), filepath.Join(dir, "answer.txt"))
	lib := testElements(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := matrix.Build(m.Case.(*Case).Joined(), lib); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatrixSeedMarkdown is the mapping and the template to Markdown.
func BenchmarkMatrixSeedMarkdown(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "pleadings", "liveperson-v-247")
	m := matrixFiles(b, filepath.Join(dir, "complaint.txt"), filepath.Join(dir, "answer.txt"))
	lib := testElements(b)
	tp := matrixTemplate(b)
	b.ReportAllocs()
	for b.Loop() {
		mm, err := matrix.Build(m.Case.(*Case).Joined(), lib)
		if err != nil {
			b.Fatal(err)
		}
		// The template reads .Matrix and the firm's settings (.Firm).
		data := struct {
			*matrix.Matrix
			Firm tmpl.Firm
		}{mm, m.Case.(*Case).Firm}
		if _, err := tp.Execute(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMatrixCaseLibrary maps a count with a claim the case's own
// templates/elements.toml adds, and reports a broken one at its file and line.
func TestMatrixCaseLibrary(t *testing.T) {
	dir := t.TempDir()
	complaint := filepath.Join(dir, "complaint.md")
	answer := filepath.Join(dir, "answer.md")
	write := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(complaint, `# COMPLAINT

1. Plaintiff Acme, Inc. sells widgets.

2. Defendant Beta LLC told Acme's customers that Acme's widgets explode.

COUNT I

Widget Tampering Under the Widget Act

3. Acme incorporates paragraphs 1-2.

4. Beta's statements about Acme's widgets were false and disparaging.
`)
	write(answer, `# ANSWER

1. Admitted.

2. Denied.

3. Beta incorporates its responses to paragraphs 1-2.

4. Denied.
`)
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
	if len(cd.Counts) != 1 {
		t.Fatalf("counts %+v", cd.Counts)
	}
	m, err := c.Matrix()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Unmatched) != 1 {
		t.Fatalf("without a case library: counts %+v, unmatched %+v; want the widget count unmatched", m.Counts, m.Unmatched)
	}

	lib := filepath.Join(dir, "templates", "elements.toml")
	write(lib, `[[claim]]
id = "widget-libel"
name = "Widget tampering"
law = "state statute"
patterns = ['widget tampering']
source = "Widget Act § 1"

[[claim.element]]
id = "falsity"
statement = "A false statement disparaging plaintiff's goods"
must_prove = "Defendant published a false statement disparaging plaintiff's widgets."
burden = "plaintiff"
keywords = ["false", "disparaging", "explode"]
`)
	m, err = c.Matrix()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Counts) != 1 || m.Counts[0].ClaimID != "widget-libel" {
		t.Fatalf("with the case library: counts %+v", m.Counts)
	}
	e := element(t, m, 1, "falsity")
	wantCites(t, e, 4)
	if e.Status != matrix.StatusContested {
		t.Errorf("falsity: %s (%s), want contested", e.Status, e.Basis)
	}

	write(lib, "[[claim]]\nid = \"widget-libel\"\nname = \n")
	if _, err := c.Matrix(); err == nil || !strings.Contains(err.Error(), "elements.toml:3") {
		t.Errorf("broken case library: error %v, want one at elements.toml:3", err)
	}
	md, err := matrixTemplate(t).Execute(c)
	if err == nil || !strings.Contains(err.Error(), "elements.toml:3") {
		t.Errorf("template on a case with a broken library: %v (%d bytes), want the library's error", err, len(md))
	}
}

// TestMatrixTidewater checks statuses where the answer admits one thing and
// denies the rest in the same breath.
func TestMatrixTidewater(t *testing.T) {
	dir := filepath.Join("..", "samples", "batch", "tidewater-v-coldspire")
	m := matrixFiles(t, filepath.Join(dir, "complaint-superior-court.txt"), filepath.Join(dir, "answer-after-removal.txt"))
	// ¶13: "Coldspire admits that [the parties] entered into [the] Agreement ...
	// Coldspire denies that Tidewater entered into the Agreement in reliance ..."
	reliance := element(t, m, 2, "reliance")
	wantCites(t, reliance, 13, 34)
	if reliance.Status != matrix.StatusContested {
		t.Errorf("fraud reliance: %s (%s), want contested: the answer denies the reliance", reliance.Status, reliance.Basis)
	}
	if c := element(t, m, 1, "contract"); c.Status != matrix.StatusAdmitted {
		t.Errorf("contract: %s (%s), want admitted (¶13 admits the Agreement)", c.Status, c.Basis)
	}
	wantCites(t, element(t, m, 4, "injury"), 43)
	wantCites(t, element(t, m, 3, "frustration"), 38)
}

// updateMatrix rewrites the golden matrix: go test ./generator -run MatrixGolden -update-matrix
var updateMatrix = flag.Bool("update-matrix", false, "rewrite testdata/claim-element-matrix.golden.md")

// TestMatrixGolden compares the matrix of the small constructed case with
// testdata/claim-element-matrix.golden.md.
func TestMatrixGolden(t *testing.T) {
	c, err := Analyze(smallContract())
	if err != nil {
		t.Fatal(err)
	}
	md, err := matrixTemplate(t).Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "claim-element-matrix.golden.md")
	if *updateMatrix {
		if err := WriteFileAtomic(golden, md); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-matrix to create it)", err)
	}
	if !bytes.Equal(md, want) {
		t.Errorf("matrix differs from %s (run with -update-matrix if the change is right):\n%s", golden, firstDiff(string(want), string(md)))
	}
}

func TestMatrixCountHeading(t *testing.T) {
	for _, tc := range []struct {
		c    matrix.MatrixCount
		want string
	}{
		{matrix.MatrixCount{Number: 1, Label: "COUNT I", Title: "Copyright Infringement"}, "COUNT I — Copyright Infringement"},
		{matrix.MatrixCount{Number: 1, Label: "STATEMENT OF CLAIMS", Title: "STATEMENT OF CLAIMS"}, "STATEMENT OF CLAIMS"},
		{matrix.MatrixCount{Number: 2, Title: "Unjust Enrichment"}, "Count 2 — Unjust Enrichment"},
	} {
		if got := tc.c.Heading(); got != tc.want {
			t.Errorf("Heading(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestMatrixSupportLimits(t *testing.T) {
	c, err := Analyze(smallContract())
	if err != nil {
		t.Fatal(err)
	}
	// In six paragraphs every keyword is common (half weight): ¶1 scores 25,
	// ¶3 20, both incorporated support by default;
	// a higher bar leaves only the count's own paragraphs and ¶1.
	m, err := matrix.Build(c.Joined(), testElements(t), matrix.WithSupportLimits(25, 1))
	if err != nil {
		t.Fatal(err)
	}
	e := element(t, m, 1, "contract")
	if _, ok := support(e, 3); ok {
		t.Errorf("minScore 25: ¶3 still cited: %v", e.Paragraphs())
	}
	wantCites(t, e, 1, 5)
}

package matrix_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// pleadingsDir is the shared real pleadings, relative to this package.
var pleadingsDir = filepath.Join("..", "..", "..", "shared", "pleadings")

// realCase parses and joins a case folder of the shared real pleadings,
// skipping the test when the folder is absent.
func realCase(t testing.TB, name string) *joined.Case {
	t.Helper()
	c, err := joined.Join(pleadingtest.Case(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func build(t testing.TB, name string) *matrix.Matrix {
	t.Helper()
	lib, _, err := library.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	m, err := matrix.Build(realCase(t, name), lib)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// elementOf returns element id of the count numbered n pleading claim (any
// claim when claim is ""), failing the test when absent.
func elementOf(t *testing.T, m *matrix.Matrix, n int, claim, id string) matrix.MatrixElement {
	t.Helper()
	for _, mc := range m.Counts {
		if mc.Number != n || claim != "" && mc.ClaimID != claim {
			continue
		}
		for _, e := range mc.Elements {
			if e.ID == id {
				return e
			}
		}
	}
	t.Fatalf("count %d (%s) has no element %q", n, claim, id)
	return matrix.MatrixElement{}
}

func cites(e matrix.MatrixElement, n int) bool { return slices.Contains(e.Paragraphs(), n) }

// The seed case read element by element as the litigator did.
func TestSeedStatusesFromAdmittedWords(t *testing.T) {
	m := build(t, "liveperson-v-247")
	for _, tc := range []struct {
		name     string
		count    int
		element  string
		want     matrix.Status
		basis    []string // words the status cell must quote
		notCited []int
	}{
		{"Count II trade secret: ¶63–67 deny its existence", 2, "trade-secret", matrix.StatusContested,
			[]string{"specifically denies the existence of any trade secret possessed by LivePerson", "Answer ¶63"}, nil},
		{"Count I copying: ¶37 admits access, not copying; ¶58 denies infringing", 1, "copying", matrix.StatusContested,
			[]string{"infringed upon any of LivePerson's intellectual property rights"}, []int{38, 41}},
		{"Count III contract: ¶69 admits the agreements, asserts termination", 3, "contract", matrix.StatusPartly,
			[]string{"entered into the Co-Marketing Agreement and MSA", "gave notice of termination of the Co-Marketing Agreement effective November 2, 2007", "¶69"}, []int{70}},
		{"Count II use: ¶35/¶51 admit unrelated facts", 2, "use-or-disclosure", matrix.StatusContested, []string{"Denied:"}, nil},
		{"Count IV relationship: interference with client relationships does not plead them", 4, "relationship", matrix.StatusPartly,
			[]string{"claimed to have relationships"}, []int{37, 40, 42, 44, 76, 77}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := elementOf(t, m, tc.count, "", tc.element)
			if e.Status != tc.want {
				t.Errorf("status %s (%s), want %s", e.Status, e.Basis, tc.want)
			}
			for _, w := range tc.basis {
				if !strings.Contains(e.Basis, w) {
					t.Errorf("basis %q lacks %q", e.Basis, w)
				}
			}
			if strings.Contains(e.Basis, "\n") {
				t.Errorf("basis is more than one line: %q", e.Basis)
			}
			for _, n := range tc.notCited {
				if cites(e, n) {
					t.Errorf("cites ¶%d: %v", n, e.Paragraphs())
				}
			}
		})
	}
	// Every status cell says why, in one line.
	for _, mc := range m.Counts {
		for _, e := range mc.Elements {
			if e.Basis == "" || strings.Contains(e.Basis, "\n") {
				t.Errorf("count %d %s: basis %q", mc.Number, e.ID, e.Basis)
			}
		}
	}
}

// Interstate commerce of internet advertising to national clients is
// inferable, not a motion-to-dismiss candidate.
func TestSeedGapsInferable(t *testing.T) {
	m := build(t, "liveperson-v-247")
	for _, g := range m.Dismissal() {
		if strings.Contains(g.Element, "interstate commerce") {
			t.Errorf("interstate commerce is a dismissal candidate: %+v", g)
		}
	}
	found := false
	for _, g := range m.Inferable() {
		if g.Count == 6 && strings.Contains(g.Element, "interstate commerce") && len(g.Inferred) > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("Count VI interstate commerce not reported as inferable: %+v", m.Gaps)
	}
	if n := len(m.Dismissal()) + len(m.Inferable()) + len(m.FactorGaps()); n != len(m.Gaps) {
		t.Errorf("gap kinds add to %d of %d gaps", n, len(m.Gaps))
	}
}

// chestnut-v-merrill pleads a Voting Rights Act § 2 count: the Gingles
// preconditions and the Senate Factors, with ¶46's admission of political
// cohesion cited.
func TestChestnutSection2(t *testing.T) {
	m := build(t, "chestnut-v-merrill")
	if len(m.Counts) != 1 || m.Counts[0].ClaimID != "vra-section-2" {
		var got []string
		for _, mc := range m.Counts {
			got = append(got, mc.ClaimID)
		}
		t.Fatalf("counts %v, want one vra-section-2 count", got)
	}
	mc := m.Counts[0]
	var ids []string
	factors := 0
	for _, e := range mc.Elements {
		ids = append(ids, e.ID)
		if e.Factor {
			factors++
		}
	}
	for _, id := range []string{"gingles-1-compact-majority", "gingles-2-cohesion", "gingles-3-bloc-voting"} {
		if !slices.Contains(ids, id) {
			t.Errorf("no %s element: %v", id, ids)
		}
	}
	if factors < 7 {
		t.Errorf("%d Senate Factors, want at least 7", factors)
	}
	cohesion := elementOf(t, m, 1, "vra-section-2", "gingles-2-cohesion")
	if !cites(cohesion, 46) || cohesion.Status != matrix.StatusAdmitted || !strings.Contains(cohesion.Basis, "¶46") || !strings.Contains(cohesion.Basis, "politically cohesive") {
		t.Errorf("cohesion: %s (%s), cites %v; want ¶46's admission", cohesion.Status, cohesion.Basis, cohesion.Paragraphs())
	}
	// ¶28 recites the Senate Factors in the legal background: it pleads none.
	for _, e := range mc.Elements {
		if cites(e, 28) {
			t.Errorf("%s cites ¶28, the Senate Report's list of factors", e.ID)
		}
	}
	// An unpleaded Senate Factor is no motion-to-dismiss candidate.
	for _, g := range m.Dismissal() {
		if strings.HasPrefix(g.Element, "Senate Factor") {
			t.Errorf("dismissal candidate %q: a factor is weighed, not required", g.Element)
		}
	}
}

// eeoc-v-rv-fun's one STATEMENT OF CLAIMS pleads three ADA theories.
func TestEEOCThreeTheories(t *testing.T) {
	m := build(t, "eeoc-v-rv-fun")
	var got []string
	for _, mc := range m.Counts {
		got = append(got, mc.ClaimID)
		if mc.Theories != 3 {
			t.Errorf("%s: theory %d of %d, want of 3", mc.ClaimID, mc.Theory, mc.Theories)
		}
	}
	want := []string{"ada-employment-discrimination", "ada-failure-to-accommodate", "ada-retaliation"}
	if !slices.Equal(got, want) {
		t.Errorf("theories %v, want %v", got, want)
	}
	refusal := elementOf(t, m, 1, "ada-failure-to-accommodate", "refusal")
	if !cites(refusal, 10) {
		t.Errorf("failure to accommodate: refusal cites %v, want ¶10 (denying a reasonable accommodation)", refusal.Paragraphs())
	}
}

// A count no claim type matches says so with its title and the closest
// claim types.
func TestUnmatchedCountClosest(t *testing.T) {
	lib, _, err := library.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cd, err := pleading.Parse("complaint.txt", []byte("IN THE UNITED STATES DISTRICT COURT\n\nJANE ROE, Plaintiff,\nv.\nACME CORP., Defendant.\n\nCOMPLAINT\n\n1. Plaintiff worked for Defendant.\n\nCOUNT I - INTENTIONAL INFLICTION OF EMOTIONAL DISTRESS\n\n2. Defendant's supervisor screamed at Plaintiff daily for a year.\n\n3. Plaintiff suffered severe emotional distress.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ad, err := pleading.Parse("answer.txt", []byte("ANSWER\n\n1. Admitted.\n\n2. Denied.\n\n3. Denied.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := joined.Join(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	m, err := matrix.Build(c, lib)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Counts) != 0 || len(m.Unmatched) != 1 {
		t.Fatalf("%d counts matched, %d unmatched; want the one count unmatched", len(m.Counts), len(m.Unmatched))
	}
	u := m.Unmatched[0]
	if !strings.Contains(strings.ToLower(u.Heading()), "emotional distress") || len(u.Closest) == 0 {
		t.Errorf("unmatched count %q, closest %v: want its title and the closest claim types", u.Heading(), u.Closest)
	}
}

// BenchmarkMatrixSeed is the matrix build of the seed case, from the joined
// case (parse and join excluded). Run: go test -run XXX -bench MatrixSeed
// -cpu 1 ./generator/matrix
func BenchmarkMatrixSeed(b *testing.B) {
	c := realCase(b, "liveperson-v-247")
	lib, _, err := library.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := matrix.Build(c, lib); err != nil {
			b.Fatal(err)
		}
	}
}

package matrix

import (
	"slices"
	"testing"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
)

// An express denial names the element's terms; a denial of everything
// ("each and every allegation") or of something else does not.
func TestDenialOf(t *testing.T) {
	lib, _, err := library.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	secret := lib.Claim("trade-secret-misappropriation").Element("trade-secret")
	copying := lib.Claim("copyright-infringement").Element("copying")
	contract := lib.Claim("breach-of-contract").Element("contract")
	for _, tc := range []struct {
		name string
		el   *library.Element
		text string
		want string
	}{
		{"¶63 denies the trade secret", secret, "In answer to Paragraph 63, [24]7 denies each and every allegation set forth therein, and specifically denies the existence of any trade secret possessed by LivePerson.",
			"specifically denies the existence of any trade secret possessed by LivePerson."},
		{"¶58 denies infringement", copying, "In answer to Paragraph 58, [24]7 denies each and every allegation set forth therein. [24]7 specifically denies that it has engaged in any wrongful conduct toward LivePerson or that it has infringed upon any of LivePerson's intellectual property rights.",
			"specifically denies that it has engaged in any wrongful conduct toward LivePerson or that it has infringed upon any of LivePerson's intellectual property rights."},
		{"a denial of everything names no element", secret, "In answer to Paragraph 70, [24]7 denies each and every allegation set forth therein.", ""},
		{"lack of knowledge is no express denial", secret, "[24]7 lacks knowledge or information sufficient to form a belief as to the truth of the allegations about its trade secrets, and therefore denies same on that ground.", ""},
		{"denying breach of the agreement does not deny it exists", contract, "Coldspire denies that it breached the Agreement.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := denialOf(tc.el, tc.text, false)
			if got != tc.want {
				t.Errorf("denialOf = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	got := clauses("In answer to Paragraph 69, [24]7 admits that the parties entered into the Co-Marketing Agreement and MSA, but notes that [24]7 gave notice of termination of the Co-Marketing Agreement effective November 2, 2007, and respectfully refers the Court to the contracts for their specific terms and conditions.")
	want := "[24]7 gave notice of termination of the Co-Marketing Agreement effective November 2, 2007"
	if !slices.Contains(got, want) {
		t.Errorf("clauses = %q, want one to be %q", got, want)
	}
}

func TestAdmittedOnly(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Coldspire admits that the parties entered into the Agreement. Coldspire denies that Tidewater relied on any representation.", "Coldspire admits that the parties entered into the Agreement"},
		{"[24]7 admits that it advertised itself as the first, but denies that the statement is false.", "[24]7 admits that it advertised itself as the first"},
		{"Defendants ADMIT that individuals who receive services at CHDC have developmental disabilities.", "Defendants ADMIT that individuals who receive services at CHDC have developmental disabilities."},
		{"admits it received the letter and lacks knowledge of the rest", "admits it received the letter"},
	} {
		if got := admittedOnly([]string{tc.in}); got != tc.want {
			t.Errorf("admittedOnly(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRecites(t *testing.T) {
	for _, tc := range []struct {
		text     string
		statutes []string
		want     bool
	}{
		{"Section 303 of the Clean Air Act, 42 U.S.C. § 7603, provides: Notwithstanding any other provision of this chapter, the Administrator ...", []string{"42 U.S.C. § 7603"}, true},
		{"Congress enacted the Clean Air Act “to protect and enhance the quality of the Nation’s air resources.” 42 U.S.C. § 7401(b)(1).", []string{"42 U.S.C. § 7401(b)(1)"}, true},
		{"The Fair Labor Standards Act requires employers to pay overtime. 29 U.S.C. § 207(a)(1).", []string{"29 U.S.C. § 207(a)(1)"}, true},
		{"Under 29 U.S.C. § 207, an employer must pay one and one-half times the regular rate.", []string{"29 U.S.C. § 207"}, false},
		{"Title VII makes it unlawful for an employer to discharge any individual because of sex. 42 U.S.C. § 2000e-2(a).", []string{"42 U.S.C. § 2000e-2(a)"}, true},
		// A contract's section, a party's conduct: facts.
		{"Section 4.2 of the Agreement provides that Brightline shall use the information solely ...", nil, false},
		{"Emissions of chloroprene from Denka’s operations are “pollution” within the meaning of 42 U.S.C. § 7603.", []string{"42 U.S.C. § 7603"}, false},
		{"Plaintiff was a non-exempt employee within the meaning of the FLSA, and Cardinal Ridge was required by 29 U.S.C. § 207(a)(1) to pay her.", []string{"29 U.S.C. § 207(a)(1)"}, false},
	} {
		p := &pleading.Paragraph{Text: tc.text, Statutes: tc.statutes}
		if got := recites(p); got != tc.want {
			t.Errorf("recites(%.60q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestMatrixAsserted(t *testing.T) {
	kw, err := library.CompileKeywords([]string{"reverse engineer*", "copied", "disclose", "downloaded", "fire", "using", "pay", "promote"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string // the keywords found in what the paragraph asserts
	}{
		{"Each contained prohibitions against reverse engineering. 24/7 copied the code.", []string{"copied"}},
		{"Mr. Hale agreed not to remove, use, or disclose it; he downloaded 4,212 files.", []string{"downloaded"}},
		{"She had no authority to hire, fire, or discipline any employee.", nil},
		{"24/7 has no conceivable right to spy on, reverse engineer, copy, or make use of it.", nil},
		{"Protections were put in place to prevent 24/7 from using its access.", nil},
		{"24/7 reverse engineered the code, using its access.", []string{"reverse engineer*", "using"}},
		// The filing is pleaded, not what it said.
		{"Plaintiff filed a charge alleging that Defendant fired her because of her race.", nil},
		{"Plaintiff complained in writing to Human Resources that her supervisor fired a co-worker. He downloaded the files.", []string{"downloaded"}},
		// Not doing what was owed is the act pleaded.
		{"Coldspire did not pay Tidewater by March 31.", []string{"pay"}},
		{"Cardinal Ridge decided not to promote her.", []string{"promote"}},
	} {
		c := &joined.Case{Complaint: &pleading.Document{Paragraphs: []pleading.Paragraph{{Number: 1, Text: tc.text}}}}
		b := newMatrixBuilder(c, testElements(t), defaultMatrixConfig())
		if got := kw.Score(b.asserted(1)).Words; !slices.Equal(got, tc.want) {
			t.Errorf("asserted(%q) has %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestMatrixConsequence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"As a direct and proximate result of 24/7's conduct, LivePerson has suffered the loss of clients.", true},
		{"As a direct result of Cardinal Ridge's retaliation, Plaintiff has lost wages.", true},
		{"As a result, approximately 412,000 pounds of Tidewater's frozen seafood thawed.", true},
		{"As the natural and foreseeable consequence of the breach, Acme lost profits.", true},
		{"As detailed above, 24/7 has reproduced and copied LivePerson's software.", false},
		{"Brightline's unauthorized access caused Acme a loss of at least $87,400.", false},
	} {
		if got := paraKind(&pleading.Paragraph{Text: tc.text}, map[string]int{})&paraResult != 0; got != tc.want {
			t.Errorf("consequence(%.50q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func testElements(t testing.TB) *library.Elements {
	t.Helper()
	lib, _, err := library.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

package library

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/templates"
)

// pleadings returns the shared real-pleadings folder, or skips the test.
func pleadings(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "pleadings")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real pleadings not found at %s: %v", dir, err)
	}
	return dir
}

func TestMatchCountTitles(t *testing.T) {
	l, _ := builtinLibs(t)
	tests := []struct{ title, statute, want string }{
		// The seed complaint, counts I-VIII, titles verbatim.
		{"Copyright Infringement, 17 U.S.C. § 101 et seq.", "", "copyright-infringement"},
		{"Misappropriation of Trade Secrets", "", "trade-secret-misappropriation"},
		{"Breach of Contract", "", "breach-of-contract"},
		{"Intentional Interference With Advantageous Existing Economic Relationships", "", "tortious-interference-existing-relations"},
		{"Intentional Interference with Prospective Advantageous Economic Relationships", "", "tortious-interference-prospective"},
		{"Lanham Act Unfair Competition, 28 U.S.C. § 1125(a)", "", "lanham-false-advertising"},
		{"Common Law Unfair Competition", "", "unfair-competition-common-law"},
		{"Unjust Enrichment", "", "unjust-enrichment"},
		// The parser may split the statute off the title.
		{"Copyright Infringement", "17 U.S.C. § 101 et seq.", "copyright-infringement"},
		{"Lanham Act Unfair Competition", "28 U.S.C. § 1125(a)", "lanham-false-advertising"},
		// usa-v-arkansas, OCR double spaces kept.
		{"Violations  of  the  Due  Process  Protections  of  the  Fourteenth Amendment  to  the  United  States  Constitution", "", "fourteenth-amendment-due-process"},
		{"Violations  of  the  Americans  with Disabilities Act", "", "ada-title-ii"},
		{"Violations  of  the  Individuals  with Disabilities  Education  Act", "", "idea"},
		// usa-v-denka.
		{"(Injunctive Relief under 42 U.S.C. § 7603)", "", "caa-imminent-endangerment"},
		{"CLAIM FOR RELIEF", "42 U.S.C. § 7603", "caa-imminent-endangerment"},
		// eeoc-v-rv-fun has no counts: its statement of claims, ¶10.
		{"Statement of Claims", "Defendant RV Fun has engaged in unlawful employment practices at its Lake Havasu City, Arizona location, in violation of Titles I and V of the ADA, 42 U.S.C. §§ 12101 et seq. These practices include: a. Denying Mr. Calhoon a reasonable accommodation; b. Discharging Mr. Calhoon because of his disability; c. Discharging Mr. Calhoon because he requested a reasonable accommodation.", "ada-employment-discrimination"},
		// Common titles.
		{"Negligence", "", "negligence"},
		{"Negligent Misrepresentation", "", "negligent-misrepresentation"},
		{"Fraudulent Inducement", "", "fraud"},
		{"Breach of Fiduciary Duty", "", "breach-of-fiduciary-duty"},
		{"Conversion", "", "conversion"},
		{"Defamation Per Se", "", "defamation"},
		{"Breach of the Implied Covenant of Good Faith and Fair Dealing", "", "implied-covenant"},
		{"Promissory Estoppel", "", "promissory-estoppel"},
		{"Violation of the Defend Trade Secrets Act, 18 U.S.C. § 1836", "", "dtsa"},
		{"Misappropriation of Trade Secrets under 18 U.S.C. § 1836", "", "dtsa"},
		{"Violation of the Computer Fraud and Abuse Act, 18 U.S.C. § 1030", "", "cfaa"},
		{"Infringement of U.S. Patent No. 7,654,321", "", "patent-infringement"},
		{"Trademark Infringement, 15 U.S.C. § 1114", "", "trademark-infringement"},
		{"False Designation of Origin, 15 U.S.C. § 1125(a)", "", "trademark-infringement"},
		{"Deprivation of Civil Rights, 42 U.S.C. § 1983", "", "section-1983"},
		{"Race Discrimination in Violation of Title VII", "", "title-vii-discrimination"},
		{"Retaliation in Violation of Title VII, 42 U.S.C. § 2000e-3(a)", "", "title-vii-retaliation"},
		{"Retaliation in Violation of the ADA, 42 U.S.C. § 12203", "", "ada-retaliation"},
		{"Failure to Accommodate in Violation of the ADA", "", "ada-failure-to-accommodate"},
		{"Unpaid Overtime under the Fair Labor Standards Act", "", "flsa-overtime"},
		{"Declaratory Judgment, 28 U.S.C. § 2201", "", "declaratory-judgment"},
		{"Civil Conspiracy", "", "civil-conspiracy"},
		{"Breach of Express Warranty", "", "breach-of-warranty"},
		{"Violation of RICO, 18 U.S.C. § 1962(c)", "", "civil-rico"},
		{"Tortious Interference with Contract", "", "tortious-interference-contract"},
		{"Tortious Interference", "", "tortious-interference"},
		{"Violation of Cal. Bus. & Prof. Code § 17200", "", "california-ucl"},
		{"Contributory Copyright Infringement", "", "contributory-copyright-infringement"},
		// The sample case folders (samples/).
		{"Misappropriation of Trade Secrets, 18 U.S.C. § 1836 *et seq.*", "", "dtsa"},
		{"Computer Fraud and Abuse Act, 18 U.S.C. § 1030", "", "cfaa"},
		{"Race and Sex Discrimination in Violation of Title VII, 42 U.S.C. § 2000e-2(a)", "", "title-vii-discrimination"},
		{"Failure to Pay Overtime in Violation of the FLSA, 29 U.S.C. § 207", "", "flsa-overtime"},
		{"(Fraud - Intentional Misrepresentation)", "", "fraud"},
		{"Federal Trademark Infringement (15 U.S.C. § 1114)", "", "trademark-infringement"},
		{"False Designation of Origin (15 U.S.C. § 1125(a))", "", "trademark-infringement"},
		{"Common Law Trademark Infringement and Unfair Competition", "", "trademark-infringement-common-law"},
		{"Violations of the IDEA, 20 U.S.C. § 1412", "", "idea"},
		{"Violation of Puerto Rico Law 80", "", ""},
		{"Misappropriation of an Idea", "", ""},
		// More public-law and commercial claims.
		{"Violation of Section 504 of the Rehabilitation Act, 29 U.S.C. § 794", "", "rehabilitation-act-504"},
		{"Violation of Title III of the ADA, 42 U.S.C. § 12182", "", "ada-title-iii"},
		{"Race Discrimination in Violation of 42 U.S.C. § 1981", "", "section-1981"},
		{"Violation of the Equal Pay Act, 29 U.S.C. § 206(d)", "", "equal-pay-act"},
		{"Interference with FMLA Rights, 29 U.S.C. § 2615(a)(1)", "", "fmla"},
		{"FMLA Retaliation", "", "fmla"},
		{"Violation of the Fair Housing Act, 42 U.S.C. § 3604", "", "fair-housing-act"},
		{"Deliberate Indifference to Serious Medical Needs in Violation of the Eighth Amendment, 42 U.S.C. § 1983", "", "eighth-amendment-deliberate-indifference"},
		{"Excessive Force in Violation of the Fourth Amendment, 42 U.S.C. § 1983", "", "excessive-force"},
		{"False Arrest and False Imprisonment", "", "false-arrest"},
		{"Retaliation in Violation of the First Amendment", "", "first-amendment-retaliation"},
		{"Violation of the Equal Protection Clause of the Fourteenth Amendment", "", "equal-protection"},
		{"Imminent and Substantial Endangerment under RCRA § 7002(a)(1)(B), 42 U.S.C. § 6972", "", "rcra-imminent-endangerment"},
		{"Cost Recovery under CERCLA § 107(a), 42 U.S.C. § 9607(a)", "", "cercla-cost-recovery"},
		{"Violation of the Clean Water Act, 33 U.S.C. § 1311", "", "clean-water-act"},
		{"Strict Products Liability - Design Defect", "", "product-liability"},
		{"Violation of Section 10(b) of the Exchange Act and Rule 10b-5", "", "securities-fraud-10b5"},
		{"Conspiracy in Restraint of Trade in Violation of Section 1 of the Sherman Act", "", "sherman-act-1"},
		{"Attempted Monopolization, 15 U.S.C. § 2", "", "sherman-act-2"},
		{"Monopolization in Violation of Section 2 of the Sherman Act", "", "sherman-act-2"},
		// A statute line alone.
		{"", "18 U.S.C. § 1836 et seq.", "dtsa"},
		{"", "17 U.S.C. § 501", "copyright-infringement"},
		{"", "42 U.S.C. §§ 12101-12213; 28 C.F.R. pt. 35", "ada-title-ii"},
		{"", "20 U.S.C.A. §§ 1400-1482", "idea"},
		{"", "28 U.S.C. § 2201", "declaratory-judgment"},
		{"", "28 U.S.C. §§ 1331 and 1367", ""},
		// Nothing.
		{"Prayer for Relief", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		c, score := l.Match(tt.title, tt.statute)
		got := ""
		if c != nil {
			got = c.ID
		}
		if got != tt.want {
			var cands []string
			for _, m := range l.Candidates(tt.title, tt.statute) {
				cands = append(cands, m.Claim.ID)
			}
			t.Errorf("Match(%q, %q) = %q (score %d), want %q; candidates %v", tt.title, tt.statute, got, score, tt.want, cands)
		}
	}
}

// The seed complaint's count headings, read from the file, all match.
func TestMatchSeedComplaintFile(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(pleadings(t), "liveperson-v-247", "complaint.txt"))
	if err != nil {
		t.Fatal(err)
	}
	l, _ := builtinLibs(t)
	re := regexp.MustCompile(`(?m)^COUNT ([IVX]+)\n\n?(.+)$`)
	want := map[string]string{
		"I": "copyright-infringement", "II": "trade-secret-misappropriation", "III": "breach-of-contract",
		"IV": "tortious-interference-existing-relations", "V": "tortious-interference-prospective",
		"VI": "lanham-false-advertising", "VII": "unfair-competition-common-law", "VIII": "unjust-enrichment",
	}
	ms := re.FindAllStringSubmatch(string(src), -1)
	if len(ms) != 8 {
		t.Fatalf("found %d COUNT headings, want 8", len(ms))
	}
	for _, m := range ms {
		c, _ := l.Match(m[2], "")
		if c == nil || c.ID != want[m[1]] {
			t.Errorf("Count %s %q matched %v, want %s", m[1], m[2], c, want[m[1]])
		}
	}
	// Federal or not decides which counts "state law claims" reach.
	var state []string
	for _, m := range ms {
		if c, _ := l.Match(m[2], ""); c != nil && !c.Federal {
			state = append(state, m[1])
		}
	}
	if got := strings.Join(state, ","); got != "II,III,IV,V,VII,VIII" {
		t.Errorf("state-law counts = %s, want II,III,IV,V,VII,VIII", got)
	}
}

type defWant struct {
	title string
	ids   []string // every match, primary first
	kind  Kind     // of the primary
}

// seedDefenses are the 26 defense titles of the seed answer.
var seedDefenses = []defWant{
	{"(Failure to State a Claim)", []string{"failure-to-state-a-claim"}, KindNegative},
	{"(Statute of Limitations)", []string{"statute-of-limitations"}, KindAffirmative},
	{"(Laches)", []string{"laches"}, KindAffirmative},
	{"(Waiver and/or Estoppel)", []string{"waiver", "estoppel"}, KindAffirmative},
	{"(Unclean Hands)", []string{"unclean-hands"}, KindAffirmative},
	{"(Bad Faith)", []string{"bad-faith"}, KindAffirmative},
	{"(Assumption of Risk)", []string{"assumption-of-risk"}, KindAffirmative},
	{"(Authorization/License)", []string{"license"}, KindAffirmative},
	{"(Ratification)", []string{"ratification"}, KindAffirmative},
	{"(Independent Creation)", []string{"independent-creation"}, KindNegative},
	{"(Abandonment)", []string{"abandonment"}, KindAffirmative},
	{"(Fair Use)", []string{"fair-use"}, KindAffirmative},
	{"(Merger)", []string{"merger"}, KindAffirmative},
	{"(Copyright Misuse)", []string{"copyright-misuse"}, KindAffirmative},
	{"(Preemption)", []string{"preemption"}, KindAffirmative},
	{"(Ascertainability of Alleged Trade Secrets)", []string{"readily-ascertainable"}, KindNegative},
	{"(Any Interference Privileged or Justified)", []string{"privilege-justification"}, KindAffirmative},
	{"(Voluntary Conveyance)", []string{"voluntary-conveyance"}, KindNegative},
	{"(No Injunctive Relief)", []string{"no-injunctive-relief"}, KindRemedy},
	{"(No Injury or Damage)", []string{"no-injury"}, KindNegative},
	{"(Speculative, Uncertain, and Unforeseeable Damages)", []string{"speculative-damages"}, KindNegative},
	{"(Failure to Mitigate)", []string{"failure-to-mitigate"}, KindAffirmative},
	{"(No Detriment)", []string{"no-injury"}, KindNegative},
	{"(Lack of Causation; Fault of Others)", []string{"lack-of-causation", "comparative-fault"}, KindNegative},
	{"(Good Faith)", []string{"good-faith"}, KindRemedy},
	{"(Lack of Particularity; Reservation of Rights)", []string{"lack-of-particularity", "reservation-of-rights"}, KindNegative},
}

// arkansasDefenses are the 13 defense titles of the usa-v-arkansas answer,
// OCR errors kept.
var arkansasDefenses = []defWant{
	{"Answer", []string{"general-denial"}, KindNegative},
	{"Standing - Failure To Meet Statuton' Preconditions", []string{"lack-of-standing", "conditions-precedent"}, KindNegative},
	{"No StatutorY Violation", []string{"no-violation"}, KindNegative},
	{"Professional Judgment", []string{"professional-judgment"}, KindNegative},
	{"Substantial Performance", []string{"substantial-performance"}, KindNegative},
	{"Standing - No Actual Injurv", []string{"lack-of-standing", "no-injury"}, KindNegative},
	{"Compliance With Applicable Federal Regulations", []string{"regulatory-compliance"}, KindNegative},
	{"Accreditation By CARF", []string{"regulatory-compliance"}, KindNegative},
	{"Failure To State A Claim - Eleventh Amendment Immunity", []string{"failure-to-state-a-claim", "eleventh-amendment"}, KindNegative},
	{"Qualified Immunitv", []string{"qualified-immunity"}, KindAffirmative},
	{"Fundamental Alteration", []string{"fundamental-alteration"}, KindAffirmative},
	{"Control of the CHDC", []string{"improper-party"}, KindNegative},
	{"Failure To State A Claim", []string{"failure-to-state-a-claim"}, KindNegative},
}

// sampleDefenses are defense titles of the sample case folders (samples/).
var sampleDefenses = []defWant{
	{"(Waiver and Estoppel)", []string{"waiver", "estoppel"}, KindAffirmative},
	{"(Failure to Mitigate Damages)", []string{"failure-to-mitigate"}, KindAffirmative},
	{"(License and Authorization)", []string{"license"}, KindAffirmative},
	{"(Independent Development)", []string{"independent-creation"}, KindNegative},
	{"(Information Generally Known or Readily Ascertainable)", []string{"readily-ascertainable"}, KindNegative},
	{"(Justification and Privilege)", []string{"privilege-justification"}, KindAffirmative},
	{"(Express Contract)", []string{"economic-loss-rule"}, KindNegative},
	{"(Reservation of Rights)", []string{"reservation-of-rights"}, KindReservation},
	{"Failure to Exhaust Administrative Remedies", []string{"failure-to-exhaust"}, KindAffirmative},
	{"Exemption from Overtime", []string{"flsa-exemption"}, KindAffirmative},
	{"Legitimate, Non-Discriminatory Reasons", []string{"legitimate-reason"}, KindNegative},
	{"Same Decision", []string{"same-decision"}, KindRemedy},
	{"Good-Faith Compliance Efforts", []string{"good-faith"}, KindRemedy},
	{"Statutory Damages Cap", []string{"relief-not-available"}, KindRemedy},
	{"Qualified Privilege", []string{"qualified-privilege", "privilege-justification"}, KindAffirmative},
	{"Truth", []string{"truth"}, KindAffirmative},
	{"Non-Actionable Opinion", []string{"opinion"}, KindNegative},
	{"Business Judgment Rule", []string{"business-judgment-rule"}, KindNegative},
	{"Probable Cause", []string{"probable-cause"}, KindAffirmative},
	{"Factor Other Than Sex", []string{"factor-other-than-sex"}, KindAffirmative},
}

func checkDefenses(t *testing.T, c *Catalogue, tests []defWant) {
	t.Helper()
	for _, tt := range tests {
		ms := c.MatchAll(tt.title, "")
		var got []string
		for _, m := range ms {
			got = append(got, m.Defense.ID)
			if m.On != "title" {
				t.Errorf("%q matched on %s, want title", tt.title, m.On)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.ids, " ") {
			t.Errorf("MatchAll(%q) = %v, want %v", tt.title, got, tt.ids)
			continue
		}
		d, ok := c.Match(tt.title, "")
		if !ok || d.ID != tt.ids[0] || d.Kind != tt.kind {
			t.Errorf("Match(%q) = %v (%v), want %s of kind %s", tt.title, d, ok, tt.ids[0], tt.kind)
		}
	}
}

func TestMatchSeedDefenses(t *testing.T) {
	_, c := builtinLibs(t)
	if len(seedDefenses) != 26 || len(arkansasDefenses) != 13 {
		t.Fatal("test tables lost rows")
	}
	checkDefenses(t, c, seedDefenses)
	checkDefenses(t, c, arkansasDefenses)
	checkDefenses(t, c, sampleDefenses)
	// The Twenty-Sixth is a reservation: one of its matches says so.
	ms := c.MatchAll(seedDefenses[25].title, "")
	if !ms.Has(KindReservation) || !ms.Has(KindNegative) || ms.Has(KindAffirmative) {
		t.Errorf("Twenty-Sixth matches %v: want a negative defense and a reservation", ms.IDs())
	}
}

// The seed answer's defense titles, read from the file, match the table.
func TestMatchSeedAnswerFile(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(pleadings(t), "liveperson-v-247", "answer.txt"))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^[A-Z-]+ AFFIRMATIVE DEFENSE\n(\(.*\))$`)
	ms := re.FindAllStringSubmatch(string(src), -1)
	if len(ms) != 26 {
		t.Fatalf("found %d defense headings, want 26", len(ms))
	}
	for i, m := range ms {
		if m[1] != seedDefenses[i].title {
			t.Errorf("defense %d title %q, table has %q", i+1, m[1], seedDefenses[i].title)
		}
	}
}

// The targets of the seed answer's subject-specific defenses reach the right counts.
func TestDefenseAnswers(t *testing.T) {
	l, c := builtinLibs(t)
	counts := []string{"copyright-infringement", "trade-secret-misappropriation", "breach-of-contract",
		"tortious-interference-existing-relations", "tortious-interference-prospective",
		"lanham-false-advertising", "unfair-competition-common-law", "unjust-enrichment"}
	tests := []struct {
		defense string
		want    string // count numbers (1-based) the defense can answer
	}{
		{"fair-use", "1"}, {"merger", "1"}, {"independent-creation", "1,2"}, {"abandonment", "1"}, {"copyright-misuse", "1"},
		{"preemption", "2,3,4,5,7,8"}, {"readily-ascertainable", "2"}, {"privilege-justification", "4,5"},
		{"laches", "1,2,3,4,5,6,7,8"},
	}
	for _, tt := range tests {
		d := c.Defense(tt.defense)
		var got []string
		for i, id := range counts {
			if d.Answers(l.Claim(id)) {
				got = append(got, string(rune('1'+i)))
			}
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("%s answers counts %s, want %s", tt.defense, g, tt.want)
		}
	}
}

// Defenses pleaded with no title are matched on their text.
func TestMatchDefenseText(t *testing.T) {
	_, c := builtinLibs(t)
	tests := []struct{ text, want string }{
		// eeoc-v-rv-fun answer ¶¶7-13.
		{"The Complaint must be dismissed because it fails to state a claim against RV Fun upon which relief can be granted.", "failure-to-state-a-claim"},
		{"Christiaan Calhoon does not suffer from a disability within the meaning of 42 U.S.C. § 12102 (2) because, among other reasons, his condition does not substantially limit' one or more of his major life activities", "not-disabled"},
		{"RV Fun made reasonable accommodation to Christiaan Calhoon by providing him with a list of his job duties and assignments", "reasonable-accommodation-provided"},
		{"The Complaint must also be dismissed on the basis of Christiaan Calhoon's failure to inform RV Fun at the time of his hire that he posed a direct threat to the health or safety of other individuals", "direct-threat"},
		{"The Complaint must also be dismissed on the basis of Christiaan Calhoon's failure to mitigate damages.", "failure-to-mitigate"},
		{"RV Fun specifically reserves its right to amend this Answer to set forth any additional defenses which might become available", "reservation-of-rights"},
		// usa-v-denka answer, first and eighth defenses.
		{"In conducting the 2010 Review, EPA was obligated to consider the best scientific data available to EPA at the time of its decision, and its failure to do so, resulting in the setting of a 0.2 μg/m3 value for chloroprene, was arbitrary, capricious, an abuse of discretion, and not in accordance with law, in violation of the APA.", "apa-arbitrary-capricious"},
		{"The relief requested in paragraph 2 of the United States’ Prayer for Relief, seeking to mitigate alleged past harm to public health and welfare, is not permitted under Section 303 of the Clean Air Act, 42 U.S.C. § 7603 and should be dismissed as a matter of law.", "relief-not-available"},
		// samples/batch: tidewater-v-coldspire and quillhaven-v-quill-and-haven.
		{"Tidewater's claims are subject to and limited by Section 9.2 of the Agreement, which limits Coldspire's liability for loss of or damage to stored goods to $0.50 per pound", "limitation-of-liability"},
		{"Tidewater's fraud claim is barred by the integration clause in Section 15.1 of the Agreement and by the parol evidence rule", "parol-evidence"},
		{"Tidewater's fraud and implied covenant claims are barred by the economic loss rule, because they seek to recover in tort purely economic losses", "economic-loss-rule"},
		{"Tidewater's promissory estoppel claim is barred because the subject matter of the alleged promise is governed by the Agreement, an express written contract, and because Tidewater gave no consideration and suffered no detriment", "economic-loss-rule"},
		{"The compressor failure of July 9, 2023 resulted from an extraordinary regional heat event and from a latent defect in a part supplied by a third party, which are events beyond Coldspire's reasonable control within the meaning of the force majeure provision", "force-majeure"},
		{"Any recovery by Tidewater must be offset by the $214,300 in storage and handling charges that Tidewater owes Coldspire", "setoff"},
		{"Tidewater's claim for punitive damages is barred because Coldspire did not act with malice, oppression, or fraud", "good-faith"},
		{"Q&H's use of the name QUILL & HAVEN is not likely to cause confusion, mistake, or deception as to the source", "non-infringement"},
		{"Q&H's use of QUILL & HAVEN is a fair use under 15 U.S.C. § 1115(b)(4), because Q&H uses, otherwise than as a mark and in good faith, the surnames of its founders", "trademark-fair-use"},
		{"Quillhaven's claims are barred, in whole or in part, by laches and acquiescence.", "laches"},
		{"Quillhaven is not entitled to attorney's fees under 15 U.S.C. § 1117(a) because this is not an exceptional case.", "relief-not-available"},
		// Words that must not be taken for a defense.
		{"For example, in 2005, in the NESHAPs for Coke Oven Batteries, EPA authorized a risk of 2.7-in-10,000.", ""},
		{"The United States' allegations of an emergency fail to consider risk estimation uncertainty in developing the IUR.", ""},
	}
	for _, tt := range tests {
		d, ok := c.Match("", tt.text)
		got := ""
		if ok {
			got = d.ID
		}
		if got != tt.want {
			t.Errorf("Match(text %.50q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// A title that matches wins over the text.
	if d, _ := c.Match("(Ratification)", "LivePerson approved, authorized, consented to, and/or ratified the conduct"); d.ID != "ratification" {
		t.Errorf("title did not win: %s", d.ID)
	}
}

func BenchmarkMatchCount(b *testing.B) {
	l, _ := builtinLibs(b)
	titles := []string{"Copyright Infringement, 17 U.S.C. § 101 et seq.", "Misappropriation of Trade Secrets", "Breach of Contract",
		"Intentional Interference With Advantageous Existing Economic Relationships",
		"Intentional Interference with Prospective Advantageous Economic Relationships",
		"Lanham Act Unfair Competition, 28 U.S.C. § 1125(a)", "Common Law Unfair Competition", "Unjust Enrichment"}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range titles {
			l.Match(t, "")
		}
	}
}

func BenchmarkMatchDefense(b *testing.B) {
	_, c := builtinLibs(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range seedDefenses {
			c.MatchAll(d.title, "")
		}
	}
}

// BenchmarkParseBuiltin parses and validates every built-in library file
// (Builtin does it once per process).
func BenchmarkParseBuiltin(b *testing.B) {
	label := func(n string) string { return n }
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadElementsFiles(templates.FS, label); err != nil {
			b.Fatal(err)
		}
		if _, err := loadDefensesFiles(templates.FS, label); err != nil {
			b.Fatal(err)
		}
	}
}

// The shared built-ins serve parallel builds: matching and scoring from
// many goroutines is safe (run with -race).
func TestParallelUse(t *testing.T) {
	l, c := builtinLibs(t)
	done := make(chan bool)
	for range 8 {
		go func() {
			defer func() { done <- true }()
			for _, d := range seedDefenses {
				c.MatchAll(d.title, "")
			}
			cl, _ := l.Match("Copyright Infringement", "")
			cl.Element("copying").ScoreText("defendant copied and reproduced the code")
			LoadFor(nil, "")
		}()
	}
	for range 8 {
		<-done
	}
}

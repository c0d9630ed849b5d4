package pleading

import (
	"strings"
	"testing"
)

// readClass reads a response's text as buildResponses does and returns its class and facets.
func readClass(text string, answered int) (Class, Response) {
	rd := readFacets(text)
	r := Response{Admits: rd.admits, Denies: rd.denies, LacksKnowledge: rd.lacks, RefersToDocument: rd.refers, LegalConclusion: rd.legal}
	if rd.incorp {
		r.Incorporates = responseIncorporation(text, answered)
	}
	return classify(&r, rd.qualified), r
}

// facetLetters writes the facets of r as a subset of "ADKRLI".
func facetLetters(r Response) string {
	var b strings.Builder
	for _, f := range []struct {
		on bool
		c  byte
	}{{r.Admits, 'A'}, {r.Denies, 'D'}, {r.LacksKnowledge, 'K'}, {r.RefersToDocument, 'R'}, {r.LegalConclusion, 'L'}, {r.Incorporates != nil, 'I'}} {
		if f.on {
			b.WriteByte(f.c)
		}
	}
	return b.String()
}

// TestPhraseConventions checks the conventions of GOLD.md on phrasings
// written here in the styles of several courts; the comment names the
// real answer that showed each.
func TestPhraseConventions(t *testing.T) {
	for _, tc := range []struct {
		text   string
		class  Class
		facets string
	}{
		// Lack of knowledge "to admit or deny" admits nothing (N.D. Ala., Chestnut ¶32).
		{"Respondent is without information sufficient to admit or deny the allegations of this paragraph, and so denies them.", ClassNoKnowledge, "K"},
		{"The Board lacks knowledge sufficient to either admit or deny what is alleged here.", ClassNoKnowledge, "K"},
		// New York's "Deny knowledge or information" (S.D.N.Y., Sarnicola ¶3).
		{"Denies knowledge or information sufficient to form a belief as to the truth of the allegations in paragraph \"14\".", ClassNoKnowledge, "K"},
		{"Admit that the Village employs Officer Reyes and deny knowledge or information sufficient to form a belief as to the remainder.", ClassPartlyAdmitted, "AK"},
		// "therefore denied", in the same sentence or the next (S.D. Miss., DRMS ¶1; E.D. Pa., Fernandez ¶45).
		{"After a diligent inquiry the Township is without sufficient knowledge to form a belief as to this averment; consequently, it is denied.", ClassNoKnowledge, "K"},
		{"Harbor Co. lacks information sufficient to form a belief about these allegations. They are therefore denied.", ClassNoKnowledge, "K"},
		{"The Authority lacks knowledge of the matters alleged. Accordingly, denied.", ClassNoKnowledge, "K"},
		// A later denial of a specific fact is a denial (Chestnut ¶43).
		{"The Clerk lacks information sufficient to admit or deny the allegations, and so denies them. The Clerk further denies that any map was drawn by race.", ClassDenied, "DK"},
		{"Defendant denies the allegations of paragraph 9 for lack of knowledge sufficient to form a belief.", ClassNoKnowledge, "K"},
		// A conditional denial is a denial, in every phrasing (E.D. Pa., Fernandez ¶8).
		{"This paragraph states conclusions of law to which no answer is needed. Should the Court require a response, the allegations are denied.", ClassDenied, "DL"},
		// The condition alone does not say that no response is required:
		// no legal conclusion (D. Mass., Foster ¶51).
		{"If a response is deemed required, the District denies the allegations.", ClassDenied, "D"},
		{"Insofar as any response is necessary, Defendant denies them.", ClassDenied, "D"},
		{"To the extent the allegations of this paragraph require a response, they are denied.", ClassDenied, "D"},
		{"The Board admits that the Inspector General issued a report. The report speaks for itself. To the extent any further response is required, the Board denies the remaining allegations.", ClassPartlyAdmitted, "ADR"},
		{"Paragraph 4 sets forth legal conclusions to which no response is required.", ClassNoResponseRequired, "L"},
		// An admission beside only "speaks for itself" or "legal conclusion" is admitted (Chestnut ¶28, ¶63).
		{"The 1990 consent decree speaks for itself. Otherwise admitted.", ClassAdmitted, "AR"},
		{"Admitted that the statute was enacted in 2011. The remaining allegations are legal conclusions to which no response is required.", ClassAdmitted, "AL"},
		{"Admitted, upon information and belief, but averred that the election was held in May.", ClassAdmitted, "A"},
		// Partial admissions.
		{"Admitted in part; denied in part. It is admitted only that the plant opened in 1969.", ClassPartlyAdmitted, "AD"},
		{"Deny the allegations contained in paragraph \"32\" except admit that the plaintiff was searched.", ClassPartlyAdmitted, "AD"},
		{"Except as expressly admitted above, the allegations are denied.", ClassDenied, "D"},
		{"Defendant does not admit the allegations and denies them.", ClassDenied, "D"},
		// Incorporation in any voice (Fernandez ¶126, DRMS ¶28).
		{"The responses of all the preceding paragraphs of this Answer are realleged herein as if fully set forth.", ClassIncorporated, "I"},
		{"The City reasserts as if copied herein its responses 1-27.", ClassIncorporated, "I"},
		{"Defendants repeat and re-allege each of their answers to the foregoing paragraphs.", ClassIncorporated, "I"},
		// Neither admission nor denial.
		{"These allegations are directed to another defendant; Harbor neither admits nor denies them, and no response is required.", ClassNoResponseRequired, "L"},
		// Lost spaces (Chestnut; Mass. SJC, Foster).
		{"Respondentlackssufficientinformationtoadmitordenytheseallegationsandthereforedeniesthem.", ClassNoKnowledge, "K"},
		{"Admittedthattheplantisinthe parish. TheDepartmentdeniestheremainingallegations.", ClassPartlyAdmitted, "AD"},
		{"Defendantsdenytheallegationsofparagraph7.", ClassDenied, "D"},
		// Short words glued in a text that lost its spaces (Mass. SJC, Foster ¶¶1, 77).
		{"Paragraph4 statesconclusions oflaw,towhich noresponsivepleadingis required. Tothe extent anyresponseis required,respondents denythe allegations.", ClassDenied, "DL"},
		{"Thecitydeniesthe allegations inparagraph9,except toadmit thatthe shelteropenedin2019.", ClassPartlyAdmitted, "AD"},
		{"The notice was mailed, and the Agency admits it.", ClassAdmitted, "A"},
		// "Not admitted" puts the allegation to proof: a denial (Pennsylvania
		// and New Jersey practice); "does not dispute" admits; "can neither
		// admit nor deny" and "for want of knowledge" disclaim knowledge.
		{"Not admitted. Strict proof thereof is demanded at trial.", ClassDenied, "D"},
		{"It is not admitted that the Borough adopted the policy; it is admitted that the Borough employed Officer Kane.", ClassPartlyAdmitted, "AD"},
		{"Respondent does not dispute that the permit was issued on March 3.", ClassAdmitted, "A"},
		{"The Hospital disputes the allegations of this paragraph.", ClassDenied, "D"},
		{"Defendants can neither admit nor deny the allegations of paragraph 5.", ClassNoKnowledge, "K"},
		{"Denied for want of knowledge sufficient to form a belief.", ClassNoKnowledge, "K"},
		{"The Company neither admits nor denies the allegations, which call for a legal conclusion.", ClassNoResponseRequired, "L"},
		// Allegations directed to other parties need no response (GOLD.md).
		{"The allegations of paragraph 6 are not directed to this Defendant, and therefore Defendant neither admits nor denies them.", ClassNoResponseRequired, "L"},
		{"Paragraph 9 is directed to another defendant and requires no response from the City.", ClassNoResponseRequired, "L"},
		{"The allegations of paragraph 10 are directed at co-defendants; to the extent a response is required, the County denies them.", ClassDenied, "DL"},
		// OCR slips.
		{"Adrnitted.", ClassAdmitted, "A"},
		{"The County is without lmowledge sufficient to form a belief.", ClassNoKnowledge, "K"},
	} {
		class, r := readClass(tc.text, 5)
		if class != tc.class || facetLetters(r) != tc.facets {
			t.Errorf("%q:\n got %s %s, want %s %s", tc.text, class, facetLetters(r), tc.class, tc.facets)
		}
	}
}

func TestResponseIncorporationRange(t *testing.T) {
	for _, tc := range []struct {
		text     string
		answered int
		want     Range
	}{
		{"The City reasserts as if copied herein its responses 1-27.", 28, Range{1, 27}},
		{`County defendants repeat and re-allege the responses to paragraphs "1" through "67" of the complaint.`, 68, Range{1, 67}},
		{"The responses to all preceding paragraphs are realleged herein.", 40, Range{1, 39}},
	} {
		if got := responseIncorporation(tc.text, tc.answered); got == nil || *got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Defendantsdenytheallegations", "defendants deny the allegations"},
		{"TheSecretarylackssufficientinformationtoadmitordeny", "the secretary lacks sufficient information to admit or deny"},
		{"the readmittance of evidence", "the readmittance of evidence"},
		{"notwithstanding", "notwithstanding"},
		{"Re-alleges “paragraphs” 1–3", `realleges " paragraphs " 1 - 3`},
		{"Defendant’s ADRNITS", "defendant's admits"},
		{"den1es", "denies"},
		{"inparagraph41oftheComplaint denythe", "in paragraph 41 of the complaint deny the"},
		{"The notice was sent", "the notice was sent"},
	} {
		var ws []string
		for _, tk := range tokenize(tc.in) {
			ws = append(ws, tk.w)
		}
		if got := strings.Join(ws, " "); got != tc.want {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Offsets point into the text, also for words split apart.
	text := "Defendantsdenytheallegations"
	for _, tk := range tokenize(text) {
		if got := strings.ToLower(text[tk.start:tk.end]); got != tk.w {
			t.Errorf("token %q spans %q", tk.w, got)
		}
	}
}

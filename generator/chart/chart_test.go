package chart

import "testing"

func TestSameCaseNumber(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"14-cv-01559-RWS", "14-CV-01559-RWS", true},
		{"4:09CV00033 WRW", "4:09-cv-00033-WRW", true},
		{"CV06-1675-PCT-EHC", "3:06-cv-01675-EHC", true},
		{"2:23-cv-735", "2:23-cv-00735-CJB-MBN", true},
		{"14-cv-01559", "14-cv-01560", false},
	}
	for _, tt := range tests {
		if got := sameCaseNumber(tt.a, tt.b); got != tt.want {
			t.Errorf("sameCaseNumber(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestReferClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"In answer to Paragraph 25, [24]7 admits that the parties entered into a Co-Marketing and Referral Agreement in 2006, admits that the agreement provided for co-marketing, and respectfully refers the Court to the contract for its terms and conditions.",
			"… and respectfully refers the Court to the contract for its terms and conditions."},
		{"The first sentence of Paragraph 34 purports to reference a January 6, 2017 Administrative Order on Consent, which speaks for itself and is the best evidence of its content.",
			"… a January 6, 2017 Administrative Order on Consent, which speaks for itself and is the best evidence of its content."},
		{"Paragraph 25 purports to reference a document, which speaks for itself and is the best evidence of its content.",
			"Paragraph 25 purports to reference a document, which speaks for itself and is the best evidence of its content."},
		{"Brightline admits the letter. Brightline respectfully refers the Court to the Agreement for its terms.",
			"Brightline respectfully refers the Court to the Agreement for its terms."},
	}
	for _, tt := range tests {
		if got := referClause(tt.in); got != tt.want {
			t.Errorf("referClause(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestNeutralNames(t *testing.T) {
	for in, want := range map[string]string{
		`LivePerson and 24/7 entered into a Co-Marketing and Referral Agreement ("the Co-Marketing Agreement") in 2006.`: `LivePerson and 24/7 entered into a agreement ("the agreement") in 2006.`,
		"Both the MSA and the Co-Marketing Agreement also recognized it.":                                                "Both the MSA and the agreement also recognized it.",
		"the parties' Master Service Agreements govern marketing":                                                        "the parties' agreements govern marketing",
		"24/7 continued its marketing through the filing of this action.":                                                "24/7 continued its marketing through .",
		"The agreement governs.": "The agreement governs.",
	} {
		if got := neutralNames(in); got != want {
			t.Errorf("neutralNames(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

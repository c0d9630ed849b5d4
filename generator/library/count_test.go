package library

import (
	"slices"
	"testing"
)

func claimIDs(cs []*Claim) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func TestMatchCountTheories(t *testing.T) {
	l, _ := builtinLibs(t)
	// The EEOC v. RV Fun "STATEMENT OF CLAIMS", ¶¶ 8 and 10 as pleaded.
	eeoc := "Christiaan Calhoon is a qualified individual with a disability and is covered by Title I of the ADA, 42 U.S.C. §§ 12101 et seq. " +
		"Since at least April 7, 2004, Defendant RV Fun has engaged in unlawful employment practices at its Lake Havasu City, Arizona location, in violation of Titles I and V of the ADA, 42 U.S.C. §§ 12101 et seq. These practices include: " +
		"a. Denying Mr. Calhoon a reasonable accommodation; b. Discharging Mr. Calhoon because of his disability; c. Discharging Mr. Calhoon because he requested a reasonable accommodation."
	tests := []struct {
		name                 string
		title, statute, body string
		want                 []string
		on                   string
	}{
		{"eeoc: three ADA theories", "STATEMENT OF CLAIMS", "", eeoc,
			[]string{"ada-employment-discrimination", "ada-failure-to-accommodate", "ada-retaliation"}, "allegations"},
		{"a title naming only the law takes its theories from the allegations", "Violation of the Americans with Disabilities Act", "", eeoc,
			[]string{"ada-employment-discrimination", "ada-failure-to-accommodate", "ada-retaliation"}, "allegations"},
		{"a title naming the theory decides", "Failure to Accommodate in Violation of the ADA", "", eeoc,
			[]string{"ada-failure-to-accommodate"}, "title"},
		{"a generic ADA title over a public entity's services", "Violations of the Americans with Disabilities Act", "",
			"The State is a public entity. Defendants fail to serve residents in the most integrated setting appropriate to their needs.",
			[]string{"ada-title-ii"}, "allegations"},
		{"theories of another law are not picked up", "Violation of 42 U.S.C. § 1983", "",
			"Defendants retaliated against Plaintiff because she complained.", []string{"section-1983"}, "title"},
		{"title VII, two theories", "Violation of Title VII", "",
			"Defendant discharged her because of her sex. Defendant retaliated against her because she complained to human resources.",
			[]string{"title-vii-discrimination", "title-vii-retaliation"}, "allegations"},
		{"voting rights", "S.B. 484 violates Section 2 of the Voting Rights Act", "", "", []string{"vra-section-2"}, "title"},
		{"a generic FLSA title with overtime allegations", "Violation of the Fair Labor Standards Act", "",
			"Plaintiffs regularly worked more than forty hours per week and were not paid overtime.", []string{"flsa-overtime"}, "allegations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := l.MatchCount(tt.title, tt.statute, tt.body)
			if got := claimIDs(m.Claims); !slices.Equal(got, tt.want) || m.On != tt.on {
				t.Errorf("MatchCount = %v on %q, want %v on %q", got, m.On, tt.want, tt.on)
			}
		})
	}
}

func TestMatchCountClosest(t *testing.T) {
	l, _ := builtinLibs(t)
	m := l.MatchCount("Cause of Action", "", "Defendant breached the implied warranty of habitability of the leased apartment.")
	if len(m.Claims) != 0 {
		t.Fatalf("matched %v, want none", claimIDs(m.Claims))
	}
	if len(m.Closest) == 0 || m.Closest[0].ID != "breach-of-warranty" {
		t.Errorf("closest = %v, want breach-of-warranty first", claimIDs(m.Closest))
	}
	if m := l.MatchCount("Prayer", "", ""); len(m.Closest) != 0 {
		t.Errorf("closest for an empty count = %v, want none", claimIDs(m.Closest))
	}
}

package matrix

import "testing"

func TestTrimStatute(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"28 U.S.C. § 1125(a)", "28 U.S.C. § 1125(a)"},
		{"(15 U.S.C. § 1125(a))", "15 U.S.C. § 1125(a)"},
		{"(17 U.S.C. § 101 et seq.)", "17 U.S.C. § 101 et seq."},
		{"42 U.S.C. § 1983)", "42 U.S.C. § 1983"},
		{"(Cal. Civ. Code § 3426", "Cal. Civ. Code § 3426"},
		{" (a)(1) and (b) ", "(a)(1) and (b)"},
		{"", ""},
	} {
		if got := trimStatute(tt.in); got != tt.want {
			t.Errorf("trimStatute(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

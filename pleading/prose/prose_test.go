package prose

import "testing"

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"This Court has jurisdiction under 28 U.S.C. § 1332. Venue is proper.", 2},
		{"It competes, e.g. in chat. It sells. (See Ex. A, at Sch. 1.)", 3},
		{"24/7 Customer, Inc. is a corporation.", 1},
		{"DPE admits Paragraph 7. DPE denies the rest of Paragraph 7. Marcus J. Hale left.", 3},
		{"The Agreement is Exhibit A. Brightline signed it.", 2},
		{"", 0},
	}
	for _, tt := range tests {
		if got := Sentences(tt.in); len(got) != tt.want {
			t.Errorf("Sentences(%q) = %q, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFirstWords(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"one two three four", 2, "one two …"},
		{"one two", 2, "one two"},
		{"one, two, three", 1, "one …"},
		{"one two", 0, "one two"},
	}
	for _, tt := range tests {
		if got := FirstWords(tt.in, tt.n); got != tt.want {
			t.Errorf("FirstWords(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

package pleading

import "testing"

func TestFirstResponses(t *testing.T) {
	d := &Document{Responses: []Response{
		{Paragraph: 1, Answers: []int{1}, Class: ClassIncorporated},
		{Paragraph: 2, Answers: []int{1, 2}, Class: ClassAdmitted},
		{Paragraph: 3, Answers: []int{2, 3}, Class: ClassDenied},
	}}
	tests := []struct {
		n    int
		want int // Paragraph of the response found; 0: none
	}{
		{1, 2}, // the incorporation is skipped
		{2, 2}, // the first response wins
		{3, 3},
		{4, 0},
	}
	got := d.FirstResponses()
	for _, tt := range tests {
		r, ok := got[tt.n]
		if (tt.want == 0) == ok || (ok && r.Paragraph != tt.want) {
			t.Errorf("FirstResponses()[%d] = ¶%d, %v; want ¶%d", tt.n, r.Paragraph, ok, tt.want)
		}
	}
	var none *Document
	if m := none.FirstResponses(); m == nil || len(m) != 0 {
		t.Errorf("nil document: %v, want an empty map", m)
	}
}

package pleading

import "testing"

// TestCaptionCourt reads the court of captions whose name runs over
// several lines, so the forum's state is known (the checklist and matrix
// cite the forum state's law by it).
func TestCaptionCourt(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"district on its own line after FOR",
			"IN THE UNITED STATES DISTRICT COURT FOR\nTHE NORTHERN DISTRICT OF GEORGIA\nATLANTA DIVISION\n",
			"In the United States District Court for the Northern District of Georgia Atlanta Division"},
		{"for the district",
			"UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF NEW JERSEY\n",
			"United States District Court for the District of New Jersey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.head + "\nJANE ROE,\nPlaintiff,\nv.\nACME CORP.,\nDefendant.\n\nCOMPLAINT\n\n1. Plaintiff Jane Roe lives in Portland.\n\n2. Defendant Acme Corp. sells widgets.\n"
			d, err := Parse("complaint.txt", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Caption.Court != tt.want {
				t.Errorf("court = %q, want %q", d.Caption.Court, tt.want)
			}
		})
	}
}

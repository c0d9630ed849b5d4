package library

import "testing"

// What a sentence asserts about an element, read on the seed complaint's
// sentences and the seed answer's admitted clauses.
func TestElementAssertsCoreDefeats(t *testing.T) {
	l, _ := builtinLibs(t)
	el := func(claim, id string) *Element {
		e := l.Claim(claim).Element(id)
		if e == nil {
			t.Fatalf("no element %s/%s", claim, id)
		}
		return e
	}
	copying := el("copyright-infringement", "copying")
	relation := el("tortious-interference-existing-relations", "relationship")
	contract := el("breach-of-contract", "contract")
	tests := []struct {
		name string
		e    *Element
		text string
		want bool
	}{
		{"¶37 pleads copying", copying, "LivePerson believes, however, that 24/7 has abused its access to LivePerson's back-end systems to observe, penetrate, and manipulate the operation of LivePerson's technology and download extensive data from LivePerson's servers in order to both interfere with LivePerson's client relationships and to reverse engineer and copy LivePerson's technology.", true},
		{"¶38's tracking markers are not copying", copying, "For example, 24/7's limited authorization to access certain aspects of LivePerson's technology, such as its agent console and its reporting interface, did not include authorization to write its own tracking markers to the servers upon which LivePerson stores visitor monitoring data, as more fully detailed below.", false},
		{"¶41's siphoning is not copying", copying, "For example, LivePerson has found 24/7 programming code embedded on client websites that is clearly designed to siphon data regarding the operation and activity of LivePerson's proprietary behavioral analytics and predictive targeting functionalities.", false},
		{"interference with client relationships does not plead that they exist", relation, "LivePerson believes that 24/7 uses this spyware to interfere with LivePerson's client relationships.", false},
		{"a relationship pleaded", relation, "LivePerson has long-standing business relationships with clients including major retailers.", true},
		{"¶70's breach is not the contract's existence", contract, "By its conduct as set forth above, 24/7 has breached at least paragraphs 2.1, 2.2, 2.3, 5.2 and 5.4 of the Co-Marketing Agreement.", false},
		{"¶25 pleads the contract", contract, "In 2006, LivePerson and 24/7 entered into a Co-Marketing and Referral Agreement.", true},
	}
	for _, tt := range tests {
		if _, got := tt.e.Asserted(tt.text); got != tt.want {
			t.Errorf("%s: Asserted = %v, want %v", tt.name, got, tt.want)
		}
	}
	// An admission of access is not an admission of copying.
	if h := copying.CoreHit(Tokenize("admits that it had some access to certain aspects of LivePerson's technology")); h.Score != 0 {
		t.Errorf("access is core to copying: %v", h)
	}
	if h := copying.CoreHit(Tokenize("denies that it has infringed upon any of LivePerson's intellectual property rights")); h.Score == 0 {
		t.Errorf("a denial of infringement is not core to copying")
	}
	// ¶69: the termination the answer asserts defeats the admitted contract.
	if h := contract.Defeats(Tokenize("notes that [24]7 gave notice of termination of the Co-Marketing Agreement effective November 2, 2007")); h.Score == 0 {
		t.Errorf("termination does not defeat the contract element")
	}
}

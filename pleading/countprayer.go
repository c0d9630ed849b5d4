package pleading

// A WHEREFORE clause closes the prayer at the end of most pleadings, but
// many courts' pleadings put one after each count: a complaint's "COUNT I
// ... WHEREFORE, Plaintiff demands judgment ... COUNT II ...", and an
// answer that answers each count and then asks for judgment on it. Such a
// clause is the count's own prayer; the body goes on after it.

// bodyGoesOn reports whether the count heading at line i, met after a
// WHEREFORE clause, opens another count of the body: the first numbered
// line after it (past the count's title) carries on the body's sequence.
func (p *parser) bodyGoesOn(i int) bool {
	if p.last == 0 {
		return false
	}
	seen := 0
	for j := i + 1; j < len(p.lines) && seen < 6; j++ {
		t := p.lines[j].text
		if t == "" {
			continue
		}
		seen++
		if n, _, rest, ok := start(t); ok {
			fits, _ := acceptNext(n, p.last, rest)
			return fits && n > p.last
		}
		if _, _, _, ok := noisyStart(t, p.last+1, true); ok {
			return true
		}
		if endsBody(t) || p.isHeadingLike(t) {
			return false
		}
	}
	return false
}

// continuesBody reports whether the numbered line t, met after a WHEREFORE
// clause, goes on with the body rather than itemizing the prayer: it
// carries on the body's sequence and re-alleges what came before ("129.
// The responses to all preceding paragraphs are realleged herein"), or, in
// a pleading not known to be a complaint, responds to an allegation
// ("129. Denied.", "129. Defendants deny the allegations of paragraph
// 129").
func (p *parser) continuesBody(t string) bool {
	if p.last == 0 {
		return false
	}
	n, _, rest, ok := start(t)
	if !ok || n <= p.last {
		return false
	}
	if fits, _ := acceptNext(n, p.last, rest); !fits {
		return false
	}
	return hasIncorpVerb(rest) || p.doc.Kind != KindComplaint && respondsToAllegation(rest)
}

// reopenBody ends a count's WHEREFORE clause and goes back to the body.
// The clause is kept as a prayer of its own (without a label) unless
// items followed it.
func (p *parser) reopenBody() {
	if p.prayerLead != "" && len(p.doc.Prayer) == p.leadAt {
		p.doc.Prayer = append(p.doc.Prayer, PrayerItem{Text: p.prayerLead, Line: p.prayerLeadLine})
	}
	p.prayerLead = ""
	p.leadAt = len(p.doc.Prayer)
	p.closeAll()
	p.mode = modeBody
}

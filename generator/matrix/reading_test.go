package matrix_test

import (
	"strings"
	"testing"
)

// Statuses read as a litigator reads them, on cases beside the seed:
//   - eeoc: the charge filed after the discharge (¶7, "prior to the
//     institution of this lawsuit") pleads exhaustion, not the protected
//     activity the retaliation theory rests on, so its admission concedes
//     nothing there; and a bare denial of ¶8 does not expressly deny a
//     refusal to accommodate because the element's keyword is "denied";
//   - denka: a quoted admission has no "In response to the third sentence
//     of Paragraph 53, DPE admits that" lead-in;
//   - every admitted status quotes the allegation or the answer verbatim.
func TestStatusesOnOtherCases(t *testing.T) {
	m := build(t, "eeoc-v-rv-fun")
	pa := elementOf(t, m, 1, "ada-retaliation", "protected-activity")
	if cites(pa, 7) || pa.Status == "admitted" {
		t.Errorf("ADA retaliation protected activity: %s (%s), cites %v: ¶7 pleads the charge, not the protected activity", pa.Status, pa.Basis, pa.Paragraphs())
	}
	refusal := elementOf(t, m, 1, "ada-failure-to-accommodate", "refusal")
	if strings.Contains(refusal.Basis, "paragraph 8") {
		t.Errorf("refusal to accommodate: %q: a denial of ¶8 by number names no refusal", refusal.Basis)
	}
	for _, name := range []string{"usa-v-denka", "eeoc-v-rv-fun", "chestnut-v-merrill", "liveperson-v-247", "usa-v-arkansas", "drms-v-mississippi-childrens-home"} {
		m := build(t, name)
		text := map[int]string{}
		for _, r := range realCase(t, name).Rows {
			text[r.Number] = r.Allegation
		}
		for _, mc := range m.Counts {
			for _, e := range mc.Elements {
				if strings.Contains(e.Basis, "In response to") || strings.Contains(e.Basis, "admits that") {
					t.Errorf("%s %s %s: basis %q keeps the answer's lead-in", name, mc.Heading(), e.ID, e.Basis)
				}
				// "Admitted: “...” (¶n)": the words are the allegation's own.
				if q, ok := strings.CutPrefix(e.Basis, "Admitted: “"); ok {
					q = strings.TrimSuffix(q[:strings.LastIndex(q, "”")], " …")
					n := e.Support[0].Paragraph
					for _, s := range e.Support {
						if strings.Contains(e.Basis, "(¶"+itoa(s.Paragraph)+")") {
							n = s.Paragraph
						}
					}
					if !strings.Contains(strings.Join(strings.Fields(text[n]), " "), strings.Join(strings.Fields(q), " ")) {
						t.Errorf("%s %s %s: quote %q is not the words of ¶%d", name, mc.Heading(), e.ID, q, n)
					}
				}
			}
		}
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// A count whose incorporation the parser did not read ("The allegations of
// all the preceding paragraphs ... are realleged", "reiterates Paragraph
// # 's*'l through 79 and incorporates such") still rests on the general
// allegations, and an element inferable from them (color of law from
// police officers) is no dismissal candidate.
func TestUnreadIncorporationAndInference(t *testing.T) {
	m := build(t, "sarnicola-v-westchester")
	for _, g := range m.Dismissal() {
		if strings.Contains(g.Element, "color of state law") || strings.Contains(g.Element, "confined") || strings.Contains(g.Element, "scope of employment") {
			t.Errorf("sarnicola %s: %q is a dismissal candidate; the general allegations plead police officers arresting her in the course of their duties", g.Heading, g.Element)
		}
	}
	f := build(t, "fernandez-v-northampton-county")
	for _, mc := range f.Counts {
		if mc.Number != 1 {
			continue
		}
		general := 0
		for _, e := range mc.Elements {
			for _, s := range e.Support {
				if !s.InCount {
					general++
				}
			}
		}
		if general == 0 {
			t.Errorf("fernandez Count I cites no general allegation: its realleging paragraph was not read")
		}
	}
}

package checklist

import (
	"strings"

	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
)

// Defenses matched to claims by law: which catalogue entries a pleaded
// defense can be in this case, which counts they cannot answer and why,
// and which authorities hold in the case's forum.

// The flag codes of law-matching.
const (
	// FlagCannotAnswer: a matched entry cannot answer some count it is
	// pleaded against (comparative fault against a contract claim).
	FlagCannotAnswer = "cannot-answer"
	// FlagBarred: a matched entry cannot be raised against this plaintiff
	// (laches against the United States).
	FlagBarred = "barred"
)

// DefenseCites are the authorities of one catalogue entry that hold in the
// case's forum for the counts the defense answers, and the discovery that
// goes with them.
type DefenseCites struct {
	ID        string   `json:"id"`
	Cites     []string `json:"cites,omitempty"`
	Discovery []string `json:"discovery,omitempty"`
}

// CitesOf returns the forum's authorities for the matched entry id.
func (d PleadedDefense) CitesOf(id string) []string {
	for _, c := range d.Cites {
		if c.ID == id {
			return c.Cites
		}
	}
	return []string{}
}

// DiscoveryOf returns the discovery items for the matched entry id: the
// entry's own and those of its authorities that hold in the forum.
func (d PleadedDefense) DiscoveryOf(id string) []string {
	for _, c := range d.Cites {
		if c.ID == id {
			return c.Discovery
		}
	}
	return []string{}
}

// defInLaw drops the entries a defense matched only on words of its text
// that can answer none of the complaint's counts: "reasonable and
// justified under the circumstances" in a § 1983 case is not the
// privilege of tortious-interference law. A title that names an entry
// keeps it (the checklist then flags it as answering no count).
func defInLaw(ms library.DefenseMatches, counts []CountRef) library.DefenseMatches {
	known := false
	for _, ct := range counts {
		known = known || len(ct.claims) > 0
	}
	if !known || len(ms) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.On == "title" || m.Defense.Kind == library.KindReservation {
			out = append(out, m)
			continue
		}
		for _, ct := range counts {
			if ct.claim == nil || defAnswersAny([]library.DefenseMatch{m}, &ct) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// defLawFlags flags the entries of a pleaded defense that cannot answer
// some count it is aimed at (with the catalogue's reason) or cannot be
// raised against this plaintiff, and gathers the authorities that hold in
// the forum for the counts it answers.
func defLawFlags(pd *PleadedDefense, cl *Checklist, add func(code, label, msg string)) {
	byNum := make(map[int]*CountRef, len(cl.Counts))
	for i := range cl.Counts {
		byNum[cl.Counts[i].Number] = &cl.Counts[i]
	}
	for _, m := range pd.Matches {
		d := m.Defense
		if d.Kind == library.KindReservation {
			continue
		}
		// The counts it is aimed at that it cannot answer, by reason.
		reasons := map[string][]int{}
		var order []string
		for _, n := range pd.Target.Counts {
			ct := byNum[n]
			if ct == nil {
				continue
			}
			for _, c := range ct.claims {
				if why := d.Cannot(c); why != "" {
					if _, ok := reasons[why]; !ok {
						order = append(order, why)
					}
					if !defHasInt(reasons[why], n) {
						reasons[why] = append(reasons[why], n)
					}
					break
				}
			}
		}
		for _, why := range order {
			add(FlagCannotAnswer, "Cannot answer "+cl.CountsText(reasons[why]),
				d.Name+" is pleaded against "+pd.Target.Text()+", but cannot answer "+cl.CountsText(reasons[why])+": "+why)
		}
		if why := d.Barred(cl.Plaintiff); why != "" {
			add(FlagBarred, "Not available against this plaintiff", d.Name+": "+why)
		}
		f := library.Forum{State: cl.State}
		counts := pd.Counts
		if len(counts) == 0 {
			counts = pd.Target.Counts
		}
		for _, n := range counts {
			ct := byNum[n]
			if ct == nil {
				continue
			}
			if len(ct.claims) == 0 {
				f.Federal = f.Federal || ct.Federal
				f.StateLaw = f.StateLaw || !ct.Federal
				continue
			}
			for _, c := range ct.claims {
				if d.Answers(c) {
					f.Claims = append(f.Claims, c)
				}
			}
		}
		dc := DefenseCites{ID: d.ID, Cites: []string{}, Discovery: d.DiscoveryFor(f)}
		for _, a := range d.Cites(f) {
			dc.Cites = append(dc.Cites, a.Cite)
		}
		pd.Cites = append(pd.Cites, dc)
	}
}

// partyNames returns the names of parties.
func partyNames(ps []pleading.Party) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// defPleadedIDs returns the ids of the entries the answer pleads, with
// those they cover (a pleaded comparative fault covers contributory
// negligence).
func defPleadedIDs(cl *Checklist) map[string]bool {
	pleaded := map[string]bool{}
	for _, pd := range cl.Defenses {
		for _, m := range pd.Matches {
			pleaded[m.Defense.ID] = true
			for _, id := range m.Defense.Covers {
				pleaded[id] = true
			}
		}
	}
	return pleaded
}

// defNotPleaded returns the FRCP 8(c)(1) defenses the answer does not plead
// (under their own or another name) and that could be raised against this
// plaintiff, with the counts each could answer.
func defNotPleaded(cl *Checklist, cat *library.Catalogue) []Omitted {
	pleaded := defPleadedIDs(cl)
	out := []Omitted{}
	for _, d := range cat.Defenses {
		if !strings.Contains(d.Rule, "8(c)(1)") || pleaded[d.ID] || d.Barred(cl.Plaintiff) != "" {
			continue
		}
		o := Omitted{ID: d.ID, Name: d.Name, Counts: []int{}, Note: d.Note}
		for _, ct := range cl.Counts {
			if len(ct.claims) > 0 && defAnswersAny([]library.DefenseMatch{{Defense: d}}, &ct) || len(ct.claims) == 0 && defHas(d.AppliesTo, library.TargetAll) {
				o.Counts = append(o.Counts, ct.Number)
			}
		}
		out = append(out, o)
	}
	return out
}

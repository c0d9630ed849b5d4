package checklist

import (
	"errors"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/joined"
	"github.com/pleadkit/pleadkit/generator/library"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/pleadkit/pleadkit/pleading/prose"
)

// Checklist is the defense checklist of a case: each affirmative defense the
// answer pleads, matched to the defense catalogue, resolved to the counts it
// answers, with what proving it takes and the flags a lawyer would raise;
// and across the answer, the FRCP 8(c)(1) defenses not pleaded and the FRCP
// 12(b)(2)–(5) defenses waived.
type Checklist struct {
	// Counts are the complaint's counts, the columns of the grid.
	Counts []CountRef `json:"counts"`
	// Defenses are the pleaded defenses, in the answer's order.
	Defenses []PleadedDefense `json:"defenses"`
	// NotPleaded are the FRCP 8(c)(1) defenses the answer does not plead.
	NotPleaded []Omitted `json:"not_pleaded"`
	// Rule12 is the fate of each FRCP 12(b)(2)–(5) defense: raised, waived or conceded.
	Rule12 []Rule12Status `json:"rule12"`
	// Waived are the entries of Rule12 not raised (waived or conceded).
	Waived []Rule12Status `json:"waived"`
	// Unmatched are the numbers of the defenses no catalogue entry matches.
	Unmatched []int `json:"unmatched"`
	// MissingTargets are defenses aimed at a count or claim the complaint does not have.
	MissingTargets []MissingTarget  `json:"missing_targets"`
	Summary        ChecklistSummary `json:"summary"`
	// State is the forum state's postal code, from the caption's court
	// ("" when it names none): whose law the state-law sources are.
	State string `json:"state,omitempty"`
	// Plaintiff is the kind of plaintiff (library.PlaintiffUnitedStates),
	// against whom some defenses cannot be raised.
	Plaintiff string `json:"plaintiff,omitempty"`
}

// ChecklistSummary counts the pleaded defenses by what the analysis found.
// Each defense counts once among Affirmative, Negative, Remedy, Rule12,
// Reservation and Unmatched, by what it chiefly is, so those add up to
// Defenses; Bare and Flags count across them.
type ChecklistSummary struct {
	Defenses    int `json:"defenses"`
	Matched     int `json:"matched"`
	Affirmative int `json:"affirmative"`
	Negative    int `json:"negative"`
	Remedy      int `json:"remedy"`
	Rule12      int `json:"rule12"`
	Reservation int `json:"reservation"`
	Unmatched   int `json:"unmatched"`
	Bare        int `json:"bare"`
	Flags       int `json:"flags"`
}

// CountRef is a count of the complaint with the claim type it pleads.
type CountRef struct {
	Number  int    `json:"number"`
	Label   string `json:"label"` // as the complaint heads it: "COUNT I", "FIRST CAUSE OF ACTION"
	Title   string `json:"title"`
	Statute string `json:"statute,omitempty"`
	Line    int    `json:"line,omitempty"`
	// Claim is the element library's claim type the count pleads, "" when none matched.
	Claim     string `json:"claim,omitempty"`
	ClaimName string `json:"claim_name,omitempty"`
	// Federal is whether the count arises under federal law: from its claim
	// type, or when none matched, from a U.S.C. or constitutional citation.
	Federal bool `json:"federal"`

	claim  *library.Claim
	claims []*library.Claim // every theory the count pleads, claim first
}

// Name is the count as a checklist names it: "Count I — Copyright Infringement".
func (c CountRef) Name() string {
	return joined.CountLabel(pleading.Count{Number: c.Number, Title: c.Title})
}

// PleadedDefense is one affirmative defense of the answer and what the analysis found.
type PleadedDefense struct {
	Number  int    `json:"number"`
	Ordinal string `json:"ordinal,omitempty"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Line    int    `json:"line"`
	// Name is what the checklist calls it: the pleaded title, else the
	// catalogue's name, else "Defense N".
	Name string `json:"name"`
	// Matches are the catalogue entries it names, primary first ("Waiver
	// and/or Estoppel" gives two).
	Matches []library.DefenseMatch `json:"matches"`
	Matched bool                   `json:"matched"`
	// Kind is the primary match's kind ("" when unmatched).
	Kind library.Kind `json:"kind,omitempty"`
	// Target is what the defense says it answers, resolved to counts.
	Target Target `json:"target"`
	// Counts are the counts it answers: the target, less the counts no
	// matched catalogue entry can answer.
	Counts []int `json:"counts"`
	// Excluded are the counts the target names that the defense cannot answer.
	Excluded []int `json:"excluded,omitempty"`
	// Cells says, for each of the checklist's Counts in order, whether the defense answers it.
	Cells []bool `json:"cells"`
	// Facts are the specifics the text pleads (dates, amounts, documents, names).
	Facts []string `json:"facts,omitempty"`
	// Bare is set when the defense pleads no facts: one conclusory statement.
	Bare        bool   `json:"bare"`
	Negative    bool   `json:"negative"`
	Remedy      bool   `json:"remedy"`
	Rule12      bool   `json:"rule12"`
	Reservation bool   `json:"reservation"`
	Flags       []Flag `json:"flags"`
	// Cites are, for each matched catalogue entry, the authorities that
	// hold in this case's forum for the counts the defense answers.
	Cites []DefenseCites `json:"cites,omitempty"`
}

// Source formats where the defense is, as "Answer line 343".
func (d PleadedDefense) Source() string {
	if d.Line == 0 {
		return "Answer"
	}
	return "Answer line " + strconv.Itoa(d.Line)
}

// FactList joins the first n facts the defense pleads (all when n <= 0),
// saying how many more there are; n is an int64 as template options are.
func (d PleadedDefense) FactList(n int64) string {
	if n <= 0 || int64(len(d.Facts)) <= n {
		return strings.Join(d.Facts, ", ")
	}
	return strings.Join(d.Facts[:n], ", ") + " and " + strconv.Itoa(len(d.Facts)-int(n)) + " more"
}

// Heading is the defense's heading as the answer numbers it: "Twelfth Affirmative Defense".
func (d PleadedDefense) Heading() string {
	if d.Ordinal != "" {
		o := strings.ToLower(d.Ordinal)
		if o == "eight" {
			o = "eighth"
		}
		return strings.ToUpper(o[:1]) + o[1:] + " Affirmative Defense"
	}
	return "Affirmative Defense " + strconv.Itoa(d.Number)
}

// Flag is something about a pleaded defense a lawyer should act on.
type Flag struct {
	Code    string `json:"code"`
	Label   string `json:"label"`
	Message string `json:"message"`
}

// The flag codes of a pleaded defense: stable strings a template may test.
const (
	FlagUnmatched     = "unmatched"
	FlagBare          = "bare"
	FlagNegative      = "negative"
	FlagReservation   = "reservation"
	FlagRemedy        = "remedy"
	FlagRule12        = "rule12"
	FlagMissingTarget = "missing-target"
	FlagExcluded      = "excluded"
	FlagNoCount       = "no-count"
	FlagParticularity = "particularity"
)

// Omitted is an FRCP 8(c)(1) defense the answer does not plead.
type Omitted struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Counts are the complaint's counts it could answer, by its applies_to.
	Counts []int  `json:"counts"`
	Note   string `json:"note,omitempty"`
}

// MissingTarget is a defense aimed at a count or claim the complaint does not have.
type MissingTarget struct {
	Defense int    `json:"defense"` // its Number
	Name    string `json:"name"`
	Line    int    `json:"line"`
	Target  string `json:"target"` // "Count IX", "fraud claim"
}

// Build analyzes the affirmative defenses of c's answer against
// the complaint's counts, with the element library lib and the defense
// catalogue cat (the built-in ones where nil). c is not modified.
func Build(c *joined.Case, lib *library.Elements, cat *library.Catalogue) (*Checklist, error) {
	if c == nil || c.Complaint == nil || c.Answer == nil {
		return nil, errors.New("defense checklist: need an analyzed case with a complaint and an answer")
	}
	if lib == nil || cat == nil {
		bl, bc, err := library.Builtin()
		if err != nil {
			return nil, err
		}
		if lib == nil {
			lib = bl
		}
		if cat == nil {
			cat = bc
		}
	}
	cl := &Checklist{
		State:          library.StateOf(c.Caption.Court, c.Answer.Caption.Court),
		Plaintiff:      library.PlaintiffKind(partyNames(c.Caption.Plaintiffs)),
		Counts:         defCountRefs(c.Complaint, lib),
		Defenses:       make([]PleadedDefense, 0, len(c.Answer.Defenses)),
		NotPleaded:     []Omitted{},
		Rule12:         []Rule12Status{},
		Waived:         []Rule12Status{},
		Unmatched:      []int{},
		MissingTargets: []MissingTarget{},
	}
	skip := defPartyWords(c)
	for _, d := range c.Answer.Defenses {
		pd := defAnalyze(d, cl, lib, cat, skip)
		cl.Defenses = append(cl.Defenses, pd)
	}
	for _, pd := range cl.Defenses {
		if !pd.Matched {
			cl.Unmatched = append(cl.Unmatched, pd.Number)
		}
		for _, t := range pd.Target.Missing {
			cl.MissingTargets = append(cl.MissingTargets, MissingTarget{Defense: pd.Number, Name: pd.Name, Line: pd.Line, Target: t})
		}
	}
	cl.NotPleaded = defNotPleaded(cl, cat)
	cl.Rule12 = defRule12(c, cl, cat)
	for _, r := range cl.Rule12 {
		if r.Status != Rule12Raised {
			cl.Waived = append(cl.Waived, r)
		}
	}
	cl.Summary = defSummarize(cl)
	return cl, nil
}

// defAnalyze matches one pleaded defense, resolves its target and flags it.
func defAnalyze(d pleading.Defense, cl *Checklist, lib *library.Elements, cat *library.Catalogue, skip map[string]bool) PleadedDefense {
	pd := PleadedDefense{
		Number:  d.Number,
		Ordinal: d.Ordinal,
		Title:   strings.TrimSpace(d.Title),
		Text:    d.Text,
		Line:    d.Line,
		Matches: defInLaw(cat.MatchAll(d.Title, d.Text), cl.Counts),
		Flags:   []Flag{},
		Counts:  []int{},
	}
	if pd.Matches == nil {
		pd.Matches = []library.DefenseMatch{}
	}
	pd.Matched = len(pd.Matches) > 0
	pd.Name = pd.Title
	if pd.Matched {
		pd.Kind = pd.Matches[0].Defense.Kind
		if pd.Name == "" {
			pd.Name = pd.Matches[0].Defense.Name
		}
	}
	if pd.Name == "" {
		pd.Name = "Defense " + strconv.Itoa(d.Number)
	}
	var negative, reservation, remedy, rule12, affirmative []string
	negTitle := false // a negative defense the title names
	for _, m := range pd.Matches {
		switch m.Defense.Kind {
		case library.KindNegative:
			negative = append(negative, m.Defense.Name)
			negTitle = negTitle || m.On == "title"
		case library.KindReservation:
			reservation = append(reservation, m.Defense.Name)
		case library.KindRemedy:
			remedy = append(remedy, m.Defense.Name)
		case library.KindRule12:
			rule12 = append(rule12, m.Defense.Name)
		case library.KindAffirmative:
			affirmative = append(affirmative, m.Defense.Name)
		}
	}
	// An untitled defense whose text gives a true affirmative defense as its
	// reason ("not a qualified individual because he posed a direct threat")
	// is not merely a denial; a title that names a denial ("Lack of
	// Causation; Fault of Others") still marks it.
	pd.Negative, pd.Reservation, pd.Remedy, pd.Rule12 = len(negative) > 0 && (len(affirmative) == 0 || negTitle), len(reservation) > 0, len(remedy) > 0, len(rule12) > 0
	if pd.Matched && pd.Kind == library.KindNegative && !pd.Negative {
		pd.Kind = library.KindAffirmative
	}

	pd.Target = defResolveTarget(d.Title+". "+d.Text, cl.Counts, lib, skip)
	if pd.Reservation && len(pd.Matches) == len(reservation) {
		// A reservation answers nothing.
		pd.Target = Target{Scope: ScopeNone, Counts: []int{}, Missing: []string{}}
	}
	pd.Counts, pd.Excluded = defAnswerable(pd, cl.Counts)
	pd.Cells = make([]bool, len(cl.Counts))
	for i, ct := range cl.Counts {
		pd.Cells[i] = defHasInt(pd.Counts, ct.Number)
	}
	pd.Facts = defFacts(d.Text, skip)
	own := map[string]bool{}
	for _, s := range append([]string{pd.Title, pd.Target.Phrase}, defMatchTexts(pd.Matches)...) {
		for _, w := range prose.Words(s) {
			own[defSingular(w)] = true
		}
	}
	// A defense that only restates the answer's denials ("Defendants
	// incorporate their Answer") has its facts there: redundant, not bare.
	pd.Bare = !pd.Reservation && !defOnly(pd.Matches, "general-denial") && defIsBare(d.Text, pd.Facts, skip, own)

	add := func(code, label, msg string) {
		pd.Flags = append(pd.Flags, Flag{Code: code, Label: label, Message: msg})
	}
	if !pd.Matched {
		add(FlagUnmatched, "Not in the catalogue",
			"No catalogue entry matches its title or text: classify it by hand (and add it to defenses.toml if it recurs).")
	}
	if pd.Negative && len(affirmative) > 0 {
		// "Failure To State A Claim - Eleventh Amendment Immunity": only one part is a denial.
		add(FlagNegative, "Negative defense, in part",
			defJoinAnd(negative)+" is not an affirmative defense: it denies an element the plaintiff must prove anyway, and adds no issue for trial. "+
				defJoinAnd(affirmative)+", which the defense also pleads, is an affirmative defense the defendant must prove.")
	} else if pd.Negative {
		add(FlagNegative, "Negative defense",
			"Not an affirmative defense: "+defJoinAnd(negative)+" denies an element the plaintiff must prove anyway, so the burden stays on the plaintiff. "+
				"It adds no issue for trial; courts often treat it as a denial or strike it as redundant.")
	}
	if pd.Remedy {
		add(FlagRemedy, "Goes to relief",
			defJoinAnd(remedy)+" limits the relief available, not liability: test it at the remedies stage.")
	}
	if pd.Reservation {
		add(FlagReservation, "Reservation of rights",
			"Reserves nothing: a defense not pleaded can be added only by amending the answer, with leave of court or consent under FRCP 15(a)(2) (and, after the scheduling order's deadline, good cause under FRCP 16(b)(4)).")
	}
	if pd.Rule12 {
		add(FlagRule12, "Rule 12(b) defense",
			defJoinAnd(rule12)+" is a Rule 12(b) defense pleaded in the answer: it must be pressed by motion, and the jurisdiction, venue, process and service defenses are lost if the answer elsewhere concedes them.")
	}
	if pd.Bare {
		add(FlagBare, "Bare conclusion",
			"Pleads no facts, only a conclusion. Many district courts hold affirmative defenses to the Twombly/Iqbal plausibility standard and strike bare ones under FRCP 12(f); others require only fair notice. Check the district's rule; at least, serve a contention interrogatory for the facts.")
	}
	for _, m := range pd.Matches {
		if m.Defense.ID == "fraud" && pd.Bare {
			add(FlagParticularity, "Not pleaded with particularity",
				"Fraud must be pleaded with particularity (FRCP 9(b)): who, what, when, where and how.")
		}
	}
	if len(pd.Target.Missing) > 0 {
		add(FlagMissingTarget, "Targets a claim not pleaded",
			"Aimed at "+defJoinAnd(pd.Target.Missing)+", which the complaint does not plead: a copied defense, or one aimed at an earlier complaint.")
	}
	// Counts a not_for entry excludes get their own flag, with the reason
	// (defLawFlags); this one names the counts outside applies_to.
	outside, limited := defOutside(pd, cl.Counts)
	if len(outside) > 0 && len(pd.Matches) > 0 && len(pd.Counts) > 0 {
		add(FlagExcluded, "Cannot answer every count it targets",
			"Pleaded against "+pd.Target.Text()+", but by the catalogue "+defJoinAnd(defMatchNames(pd.Matches))+" cannot answer "+defCountList(outside, cl.Counts)+" ("+defAppliesText(pd.Matches)+"): against those counts it is legally insufficient.")
	}
	if pd.Matched && !pd.Reservation && len(pd.Counts) == 0 && len(cl.Counts) > 0 && len(pd.Target.Missing) == 0 {
		why := "None of the complaint's counts is a claim " + defJoinAnd(defMatchNames(pd.Matches)) + " can answer (" + defAppliesText(pd.Matches) + ")"
		if limited {
			why += ", or those it reaches are ones it cannot answer for the reasons below"
		}
		add(FlagNoCount, "Answers no count", why+": a candidate for a motion to strike as legally insufficient.")
	}
	defLawFlags(&pd, cl, add)
	return pd
}

// defOutside returns the counts the defense is aimed at but cannot answer
// that no not_for entry of a matched defense names (those have a flag of
// their own with the reason), and whether any count is one a not_for names.
func defOutside(pd PleadedDefense, counts []CountRef) (outside []int, limited bool) {
	byNum := make(map[int]*CountRef, len(counts))
	for i := range counts {
		byNum[counts[i].Number] = &counts[i]
	}
	for _, n := range pd.Excluded {
		named := false
		if ct := byNum[n]; ct != nil {
			for _, m := range pd.Matches {
				for _, c := range ct.claims {
					if m.Defense.Cannot(c) != "" {
						named = true
					}
				}
			}
		}
		if named {
			limited = true
			continue
		}
		outside = append(outside, n)
	}
	return outside, limited
}

// defAnswerable narrows the defense's target to the counts some matched
// catalogue entry can answer; a count with no known claim type is kept.
func defAnswerable(pd PleadedDefense, counts []CountRef) (keep, excluded []int) {
	keep = []int{}
	byNum := make(map[int]*CountRef, len(counts))
	for i := range counts {
		byNum[counts[i].Number] = &counts[i]
	}
	for _, n := range pd.Target.Counts {
		ct := byNum[n]
		if ct == nil {
			continue
		}
		if !pd.Matched || ct.claim == nil || defAnswersAny(pd.Matches, ct) {
			keep = append(keep, n)
			continue
		}
		excluded = append(excluded, n)
	}
	return keep, excluded
}

// defAnswersAny reports whether one of the matched entries can answer the count.
func defAnswersAny(ms []library.DefenseMatch, ct *CountRef) bool {
	for _, m := range ms {
		if m.Defense.Kind == library.KindReservation {
			continue
		}
		for _, c := range ct.claims {
			if m.Defense.Answers(c) {
				return true
			}
		}
	}
	return false
}

func defSummarize(cl *Checklist) ChecklistSummary {
	s := ChecklistSummary{Defenses: len(cl.Defenses)}
	for _, d := range cl.Defenses {
		switch {
		case !d.Matched:
			s.Unmatched++
		case d.Reservation && len(defMatchNames(d.Matches)) == 0:
			s.Reservation++
		case d.Negative:
			s.Negative++
		case d.Kind == library.KindRule12:
			s.Rule12++
		case d.Kind == library.KindRemedy:
			s.Remedy++
		default:
			s.Affirmative++
		}
		if d.Matched {
			s.Matched++
		}
		if d.Bare {
			s.Bare++
		}
		s.Flags += len(d.Flags)
	}
	return s
}

// Defense returns the pleaded defense numbered n, or nil.
func (cl *Checklist) Defense(n int) *PleadedDefense {
	for i := range cl.Defenses {
		if cl.Defenses[i].Number == n {
			return &cl.Defenses[i]
		}
	}
	return nil
}

// With returns the pleaded defenses carrying the flag code ("negative", "bare", ...).
func (cl *Checklist) With(code string) []PleadedDefense {
	out := []PleadedDefense{}
	for _, d := range cl.Defenses {
		for _, f := range d.Flags {
			if f.Code == code {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// OmittedNames returns the names of the FRCP 8(c)(1) defenses not pleaded
// that could answer one of the counts (relevant) or none of them (!relevant).
func (cl *Checklist) OmittedNames(relevant bool) []string {
	out := []string{}
	for _, o := range cl.NotPleaded {
		if (len(o.Counts) > 0) == relevant {
			out = append(out, o.Name)
		}
	}
	return out
}

// CountName returns how the checklist names count n: "Count II — Misappropriation of Trade Secrets".
func (cl *Checklist) CountName(n int) string {
	for _, c := range cl.Counts {
		if c.Number == n {
			return c.Name()
		}
	}
	return "Count " + strconv.Itoa(n)
}

// CountsText names a list of counts: "Counts II–V, VII and VIII", "all counts", "no count".
func (cl *Checklist) CountsText(ns []int) string {
	if len(ns) == 0 {
		return "no count"
	}
	if len(ns) == len(cl.Counts) && len(ns) > 1 {
		return "all counts (" + defRomanRuns(ns) + ")"
	}
	return defCountList(ns, cl.Counts)
}

func defMatchNames(ms []library.DefenseMatch) []string {
	var out []string
	for _, m := range ms {
		if m.Defense.Kind != library.KindReservation {
			out = append(out, m.Defense.Name)
		}
	}
	return out
}

// defMatchTexts are the catalogue names of the matches and the words that matched.
func defMatchTexts(ms []library.DefenseMatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Defense.Name, m.Matched)
	}
	return out
}

func defAppliesText(ms []library.DefenseMatch) string {
	var parts []string
	for _, m := range ms {
		if m.Defense.Kind == library.KindReservation {
			continue
		}
		parts = append(parts, m.Defense.Name+": "+strings.Join(m.Defense.AppliesTo, ", ")+" claims")
	}
	return strings.Join(parts, "; ")
}

// defJoinAnd joins names as "a", "a and b", "a, b and c".
func defJoinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

func defHasInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

// defOnly reports whether every match is the catalogue entry id.
func defOnly(ms []library.DefenseMatch, id string) bool {
	for _, m := range ms {
		if m.Defense.ID != id {
			return false
		}
	}
	return len(ms) > 0
}

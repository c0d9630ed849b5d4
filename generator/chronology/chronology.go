// Package chronology builds the case's chronology from its pleadings: every
// dated event the complaint, the answer and any counterclaim state, with its
// date as precisely as the text gives it, what happened (the clause, not the
// whole paragraph), who, the source ¶ and page, and the answer's position on
// it. Undated facts are left out, never guessed.
package chronology

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading"
)

// Event is one dated fact of the pleadings.
type Event struct {
	Date      Date     `json:"date"`
	When      string   `json:"when"`      // the date for a reader: "Nov. 2, 2007", "early 2007", "no later than 2012"
	Sort      string   `json:"sort"`      // the ISO date as precisely as known: 2007-11-02, 2007-11, 2007
	Precision string   `json:"precision"` // day, month, part, year
	What      string   `json:"what"`      // the clause that holds the date
	Who       []string `json:"who,omitempty"`
	Source    string   `json:"source"` // "Compl.", "Ans.", "Countercl."
	Paragraph int      `json:"paragraph,omitempty"`
	Page      int      `json:"page,omitempty"`
	Line      int      `json:"line"`
	// Position is the answer's position on a complaint event: admitted,
	// admitted in part, denied, no knowledge, not answered; "asserted by the
	// answer" for an event only the answer states.
	Position string `json:"position"`
	Conflict string `json:"conflict,omitempty"` // the answer's other date, when it disputes the complaint's
	Relative string `json:"relative,omitempty"` // "two weeks later", resolved from the date before it

	paragraphDates []Date // every date of the paragraph the event comes from
}

// Cite formats the event's source as a pin cite: "Compl. ¶48, p. 12".
func (e Event) Cite() string {
	s := e.Source
	if e.Paragraph > 0 {
		s += " ¶" + strconv.Itoa(e.Paragraph)
	}
	if e.Page > 0 {
		s += ", p. " + strconv.Itoa(e.Page)
	}
	return s
}

// Chronology is the dated events of a case, in date order.
type Chronology struct {
	Events    []Event `json:"events"`
	Conflicts int     `json:"conflicts"` // events whose date the answer disputes
}

// Build reads the dated events of the complaint and the answer (nil when not yet filed).
func Build(complaint, answer *pleading.Document) Chronology {
	x := entity.NewIndex(complaint, answer)
	var ch Chronology
	dates := map[int][]span{} // the dates of each complaint paragraph, read once
	answers := answersByParagraph(answer)
	if complaint != nil {
		for _, p := range complaint.Paragraphs {
			evs := events(p.Text, x)
			for _, ev := range evs {
				dates[p.Number] = append(dates[p.Number], span{Date: ev.Date})
			}
			for _, ev := range evs {
				ev.Source, ev.Paragraph, ev.Page, ev.Line = "Compl.", p.Number, p.Page, p.Line
				ev.Position, ev.Conflict = position(ev, answers[p.Number], answer)
				ch.Events = append(ch.Events, ev)
			}
		}
		if d, ok := filed(complaint); ok {
			ch.Events = append(ch.Events, Event{Date: d, What: titleOr(complaint.Title, "Complaint") + " dated", Source: "Compl.", Line: lineOf(complaint), Position: "—"})
		}
	}
	if answer != nil {
		for _, r := range answer.Responses {
			for _, ev := range events(r.Text, x) {
				if repeats(ev, r.Answers, dates) {
					continue // the answer only restates the complaint's date
				}
				ev.What = entity.LeadIn(ev.What)
				if nearComplaint(ev, ch.Events) {
					continue // the answer admits the complaint's own event in other words
				}
				ev.Source, ev.Paragraph, ev.Page, ev.Line = "Ans.", r.Paragraph, r.Page, r.Line
				ev.Position = "asserted by the answer"
				ch.Events = append(ch.Events, ev)
			}
		}
		for _, d := range answer.Defenses {
			for _, ev := range events(d.Text, x) {
				ev.What = entity.LeadIn(ev.What)
				ev.Source, ev.Line = "Ans., "+defenseName(d), d.Line
				ev.Position = "asserted by the answer"
				ch.Events = append(ch.Events, ev)
			}
		}
		for _, p := range answer.Counterclaims {
			for _, ev := range events(p.Text, x) {
				ev.Source, ev.Paragraph, ev.Page, ev.Line = "Countercl.", p.Number, p.Page, p.Line
				ev.Position = "asserted by the answer"
				ch.Events = append(ch.Events, ev)
			}
		}
		if d, ok := filed(answer); ok {
			ch.Events = append(ch.Events, Event{Date: d, What: titleOr(answer.Title, "Answer") + " dated", Source: "Ans.", Line: lineOf(answer), Position: "—"})
		}
	}
	ch.Events = dedupe(ch.Events)
	for i := range ch.Events {
		e := &ch.Events[i]
		e.When, e.Sort, e.Precision = e.Date.String(), e.Date.ISO(), string(e.Date.Precision)
		if e.Conflict != "" {
			ch.Conflicts++
		}
	}
	sort.SliceStable(ch.Events, func(i, j int) bool {
		a, b := ch.Events[i].Date, ch.Events[j].Date
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.End.Before(b.End) // "early 2007" before "2007"
	})
	return ch
}

// events returns the dated events of one paragraph's text.
func events(text string, x *entity.Index) []Event {
	text = strings.Join(strings.Fields(text), " ")
	spans := findDates(text)
	var out []Event
	var last *span
	for i := range spans {
		s := spans[i]
		if s.From > 0 && quoted(text, s.From) {
			continue // a date inside a quotation is the quoted document's, not an event
		}
		if citation(text, s.From, s.To) {
			continue // "(Sept. 14, 1989)" after a reporter, "(11th Cir. 1984)": when a source was published
		}
		a, b := entity.Sentence(text, s.From)
		what := entity.Clause(text, a, b, s.From)
		ev := Event{Date: s.Date, What: strings.TrimRight(what, "."), Who: who(what, x), paragraphDates: distinct(spans)}
		out = append(out, ev)
		last = &spans[i]
	}
	// Relative dates anchored on a day-precise date earlier in the paragraph.
	for _, m := range relatives(text) {
		anchor := anchorBefore(spans, m[0])
		if anchor == nil || anchor.Precision != Day {
			continue
		}
		n := number(text[m[2]:m[3]])
		unit := strings.TrimSuffix(strings.ToLower(text[m[4]:m[5]]), "s")
		if n <= 0 {
			continue
		}
		sign := 1
		if strings.EqualFold(text[m[6]:m[7]], "earlier") || strings.EqualFold(text[m[6]:m[7]], "before") {
			sign = -1
		}
		t := anchor.Start
		switch unit {
		case "day":
			t = t.AddDate(0, 0, sign*n)
		case "week":
			t = t.AddDate(0, 0, sign*7*n)
		case "month":
			t = t.AddDate(0, sign*n, 0)
		case "year":
			t = t.AddDate(sign*n, 0, 0)
		default:
			continue
		}
		a, b := entity.Sentence(text, m[0])
		what := entity.Clause(text, a, b, m[0])
		d := Date{Start: t, End: t, Precision: Day, Text: text[m[0]:m[1]]}
		out = append(out, Event{Date: d, What: what, Who: who(what, x), Relative: text[m[0]:m[1]] + " (from " + anchor.Date.String() + ")"})
	}
	_ = last
	return out
}

// distinct returns the different dates among spans.
func distinct(spans []span) []Date {
	var out []Date
	for _, s := range spans {
		dup := false
		for _, d := range out {
			if d.Start.Equal(s.Start) && d.End.Equal(s.End) {
				dup = true
			}
		}
		if !dup {
			out = append(out, s.Date)
		}
	}
	return out
}

// finer reports whether a is a more precise date than b (b only a year, a a day).
func finer(a, b Date) bool { return a.End.Sub(a.Start) < b.End.Sub(b.Start) }

// relativeRE is a date given relative to the one before: "two weeks later", "3 days after".
var relativeRE = regexp.MustCompile(`(?i)\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(days?|weeks?|months?|years?)\s+(later|after|afterwards|earlier|before)\b`)

// relatives returns the relative dates of text, asking the regexp only of a
// text that names a unit of time.
func relatives(text string) [][]int {
	l := strings.ToLower(text)
	if !strings.Contains(l, " day") && !strings.Contains(l, " week") && !strings.Contains(l, " month") && !strings.Contains(l, " year") {
		return nil
	}
	if !strings.Contains(l, "later") && !strings.Contains(l, "after") && !strings.Contains(l, "earlier") && !strings.Contains(l, "before") {
		return nil
	}
	return relativeRE.FindAllStringSubmatchIndex(text, -1)
}

// anchorBefore returns the last date that ends before offset i, or nil.
func anchorBefore(spans []span, i int) *span {
	var best *span
	for k := range spans {
		if spans[k].To <= i {
			best = &spans[k]
		}
	}
	return best
}

// number reads a small number in digits or words.
func number(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}[strings.ToLower(s)]
}

// quoted reports whether offset i lies inside a quotation of text (an odd
// number of quote marks before it in its sentence).
func quoted(text string, i int) bool {
	a, _ := entity.Sentence(text, i)
	seg := text[a:i]
	open := strings.Count(seg, "“") - strings.Count(seg, "”")
	straight := strings.Count(seg, `"`)
	return open > 0 || straight%2 == 1
}

// citation reports whether the date at text[a:b] dates a cited source: a
// parenthetical holding little but the date ("(Feb. 22, 2002)", "(11th Cir.
// 1984)", "(S.D.N.Y. 2001)"), or a statute's enactment ("Dec. 21, 2000, 114 Stat.").
func citation(text string, a, b int) bool {
	open := strings.LastIndexByte(text[:a], '(')
	if open >= 0 && !strings.ContainsAny(text[open:a], ")") {
		if close := strings.IndexByte(text[b:], ')'); close >= 0 {
			inner := text[open+1:a] + text[b:b+close]
			if len(strings.Fields(inner)) <= 4 {
				return true
			}
		}
	}
	return statRE.MatchString(text[b:min(len(text), b+16)])
}

var statRE = regexp.MustCompile(`^,?\s*\d+\s+Stat\b`)

// who returns the parties and people a clause names.
func who(clause string, x *entity.Index) []string {
	names := x.Named(clause)
	for _, m := range entity.Persons(clause) {
		dup := false
		for _, n := range names {
			if strings.Contains(n, m.Name) || strings.Contains(m.Name, n) {
				dup = true
			}
		}
		if !dup {
			names = append(names, m.Name)
		}
	}
	return names
}

// answersByParagraph returns the answer's responses (but incorporations)
// to each complaint paragraph, in the answer's order: one pass over the
// answer, where looking the responses up for each event anew took time
// growing with the square of the case (hours at 100,000 paragraphs).
func answersByParagraph(answer *pleading.Document) map[int][]pleading.Response {
	out := map[int][]pleading.Response{}
	if answer == nil {
		return out
	}
	for _, r := range answer.Responses {
		if r.Class == pleading.ClassIncorporated {
			continue
		}
		for _, a := range r.Answers {
			out[a] = append(out[a], r)
		}
	}
	return out
}

// position returns the answer's position on a complaint event, given the
// responses rs to its paragraph, and the answer's different date when it
// disputes the complaint's.
func position(ev Event, rs []pleading.Response, answer *pleading.Document) (string, string) {
	if answer == nil {
		return "awaiting answer", ""
	}
	if len(rs) == 0 {
		if answer.GeneralDenial != "" {
			return "denied (general denial)", ""
		}
		return "not answered", ""
	}
	r := rs[0]
	pos := map[pleading.Class]string{
		pleading.ClassAdmitted:           "admitted",
		pleading.ClassDenied:             "denied",
		pleading.ClassPartlyAdmitted:     "admitted in part",
		pleading.ClassNoKnowledge:        "no knowledge",
		pleading.ClassNoResponseRequired: "no response",
	}[r.Class]
	if pos == "" {
		pos = string(r.Class)
	}
	if r.Class == pleading.ClassPartlyAdmitted {
		for _, adm := range r.Admitted {
			if admitsDate(adm, ev.Date) {
				pos = "admitted"
			}
		}
	}
	conflict := ""
	if r.Class != pleading.ClassAdmitted && pos != "admitted" && len(ev.paragraphDates) == 1 {
		// Only a paragraph that states one date can be contradicted by the
		// answer's other date; with several, the answer may be giving one of them.
		var other []string
		found := false
		for _, s := range findDates(strings.Join(strings.Fields(r.Text), " ")) {
			if overlaps(s.Date, ev.Date) || s.Date.Qualifier != "" || finer(ev.Date, s.Date) {
				found = found || overlaps(s.Date, ev.Date)
				continue
			}
			other = append(other, s.Date.String())
		}
		if !found && len(other) > 0 {
			conflict = "Answer ¶" + strconv.Itoa(r.Paragraph) + " gives " + strings.Join(other, ", ")
		}
	}
	return pos, conflict
}

// admitsDate reports whether an admitted statement holds the date.
func admitsDate(stmt string, d Date) bool {
	for _, s := range findDates(strings.Join(strings.Fields(stmt), " ")) {
		if overlaps(s.Date, d) {
			return true
		}
	}
	return false
}

// overlaps reports whether two dates can mean the same time.
func overlaps(a, b Date) bool { return !a.End.Before(b.Start) && !b.End.Before(a.Start) }

// repeats reports whether a date of a response also stands in the complaint paragraphs it answers.
func repeats(ev Event, answers []int, dates map[int][]span) bool {
	for _, n := range answers {
		for _, s := range dates[n] {
			if overlaps(s.Date, ev.Date) && (s.Date.Precision == ev.Date.Precision || ev.Date.Precision != Day) {
				return true
			}
		}
	}
	return false
}

// dedupe drops an event the answer states again in another paragraph in the same words.
func dedupe(evs []Event) []Event {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		k := e.Date.ISO() + "|" + strings.ToLower(e.What)
		if e.Source != "Compl." && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// nearComplaint reports whether a complaint event has the answer event's date
// and most of its words: "the parties entered into ... in 2006" restating ¶25.
func nearComplaint(ev Event, complaintEvents []Event) bool {
	words := wordSet(ev.What)
	for _, c := range complaintEvents {
		if c.Source != "Compl." || !overlaps(c.Date, ev.Date) {
			continue
		}
		cw := wordSet(c.What)
		shared := 0
		for w := range words {
			if cw[w] {
				shared++
			}
		}
		if len(words) > 0 && float64(shared) >= 0.6*float64(min(len(words), len(cw))) {
			return true
		}
	}
	return false
}

// wordSet returns the lower-case words of s longer than three letters.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') }) {
		if len(w) > 3 {
			m[w] = true
		}
	}
	return m
}

// filed returns the date a pleading is signed or dated.
func filed(doc *pleading.Document) (Date, bool) {
	if doc.Date == "" {
		return Date{}, false
	}
	t, err := time.Parse("2006-01-02", doc.Date)
	if err != nil {
		return Date{}, false
	}
	return Date{Start: t, End: t, Precision: Day, Text: doc.DateText}, true
}

func titleOr(title, fallback string) string {
	t := strings.Join(strings.Fields(title), " ")
	if t == "" || len(t) > 80 {
		return fallback
	}
	if strings.ToUpper(t) == t { // "SECOND AMENDED COMPLAINT" → "Second Amended Complaint"
		w := strings.Fields(strings.ToLower(t))
		for i, x := range w {
			if abbrevWords[strings.Trim(x, ".,'’s")] {
				w[i] = strings.ToUpper(x)
				continue
			}
			if i == 0 || !smallWords[x] {
				w[i] = strings.ToUpper(x[:1]) + x[1:]
			}
		}
		t = strings.Join(w, " ")
	}
	return t
}

var abbrevWords = map[string]bool{"llc": true, "inc": true, "lp": true, "llp": true, "usa": true, "us": true, "pc": true, "pllc": true, "ltd": true, "plc": true}

var smallWords = map[string]bool{"of": true, "and": true, "to": true, "the": true, "for": true, "a": true, "an": true, "in": true, "on": true}

// lineOf returns the line of a pleading's date, or 0.
func lineOf(doc *pleading.Document) int { return 0 }

// defenseName names a defense: "Fifth Affirmative Defense".
func defenseName(d pleading.Defense) string {
	if d.Ordinal != "" {
		return d.Ordinal + " Defense"
	}
	return "Defense " + strconv.Itoa(d.Number)
}

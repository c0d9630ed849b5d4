package pleading

import (
	"regexp"
	"strings"
)

// finish fills what depends on the whole document.
func (p *parser) finish() {
	d := p.doc
	for i := range d.Paragraphs {
		para := &d.Paragraphs[i]
		para.Text = strings.TrimSpace(para.Text)
		para.Incorporates = incorporation(para.Text, para.Number)
	}
	for i := range d.Counterclaims {
		d.Counterclaims[i].Text = strings.TrimSpace(d.Counterclaims[i].Text)
	}
	for i := range d.Counts {
		c := &d.Counts[i]
		c.Title = strings.TrimSpace(c.Title)
		if isParenthetical(c.Title) {
			// "(Defendants' Issuance Of The Review Was Arbitrary ...)" over two lines.
			c.Title = strings.TrimSpace(c.Title[1 : len(c.Title)-1])
		}
		if c.First > 0 {
			if para := d.Paragraph(c.First); para != nil && para.Incorporates != nil {
				c.Incorporates = para.Incorporates
			}
		} else {
			p.warn(c.Line, "%s has no numbered paragraphs", c.Label)
		}
	}
	if p.prayerLead != "" && len(d.Prayer) == p.leadAt {
		d.Prayer = append(d.Prayer, PrayerItem{Number: "", Text: strings.TrimSpace(p.prayerLead), Line: p.prayerLeadLine})
	}
	for i := range d.Prayer {
		d.Prayer[i].Text = strings.TrimSpace(d.Prayer[i].Text)
	}
	d.Relief = reliefSought(d.Prayer)
	for i := range d.Defenses {
		d.Defenses[i].Text = strings.TrimSpace(d.Defenses[i].Text)
		d.Defenses[i].Title = strings.TrimSpace(d.Defenses[i].Title)
		if d.Defenses[i].Title == "" {
			// "1. Qualified Immunity. Roe is entitled to ...": a run-in title.
			d.Defenses[i].Title, d.Defenses[i].Text = runInTitle(d.Defenses[i].Text)
		}
	}
	p.findDateJuryCounsel()
	if d.Kind == KindOther {
		d.Kind = guessKind(d)
	}
	if d.Kind == KindAnswer {
		// An answer's paragraphs become its responses, which cite nothing.
		p.buildResponses()
	} else {
		for i := range d.Paragraphs {
			para := &d.Paragraphs[i]
			para.Statutes = statutes(para.Text)
			para.Exhibits = exhibits(para.Text)
		}
		if len(d.Counts) == 0 {
			p.impliedCount()
		}
	}
	p.checkSequence()
}

// runInTitle splits a short title-case lead ("Qualified Immunity." or
// "Failure to Mitigate:") from the text that follows it.
func runInTitle(text string) (title, rest string) {
	i := strings.IndexAny(text, ".:")
	if i <= 0 || i+1 >= len(text) || text[i+1] != ' ' {
		return "", text
	}
	lead := text[:i]
	if n := fieldCount(lead); n == 0 || n > 6 || !titleLine(lead) || !startsUpper(lead) || abbreviation(lead) {
		return "", text
	}
	return lead, strings.TrimSpace(text[i+1:])
}

// checkSequence warns about paragraphs out of order.
func (p *parser) checkSequence() {
	// Skips and duplicates are reported as they are read; nothing else to do
	// for a well-formed sequence. A document with a single paragraph is suspicious.
	if len(p.doc.Paragraphs) == 1 && p.doc.Kind == KindComplaint {
		p.warn(p.doc.Paragraphs[0].Line, "only one numbered paragraph found")
	}
}

// reliefKinds name the kinds of relief a prayer asks for; words are the
// lower-case words a text must hold before re is asked.
var reliefKinds = []struct {
	re    *regexp.Regexp
	words []string
	name  string
}{
	{regexp.MustCompile(`(?i)\bpunitive|exemplary`), []string{"punitive", "exemplary"}, "punitive damages"},
	{regexp.MustCompile(`(?i)\b(?:actual|compensatory|statutory|back pay|damages|disgorge|restitution|make whole)`), []string{"actual", "compensatory", "statutory", "back pay", "damages", "disgorge", "restitution", "make whole"}, "damages"},
	{regexp.MustCompile(`(?i)\benjoin|injunct`), []string{"enjoin", "injunct"}, "injunction"},
	{regexp.MustCompile(`(?i)\bdeclar(?:e|ing|atory)`), []string{"declar"}, "declaratory relief"},
	{regexp.MustCompile(`(?i)\binterest\b`), []string{"interest"}, "interest"},
	{regexp.MustCompile(`(?i)attorneys?['’]? fees|costs`), []string{" fees", "costs"}, "costs and fees"},
	{regexp.MustCompile(`(?i)\bdismiss`), []string{"dismiss"}, "dismissal"},
}

// reliefSought names the kinds of relief a prayer asks for.
func reliefSought(items []PrayerItem) string {
	lows := make([]string, len(items))
	for i, it := range items {
		lows[i] = strings.ToLower(it.Text)
	}
	var out []string
	for _, k := range reliefKinds {
		for i, it := range items {
			if containsAnyFold(lows[i], k.words...) && k.re.MatchString(it.Text) {
				out = append(out, k.name)
				break
			}
		}
	}
	return strings.Join(out, ", ")
}

package pleading

import "strings"

// looksLikeDefenseHeading reports whether t names an affirmative defense by ordinal.
func (p *parser) looksLikeDefenseHeading(t string) bool {
	if len(t) > 200 && !runInDefense(t) || !strings.Contains(strings.ToLower(t[:min(len(t), 80)]), "defense") {
		return false
	}
	_, _, ok := defenseHeading(t)
	return ok
}

// runInDefense reports whether a long line opens with a defense heading
// and runs its text in ("First Affirmative Defense (Laches): ...").
func runInDefense(t string) bool {
	head := t[:min(len(t), 80)]
	return containsAnyFold(head, "Defense", "DEFENSE", "defense") && strings.IndexAny(head, ":.") > 0
}

// defenseHeading reads "FIRST AFFIRMATIVE DEFENSE", "Second Affirmative
// Defense - Standing", "AFFIRMATIVE DEFENSE NO. 3: Laches".
func defenseHeading(t string) (ord int, title string, ok bool) {
	ord, title, _, ok = defenseHeadingText(t)
	return ord, title, ok
}

// defenseHeadingText is defenseHeading that also returns the text of a
// defense run into its heading: "First Affirmative Defense (Statute of
// Limitations): Plaintiff's claims are barred ...".
func defenseHeadingText(t string) (ord int, title, text string, ok bool) {
	// Both forms name a defense ("defen": (?i) folds "ſ" to s).
	if len(t) > 2000 || indexFold(t, "defen") < 0 {
		return 0, "", "", false
	}
	head := t
	if fieldCount(t) > 20 {
		// Only a heading with its text run in may be long: cut at the colon, period or dash after the title.
		k := strings.IndexAny(t, ":.")
		if k < 0 || k > 160 {
			return 0, "", "", false
		}
		head, text = t[:k+1], strings.TrimSpace(t[k+1:])
	}
	if m := defenseItemRe.FindStringSubmatch(head); m != nil {
		if n := ordinalValue(ordinalPart(m[1])); n > 0 {
			title, text2 := splitDefenseTitle(m[2], m[3])
			return n, title, joinText(text2, text), true
		}
	}
	if m := defenseNumRe.FindStringSubmatch(head); m != nil {
		n := countNumber(m[1])
		return n, strings.TrimSpace(strings.Trim(m[2], "() ")), text, n > 0
	}
	return 0, "", "", false
}

// splitDefenseTitle reads what follows "FIRST AFFIRMATIVE DEFENSE": a
// parenthesized title, then text after a colon or dash; or, without the
// parentheses, a short title ("- Standing") or a sentence (the text).
func splitDefenseTitle(paren, rest string) (title, text string) {
	paren = strings.TrimSpace(paren)
	rest = strings.TrimSpace(rest)
	if paren != "" {
		return paren, rest
	}
	if terminalPeriod(rest) && fieldCount(rest) > 8 {
		return "", rest
	}
	return strings.TrimSpace(strings.Trim(rest, "() ")), ""
}

// ordinalPart drops the words of a defense heading that are not its ordinal.
func ordinalPart(s string) string {
	var keep []string
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(w) {
		case "affirmative", "separate", "and", "additional":
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// ordinalText returns the ordinal word a defense heading starts with.
func ordinalText(t string) string {
	if m := defenseItemRe.FindStringSubmatch(t); m != nil {
		return strings.ToUpper(ordinalPart(m[1]))
	}
	return ""
}

// addDefense appends a defense.
func (p *parser) addDefense(num int, ordinal, title, text string, line int) {
	p.doc.Defenses = append(p.doc.Defenses, Defense{Number: num, Ordinal: ordinal, Title: title, Text: text, Line: line})
	p.defense = &p.doc.Defenses[len(p.doc.Defenses)-1]
}

// addLooseDefense reads an unnumbered paragraph under a defenses heading
// ("AFFIRMATIVE DEFENSE" over "The Plaintiff failed to exhaust ..."): each
// such paragraph is a defense of its own. A paragraph reserving the right
// to add defenses is the reservation. If ordinal or numbered defenses
// follow, these paragraphs were only their preamble and are dropped
// (dropLooseDefenses).
func (p *parser) addLooseDefense(i int, t string) {
	if len(p.loose) < 20000 {
		p.loose = joinText(p.loose, t)
	}
	if reservesRe.MatchString(t) {
		p.defense = nil
		p.to = toReservation
		p.doc.ReservationLine = p.lines[i].num
		p.doc.Reservation = t
		return
	}
	if p.looseFrom < 0 {
		p.looseFrom = len(p.doc.Defenses)
	}
	p.addDefense(len(p.doc.Defenses)+1, "", "", t, p.lines[i].num)
	p.to = toDefense
}

// newLooseParagraph reports whether t starts a new unnumbered paragraph
// after the open one: the open one ended a sentence, and a blank line
// came between, or its last line was short.
func (p *parser) newLooseParagraph(t string) bool {
	if !terminal(p.prevText) || !startsUpper(t) {
		return false
	}
	return p.gap || len(p.prevText)*3 < p.widest*2
}

// dropLooseDefenses drops the defenses read from unnumbered paragraphs
// when headed or numbered defenses follow them: they were the preamble of
// the defenses ("Defendants state as follows:").
func (p *parser) dropLooseDefenses() {
	if p.looseFrom >= 0 {
		p.doc.Defenses = p.doc.Defenses[:p.looseFrom]
		p.looseFrom = -1
		p.defense = nil
	}
}

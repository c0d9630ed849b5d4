package pleading

import (
	"regexp"
	"strings"
	"unicode"
)

var titleWordRe = regexp.MustCompile(`\b(?:(?:FIRST|SECOND|THIRD)\s+)?(?:AMENDED\s+)?(?:ANSWER|COMPLAINT)\b`)

// titleTail returns the part of a line from a title word in capitals to its
// end, when that part reads as a title; "" otherwise.
func titleTail(t string) string {
	if len(t) > 200 {
		return ""
	}
	loc := titleWordRe.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	tail := strings.TrimSpace(t[loc[0]:])
	if !capsLine(tail) || fieldCount(tail) > 10 || !titleRe.MatchString(tail) {
		return ""
	}
	return tail
}

// andReplacer mends an "AND" OCR split.
var andReplacer = strings.NewReplacer("A.ND", "AND", "A ND", "AND")

// normalizeTitle tidies a title: single spaces, upper case.
func normalizeTitle(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = andReplacer.Replace(s)
	return strings.ToUpper(strings.Trim(s, " .,:"))
}

// isTitle reports whether s names a pleading the way a title does: titleRe,
// or, for a line whose spaces extraction lost ("ANSWEROFDEFENDANTS,TO"),
// the same words read from its letters alone.
func isTitle(s string) bool {
	return titleRe.MatchString(s) || lostSpaces(s) && squeezedTitleRe.MatchString(squeeze(s)) || counterclaimTitle(s)
}

// ccTitleRe matches the words that title counterclaims filed on their own
// or a reply to them: "COUNTERCLAIMS", "DEFENDANT ACME'S COUNTERCLAIM
// AGAINST PLAINTIFF", "PLAINTIFF'S REPLY TO COUNTERCLAIMS" (but not a
// party's role, "Defendant and Counterclaim-Plaintiff").
var ccTitleRe = regexp.MustCompile(`(?i)\bcounter-?claims?(?:\s*[:.]?$|\s+(?:of|against|by|and|for|to|in)\b)`)

// counterclaimTitle reports whether s is a title naming counterclaims: a
// short line in capitals that names them and is no party's role.
func counterclaimTitle(s string) bool {
	return indexFold(s, "counter") >= 0 && capsLine(s) && fieldCount(s) <= 14 && ccTitleRe.MatchString(s) && !roleRe.MatchString(s)
}

// lostSpaces reports whether a title line lost the spaces around the word
// naming the pleading: "ANSWEROFDEFENDANTS", "ACTIONCOMPLAINT" (but not
// "ANSWERING" or "COMPLAINTS").
func lostSpaces(s string) bool {
	up := strings.ToUpper(s)
	for _, w := range [...]string{"ANSWER", "COMPLAINT"} {
		for i := 0; ; {
			k := strings.Index(up[i:], w)
			if k < 0 {
				break
			}
			k += i
			before := k > 0 && isLetter(up[k-1])
			after := up[k+len(w):]
			glued := len(after) > 0 && isLetter(after[0]) && !strings.HasPrefix(after, "ING") && !strings.HasPrefix(after, "ED") && !(strings.HasPrefix(after, "S") && (len(after) == 1 || !isLetter(after[1])))
			if before || glued {
				return true
			}
			i = k + len(w)
		}
	}
	return false
}

// squeezedTitleRe is titleRe over a line's letters alone, upper-cased.
var squeezedTitleRe = regexp.MustCompile(`^(?:(?:DEFENDANTS?|PLAINTIFFS?|(?:PLAINTIFFS?)?INTERVENORS?)[A-Z]*?)?(?:FIRST|SECOND|THIRD|FOURTH|FIFTH)?(?:AMENDED)?(?:VERIFIED)?(?:CLASSACTION)?(?:COMPLAINT|ANSWER)`)

// endsInConnector reports whether a title line ends with a word that the
// next line goes on from ("ANSWER OF DEFENDANTS ... TO", "... AND").
func endsInConnector(t string) bool {
	t = strings.TrimRight(t, " ,:;")
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToUpper(t[i+1:]) {
	case "TO", "THE", "OF", "AND", "FOR", "IN", "ON", "WITH", "AGAINST", "S", "PLAINTIFFS", "PLAINTIFF", "DEFENDANTS", "DEFENDANT":
		return true
	}
	return false
}

// titleKind decides a document's kind from its title: a title naming an
// answer (or a reply to counterclaims) is an answer even when it also
// names the complaint it answers; counterclaims are a complaint.
func titleKind(title string) Kind {
	up := squeeze(title)
	switch {
	case strings.Contains(up, "ANSWER"), strings.Contains(up, "REPLY") && strings.Contains(up, "COUNTERCLAIM"):
		return KindAnswer
	case strings.Contains(up, "COMPLAINT"), strings.Contains(up, "COUNTERCLAIM"):
		// Counterclaims filed on their own are a complaint in all but name.
		return KindComplaint
	}
	return KindOther
}

package prose

import "strings"

// LastWord returns the last word of s in lower case.
func LastWord(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '(' })
	return strings.ToLower(s[i+1:])
}

// HasAdmit reports whether ws (lower-case words) admit something.
func HasAdmit(ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(w, "admit") {
			return true
		}
	}
	return false
}

// HasDeny reports whether ws (lower-case words) deny something.
func HasDeny(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "deny", "denies", "denied", "denial", "denying":
			return true
		}
	}
	return false
}

// lackRe finds the lack-of-knowledge clause of a response.
var lackRe = Guard(`(?i)lacks? (of )?(sufficient )?knowledge|without (sufficient )?knowledge|insufficient (knowledge|information)|denies for lack|not have (sufficient )?(knowledge|information)`, "knowledge", "information", "lack")

// PleadsLack reports whether s pleads lack of knowledge or information (FRCP 8(b)(5)).
func PleadsLack(s string) bool { return lackRe.MatchString(s) }

// LackClauses returns the sentences of a response that plead lack of knowledge.
func LackClauses(text string) []string {
	var out []string
	for _, s := range Sentences(PlainText(text)) {
		if lackRe.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// DenialSentences returns the sentences of a response that deny in words,
// not for lack of knowledge.
func DenialSentences(text string) []string {
	var out []string
	for _, s := range Sentences(PlainText(text)) {
		if HasDeny(Words(s)) && !lackRe.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// ExplicitDenial reports whether text denies something other than for lack
// of knowledge (a Rule 8(b)(5) clause ends "and therefore denies").
func ExplicitDenial(text string) bool {
	for _, s := range Sentences(PlainText(text)) {
		if HasDeny(Words(s)) && !lackRe.MatchString(s) {
			return true
		}
	}
	return false
}

// Ordinals maps the ordinal words a pleading names sentences by to their
// numbers; "last" is -1.
var Ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1}

var (
	// sentenceRefRe names sentences by ordinal: "the second sentence".
	sentenceRefRe = Guard(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last) sentences?\b`, "sentence")
	// specificRe marks a lack-of-knowledge clause aimed at one subject ("regarding LivePerson's belief").
	specificRe = Guard(`(?i)allegations?\s+(regarding|concerning|about|relating to|as to (what|whether|the)|that)\s|as to what|as to whether|belief (about|as to) (what|whether)`, "allegation", "as to", "belief")
)

// NamesSentence reports whether a clause names sentences by ordinal ("the second sentence").
func NamesSentence(clause string) bool { return sentenceRefRe.MatchString(clause) }

// SpecificSubject returns where the subject a lack-of-knowledge clause aims
// at begins ("... allegations regarding |LivePerson's belief"), or -1 when
// the clause is general.
func SpecificSubject(clause string) int {
	if loc := specificRe.FindStringIndex(clause); loc != nil {
		return loc[1]
	}
	return -1
}

// CoveredSentences returns the sentences of the allegation a lack-of-knowledge
// clause covers: the ones it names by ordinal, none when it aims at a specific
// subject that is not a sentence, all otherwise.
func CoveredSentences(clause string, sents []string) []string {
	if ms := sentenceRefRe.FindAllStringSubmatch(clause, -1); len(ms) > 0 {
		var out []string
		for _, m := range ms {
			i := Ordinals[strings.ToLower(m[1])]
			if i == -1 {
				i = len(sents)
			}
			if i >= 1 && i <= len(sents) {
				out = append(out, sents[i-1])
			}
		}
		return out
	}
	if at := SpecificSubject(clause); at >= 0 {
		// The clause names what it lacks knowledge of: that text is what it covers.
		return []string{clause[at:]}
	}
	return sents
}

package entity

import (
	"regexp"
	"strings"
)

// personRE is a run of two to four capitalized words or initials:
// "PV Kannan", "John Q. Smith", "Mary-Kate O'Neil", "J. R. Ewing".
var personRE = regexp.MustCompile(`\b(?:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|[A-Z]{1,3}\.?|[A-Z]\.(?:[A-Z]\.)?)(?:\s+(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)){1,3}\b`)

// titleRE is an honorific or office before a surname: "Mr. Smith", "Dr. Jane Roe", "Sheriff Dart".
var titleRE = regexp.MustCompile(`\b(Mr|Ms|Mrs|Dr|Prof|Sgt|Lt|Capt|Det|Hon)\.\s+((?:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\s+){0,2}(?:Mc|O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)?)`)

// titles are the literal starts titleRE needs: without one it cannot match.
var titles = []string{"Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Sgt.", "Lt.", "Capt.", "Det.", "Hon."}

// titleMatches is titleRE.FindAllStringSubmatchIndex(text, -1), skipping the
// regexp when text holds no title (most allegations).
func titleMatches(text string) [][]int {
	for _, t := range titles {
		if strings.Contains(text, t) {
			return titleRE.FindAllStringSubmatchIndex(text, -1)
		}
	}
	return nil
}

// roleRE is a role word that, beside a name, marks it as a person: "24/7's founder, PV Kannan".
var roleRE = regexp.MustCompile(`(?i)\b(founder|co-founder|ceo|chief executive officer|president|vice president|officer|director|manager|supervisor|employee|engineer|agent|owner|chairman|chairwoman|secretary|treasurer|principal|partner|consultant|attorney|warden|sheriff|deputy|sergeant|lieutenant|captain|detective|inmate|resident|plaintiff|decedent|nurse|physician|doctor|administrator|commissioner|representative|salesperson|customer|client|worker|coordinator|analyst|executive|chief|head|member)\b`)

// Persons returns the people text names, as mentions with their words; a
// name counts when it is not a place, a court, a company or a document, and
// either starts with a common given name, is written with initials ("PV
// Kannan"), carries a title ("Mr. Smith") or stands beside a role ("the
// founder, PV Kannan").
func Persons(text string) []Mention {
	var out []Mention
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.End && b > m.Start {
				return true
			}
		}
		return false
	}
	for _, m := range titleMatches(text) {
		name := text[m[4]:m[5]]
		if stopName(name) || !strings.Contains(name, " ") && givenNames[strings.ToLower(name)] {
			continue
		}
		out = append(out, Mention{Name: name, Text: text[m[0]:m[1]], Start: m[0], End: m[1], Party: -1})
	}
	for _, m := range personRE.FindAllStringIndex(text, -1) {
		a, b := m[0], m[1]
		name := strings.TrimRight(text[a:b], ".")
		if taken(a, b) || stopName(name) {
			continue
		}
		words := strings.Fields(name)
		first := strings.TrimSuffix(words[0], ".")
		last := words[len(words)-1]
		if len(last) < 2 || isInitial(last) || citationAfter(text, b) || strings.HasPrefix(name, "U.S") {
			continue
		}
		ok := givenNames[strings.ToLower(first)] ||
			(isInitials(first) && len(words) >= 2 && (strings.Contains(words[0], ".") || len(first) <= 2)) ||
			roleNear(text, a, b)
		if !ok {
			continue
		}
		out = append(out, Mention{Name: name, Text: text[a:b], Start: a, End: b, Party: -1})
	}
	sortMentions(out)
	return out
}

// roleNear reports whether a role word stands just before or after text[a:b]:
// "founder, PV Kannan", "John Smith, a manager".
func roleNear(text string, a, b int) bool {
	before := text[max(0, a-40):a]
	after := text[b:min(len(text), b+40)]
	if i := strings.LastIndexAny(before, ".;:"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexAny(after, ".;:"); i >= 0 {
		after = after[:i]
	}
	return roleRE.MatchString(before) && strings.HasSuffix(strings.TrimSpace(before), ",") || roleRE.MatchString(after) && strings.HasPrefix(strings.TrimSpace(after), ",")
}

// citationAfter reports whether a capitalized run ends in a citation's
// abbreviation: "F. Supp. 2d 100", "(M.D. Ala. 1999)", "S. Rep. No. 97".
func citationAfter(text string, b int) bool {
	if b >= len(text) || text[b] != '.' {
		return false
	}
	rest := strings.TrimLeft(text[b+1:min(len(text), b+12)], " ")
	return rest == "" || rest[0] >= '0' && rest[0] <= '9' || rest[0] == ')' || rest[0] == ',' || strings.HasPrefix(rest, "No") || strings.HasPrefix(rest, "2d") || strings.HasPrefix(rest, "3d")
}

// isInitials reports whether w is written as initials: "PV", "J.R.", "J".
func isInitials(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func isInitial(w string) bool { return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' }

// stopName reports whether a capitalized run is something other than a person:
// a place, court, document, company, office or statute.
func stopName(name string) bool {
	for _, w := range strings.Fields(name) {
		if notNameWords[strings.ToLower(strings.Trim(w, ".,'’"))] {
			return true
		}
	}
	return orgWordRE.MatchString(name)
}

func sortMentions(m []Mention) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && m[j].Start < m[j-1].Start; j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}

// notNameWords are words that never stand in a person's name in a pleading.
var notNameWords = setOf(`the a an and or of for in on at to by with from as is are was were be this that these those
act agreement contract exhibit section paragraph count claim complaint answer court district circuit state states
united america american york new north south east west northern southern eastern western central middle county city
avenue street road drive suite floor building plaza park center centre boulevard lane highway
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday plaintiff plaintiffs defendant defendants amendment constitution code rule rules
federal civil procedure evidence law laws title chapter article department office agency commission board bureau
services service program policy patent trademark copyright registration website platform software technology
chat data report press release blog post white paper email letter notice order judgment motion affirmative defense
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth jury trial demand relief prayer
wherefore dated respectfully submitted attorney attorneys counsel esq esquire certificate inc llc corp company
group holdings partners school university college hospital church prison jail facility correction corrections
sheriff sheriff's police officer deputy warden secretary commissioner governor president director chief judge
justice honorable hon voting rights clean air epa environmental protection agency parish louisiana alabama
mississippi arizona arkansas illinois pennsylvania massachusetts fahrenheit celsius master marketing referral
co-marketing whereas further therefore however moreover additionally thus because although upon pursuant
id ibid supra see also cf e.g i.e customer customers assist smart predictive intelligent engagement
unit wing block pod cell tier division floor ward room hole yard house senate rep supp
ala la miss cal tex fla ga ark ariz colo conn del ill ind kan ky md mich minn mo mont neb nev okla ore tenn va vt wash wis wyo dep't dep’t conference council committee coalition union league party
civ crim app he she his her him they them their we our you organization institute detainees`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// givenNames are common given names, enough to tell "John Smith" from "Smart Chat".
var givenNames = setOf(`aaron adam adrian alan albert alex alexander alice alicia allen amanda amber amy andrea andrew
angela anna anne anthony antonio arthur ashley barbara benjamin betty beverly bill billy bobby bonnie brandon brenda
brian bruce bryan carl carla carlos carol carolyn catherine charles charlotte cheryl chris christian christina
christine christopher cindy craig crystal cynthia daniel danielle david deborah debra dennis derek diana diane donald
donna doris dorothy douglas dylan earl edward elizabeth emily emma eric erica ethan eugene evelyn frances frank
gary george gerald gloria grace gregory hannah harold harry heather helen henry howard jack jacob jacqueline james
jamie jane janet janice jason jean jeffrey jennifer jeremy jerry jesse jessica joan joe john johnny jonathan jordan
jose joseph joshua joyce juan judith judy julia julie justin karen katherine kathleen kathryn keith kelly kenneth
kevin kimberly kyle larry laura lauren lawrence linda lisa lori louis luis margaret maria marie marilyn mark martha
martin mary matthew megan melissa michael michelle mildred nancy natalie nathan nicholas nicole noah olivia pamela
patricia patrick paul peter philip phillip rachel ralph randy raymond rebecca richard rick robert roger ronald rose
roy russell ruth ryan samantha samuel sandra sara sarah scott sean sharon shirley stephanie stephen steven susan
teresa terry theresa thomas timothy tina todd tom tony tyler victoria vincent virginia walter wayne william willie
zachary evan marcus tyrone darnell latoya keisha jamal deshawn maurice reginald cedric terrance tammy wendy tracy
stacy rhonda vanessa veronica monica sylvia gail ellen joanne jill kristen kristin erin kim lee leslie dana
miguel jorge ricardo fernando eduardo manuel pedro rafael javier sergio alejandro francisco roberto raul hector
priya raj rahul anil sunil vijay amit ravi sanjay deepak ahmed mohammed muhammad ali omar hassan fatima yusuf
wei li chen ming hui jun hiroshi yuki kenji akira`)

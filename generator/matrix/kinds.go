package matrix

import (
	"regexp"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
)

// Kinds of paragraph that plead no element or weigh less.

// summary reports whether a paragraph sits in a section that summarizes the
// case (an introduction, the nature of the action) rather than pleading facts.
func (b *matrixBuilder) summary(n int) bool { return b.kind[n]&paraSummary != 0 }

// jurisdictional reports whether a paragraph pleads jurisdiction or venue,
// which supports no element of a claim.
func (b *matrixBuilder) jurisdictional(n int) bool { return b.kind[n]&paraForum != 0 }

// consequence reports whether a paragraph opens on the result of the
// conduct ("As a direct and proximate result of ...", "As a result, ...").
func (b *matrixBuilder) consequence(n int) bool { return b.kind[n]&paraResult != 0 }

// recital reports whether a paragraph recites the law ("Section 303 of the
// Clean Air Act ... provides:", "Congress enacted ..."): it pleads no fact,
// so it supports no element.
func (b *matrixBuilder) recital(n int) bool { return b.kind[n]&paraLaw != 0 }

// administrative reports whether a paragraph pleads the procedural
// prerequisites of suit ("More than thirty days prior to the institution of
// this lawsuit, Calhoon filed a charge ... All conditions precedent ... have
// been fulfilled"): it pleads exhaustion, not the merits, so it supports only
// an element about the charge or the prerequisites (see adminElement).
func (b *matrixBuilder) administrative(n int) bool { return b.kind[n]&paraAdmin != 0 }

// mentionsSuit reports whether text holds "sue" or "suit" in a usual
// case, which adminRe needs: the test spares most paragraphs the regexp.
func mentionsSuit(text string) bool {
	for _, w := range []string{"sue", "suit", "Sue", "Suit", "SUE", "SUIT"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// adminElement reports whether an element is about the procedural
// prerequisites of suit: a timely charge, a right-to-sue notice, exhaustion.
func adminElement(statement, id string) bool {
	return adminElementRe.MatchString(statement) || adminElementRe.MatchString(id)
}

// Kinds of paragraph that weigh less or not at all.
const (
	paraSummary = 1 << iota
	paraForum
	paraLaw
	paraResult
	paraAdmin
)

// paraKind classifies a paragraph by its section, heading and text; heads
// caches what a section or heading says (many paragraphs share one).
func paraKind(p *pleading.Paragraph, heads map[string]int) int {
	hk := headKind(p.Section, heads) | headKind(p.Heading, heads)
	k := 0
	if hk&paraSummary != 0 {
		k |= paraSummary
	}
	if hk&paraForum != 0 {
		// Under "Jurisdiction and Venue": a paragraph pleading the forum
		// supports no element; any other there is a summary of the case.
		if forumRe.MatchString(p.Text) {
			k |= paraForum
		} else {
			k |= paraSummary
		}
	}
	if hk&paraLaw != 0 || recites(p) {
		k |= paraLaw
	}
	if resultRe.MatchString(p.Text) {
		k |= paraResult
	}
	if mentionsSuit(p.Text) && adminRe.MatchString(p.Text) {
		k |= paraAdmin
	}
	return k
}

// headKind returns the kinds a section or heading gives its paragraphs:
// paraSummary, paraForum (under "Jurisdiction and Venue"), paraLaw.
func headKind(h string, cache map[string]int) int {
	if h == "" {
		return 0
	}
	if k, ok := cache[h]; ok {
		return k
	}
	k := 0
	if summaryRe.MatchString(h) {
		k |= paraSummary
	}
	if forumRe.MatchString(h) {
		k |= paraForum
	}
	if lawSectionRe.MatchString(h) {
		k |= paraLaw
	}
	cache[h] = k
	return k
}

// recites reports whether a paragraph that cites a statute opens by reciting
// the law: its subject is the statute, a section of it or Congress, and its
// next words say what the law provides, requires or defines.
func recites(p *pleading.Paragraph) bool {
	if len(p.Statutes) == 0 {
		return false
	}
	text := strings.TrimSpace(p.Text)
	loc := lawSubjectRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	head := text[loc[1]:]
	if len(head) > 200 {
		head = head[:200]
	}
	return strings.HasPrefix(text, "Congress") || lawVerbRe.MatchString(head)
}

var (
	summaryRe = regexp.MustCompile(`(?i)introduction|nature of (the )?(action|case|claims?)|preliminary statement|summary of`)
	forumRe   = regexp.MustCompile(`(?i)\b(jurisdiction|venue)\b`)
	// lawSectionRe is a section that sets out the law, not the facts.
	lawSectionRe = regexp.MustCompile(`(?i)\b(legal|statutory|regulatory) (background|framework|standards?)\b|^applicable law$`)
	// adminRe is a paragraph pleading the prerequisites of suit.
	// ("conditions precedent to bringing this action" alone is a contract
	// plaintiff's plea of its performance, FRCP 9(c), and stays.)
	adminRe = regexp.MustCompile(`(?i)\bright[- ]to[- ]sue\b|\b(?:prior to|before) the (?:institution|filing|commencement) of this (?:law)?suit\b`)
	// adminElementRe is an element about those prerequisites.
	adminElementRe = regexp.MustCompile(`(?i)charge|exhaust|right[- ]to[- ]sue|condition|prerequisite|notice`)
	// resultRe opens a paragraph on the result of the conduct.
	resultRe = regexp.MustCompile(`^\s*(?:As|As a|As the) (?:(?:direct|proximate|natural|foreseeable|further)(?:,? and |,? or |, | ))*(?:result|consequence)s?\b`)
	// lawSubjectRe is a paragraph opening on the law as its subject.
	lawSubjectRe = regexp.MustCompile(`^(?:(?:Under|Pursuant to|In)\s+)?(?:Sections?\s+\d|§|Title\s+[IVX]+\b|Congress\b|(?:The\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*\s+Act\b|\d+\s+U\.\s?S\.\s?C\.)`)
	// lawVerbRe is what a statute does in a recital of it.
	lawVerbRe = regexp.MustCompile(`\b(?:provides?|stat(?:es|ing)|defines?|declares?|prohibits?|requires?|makes it unlawful|authorizes?|mandates?|enacted|imposes?)\b`)
)

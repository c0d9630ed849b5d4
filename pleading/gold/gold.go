// Package gold reads hand-labelled readings of a complaint and its answer
// (gold.json) and scores the parser's reading of the same pleadings
// against them.
package gold

import (
	"encoding/json"
	"fmt"
	"os"
)

// File is the name of the gold file in a case folder.
const File = "gold.json"

// Gold is a hand-read complaint and answer pair.
type Gold struct {
	Case      string    `json:"case"`
	Complaint Complaint `json:"complaint"`
	Answer    Answer    `json:"answer"`
}

// Complaint is what a careful reader finds in the complaint.
type Complaint struct {
	// HighestParagraph is N of the body's numbered paragraphs 1..N.
	HighestParagraph int `json:"highest_paragraph"`
	// Paragraphs is the number of numbered paragraphs (N less Missing).
	Paragraphs int `json:"paragraphs"`
	// Missing lists the numbers in 1..N that the complaint skips.
	Missing     []int    `json:"missing"`
	Counts      []Count  `json:"counts"`
	PrayerItems int      `json:"prayer_items"`
	JuryDemand  bool     `json:"jury_demand"`
	CaseNumber  string   `json:"case_number"`
	Plaintiffs  []string `json:"plaintiffs"`
	Defendants  []string `json:"defendants"`
	Notes       string   `json:"notes"`
}

// Count is one count of the complaint: its title and the first and last
// paragraphs under its heading.
type Count struct {
	Number int    `json:"number"`
	Title  string `json:"title"`
	First  int    `json:"first"`
	Last   int    `json:"last"`
}

// Answer is what a careful reader finds in the answer.
type Answer struct {
	Responses []Response `json:"responses"`
	// Unanswered lists complaint paragraphs that no response covers.
	Unanswered    []int     `json:"unanswered"`
	Defenses      []Defense `json:"defenses"`
	GeneralDenial bool      `json:"general_denial"`
	Counterclaim  bool      `json:"counterclaim"`
	Notes         string    `json:"notes"`
}

// Response is one response of the answer: the complaint paragraphs it
// answers (whatever number the answer prints), its class and its facets.
type Response struct {
	Answers          []int  `json:"answers"`
	Class            string `json:"class"`
	Admits           bool   `json:"admits"`
	Denies           bool   `json:"denies"`
	LacksKnowledge   bool   `json:"lacks_knowledge"`
	RefersToDocument bool   `json:"refers_to_document"`
	LegalConclusion  bool   `json:"legal_conclusion"`
	Incorporates     bool   `json:"incorporates"`
	Note             string `json:"note,omitempty"`
}

// Defense is one affirmative defense of the answer.
type Defense struct {
	Number int    `json:"number"`
	Title  string `json:"title"`
}

// Highest returns N of the complaint's paragraphs 1..N.
func (c *Complaint) Highest() int {
	if c.HighestParagraph > 0 {
		return c.HighestParagraph
	}
	return c.Paragraphs + len(c.Missing)
}

// Load reads and checks a gold file.
func Load(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w (see the gold format in README.md)", path, err)
	}
	if err := g.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

var classes = map[string]bool{
	"admitted": true, "denied": true, "partly-admitted": true, "no-knowledge": true,
	"incorporated": true, "no-response-required": true, "not-answered": true,
}

// check reports the first label that cannot be scored.
func (g *Gold) check() error {
	if g.Complaint.Highest() <= 0 {
		return fmt.Errorf("complaint: highest_paragraph (or paragraphs) must be a positive number")
	}
	for i, r := range g.Answer.Responses {
		if len(r.Answers) == 0 {
			return fmt.Errorf("answer response %d: answers lists no complaint paragraph", i+1)
		}
		if !classes[r.Class] {
			return fmt.Errorf("answer response %d (answers %v): unknown class %q (one of admitted, denied, partly-admitted, no-knowledge, incorporated, no-response-required, not-answered)", i+1, r.Answers, r.Class)
		}
	}
	for i, c := range g.Complaint.Counts {
		if c.First <= 0 || c.Last < c.First {
			return fmt.Errorf("complaint count %d: first %d and last %d are not a range of paragraphs", i+1, c.First, c.Last)
		}
	}
	return nil
}

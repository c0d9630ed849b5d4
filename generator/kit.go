package generator

import (
	"github.com/pleadkit/pleadkit/generator/chronology"
	"github.com/pleadkit/pleadkit/generator/exhibits"
	"github.com/pleadkit/pleadkit/generator/people"
	"github.com/pleadkit/pleadkit/generator/rfa"
)

// Kit is the case's deposition kit: what a trial team builds by hand before a
// deposition, read from the pleadings with every line cited to its paragraph.
type Kit struct {
	Chronology chronology.Chronology   `json:"chronology"`
	People     people.List             `json:"people"`
	Outlines   []people.Outline        `json:"outlines"`
	Topics     []people.DesigneeTopics `json:"rule_30b6_topics"`
	Exhibits   exhibits.Index          `json:"exhibits"`
	Requests   rfa.Set                 `json:"requests_for_admission"`
}

// Kit builds the deposition kit of the case (once; later calls return the
// same): the chronology, the people, the deposition outlines and Rule
// 30(b)(6) topics, the exhibit index and contract provisions, and the draft
// requests for admission. Templates read it as {{ .Kit }}.
func (c *Case) Kit() *Kit {
	c.kitOnce.Do(func() {
		complaint, answer := c.Complaint, c.Answer
		l := people.Build(complaint, answer)
		topics := people.Topics(complaint, answer)
		c.kit = &Kit{
			Chronology: chronology.Build(complaint, answer),
			People:     l,
			Outlines:   people.Outlines(l, topics, complaint, answer),
			Topics:     topics,
			Exhibits:   exhibits.Build(complaint, answer),
			Requests:   rfa.Build(complaint, answer),
		}
	})
	return c.kit
}

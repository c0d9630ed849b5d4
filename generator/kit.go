package generator

import (
	"encoding/json"
	"strings"
	"sync"

	"github.com/pleadkit/pleadkit/generator/chronology"
	"github.com/pleadkit/pleadkit/generator/exhibits"
	"github.com/pleadkit/pleadkit/generator/people"
	"github.com/pleadkit/pleadkit/generator/rfa"
	"github.com/pleadkit/pleadkit/pleading"
)

// Kit is the case's deposition kit: what a trial team builds by hand before a
// deposition, read from the pleadings with every line cited to its
// paragraph. Each part is built the first time a template asks for it.
type Kit struct {
	complaint, answer *pleading.Document

	chronoOnce, peopleOnce, exhibitsOnce, requestsOnce sync.Once
	chronology                                         chronology.Chronology
	people                                             people.List
	topics                                             []people.DesigneeTopics
	outlines                                           []people.Outline
	exhibits                                           exhibits.Index
	requests                                           rfa.Set
}

// Kit returns the deposition kit of the case; its parts are built on demand
// and kept. Templates read it as {{ .Kit.Chronology }}, {{ .Kit.People }}, ...
func (c *Case) Kit() *Kit {
	c.kitOnce.Do(func() { c.kit = &Kit{complaint: c.Complaint, answer: c.Answer} })
	return c.kit
}

// Chronology is every dated event of both pleadings, in date order.
func (k *Kit) Chronology() chronology.Chronology {
	k.chronoOnce.Do(func() { k.chronology = chronology.Build(k.complaint, k.answer) })
	return k.chronology
}

// People is everyone the pleadings name, counsel apart.
func (k *Kit) People() people.List {
	k.buildPeople()
	return k.people
}

// Outlines are the deposition outlines: one per named individual and a Rule
// 30(b)(6) designee per organizational party.
func (k *Kit) Outlines() []people.Outline {
	k.buildPeople()
	return k.outlines
}

// Topics are the Rule 30(b)(6) topics of each organizational party, grouped by count.
func (k *Kit) Topics() []people.DesigneeTopics {
	k.buildPeople()
	return k.topics
}

func (k *Kit) buildPeople() {
	k.peopleOnce.Do(func() {
		k.people = people.Build(k.complaint, k.answer)
		k.topics = people.Topics(k.complaint, k.answer)
		k.outlines = people.Outlines(k.people, k.topics, k.complaint, k.answer)
	})
}

// Exhibits is the exhibit index, the other named documents and the contract provisions.
func (k *Kit) Exhibits() exhibits.Index {
	k.exhibitsOnce.Do(func() { k.exhibits = exhibits.Build(k.complaint, k.answer) })
	return k.exhibits
}

// Requests are the draft requests for admission to the answering party.
func (k *Kit) Requests() rfa.Set {
	k.requestsOnce.Do(func() { k.requests = rfa.Build(k.complaint, k.answer) })
	return k.requests
}

// Prepare builds the parts of the kit a template body reads (it names
// .Kit and the part: .Chronology, .People, .Outlines, .Topics, .Exhibits,
// .Requests), so that a caller can build them before running the template
// under its deadline.
func (k *Kit) Prepare(body string) {
	if !strings.Contains(body, ".Kit") {
		return
	}
	if strings.Contains(body, ".Chronology") {
		k.Chronology()
	}
	if strings.Contains(body, ".People") || strings.Contains(body, ".Outlines") || strings.Contains(body, ".Topics") {
		k.buildPeople()
	}
	if strings.Contains(body, ".Exhibits") {
		k.Exhibits()
	}
	if strings.Contains(body, ".Requests") {
		k.Requests()
	}
}

// MarshalJSON writes every part of the kit, for `pleadkit analyze`.
func (k *Kit) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Chronology chronology.Chronology   `json:"chronology"`
		People     people.List             `json:"people"`
		Outlines   []people.Outline        `json:"outlines"`
		Topics     []people.DesigneeTopics `json:"rule_30b6_topics"`
		Exhibits   exhibits.Index          `json:"exhibits"`
		Requests   rfa.Set                 `json:"requests_for_admission"`
	}{k.Chronology(), k.People(), k.Outlines(), k.Topics(), k.Exhibits(), k.Requests()})
}

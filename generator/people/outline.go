package people

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/entity"
	"github.com/pleadkit/pleadkit/pleading"
)

// Outline is the deposition outline of one likely witness.
type Outline struct {
	Witness string  `json:"witness"`
	Role    string  `json:"role"`
	Kind    string  `json:"kind"` // "individual" or "Rule 30(b)(6) designee"
	Topics  []Topic `json:"topics"`
}

// Topic is one subject to examine a witness on: an allegation naming them,
// what the answer admitted (to confirm) and denied (to probe), and the
// documents to show them.
type Topic struct {
	Paragraph  int      `json:"paragraph"`
	Page       int      `json:"page,omitempty"`
	Allegation string   `json:"allegation"` // the sentence naming the witness
	Position   string   `json:"position"`   // the answer's class on the paragraph
	Confirm    []string `json:"confirm,omitempty"`
	Probe      []string `json:"probe,omitempty"`
	Documents  []string `json:"documents,omitempty"`
}

// DesigneeTopics are the Rule 30(b)(6) topics for one organizational party, grouped by count.
type DesigneeTopics struct {
	Party  string       `json:"party"`
	Groups []TopicGroup `json:"groups"`
}

// TopicGroup is the topics under one count (or the general allegations, Count 0).
type TopicGroup struct {
	Count int           `json:"count"`
	Title string        `json:"title"`
	Items []DesignTopic `json:"items"`
}

// DesignTopic is one 30(b)(6) topic, with the paragraphs it is drawn from.
type DesignTopic struct {
	Number     int    `json:"number"`
	Text       string `json:"text"`
	Paragraphs []int  `json:"paragraphs,omitempty"`
}

// Outlines builds an outline for each named individual (not counsel) and a
// Rule 30(b)(6) designee outline for each organizational party.
func Outlines(l List, topics []DesigneeTopics, complaint, answer *pleading.Document) []Outline {
	var out []Outline
	first := answer.FirstResponses()
	for _, p := range l.People {
		if p.Kind != "person" || len(p.Paragraphs) == 0 {
			continue
		}
		o := Outline{Witness: p.Name, Role: p.Role, Kind: "individual"}
		names := append([]string{p.Name}, p.Aliases...)
		if s := surname(p.Name); s != "" {
			names = append(names, s)
		}
		for _, n := range p.Paragraphs {
			par := complaint.Paragraph(n)
			if par == nil {
				continue
			}
			o.Topics = append(o.Topics, topic(*par, names, answer, first))
		}
		out = append(out, o)
	}
	for _, t := range topics {
		o := Outline{Witness: t.Party, Role: "organizational party", Kind: "Rule 30(b)(6) designee"}
		for _, g := range t.Groups {
			for _, it := range g.Items {
				tp := Topic{Allegation: it.Text}
				if len(it.Paragraphs) > 0 {
					tp.Paragraph = it.Paragraphs[0]
					if par := complaint.Paragraph(tp.Paragraph); par != nil {
						tp.Page = par.Page
						tp.Documents = par.Exhibits
					}
				}
				o.Topics = append(o.Topics, tp)
			}
		}
		out = append(out, o)
	}
	return out
}

// topic builds the examination topic of one paragraph naming the witness.
func topic(par pleading.Paragraph, names []string, answer *pleading.Document, first map[int]pleading.Response) Topic {
	text := strings.Join(strings.Fields(par.Text), " ")
	t := Topic{Paragraph: par.Number, Page: par.Page, Documents: append([]string(nil), par.Exhibits...)}
	t.Allegation = entity.Words(text, 60)
	for _, n := range names {
		if i := strings.Index(text, n); i >= 0 {
			a, b := entity.Sentence(text, i)
			t.Allegation = strings.TrimSpace(text[a:b])
			break
		}
	}
	for _, d := range docMentionRE.FindAllString(text, -1) {
		if !contains(t.Documents, d) {
			t.Documents = append(t.Documents, d)
		}
	}
	t.Position = "awaiting answer"
	if answer == nil {
		return t
	}
	t.Position = "not answered"
	if r, ok := first[par.Number]; ok {
		t.Position = classWords[r.Class]
		if t.Position == "" {
			t.Position = string(r.Class)
		}
		t.Confirm = append(t.Confirm, r.Admitted...)
		if r.Denies || r.LacksKnowledge {
			t.Probe = append(t.Probe, t.Allegation)
		}
	}
	return t
}

// classWords says a response class in words.
var classWords = map[pleading.Class]string{
	pleading.ClassAdmitted:           "admitted",
	pleading.ClassPartlyAdmitted:     "admitted in part",
	pleading.ClassDenied:             "denied",
	pleading.ClassNoKnowledge:        "no knowledge",
	pleading.ClassNoResponseRequired: "no response",
	pleading.ClassNotAnswered:        "not answered",
}

// docMentionRE finds a document a paragraph names: "the blog post", "the white paper".
var docMentionRE = regexp.MustCompile(`\b(?:the|a)\s+(?:blog\s+post|white\s+paper|press\s+release|letter|e-?mail|report|agreement|contract|advertisement|presentation)\b`)

// Topics drafts the Rule 30(b)(6) topics for each organizational party: the
// contested allegations naming it, grouped by count and, among the general
// allegations, by the complaint's headings; and, for the answering party,
// the factual basis of each defense it pleads.
func Topics(complaint, answer *pleading.Document) []DesigneeTopics {
	if complaint == nil || answer == nil {
		return nil
	}
	x := entity.NewIndex(complaint, answer)
	counts := map[int]string{}
	for _, c := range complaint.Counts {
		counts[c.Number] = c.Title
	}
	var out []DesigneeTopics
	first := answer.FirstResponses()
	for pi, p := range x.Parties {
		if p.Person {
			continue
		}
		name := p.Short
		if p.Side == "defendant" && p.Answer != "" {
			name = p.Answer
		}
		dt := DesigneeTopics{Party: name}
		type bucket struct {
			count   int
			heading string
			paras   []int
			first   string
		}
		var buckets []*bucket
		find := func(count int, heading string) *bucket {
			for _, b := range buckets {
				if b.count == count && b.heading == heading {
					return b
				}
			}
			b := &bucket{count: count, heading: heading}
			buckets = append(buckets, b)
			return b
		}
		for _, par := range complaint.Paragraphs {
			if par.Incorporates != nil || !contested(answer, first, par.Number) {
				continue
			}
			text := strings.Join(strings.Fields(par.Text), " ")
			named := false
			for _, m := range x.Find(text) {
				if m.Party == pi {
					named = true
				}
			}
			if !named {
				continue
			}
			heading := ""
			if par.Count == 0 {
				heading = par.Heading
			}
			b := find(par.Count, heading)
			b.paras = append(b.paras, par.Number)
			if b.first == "" {
				a, e := entity.Sentence(text, 0)
				b.first = strings.TrimRight(text[a:e], ".")
			}
		}
		num := 0
		for _, b := range buckets {
			title := "General allegations"
			if b.count > 0 {
				title = "Count " + strconv.Itoa(b.count)
				if t := counts[b.count]; t != "" {
					title += " — " + t
				}
			}
			var g *TopicGroup
			for i := range dt.Groups {
				if dt.Groups[i].Count == b.count {
					g = &dt.Groups[i]
				}
			}
			if g == nil {
				dt.Groups = append(dt.Groups, TopicGroup{Count: b.count, Title: title})
				g = &dt.Groups[len(dt.Groups)-1]
			}
			num++
			where := "Complaint " + paras(b.paras)
			if b.heading != "" {
				where += " (“" + strings.TrimRight(b.heading, ".") + "”)"
			}
			var text string
			if p.Side == "defendant" {
				text = "The matters alleged in " + where + ", which " + name + " does not admit, including that " + lowerStart(entity.Words(b.first, 40)) + "."
			} else {
				text = "The facts on which " + name + " bases the allegations of " + where + " that the answer does not admit, including that " + lowerStart(entity.Words(b.first, 40)) + "."
			}
			g.Items = append(g.Items, DesignTopic{Number: num, Text: text, Paragraphs: b.paras})
		}
		if p.Side == "defendant" && len(answer.Defenses) > 0 {
			g := TopicGroup{Title: "Affirmative defenses"}
			for _, d := range answer.Defenses {
				num++
				label := d.Ordinal
				if label == "" {
					label = strconv.Itoa(d.Number)
				}
				title := strings.TrimSpace(d.Title)
				text := "The factual basis for " + name + "'s " + titleCase(label) + " Defense"
				if title != "" {
					text += " (" + entity.Words(title, 12) + ")"
				}
				text += ", and the documents and witnesses supporting it."
				g.Items = append(g.Items, DesignTopic{Number: num, Text: text})
			}
			dt.Groups = append(dt.Groups, g)
		}
		sort.SliceStable(dt.Groups, func(i, j int) bool {
			a, b := dt.Groups[i].Count, dt.Groups[j].Count
			if a == 0 && dt.Groups[i].Title == "Affirmative defenses" {
				a = 1 << 20
			}
			if b == 0 && dt.Groups[j].Title == "Affirmative defenses" {
				b = 1 << 20
			}
			return a < b
		})
		renumber(&dt)
		if len(dt.Groups) > 0 {
			out = append(out, dt)
		}
	}
	return out
}

// renumber numbers the topics in the order printed.
func renumber(dt *DesigneeTopics) {
	n := 0
	for i := range dt.Groups {
		for j := range dt.Groups[i].Items {
			n++
			dt.Groups[i].Items[j].Number = n
		}
	}
}

// contested reports whether the answer does not admit complaint ¶n
// outright; first holds the answer's first response to each paragraph.
func contested(answer *pleading.Document, first map[int]pleading.Response, n int) bool {
	r, ok := first[n]
	if !ok {
		return answer.GeneralDenial != ""
	}
	switch r.Class {
	case pleading.ClassDenied, pleading.ClassPartlyAdmitted, pleading.ClassNoKnowledge:
		return true
	}
	return false
}

// paras formats paragraph numbers compactly: "¶¶ 36–38, 40".
func paras(ns []int) string {
	var parts []string
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, strconv.Itoa(ns[i])+"–"+strconv.Itoa(ns[j]))
		} else {
			parts = append(parts, strconv.Itoa(ns[i]))
		}
		i = j + 1
	}
	if len(ns) == 1 {
		return "¶ " + parts[0]
	}
	return "¶¶ " + strings.Join(parts, ", ")
}

func lowerStart(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return s
	}
	switch w[0] {
	case "The", "A", "An", "In", "On", "As", "By", "For", "At", "Since", "After", "Before", "When", "Although", "Through", "Under", "Upon", "Recently":
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	l := strings.ToLower(s)
	return strings.ToUpper(l[:1]) + l[1:]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

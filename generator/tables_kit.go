package generator

import (
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/exhibits"
	"github.com/pleadkit/pleadkit/generator/render/sheet"
)

// kitTables are the deposition kit's tables for the product of that name,
// or nil when the product is not part of the kit.
func kitTables(c *Case, product string) []sheet.Table {
	k := c.Kit()
	switch product {
	case "chronology":
		return []sheet.Table{chronologyTable(k)}
	case "people", "deposition-outline", "rule-30b6-topics":
		return []sheet.Table{peopleTable(k)}
	case "exhibits":
		return []sheet.Table{exhibitsTable(k)}
	case "contract-provisions":
		return []sheet.Table{provisionsTable(k)}
	case "requests-for-admission":
		return []sheet.Table{requestsTable(k)}
	}
	return nil
}

// chronologyTable is every dated event, in date order.
func chronologyTable(k *Kit) sheet.Table {
	t := sheet.Table{Name: "Chronology", Columns: []sheet.Column{
		{Name: "Date (sortable)"}, {Name: "When"}, {Name: "Precision"}, {Name: "What", Wrap: true, Width: 70}, {Name: "Who", Wrap: true, Width: 30},
		{Name: "Source"}, {Name: "¶"}, {Name: "Page"}, {Name: "Line"}, {Name: "Answer's position", Wrap: true, Width: 24}, {Name: "Conflict", Wrap: true, Width: 30},
	}}
	for _, e := range k.Chronology().Events {
		t.Rows = append(t.Rows, []any{e.Sort, e.When, e.Precision, e.What, strings.Join(e.Who, "; "), e.Source, num(e.Paragraph), num(e.Page), num(e.Line), e.Position, e.Conflict})
	}
	return t
}

// peopleTable is everyone the pleadings name.
func peopleTable(k *Kit) sheet.Table {
	t := sheet.Table{Name: "People", Columns: []sheet.Column{
		{Name: "Name", Wrap: true, Width: 30}, {Name: "Also called", Wrap: true, Width: 24}, {Name: "Kind"}, {Name: "Role", Wrap: true, Width: 30},
		{Name: "Party"}, {Name: "Side"}, {Name: "Complaint ¶¶", Wrap: true, Width: 24}, {Name: "Alleged acts", Wrap: true, Width: 80},
	}}
	for _, p := range k.People().People {
		var acts []string
		for _, a := range p.Acts {
			acts = append(acts, "¶"+strconv.Itoa(a.Paragraph)+": "+a.Text)
		}
		party := ""
		if p.Party {
			party = "yes"
		}
		t.Rows = append(t.Rows, []any{p.Name, strings.Join(p.Aliases, "; "), p.Kind, p.Role, party, p.Side, paragraphs(p.Paragraphs), strings.Join(acts, "\n")})
	}
	return t
}

// exhibitsTable is the exhibits and other documents the complaint cites.
func exhibitsTable(k *Kit) sheet.Table {
	t := sheet.Table{Name: "Exhibits", Columns: []sheet.Column{
		{Name: "Label"}, {Name: "Attached"}, {Name: "Description", Wrap: true, Width: 40}, {Name: "Defined as"}, {Name: "What the complaint says", Wrap: true, Width: 60},
		{Name: "Complaint ¶¶"}, {Name: "Page"}, {Name: "Answer's responses", Wrap: true, Width: 50},
	}}
	ix := k.Exhibits()
	for _, e := range append(append([]exhibits.Exhibit(nil), ix.Exhibits...), ix.Documents...) {
		var responses []string
		for _, r := range e.Responses {
			responses = append(responses, "¶"+strconv.Itoa(r.Paragraph)+": "+r.Position)
		}
		attached := ""
		if e.Attached {
			attached = "yes"
		}
		t.Rows = append(t.Rows, []any{e.Label, attached, e.Description, e.Term, e.Shows, paragraphs(e.Paragraphs), num(e.Page), strings.Join(responses, "\n")})
	}
	return t
}

// provisionsTable is the contract provisions the complaint relies on.
func provisionsTable(k *Kit) sheet.Table {
	t := sheet.Table{Name: "Provisions", Columns: []sheet.Column{
		{Name: "Agreement", Wrap: true, Width: 30}, {Name: "Exhibit"}, {Name: "Sections"}, {Name: "Breach alleged"}, {Name: "¶"}, {Name: "Page"}, {Name: "Count"},
		{Name: "What the complaint says", Wrap: true, Width: 70}, {Name: "Answer's position", Wrap: true, Width: 30},
	}}
	for _, p := range k.Exhibits().Provisions {
		breach := ""
		if p.Breach {
			breach = "yes"
		}
		t.Rows = append(t.Rows, []any{p.Agreement, p.Exhibit, strings.Join(p.Sections, ", "), breach, p.Paragraph, num(p.Page), num(p.Count), p.Says, p.Response.Position})
	}
	return t
}

// requestsTable is the draft requests for admission.
func requestsTable(k *Kit) sheet.Table {
	set := k.Requests()
	t := sheet.Table{Name: "Requests", Columns: []sheet.Column{
		{Name: "Request"}, {Name: "Admit that", Wrap: true, Width: 80}, {Name: "Complaint ¶"}, {Name: "Page"}, {Name: "Count"}, {Name: "Answer's response", Wrap: true, Width: 24}, {Name: "Served on", Wrap: true, Width: 24},
	}}
	for _, r := range set.Items {
		t.Rows = append(t.Rows, []any{r.Number, r.Text, r.Paragraph, num(r.Page), num(r.Count), r.Response, set.To})
	}
	return t
}

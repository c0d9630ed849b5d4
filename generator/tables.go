package generator

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator/chart"
	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/pleadkit/pleadkit/generator/render/sheet"
)

// Tables returns the tables of a product that people sort and filter in a
// spreadsheet, from the template data (a *Case, or data embedding one):
// for the response chart, its rows, findings and deposition lists; for the
// claim-element matrix, one row per element of each count; for the defense
// checklist, the pleaded defenses, the FRCP 8(c)(1) defenses not pleaded
// and the FRCP 12(b) defenses; for the case summary, the counts; for the
// deposition kit's products, the chronology, people (also for the outlines
// and 30(b)(6) topics), exhibits, contract provisions and requests for
// admission. A product of another name gets every table of the case.
func Tables(data any, product string) ([]sheet.Table, error) {
	var c *Case
	switch d := data.(type) {
	case *Case:
		c = d
	case *ChecklistData:
		c = d.Case
		if product == "defense-checklist" && d.Checklist != nil {
			return checklistTables(d.Checklist), nil
		}
	}
	if c == nil {
		return nil, fmt.Errorf("tables: no analyzed case in %T", data)
	}
	switch product {
	case "response-chart":
		return chartTables(c), nil
	case "claim-element-matrix":
		m, err := c.Matrix()
		if err != nil {
			return nil, err
		}
		return matrixTables(m), nil
	case "defense-checklist":
		cl, err := c.Checklist()
		if err != nil {
			return nil, err
		}
		return checklistTables(cl), nil
	case "case-summary":
		return []sheet.Table{countsTable(c)}, nil
	}
	if t := kitTables(c, product); t != nil {
		return t, nil
	}
	out := chartTables(c)
	m, err := c.Matrix()
	if err != nil {
		return nil, err
	}
	out = append(out, matrixTables(m)...)
	cl, err := c.Checklist()
	if err != nil {
		return nil, err
	}
	out = append(out, checklistTables(cl)...)
	k := c.Kit()
	out = append(out, countsTable(c), chronologyTable(k), peopleTable(k), exhibitsTable(k), provisionsTable(k), requestsTable(k))
	return out, nil
}

// num returns n as a cell: the number, or an empty cell for 0 (not known).
func num(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// paragraphs joins paragraph numbers as "3, 5, 9".
func paragraphs(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ", ")
}

// chartTables are the response chart's tables.
func chartTables(c *Case) []sheet.Table {
	rows := sheet.Table{Name: "Chart", Columns: []sheet.Column{
		{Name: "¶"}, {Name: "Section", Wrap: true}, {Name: "Count"}, {Name: "Allegation", Wrap: true, Width: 60},
		{Name: "Class"}, {Name: "Response", Wrap: true}, {Name: "Answer's words", Wrap: true, Width: 60},
		{Name: "Admitted", Wrap: true, Width: 40}, {Name: "Deemed admitted"}, {Name: "Complaint page"}, {Name: "Complaint line"},
		{Name: "Answer ¶"}, {Name: "Answer page"}, {Name: "Findings", Wrap: true, Width: 40},
	}}
	for _, r := range c.Rows {
		var words, answerParas, answerPages []string
		for _, rr := range r.Responses {
			words = append(words, rr.Text)
			answerParas = append(answerParas, strconv.Itoa(rr.Paragraph))
			if rr.Page > 0 {
				answerPages = append(answerPages, strconv.Itoa(rr.Page))
			}
		}
		var findings []string
		for _, f := range r.Findings {
			findings = append(findings, f.Label+": "+f.Message)
		}
		admitted := strings.Join(r.Admitted, "\n")
		if r.Whole && admitted == "" {
			admitted = r.Allegation
		}
		deemed := ""
		if r.DeemedAdmitted {
			deemed = "yes"
		}
		rows.Rows = append(rows.Rows, []any{
			r.Number, r.Section, num(r.Count), r.Allegation,
			string(r.Class), r.ResponseText, strings.Join(words, "\n\n"),
			admitted, deemed, num(r.Page), num(r.Line),
			strings.Join(answerParas, ", "), strings.Join(answerPages, ", "), strings.Join(findings, "\n"),
		})
	}
	findings := sheet.Table{Name: "Findings", Columns: []sheet.Column{
		{Name: "Severity"}, {Name: "Code"}, {Name: "Finding"}, {Name: "Complaint ¶"}, {Name: "Answer ¶"},
		{Name: "Related ¶"}, {Name: "Complaint line"}, {Name: "Answer line"}, {Name: "Answer page"}, {Name: "Message", Wrap: true, Width: 80},
	}}
	for _, f := range c.Findings {
		findings.Rows = append(findings.Rows, []any{
			string(f.Severity), f.Code, f.Label, num(f.Paragraph), num(f.Response),
			num(f.Related), num(f.ComplaintLine), num(f.AnswerLine), num(f.AnswerPage), f.Message,
		})
	}
	admissions := sheet.Table{Name: "Admissions", Columns: []sheet.Column{
		{Name: "¶"}, {Name: "Whole allegation"}, {Name: "Admitted statement", Wrap: true, Width: 80}, {Name: "Source"},
	}}
	for _, a := range c.Admissions {
		whole := ""
		if a.Full {
			whole = "yes"
		}
		for _, s := range a.Statements {
			admissions.Rows = append(admissions.Rows, []any{a.Paragraph, whole, s, a.Source})
		}
	}
	probe := func(name string, ps []chart.Probe) sheet.Table {
		t := sheet.Table{Name: name, Columns: []sheet.Column{
			{Name: "¶"}, {Name: "Allegation", Wrap: true, Width: 70}, {Name: "Response"}, {Name: "Scope", Wrap: true},
			{Name: "Why probe it", Wrap: true, Width: 50}, {Name: "Source"},
		}}
		for _, p := range ps {
			t.Rows = append(t.Rows, []any{p.Paragraph, p.Allegation, p.Class, p.Scope, strings.Join(p.Reasons, "\n"), p.Source})
		}
		return t
	}
	said := func(name string, sts []chart.Statement) sheet.Table {
		t := sheet.Table{Name: name, Columns: []sheet.Column{
			{Name: "¶"}, {Name: "Answer ¶"}, {Name: "Answer page"}, {Name: "The answer's words", Wrap: true, Width: 90},
		}}
		for _, st := range sts {
			t.Rows = append(t.Rows, []any{num(st.Paragraph), st.Response, num(st.Page), st.Text})
		}
		return t
	}
	return []sheet.Table{rows, findings, admissions, said("Assertions", c.Assertions), said("Specific denials", c.SpecificDenials),
		probe("Denials", c.Denials), probe("No knowledge", c.NoKnowledge)}
}

// matrixTables are the claim-element matrix's tables: a row per element
// of each matched count, and the gaps.
func matrixTables(m *matrix.Matrix) []sheet.Table {
	cells := sheet.Table{Name: "Elements", Columns: []sheet.Column{
		{Name: "Count"}, {Name: "Count title", Wrap: true, Width: 30}, {Name: "Claim", Wrap: true, Width: 30}, {Name: "Element"},
		{Name: "Statement", Wrap: true, Width: 40}, {Name: "Must prove", Wrap: true, Width: 50}, {Name: "Burden", Wrap: true},
		{Name: "Status"}, {Name: "Paragraphs"}, {Name: "Citations", Wrap: true, Width: 50}, {Name: "Basis", Wrap: true, Width: 50},
	}}
	for _, mc := range m.Counts {
		for _, e := range mc.Elements {
			var cites []string
			for _, s := range e.Support {
				cite := "¶" + strconv.Itoa(s.Paragraph) + " " + strings.ToLower(s.ClassText)
				if !s.InCount {
					cite += " (incorporated)"
				}
				cites = append(cites, cite)
			}
			cells.Rows = append(cells.Rows, []any{
				mc.Number, strings.TrimSpace(mc.Label + " " + mc.Title), mc.ClaimName, e.Number,
				e.Statement, e.MustProve, e.Burden, e.Status.Label(), paragraphs(e.Paragraphs()),
				strings.Join(cites, "\n"), e.Basis,
			})
		}
	}
	gaps := sheet.Table{Name: "Gaps", Columns: []sheet.Column{
		{Name: "Count"}, {Name: "Heading", Wrap: true, Width: 30}, {Name: "Claim", Wrap: true, Width: 30},
		{Name: "Element", Wrap: true, Width: 40}, {Name: "Must prove", Wrap: true, Width: 60},
	}}
	for _, g := range m.Gaps {
		gaps.Rows = append(gaps.Rows, []any{g.Count, g.Heading, g.ClaimName, g.Element, g.MustProve})
	}
	return []sheet.Table{cells, gaps}
}

// checklistTables are the defense checklist's tables.
func checklistTables(cl *checklist.Checklist) []sheet.Table {
	yes := func(b bool) string {
		if b {
			return "yes"
		}
		return ""
	}
	defenses := sheet.Table{Name: "Defenses", Columns: []sheet.Column{
		{Name: "#"}, {Name: "Heading"}, {Name: "Name", Wrap: true, Width: 30}, {Name: "Matched"}, {Name: "Catalogue", Wrap: true, Width: 30},
		{Name: "Kind"}, {Name: "Counts"}, {Name: "Bare"}, {Name: "Negative"}, {Name: "Remedy"}, {Name: "Rule 12"}, {Name: "Reservation"},
		{Name: "Flags", Wrap: true, Width: 50}, {Name: "Facts", Wrap: true, Width: 40}, {Name: "Answer line"}, {Name: "Text", Wrap: true, Width: 80},
	}}
	for _, d := range cl.Defenses {
		var names, flags []string
		for _, m := range d.Matches {
			if m.Defense != nil {
				names = append(names, m.Defense.Name)
			}
		}
		for _, f := range d.Flags {
			flags = append(flags, f.Label+": "+f.Message)
		}
		defenses.Rows = append(defenses.Rows, []any{
			d.Number, d.Heading(), d.Name, yes(d.Matched), strings.Join(names, "; "),
			string(d.Kind), paragraphs(d.Counts), yes(d.Bare), yes(d.Negative), yes(d.Remedy), yes(d.Rule12), yes(d.Reservation),
			strings.Join(flags, "\n"), strings.Join(d.Facts, "; "), num(d.Line), d.Text,
		})
	}
	omitted := sheet.Table{Name: "Not pleaded", Columns: []sheet.Column{
		{Name: "Defense", Wrap: true, Width: 40}, {Name: "Counts it could answer"}, {Name: "Note", Wrap: true, Width: 80},
	}}
	for _, o := range cl.NotPleaded {
		omitted.Rows = append(omitted.Rows, []any{o.Name, paragraphs(o.Counts), o.Note})
	}
	rule12 := sheet.Table{Name: "Rule 12", Columns: []sheet.Column{
		{Name: "Defense", Wrap: true, Width: 40}, {Name: "Rule"}, {Name: "Status"}, {Name: "Raised by defense"}, {Name: "Message", Wrap: true, Width: 80},
	}}
	for _, r := range cl.Rule12 {
		rule12.Rows = append(rule12.Rows, []any{r.Name, r.Rule, r.Status, paragraphs(r.Raised), r.Message})
	}
	return []sheet.Table{defenses, omitted, rule12}
}

// countsTable lists the complaint's counts.
func countsTable(c *Case) sheet.Table {
	t := sheet.Table{Name: "Counts", Columns: []sheet.Column{
		{Name: "Count"}, {Name: "Label"}, {Name: "Title", Wrap: true, Width: 50}, {Name: "Statute", Wrap: true, Width: 30}, {Name: "First ¶"}, {Name: "Last ¶"}, {Name: "Line"},
	}}
	if c.Complaint == nil {
		return t
	}
	for _, k := range c.Complaint.Counts {
		t.Rows = append(t.Rows, []any{k.Number, k.Label, k.Title, k.Statute, num(k.First), num(k.Last), num(k.Line)})
	}
	return t
}

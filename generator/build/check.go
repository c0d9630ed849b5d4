package build

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
)

// Finding is one thing check or build reports about a case, at its place:
// an analysis finding, a parser warning, a template that fails, a bad
// setting.
type Finding struct {
	File      string `json:"file,omitempty"`
	Line      int    `json:"line,omitempty"`
	Col       int    `json:"col,omitempty"`
	Severity  string `json:"severity"`       // error, warning or info
	Code      string `json:"code,omitempty"` // a finding code, "parser", "template", "settings" or "awaiting-answer"
	Label     string `json:"label,omitempty"`
	Message   string `json:"message"`
	Paragraph int    `json:"paragraph,omitempty"` // the complaint paragraph, when there is one
}

// String formats the finding as check prints it: "file:line: severity: label: message".
func (f Finding) String() string {
	var b strings.Builder
	if f.File != "" {
		b.WriteString(f.File)
		if f.Line > 0 {
			fmt.Fprintf(&b, ":%d", f.Line)
			if f.Col > 0 {
				fmt.Fprintf(&b, ":%d", f.Col)
			}
		}
		b.WriteString(": ")
	}
	b.WriteString(f.Severity)
	b.WriteString(": ")
	if f.Label != "" {
		b.WriteString(f.Label)
		b.WriteString(": ")
	}
	b.WriteString(f.Message)
	return b.String()
}

// SeverityRank orders severities: error 0, warning 1, info 2; -1 for an unknown one.
func SeverityRank(s string) int {
	switch s {
	case "error":
		return 0
	case "warning":
		return 1
	case "info":
		return 2
	}
	return -1
}

// findingsOf returns the parser's warnings and the analysis's findings of
// a case, each at its file and line.
func findingsOf(f *Folder, c *generator.Case) []Finding {
	out := []Finding{}
	for _, d := range []*pleading.Document{f.Complaint, f.Answer} {
		if d == nil {
			continue
		}
		for _, w := range d.Warnings {
			out = append(out, Finding{File: d.File, Line: w.Line, Severity: "warning", Code: "parser", Message: w.Message})
		}
	}
	for _, fd := range c.Findings {
		file, line := f.Complaint.File, fd.ComplaintLine
		if fd.AnswerLine > 0 && f.Answer != nil {
			file, line = f.Answer.File, fd.AnswerLine
		}
		out = append(out, Finding{File: file, Line: line, Severity: string(fd.Severity), Code: fd.Code, Label: fd.Label,
			Message: fd.Message, Paragraph: fd.Paragraph})
	}
	return out
}

// errorFindings turns an error (a template's, a setting's) into findings,
// one per problem, each at its file, line and column when it has them.
func errorFindings(err error, code string) []Finding {
	var list tmpl.ErrorList
	if errors.As(err, &list) {
		var out []Finding
		for _, e := range list {
			out = append(out, errorFinding(e, code))
		}
		return out
	}
	var e *tmpl.Error
	if errors.As(err, &e) {
		return []Finding{errorFinding(e, code)}
	}
	var out []Finding
	for _, line := range strings.Split(err.Error(), "\n") {
		out = append(out, Finding{Severity: "error", Code: code, Message: line})
	}
	return out
}

func errorFinding(e *tmpl.Error, code string) Finding {
	msg := strings.TrimPrefix(e.Error(), e.Pos.String()+": ")
	return Finding{File: e.Pos.File, Line: e.Pos.Line, Col: e.Pos.Col, Severity: "error", Code: code, Message: msg}
}

// CaseCheck is what check finds in one case.
type CaseCheck struct {
	Case       string    `json:"case"`
	Dir        string    `json:"dir"`
	CaseNumber string    `json:"case_number"`
	Findings   []Finding `json:"findings"`
}

// Errors counts the findings of severity error.
func (c CaseCheck) Errors() int {
	n := 0
	for _, f := range c.Findings {
		if f.Severity == "error" {
			n++
		}
	}
	return n
}

// CheckCase loads and analyzes a case and runs every template on it
// without writing anything: the findings, the parser's warnings, bad
// settings and failing templates, each at its file and line. A case
// awaiting its answer runs the templates that need only the complaint.
func CheckCase(dir, firmDir string) CaseCheck {
	cc := CaseCheck{Case: dir, Dir: dir, Findings: []Finding{}}
	f, err := LoadCase(dir)
	if err != nil {
		cc.Findings = append(cc.Findings, errorFindings(err, "case")...)
		return cc
	}
	cc.Case, cc.CaseNumber = f.Name(), f.Complaint.Caption.CaseNumber
	for _, w := range f.Warnings {
		cc.Findings = append(cc.Findings, Finding{Severity: "warning", Code: "case", Message: w})
	}
	var c *generator.Case
	if f.Answer == nil {
		c, err = generator.AnalyzeComplaint(f.Complaint)
	} else {
		c, err = generator.Analyze(f.Complaint, f.Answer)
	}
	if err != nil {
		cc.Findings = append(cc.Findings, Finding{File: dir, Severity: "error", Code: "analyze", Message: err.Error()})
		return cc
	}
	cc.Findings = append(cc.Findings, findingsOf(f, c)...)
	store, err := tmpl.LoadFor(dir, firmDir)
	if store != nil && err != nil { // broken templates: report them, run the others
		cc.Findings = append(cc.Findings, errorFindings(err, "template")...)
		err = nil
	}
	if err == nil {
		err = f.CheckOptions(store)
	}
	if err != nil {
		cc.Findings = append(cc.Findings, errorFindings(err, "settings")...)
		return cc
	}
	for _, n := range f.Settings.Templates {
		if _, err := store.Get(n); err != nil && f.keys != nil {
			cc.Findings = append(cc.Findings, errorFindings(unknownTemplate(n, store, f.keys), "settings")...)
		}
	}
	c.Firm = *store.Firm()
	_, libErr := generator.CaseLibraries(c)
	var waiting []string
	for _, t := range store.List() {
		if f.Answer == nil && t.Needs != tmpl.NeedsComplaint {
			waiting = append(waiting, t.Name)
			continue
		}
		if o := f.Settings.Options[t.Name]; len(o) > 0 {
			if t, err = t.WithOptions(o); err != nil {
				cc.Findings = append(cc.Findings, errorFindings(err, "settings")...)
				continue
			}
		}
		if _, err := t.Execute(c); err != nil {
			if lerr := libraryError(err, libErr, t.Name); lerr != err {
				cc.Findings = append(cc.Findings, Finding{Severity: "error", Code: "library", Message: lerr.Error()})
				continue
			}
			cc.Findings = append(cc.Findings, errorFindings(err, "template")...)
		}
	}
	if len(waiting) > 0 {
		cc.Findings = append(cc.Findings, Finding{File: dir, Severity: "info", Code: "awaiting-answer",
			Message: "awaiting answer: no answer in the folder yet, so " + strings.Join(waiting, ", ") + " cannot be made"})
	}
	return cc
}

// CheckTemplates runs every template of a case on its analysis without
// writing anything and returns the errors, each naming the template file and line.
func CheckTemplates(dir string, c *generator.Case) []error {
	store, err := tmpl.Load(dir)
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, t := range store.List() {
		if _, err := t.Execute(c); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

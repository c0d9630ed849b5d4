package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/spf13/cobra"
)

func newCheckCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check [DIR...]",
		Short: "Lint cases without rendering: findings with file:line, exit 1 on errors",
		Long: `check loads each case (as build does), analyzes it and runs every template
without writing anything, then prints one line per finding as
file:line: severity: message — unanswered paragraphs, wrong incorporation
ranges, copied responses, caption mismatches, parser warnings, and
templates that fail. The exit code is 1 when any error was found.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			dirs, err := build.FindCases(args)
			if err != nil {
				return err
			}
			errs := 0
			out := cmd.OutOrStdout()
			for _, dir := range dirs {
				errs += checkCase(out, dir)
			}
			if errs > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("%d %s in %d %s", errs, plural(errs, "error", "errors"), len(dirs), plural(len(dirs), "case", "cases"))}
			}
			return nil
		},
	}
	return cmd
}

// checkCase prints the findings of one case and returns how many are errors.
func checkCase(w io.Writer, dir string) int {
	f, err := build.LoadFolder(dir)
	if err != nil {
		fmt.Fprintf(w, "%s: error: %v\n", dir, err)
		return 1
	}
	var lines []string
	errs := 0
	for _, d := range []*pleading.Document{f.Complaint, f.Answer} {
		for _, wn := range d.Warnings {
			lines = append(lines, fmt.Sprintf("%s:%d: warning: %s", d.File, wn.Line, wn.Message))
		}
	}
	c, err := generator.Analyze(f.Complaint, f.Answer)
	if err != nil {
		fmt.Fprintf(w, "%s: error: analyze: %v\n", dir, err)
		return 1
	}
	for _, fd := range c.Findings {
		file, line := f.Complaint.File, fd.ComplaintLine
		if fd.AnswerLine > 0 {
			file, line = f.Answer.File, fd.AnswerLine
		}
		if fd.Severity == "error" {
			errs++
		}
		lines = append(lines, fmt.Sprintf("%s:%d: %s: %s: %s", file, line, fd.Severity, fd.Label, fd.Message))
	}
	for _, e := range build.CheckTemplates(dir, c) {
		lines = append(lines, "error: "+e.Error())
		errs++
	}
	fmt.Fprintf(w, "== %s (%s)\n", f.Name(), filepath.Clean(dir))
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return errs
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

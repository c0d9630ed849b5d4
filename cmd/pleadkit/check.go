package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/spf13/cobra"
)

func newCheckCmd() *cobra.Command {
	var asJSON bool
	var severity string
	cmd := &cobra.Command{
		Use:   "check [DIR...]",
		Short: "Lint cases without rendering: findings with file:line, exit 1 on errors",
		Long: `check loads each case (as build does), analyzes it and runs every template
without writing anything, then prints one line per finding as
file:line: severity: message — unanswered paragraphs, wrong incorporation
ranges, copied responses, caption mismatches, parser warnings, unknown
settings in case.toml or pleadkit.toml, and templates that fail. A case
without an answer yet is checked with the templates that need only the
complaint and reported as "awaiting answer" (info). The exit code is 1 when
any error was found.

--severity shows only findings at least that serious (error, warning, info);
--json prints one object per case: case, dir, case_number and findings
(file, line, col, severity, code, label, message, paragraph).`,
		Example: `  pleadkit check samples
  pleadkit check ~/cases --severity error
  pleadkit check ~/cases --json | jq '.[] | select(.findings | length > 0)'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			min := build.SeverityRank(severity)
			if min < 0 {
				return &exitError{code: 2, msg: fmt.Sprintf("--severity %q: use error, warning or info", severity)}
			}
			dirs, err := build.FindCases(args)
			if err != nil {
				return err
			}
			errs := 0
			out := cmd.OutOrStdout()
			var all []build.CaseCheck
			for _, dir := range dirs {
				cc := build.CheckCase(dir, firmDir(cmd))
				errs += cc.Errors()
				kept := []build.Finding{}
				for _, f := range cc.Findings {
					if r := build.SeverityRank(f.Severity); r >= 0 && r <= min {
						kept = append(kept, f)
					}
				}
				cc.Findings = kept
				if asJSON {
					all = append(all, cc)
					continue
				}
				printCheck(out, cc)
			}
			if asJSON {
				if all == nil {
					all = []build.CaseCheck{}
				}
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(all); err != nil {
					return err
				}
			}
			if errs > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("%d %s in %d %s", errs, plural(errs, "error", "errors"), len(dirs), plural(len(dirs), "case", "cases"))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the findings as JSON, one object per case")
	cmd.Flags().StringVar(&severity, "severity", "info", "show findings at least this serious: error, warning or info")
	_ = cmd.RegisterFlagCompletionFunc("severity", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// printCheck prints the findings of one case, one line each.
func printCheck(w io.Writer, cc build.CaseCheck) {
	fmt.Fprintf(w, "== %s (%s)\n", cc.Case, filepath.Clean(cc.Dir))
	for _, f := range cc.Findings {
		fmt.Fprintln(w, f.String())
	}
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

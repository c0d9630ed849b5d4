package main

import (
	"fmt"
	"time"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/spf13/cobra"
)

func newBinderCmd() *cobra.Command {
	var outDir, fileName string
	var templates []string
	var force bool
	cmd := &cobra.Command{
		Use:   "binder CASE...",
		Short: "Bind every product of a case into one PDF: cover, contents, each product in its own orientation",
		Long: `binder makes a case's binder: one PDF with a cover page (the caption, court,
case number and the date built), a table of contents with the page each
product starts on and a PDF outline, then every product (response chart,
claim-element matrix, defense checklist, case summary, and the case's own
templates, or those named with -t), each in its own page setup, so
landscape charts and portrait checklists share one file; page numbers run
through the whole binder. It is written to CASE/out/binder.pdf (or -o, or
named by file_name in case.toml). "pleadkit build --format pdf,binder"
makes it together with the other outputs.`,
		Example: `  pleadkit binder samples/acme-v-brightline
  pleadkit binder ~/cases/smith -t response-chart,defense-checklist`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := build.Options{OutDir: outDir, Templates: templates, Force: force, FileName: fileName,
				Formats: []tmpl.Format{build.Binder}, Version: buildVersion()}
			start := time.Now()
			results, err := build.All(args, opts)
			if err != nil {
				return err
			}
			failed := 0
			for _, r := range results {
				switch {
				case r.Failed():
					failed++
				case r.Skipped:
					fmt.Fprintf(cmd.OutOrStdout(), "%s: binder up to date\n", r.Case)
				default:
					for _, p := range r.Written {
						fmt.Fprintf(cmd.OutOrStdout(), "%s: wrote %s\n", r.Case, p)
					}
				}
				for _, e := range r.Errors {
					fmt.Fprintf(cmd.ErrOrStderr(), "pleadkit: %s\n", e)
				}
			}
			if failed > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("%d of %d cases failed (%s)", failed, len(results), time.Since(start).Round(time.Millisecond))}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&outDir, "out", "o", "", "write the binder here instead of the case's out/")
	f.StringSliceVarP(&templates, "template", "t", nil, "bind only these products (by template name; repeat or comma-separate)")
	f.BoolVar(&force, "force", false, "bind even when nothing changed since the last build")
	f.StringVar(&fileName, "file-name", "", `output file name pattern, e.g. "{case}-{product}" makes acme-v-brightline-binder.pdf`)
	_ = cmd.MarkFlagDirname("out")
	return cmd
}

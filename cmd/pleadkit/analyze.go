package main

import (
	"encoding/json"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/spf13/cobra"
)

func newAnalyzeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "analyze CASE",
		Short: "Print the analyzed case (the data every template sees, with its matrix, checklist and deposition kit) as JSON",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := build.LoadFolder(args[0])
			if err != nil {
				return err
			}
			c, err := generator.Analyze(f.Complaint, f.Answer)
			if err != nil {
				return err
			}
			m, err := c.Matrix()
			if err != nil {
				return err
			}
			cl, err := c.Checklist()
			if err != nil {
				return err
			}
			// The case as templates see it: .Matrix, .Checklist and .Kit are built on demand there.
			out := struct {
				*generator.Case
				Matrix    *matrix.Matrix       `json:"matrix"`
				Checklist *checklist.Checklist `json:"checklist"`
				Kit       *generator.Kit       `json:"kit"`
			}{c, m, cl, c.Kit()}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(out)
		},
	}
	cmd.Flags().Bool("json", true, "print JSON (the only form)")
	return cmd
}

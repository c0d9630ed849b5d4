package main

import (
	"encoding/json"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/pleadkit/pleadkit/generator/fields"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/spf13/cobra"
)

func newAnalyzeCmd() *cobra.Command {
	var templateNames bool
	cmd := &cobra.Command{
		Use:   "analyze CASE",
		Short: "Print the analyzed case (the data every template sees, with its matrix, checklist and deposition kit) as JSON",
		Long: `Print the analyzed case as JSON: the data every template sees, with its
matrix, checklist and deposition kit. The keys are snake_case (class_text);
with --template-names they are the names a template writes (ClassText, as
{{ .ClassText }}), every field kept even when empty.`,
		Args: cobra.ExactArgs(1),
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
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if templateNames {
				// As a template reaches it: the case's fields, and .Matrix,
				// .Checklist and .Kit's parts, which templates call as methods.
				out := fields.Names(c).(map[string]any)
				out["Matrix"], out["Checklist"], out["Kit"] = fields.Names(m), fields.Names(cl), fields.Results(c.Kit())
				out["Header"] = c.Header()
				return enc.Encode(out)
			}
			// The case as templates see it: .Matrix, .Checklist and .Kit are built on demand there.
			out := struct {
				*generator.Case
				Matrix    *matrix.Matrix       `json:"matrix"`
				Checklist *checklist.Checklist `json:"checklist"`
				Kit       *generator.Kit       `json:"kit"`
			}{c, m, cl, c.Kit()}
			return enc.Encode(out)
		},
	}
	cmd.Flags().Bool("json", true, "print JSON (the only form)")
	cmd.Flags().BoolVar(&templateNames, "template-names", false, "key the JSON by the names templates use (.ClassText), not snake_case")
	return cmd
}

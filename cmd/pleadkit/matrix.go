package main

import (
	"fmt"
	"io"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/matrix"
	"github.com/spf13/cobra"
)

func newMatrixCmd() *cobra.Command {
	var p productFlags
	cmd := &cobra.Command{
		Use:   "matrix --complaint FILE --answer FILE",
		Short: "Render the claim-element matrix: each count's elements, the allegations behind them, what the answer contested",
		Long: `matrix parses a complaint and its answer, matches each count to a claim type
of the element library, finds the allegations that plead each element and
sets each element's status from the answer (admitted, partly admitted,
contested, or unsupported: a pleading gap), and renders the
claim-element-matrix template.

The files are written atomically to DIR as claim-element-matrix.md, .pdf and
.html. In the complaint's folder, templates/claim-element-matrix.toml
overrides the built-in template, and templates/elements*.toml are merged
over the built-in element library by claim id.`,
		Example: `  pleadkit matrix --complaint complaint.txt --answer answer.txt
  pleadkit matrix --complaint c.md --answer a.md -o out --format pdf`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, paths, err := p.render(cmd.ErrOrStderr(), "claim-element-matrix", nil)
			if err != nil {
				return err
			}
			m, err := c.Matrix()
			if err != nil {
				return err
			}
			printMatrixSummary(cmd.OutOrStdout(), c, m, paths)
			return nil
		},
	}
	p.register(cmd, "matrix")
	return cmd
}

// printMatrixSummary tells the user which counts matched and what was written.
func printMatrixSummary(w io.Writer, c *generator.Case, m *matrix.Matrix, paths []string) {
	matched := 0
	for _, ct := range m.Counts {
		if ct.Matched {
			matched++
		}
	}
	fmt.Fprintf(w, "%s: %d of %d counts matched to a claim type\n", c.Title, matched, len(m.Counts))
	for _, p := range paths {
		fmt.Fprintln(w, "wrote", p)
	}
}

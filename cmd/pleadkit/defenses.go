package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/checklist"
	"github.com/spf13/cobra"
)

func newDefensesCmd() *cobra.Command {
	var p productFlags
	var words int
	cmd := &cobra.Command{
		Use:   "defenses --complaint FILE --answer FILE",
		Short: "Render the defense checklist: each affirmative defense, its counts, what proving it takes",
		Long: `defenses parses a complaint and its answer, matches each affirmative defense
of the answer to the defense catalogue, resolves what it targets to the
complaint's counts, and renders the defense-checklist template: per defense
a task list of what proving it takes and what discovery to serve, its
burden and flags (bare conclusions, negative defenses, reservations of
rights); a grid of defenses by counts; the FRCP 8(c)(1) defenses not pleaded
and the FRCP 12(b)(2)-(5) defenses waived or conceded.

The files are written atomically to DIR as defense-checklist.md, .pdf and
.html. In the complaint's folder, templates/defense-checklist.toml overrides
the built-in template, and templates/defenses.toml and elements.toml are
merged over the built-in defense catalogue and element library by id.`,
		Example: `  pleadkit defenses --complaint complaint.txt --answer answer.txt
  pleadkit defenses --complaint c.md --answer a.md -o out --format md,pdf --text-words 40`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := wordsOption(cmd, "text-words", "text_words", words)
			if err != nil {
				return err
			}
			c, paths, err := p.render(cmd.ErrOrStderr(), "defense-checklist", opts)
			if err != nil {
				return err
			}
			cl, err := c.Checklist()
			if err != nil {
				return err
			}
			printDefensesSummary(cmd.OutOrStdout(), c, cl, paths)
			return nil
		},
	}
	p.register(cmd, "checklist")
	cmd.Flags().IntVar(&words, "text-words", 0, "quote the first N words of each defense (0: the whole text)")
	return cmd
}

// printDefensesSummary tells the user what was written and what the checklist found.
func printDefensesSummary(w io.Writer, c *generator.Case, cl *checklist.Checklist, paths []string) {
	s := cl.Summary
	fmt.Fprintf(w, "%s: %d %s against %d %s — %d matched, %d negative, %d bare, %d %s\n",
		c.Title, s.Defenses, plural(s.Defenses, "defense", "defenses"), len(cl.Counts), plural(len(cl.Counts), "count", "counts"),
		s.Matched, s.Negative, s.Bare, s.Reservation, plural(s.Reservation, "reservation", "reservations"))
	var parts []string
	for _, r := range cl.Rule12 {
		parts = append(parts, strings.ToLower(r.Name)+" "+r.Status)
	}
	fmt.Fprintf(w, "FRCP 12(h)(1): %s\n", strings.Join(parts, ", "))
	if len(cl.MissingTargets) > 0 {
		fmt.Fprintf(w, "aimed at claims the complaint lacks: %d\n", len(cl.MissingTargets))
	}
	for _, p := range paths {
		fmt.Fprintln(w, "wrote", p)
	}
}

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/spf13/cobra"
)

func newDefensesCmd() *cobra.Command {
	var complaint, answer, outDir, formats string
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
			fmts, err := parseFormats(formats)
			if err != nil {
				return &exitError{code: 2, msg: err.Error()}
			}
			if words < 0 {
				return &exitError{code: 2, msg: "--text-words must be 0 (whole text) or more"}
			}
			cdoc, err := pleading.ParseFile(complaint)
			if err != nil {
				return err
			}
			adoc, err := pleading.ParseFile(answer)
			if err != nil {
				return err
			}
			c, err := generator.Analyze(cdoc, adoc)
			if err != nil {
				return err
			}
			caseDir := filepath.Dir(complaint)
			lib, cat, err := generator.LoadLibraries(caseDir)
			if err != nil {
				return err
			}
			data, err := generator.NewChecklistData(c, lib, cat)
			if err != nil {
				return err
			}
			store, err := tmpl.Load(caseDir)
			if err != nil {
				return err
			}
			t, err := store.Get("defense-checklist")
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("text-words") {
				if t, err = t.WithOptions(map[string]any{"text_words": int64(words)}); err != nil {
					return err
				}
			}
			outs, err := generator.Render(t, data, fmts, c.Header())
			if err != nil {
				return err
			}
			paths, err := generator.WriteOutputs(outDir, outs)
			if err != nil {
				return err
			}
			printDefensesSummary(cmd.OutOrStdout(), c, data.Checklist, paths)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&complaint, "complaint", "", "the complaint (.txt or .md)")
	f.StringVar(&answer, "answer", "", "the answer to it (.txt or .md)")
	f.StringVarP(&outDir, "out", "o", "out", "directory to write the checklist to")
	f.StringVar(&formats, "format", "md,pdf,html", "formats to write, comma-separated: md, pdf, html")
	f.IntVar(&words, "text-words", 0, "quote the first N words of each defense (0: the whole text)")
	_ = cmd.MarkFlagRequired("complaint")
	_ = cmd.MarkFlagRequired("answer")
	_ = cmd.MarkFlagFilename("complaint", "txt", "md")
	_ = cmd.MarkFlagFilename("answer", "txt", "md")
	_ = cmd.MarkFlagDirname("out")
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"md", "pdf", "html", "md,pdf,html"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func defensesPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// printDefensesSummary tells the user what was written and what the checklist found.
func printDefensesSummary(w io.Writer, c *generator.Case, cl *generator.Checklist, paths []string) {
	s := cl.Summary
	fmt.Fprintf(w, "%s: %d %s against %d %s — %d matched, %d negative, %d bare, %d %s\n",
		c.Title, s.Defenses, defensesPlural(s.Defenses, "defense", "defenses"), len(cl.Counts), defensesPlural(len(cl.Counts), "count", "counts"),
		s.Matched, s.Negative, s.Bare, s.Reservation, defensesPlural(s.Reservation, "reservation", "reservations"))
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

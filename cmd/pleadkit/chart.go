package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/spf13/cobra"
)

func newChartCmd() *cobra.Command {
	var complaint, answer, outDir, formats string
	var words int
	cmd := &cobra.Command{
		Use:   "chart --complaint FILE --answer FILE",
		Short: "Render the response chart: each allegation beside the answer's response",
		Long: `chart parses a complaint and its answer, joins them paragraph by paragraph
and renders the response-chart template: a summary by class, section and
count; the chart (¶ | Allegation | Response | Admitted | Notes) with the
findings a careful associate would flag; and the deposition lists
(admissions to lock in, denials to probe, lack-of-knowledge responses to test).

The files are written atomically to DIR as response-chart.md, .pdf and .html.
A templates/response-chart.toml in the complaint's folder overrides the
built-in template.`,
		Example: `  pleadkit chart --complaint complaint.txt --answer answer.txt
  pleadkit chart --complaint c.md --answer a.md -o charts --format md,pdf --allegation-words 60`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmts, err := parseFormats(formats)
			if err != nil {
				return &exitError{code: 2, msg: err.Error()}
			}
			if words < 0 {
				return &exitError{code: 2, msg: "--allegation-words must be 0 (whole text) or more"}
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
			if errors.Is(err, generator.ErrSwapped) {
				// Each file reads as the other: take them as they read.
				fmt.Fprintf(cmd.ErrOrStderr(), "pleadkit: %s reads as an answer and %s as a complaint: using them that way\n", complaint, answer)
				c, err = generator.Analyze(adoc, cdoc)
				complaint = answer
			}
			if err != nil {
				return err
			}
			store, err := tmpl.Load(filepath.Dir(complaint))
			if err != nil {
				return err
			}
			t, err := store.Get("response-chart")
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("allegation-words") {
				if t, err = t.WithOptions(map[string]any{"allegation_words": int64(words)}); err != nil {
					return err
				}
			}
			outs, err := generator.Render(t, c, fmts, c.Header())
			if err != nil {
				return err
			}
			paths, err := generator.WriteOutputs(outDir, outs)
			if err != nil {
				return err
			}
			printChartSummary(cmd.OutOrStdout(), c, paths)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&complaint, "complaint", "", "the complaint (.txt or .md)")
	f.StringVar(&answer, "answer", "", "the answer to it (.txt or .md)")
	f.StringVarP(&outDir, "out", "o", "out", "directory to write the chart to")
	f.StringVar(&formats, "format", "md,pdf,html", "formats to write, comma-separated: md, pdf, html")
	f.IntVar(&words, "allegation-words", 0, "show the first N words of each allegation in the chart (0: the whole text)")
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

// parseFormats reads a comma-separated list of output formats.
func parseFormats(s string) ([]tmpl.Format, error) {
	var out []tmpl.Format
	for _, part := range strings.Split(s, ",") {
		f := tmpl.Format(strings.ToLower(strings.TrimSpace(part)))
		switch f {
		case tmpl.Markdown, tmpl.PDF, tmpl.HTML:
		case "markdown":
			f = tmpl.Markdown
		case "":
			continue
		default:
			return nil, fmt.Errorf("unknown format %q in --format %q: use md, pdf or html", part, s)
		}
		dup := false
		for _, g := range out {
			dup = dup || g == f
		}
		if !dup {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--format %q names no format: use md, pdf or html", s)
	}
	return out, nil
}

// printChartSummary tells the user what was written and what the chart found.
func printChartSummary(w io.Writer, c *generator.Case, paths []string) {
	s := c.Summary
	fmt.Fprintf(w, "%s: %d paragraphs — ", c.Title, s.Paragraphs)
	var parts []string
	for _, cc := range s.ByClass {
		if cc.N > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", cc.N, strings.ToLower(cc.Label)))
		}
	}
	fmt.Fprintln(w, strings.Join(parts, ", "))
	fmt.Fprintf(w, "findings: %d errors, %d warnings, %d notes\n", s.Errors, s.Warnings, s.Infos)
	for _, p := range paths {
		fmt.Fprintln(w, "wrote", p)
	}
}

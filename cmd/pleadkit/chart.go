package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/spf13/cobra"
)

func newChartCmd() *cobra.Command {
	var p productFlags
	var words int
	var all bool
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
			opts, err := wordsOption(cmd, "allegation-words", "allegation_words", words)
			if err != nil {
				return err
			}
			if all {
				if opts == nil {
					opts = map[string]any{}
				}
				opts["list_all"] = true
			}
			c, paths, err := p.render(cmd.ErrOrStderr(), "response-chart", opts)
			if err != nil {
				return err
			}
			printChartSummary(cmd.OutOrStdout(), c, paths)
			return nil
		},
	}
	p.register(cmd, "chart")
	cmd.Flags().IntVar(&words, "allegation-words", 0, "show the first N words of each allegation in the chart (0: the whole text)")
	cmd.Flags().BoolVar(&all, "all", false, "list every lack-of-knowledge response, also those judged proper (facts of the plaintiff's own business)")
	return cmd
}

func parseFormats(s string) ([]tmpl.Format, error) {
	var out []tmpl.Format
	for _, part := range strings.Split(s, ",") {
		f := tmpl.Format(strings.ToLower(strings.TrimSpace(part)))
		switch {
		case tmpl.KnownFormat(f):
		case f == "markdown":
			f = tmpl.Markdown
		case f == "word":
			f = tmpl.DOCX
		case f == "excel":
			f = tmpl.XLSX
		case f == "":
			continue
		default:
			return nil, fmt.Errorf("unknown format %q in --format %q: use md, pdf, html, docx, xlsx or csv", part, s)
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
		return nil, fmt.Errorf("--format %q names no format: use md, pdf, html, docx, xlsx or csv", s)
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

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"

	"github.com/pleadkit/pleadkit/pleading/gold"
	"github.com/spf13/cobra"
)

func newEvalCmd() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "eval DIR...",
		Short: "Score the parser against hand-read pleadings (gold.json)",
		Long: `eval reads each case folder's complaint, answer and gold.json (a hand-read
labelling of the two filings; the format is in README.md) and prints one row
per case: complaint paragraphs found, counts whose first and last paragraphs
match, defenses found, complaint paragraphs answered, paragraphs whose
response class is right, and response facets right. A DIR without a
gold.json is searched one level down for case folders that have one.
-v lists every mismatch by complaint paragraph and answer line.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dirs, err := goldCases(args)
			if err != nil {
				return err
			}
			if len(dirs) == 0 {
				return fmt.Errorf("no case folder with a %s under %v", gold.File, args)
			}
			failed := 0
			var results []*gold.Result
			for _, dir := range dirs {
				r, err := gold.Eval(dir)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "pleadkit: eval:", err)
					failed++
					continue
				}
				results = append(results, r)
			}
			printEval(cmd.OutOrStdout(), results, verbose)
			if failed > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("%d of %d cases could not be read", failed, len(dirs))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every mismatch by paragraph and line")
	return cmd
}

// goldCases returns the case folders named by args: each arg that holds a
// gold.json, or its subfolders that do.
func goldCases(args []string) ([]string, error) {
	var dirs []string
	for _, a := range args {
		if gold.IsCase(a) {
			dirs = append(dirs, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var found []string
		for _, e := range entries {
			if p := filepath.Join(a, e.Name()); e.IsDir() && gold.IsCase(p) {
				found = append(found, p)
			}
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("eval: %s has no %s, nor any folder under it", a, gold.File)
		}
		sort.Strings(found)
		dirs = append(dirs, found...)
	}
	return dirs, nil
}

// printEval writes the table of results, with a total row and, when verbose, the mismatches.
func printEval(w io.Writer, results []*gold.Result, verbose bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "case\tparagraphs\tcounts\tdefenses\tanswered\tclass right\tfacets\t")
	var t gold.Result
	for _, r := range results {
		printEvalRow(tw, r.Case, r)
		t.Paragraphs += r.Paragraphs
		t.ParagraphsWant += r.ParagraphsWant
		t.Counts += r.Counts
		t.CountsWant += r.CountsWant
		t.Defenses += r.Defenses
		t.DefensesWant += r.DefensesWant
		t.Answered += r.Answered
		t.ClassRight += r.ClassRight
		t.Covered += r.Covered
		t.Facets += r.Facets
		t.FacetsWant += r.FacetsWant
	}
	if len(results) > 1 {
		printEvalRow(tw, "all", &t)
	}
	tw.Flush()
	if !verbose {
		return
	}
	for _, r := range results {
		if len(r.Mismatches) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s: %d mismatches\n", r.Case, len(r.Mismatches))
		for _, m := range r.Mismatches {
			fmt.Fprintln(w, "  "+m.String())
		}
	}
}

func printEvalRow(w io.Writer, name string, r *gold.Result) {
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name,
		score(r.Paragraphs, r.ParagraphsWant), score(r.Counts, r.CountsWant), score(r.Defenses, r.DefensesWant),
		score(r.Answered, r.Covered), score(r.ClassRight, r.Covered), score(r.Facets, r.FacetsWant))
}

// score formats a count right out of a count wanted: "97/101 96.0%".
func score(right, want int) string {
	return fmt.Sprintf("%d/%d %5.1f%%", right, want, 100*gold.Share(right, want))
}

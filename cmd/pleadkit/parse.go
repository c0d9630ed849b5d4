package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/pleadkit/pleadkit/pleading"
	"github.com/spf13/cobra"
)

func newParseCmd() *cobra.Command {
	var summary, text, verbose bool
	var reader string
	cmd := &cobra.Command{
		Use:   "parse FILE...",
		Short: "Parse pleadings and print the model as JSON (or a short summary)",
		Long: `parse reads each pleading (complaint or answer; .txt or .md) and prints the
parsed model as JSON, the form every later stage reads. PDF (.pdf) and Word
(.docx) files are read too. --summary prints a
few lines per file instead: kind, title, parties, counts of paragraphs,
counts, responses and defenses, and the parser's warnings.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			failed := 0
			var docs []*pleading.Document
			if text {
				for _, path := range args {
					src, err := pleading.ReadFile(path, reader)
					if err != nil {
						fmt.Fprintln(cmd.ErrOrStderr(), "pleadkit:", err)
						failed++
						continue
					}
					fmt.Fprintf(cmd.ErrOrStderr(), "# %s: read by %s\n", path, src.Reader)
					fmt.Fprint(out, pleading.CleanText(src.Text))
				}
				if failed > 0 {
					return &exitError{code: 1, msg: fmt.Sprintf("%d of %d files could not be read", failed, len(args))}
				}
				return nil
			}
			for _, path := range args {
				src, err := pleading.ReadFile(path, reader)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "pleadkit:", err)
					failed++
					continue
				}
				if verbose {
					fmt.Fprintf(cmd.ErrOrStderr(), "pleadkit: %s: read by %s\n", path, src.Reader)
				}
				doc, err := pleading.Parse(path, []byte(src.Text))
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "pleadkit:", err)
					failed++
					continue
				}
				docs = append(docs, doc)
			}
			if summary {
				for _, d := range docs {
					printSummary(out, d)
				}
			} else {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				var v any = docs
				if len(docs) == 1 && len(args) == 1 {
					v = docs[0]
				}
				if len(docs) > 0 {
					if err := enc.Encode(v); err != nil {
						return fmt.Errorf("write JSON: %w", err)
					}
				}
			}
			if failed > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("%d of %d files could not be parsed", failed, len(args))}
			}
			return nil
		},
	}
	cmd.Flags().Bool("json", true, "print the model as JSON (the default)")
	cmd.Flags().BoolVar(&summary, "summary", false, "print a short human summary instead of JSON")
	cmd.Flags().BoolVar(&text, "text", false, "print the cleaned text the parser reads (line number, page, text), to see why a paragraph went wrong")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "say which reader read each file (pdftotext, go-pdf, docx, text)")
	cmd.Flags().StringVar(&reader, "pdf-reader", "", "PDF reader: pdftotext or go (default: pdftotext when installed)")
	return cmd
}

// printSummary writes a few lines describing a parsed pleading.
func printSummary(w io.Writer, d *pleading.Document) {
	fmt.Fprintf(w, "%s\n", d.File)
	fmt.Fprintf(w, "  kind:       %s\n", d.Kind)
	fmt.Fprintf(w, "  title:      %s\n", d.Title)
	fmt.Fprintf(w, "  court:      %s\n", d.Caption.Court)
	fmt.Fprintf(w, "  case no.:   %s\n", d.Caption.CaseNumber)
	for _, p := range d.Caption.Plaintiffs {
		fmt.Fprintf(w, "  plaintiff:  %s %v\n", p.Name, p.Aliases)
	}
	for _, p := range d.Caption.Defendants {
		fmt.Fprintf(w, "  defendant:  %s %v\n", p.Name, p.Aliases)
	}
	fmt.Fprintf(w, "  paragraphs: %d\n", len(d.Paragraphs))
	fmt.Fprintf(w, "  counts:     %d\n", len(d.Counts))
	for _, c := range d.Counts {
		fmt.Fprintf(w, "    %-10s ¶¶%d–%d  %s", c.Label, c.First, c.Last, c.Title)
		if c.Statute != "" {
			fmt.Fprintf(w, " [%s]", c.Statute)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  prayer:     %d items\n", len(d.Prayer))
	fmt.Fprintf(w, "  responses:  %d\n", len(d.Responses))
	fmt.Fprintf(w, "  defenses:   %d\n", len(d.Defenses))
	if len(d.Counterclaims) > 0 {
		fmt.Fprintf(w, "  counterclaim paragraphs: %d\n", len(d.Counterclaims))
	}
	fmt.Fprintf(w, "  jury:       %v   date: %s\n", d.JuryDemand, d.Date)
	for _, wn := range d.Warnings {
		fmt.Fprintf(w, "  warning: %s:%d: %s\n", d.File, wn.Line, wn.Message)
	}
	if c := d.Counterclaim; c != nil {
		// The counterclaims, read as a pleading of their own.
		var b strings.Builder
		printSummary(&b, c)
		_, rest, _ := strings.Cut(b.String(), "\n")
		fmt.Fprintf(w, "  counterclaim (a pleading of its own):\n")
		for _, l := range strings.SplitAfter(strings.TrimSuffix(rest, "\n"), "\n") {
			fmt.Fprintf(w, "  %s", l)
		}
		fmt.Fprintln(w)
	}
}

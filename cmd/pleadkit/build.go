package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func newBuildCmd() *cobra.Command {
	var outDir, formats, fileName string
	var templates []string
	var jobs, maxOutput int
	var timeout time.Duration
	var force, asJSON, allowOutside, csvBOM bool
	cmd := &cobra.Command{
		Use:   "build [DIR...]",
		Short: "Render every product of one case folder, or of every case under a folder",
		Long: `build renders the work product of each case: every template (response chart,
claim-element matrix, defense checklist, case summary, and the case's own
templates) to every format (Markdown, PDF, HTML) into DIR/out/.

Each DIR may be a case folder (a complaint and its answer, found by their
content, or named in case.toml) or a folder of case folders, searched
recursively. Cases are built in parallel (-j). A case whose inputs and
templates have not changed since its last build is skipped (--force redoes
it). A broken case is reported with its file and line and does not stop
the others, and a broken template fails only its own product: the case's
other products are built and the failed product's earlier files are renamed
NAME.stale.EXT. A case with a complaint and no answer yet builds what needs
only the complaint (the case summary) and reports "awaiting answer" as
information, not as an error. The exit code is 1 if any product failed.

--json prints, for every case (up-to-date ones too), its case number, each
product's status and files, the findings with file and line, warnings,
information and errors.`,
		Example: `  pleadkit build samples/acme-v-brightline
  pleadkit build samples -j 4 --format md,pdf
  pleadkit build ~/cases --json > summary.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			if os.Getenv("GOGC") == "" {
				// A build allocates a lot in short-lived documents and keeps
				// little: collecting less often saves ~15-20% CPU for a few
				// more megabytes of heap.
				debug.SetGCPercent(400)
			}
			if os.Getenv("GOMEMLIMIT") == "" {
				// ...but not without bound: past a gigabyte of heap (a case
				// of 100,000 paragraphs) the collector runs as often as it
				// must to stay near it, so the peak follows the live data
				// instead of five times it.
				debug.SetMemoryLimit(1 << 30)
			}
			opts := build.Options{OutDir: outDir, Templates: templates, Force: force, Jobs: jobs, Version: buildVersion(), AllowOutside: allowOutside, FirmDir: firmDir(cmd),
				FileName: fileName, CSVBOM: csvBOM,
				Limits: tmpl.Limits{Timeout: timeout, MaxOutput: int64(maxOutput) << 20}}
			if cmd.Flags().Changed("format") {
				fmts, err := parseBuildFormats(formats)
				if err != nil {
					return &exitError{code: 2, msg: err.Error()}
				}
				opts.Formats = fmts
			}
			stderr := cmd.ErrOrStderr()
			start := time.Now()
			tty := false
			if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) && !asJSON {
				tty = true
			}
			opts.Progress = func(done, total int, current string) {
				if tty {
					width := 30
					filled := width * done / max(total, 1)
					fmt.Fprintf(stderr, "\r[%s%s] %d/%d %-40.40s %5.1fs", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total, current, time.Since(start).Seconds())
				}
			}
			results, err := build.All(args, opts)
			if tty {
				fmt.Fprintln(stderr)
			}
			if err != nil {
				return err
			}
			failed := 0
			for _, r := range results {
				if r.Failed() {
					failed++
				}
			}
			// A build of several cases gets a firm index at its root (or -o).
			indexes, indexErr := build.WriteIndexes(args, opts, results)
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(results); err != nil {
					return err
				}
			} else {
				printBuildSummary(cmd.OutOrStdout(), stderr, results, time.Since(start))
				for _, p := range indexes {
					fmt.Fprintf(cmd.OutOrStdout(), "index: %s\n", p)
				}
			}
			if indexErr != nil {
				return &exitError{code: 1, msg: indexErr.Error()}
			}
			if failed > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("%d of %d cases failed", failed, len(results))}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&outDir, "out", "o", "", "write outputs here instead of each case's out/ (one subfolder per case when building several)")
	f.StringVar(&formats, "format", "", "formats to render, comma-separated: md, pdf, html, docx, xlsx, csv, and binder (one PDF of every product) (default: each template's own)")
	f.StringSliceVarP(&templates, "template", "t", nil, "render only these templates (by name; repeat or comma-separate)")
	f.IntVarP(&jobs, "jobs", "j", 0, "cases to build at once (default: the number of CPUs)")
	f.BoolVar(&force, "force", false, "render even when nothing changed since the last build")
	f.BoolVar(&asJSON, "json", false, "print the summary as JSON")
	f.DurationVar(&timeout, "template-timeout", tmpl.DefaultTimeout, "time each template may run on a case before it fails")
	f.IntVar(&maxOutput, "max-output", tmpl.DefaultMaxOutput>>20, "megabytes of Markdown a template may write before it fails")
	f.BoolVar(&allowOutside, "allow-outside", false, "let case.toml name pleadings outside the case folder")
	f.StringVar(&fileName, "file-name", "", `output file names: a pattern of {case} (the case's short name) and {product}, e.g. "{case}-{product}" (default: case.toml's file_name, else "{product}")`)
	f.BoolVar(&csvBOM, "csv-bom", false, "start CSV files with a UTF-8 byte-order mark, for Excel (as csv_bom in case.toml)")
	_ = cmd.MarkFlagDirname("out")
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"md", "pdf", "html", "docx", "xlsx", "csv", "binder", "md,pdf,html", "docx,xlsx", "pdf,binder"}, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("template", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		s, err := tmpl.Load("")
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		return s.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// parseBuildFormats is parseFormats with the binder (build's own format) allowed.
func parseBuildFormats(s string) ([]tmpl.Format, error) {
	var rest []string
	binder := false
	for _, part := range strings.Split(s, ",") {
		if strings.EqualFold(strings.TrimSpace(part), string(build.Binder)) {
			binder = true
			continue
		}
		rest = append(rest, part)
	}
	if !binder {
		return parseFormats(s)
	}
	var fmts []tmpl.Format
	if strings.TrimSpace(strings.Join(rest, "")) != "" {
		var err error
		if fmts, err = parseFormats(strings.Join(rest, ",")); err != nil {
			return nil, err
		}
	}
	return append(fmts, build.Binder), nil
}

// printBuildSummary writes the per-case table and each case's errors.
func printBuildSummary(w, errw io.Writer, results []build.Result, total time.Duration) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CASE\tPRODUCTS\tFILES\tTIME\tWARNINGS\tFINDINGS\tRESULT")
	for _, r := range results {
		status := "ok"
		switch {
		case r.Failed() && len(r.Outputs) > 0 && failedProducts(r) < len(r.Outputs):
			status = fmt.Sprintf("FAILED %d of %d", failedProducts(r), len(r.Outputs))
		case r.Failed():
			status = "FAILED"
		case len(r.Notes) > 0 && awaitingProducts(r) > 0:
			status = "awaiting answer"
		case r.Skipped:
			status = "up to date"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%d\t%d\t%s\n", r.Case, len(r.Products), len(r.Written), r.Duration.Round(time.Millisecond), len(r.Warnings), len(r.Findings), status)
	}
	tw.Flush()
	built, skipped, failed := 0, 0, 0
	for _, r := range results {
		printWarnings(errw, r)
		switch {
		case r.Failed():
			failed++
			for _, e := range r.Errors {
				fmt.Fprintf(errw, "pleadkit: %s\n", e)
			}
		case r.Skipped:
			skipped++
		default:
			built++
		}
		for _, i := range r.Notes {
			fmt.Fprintf(errw, "pleadkit: info: %s\n", i)
		}
	}
	fmt.Fprintf(w, "%d built, %d up to date, %d failed in %s\n", built, skipped, failed, total.Round(time.Millisecond))
}

// failedProducts counts the products of a case that failed.
func failedProducts(r build.Result) int {
	n := 0
	for _, o := range r.Outputs {
		if o.Status == build.StatusFailed {
			n++
		}
	}
	return n
}

// awaitingProducts counts the products of a case that wait for its answer.
func awaitingProducts(r build.Result) int {
	n := 0
	for _, o := range r.Outputs {
		if o.Status == build.StatusAwaiting {
			n++
		}
	}
	return n
}

// maxWarnings is how many warnings of one case build prints; check shows all.
const maxWarnings = 10

// printWarnings writes a case's warnings, the first maxWarnings of them.
func printWarnings(w io.Writer, r build.Result) {
	for i, m := range r.Warnings {
		if i == maxWarnings {
			fmt.Fprintf(w, "pleadkit: warning: %s: %d more warnings (pleadkit check %s lists them all)\n", r.Case, len(r.Warnings)-maxWarnings, r.Dir)
			break
		}
		fmt.Fprintf(w, "pleadkit: warning: %s\n", m)
	}
}

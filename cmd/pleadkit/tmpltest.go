package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/samples"
	"github.com/spf13/cobra"
)

func newTemplatesTestCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "test [DIR]",
		Short: "Run every template on every case under DIR (default: the built-in samples) and report each template error at its file and line",
		Long: `Run every template (each case's own, the firm's, the built-ins) on every
case folder under DIR, without writing anything, and report each template
or setting error at its file, line and column, with the case it happened
on: a branch only some cases reach is caught before the nightly batch.
Without DIR, the firm's templates (--templates, $PLEADKIT_TEMPLATES, or the
pleadkit.toml at or above the current folder) run on the built-in samples
and on one of them with its answer removed. Exit code 1 when any failed.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			firm := firmDir(cmd)
			var roots []string
			if len(args) == 1 {
				roots = args
			} else {
				tmp, err := os.MkdirTemp("", "pleadkit-samples-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				if err := writeSamples(tmp); err != nil {
					return err
				}
				roots = []string{tmp}
				if firm == "" {
					if firm, err = tmpl.FindFirm(".", ""); err != nil {
						return err
					}
				}
			}
			dirs, err := build.FindCases(roots)
			if err != nil {
				return err
			}
			if len(dirs) == 0 {
				return fmt.Errorf("templates test: no case folders under %s", strings.Join(roots, ", "))
			}
			failed := 0
			for _, d := range dirs {
				cc := build.CheckCase(d, firm)
				failed += reportTemplateErrors(cmd.OutOrStdout(), cc)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d %s tested, %d template %s\n", len(dirs), plural(len(dirs), "case", "cases"), failed, plural(failed, "error", "errors"))
			if failed > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
}

// reportTemplateErrors prints the errors of a check that are not the
// pleadings' (templates, settings, a case that does not load) and returns
// how many there were.
func reportTemplateErrors(w io.Writer, cc build.CaseCheck) int {
	n := 0
	for _, f := range cc.Findings {
		if f.Severity != "error" || (f.Code != "template" && f.Code != "settings" && f.Code != "case" && f.Code != "analyze") {
			continue
		}
		n++
		fmt.Fprintf(w, "%s  (case %s)\n", f.String(), cc.Case)
	}
	return n
}

// writeSamples writes the built-in samples under dir, and the first of them
// again without its answer, so a template's branch for a case awaiting
// its answer runs too.
func writeSamples(dir string) error {
	err := fs.WalkDir(samples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := fs.ReadFile(samples.FS, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		return fmt.Errorf("templates test: samples: %w", err)
	}
	noAnswer := filepath.Join(dir, "acme-v-brightline-no-answer")
	if err := os.MkdirAll(noAnswer, 0o755); err != nil {
		return err
	}
	data, err := fs.ReadFile(samples.FS, "acme-v-brightline/complaint.md")
	if err != nil {
		return fmt.Errorf("templates test: samples: %w", err)
	}
	if err := os.WriteFile(filepath.Join(noAnswer, "complaint.md"), data, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(noAnswer, build.SettingsFile), []byte("short_name = \"Acme v. Brightline (no answer yet)\"\ncomplaint = \"complaint.md\"\n"), 0o644)
}

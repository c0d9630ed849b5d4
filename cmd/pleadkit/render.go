package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/spf13/cobra"
)

func newRenderCmd() *cobra.Command {
	var template, caseDir, outDir, formats string
	cmd := &cobra.Command{
		Use:   "render --template FILE|NAME --case DIR",
		Short: "Render one template (a built-in by name, or a .toml file) on a case folder",
		Long: `render runs one template on the analyzed case of a case folder and writes
its Markdown, PDF and HTML, without the up-to-date checks of build. It is the
way to try a template while writing it: --template takes a built-in's name
(or the case's own templates/NAME.toml), or the path of any .toml file.
Errors in the template are reported with the file, line and column.`,
		Example: `  pleadkit render --template response-chart --case samples/acme-v-brightline
  pleadkit render --template my-chart.toml --case samples/acme-v-brightline -o /tmp/try --format md`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmts, err := parseFormats(formats)
			if err != nil {
				return &exitError{code: 2, msg: err.Error()}
			}
			f, err := build.LoadFolder(caseDir)
			if err != nil {
				return err
			}
			var t *tmpl.Template
			if strings.HasSuffix(template, ".toml") || strings.ContainsRune(template, os.PathSeparator) {
				if t, err = tmpl.ParseFile(template); err != nil {
					return err
				}
			} else {
				store, err := tmpl.Load(caseDir)
				if store == nil { // another template's error does not stop this one
					return err
				}
				if t, err = store.Get(template); err != nil {
					return err
				}
			}
			if o := f.Settings.Options[t.Name]; len(o) > 0 {
				if t, err = t.WithOptions(o); err != nil {
					return err
				}
			}
			c, err := generator.Analyze(f.Complaint, f.Answer)
			if err != nil {
				return err
			}
			outs, err := generator.Render(t, c, fmts, c.Header())
			if err != nil {
				return err
			}
			if outDir == "" {
				outDir = filepath.Join(caseDir, "out")
			}
			paths, err := generator.WriteOutputs(outDir, outs)
			if err != nil {
				return err
			}
			for _, p := range paths {
				fmt.Fprintln(cmd.OutOrStdout(), "wrote", p)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&template, "template", "", "a template name (built-in or the case's own) or the path of a .toml file")
	fl.StringVar(&caseDir, "case", ".", "the case folder")
	fl.StringVarP(&outDir, "out", "o", "", "directory to write to (default: CASE/out)")
	fl.StringVar(&formats, "format", "md,pdf,html", "formats to write, comma-separated: md, pdf, html, docx, xlsx, csv")
	_ = cmd.MarkFlagRequired("template")
	_ = cmd.MarkFlagDirname("case")
	_ = cmd.MarkFlagDirname("out")
	return cmd
}

package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/pleading"
	"github.com/spf13/cobra"
)

// productFlags are the flags of the commands that render one product of two files.
type productFlags struct {
	complaint, answer, outDir, formats string
	csvBOM                             bool
}

// register adds the shared flags to cmd.
func (p *productFlags) register(cmd *cobra.Command, what string) {
	f := cmd.Flags()
	f.StringVar(&p.complaint, "complaint", "", "the complaint (.txt, .md, .pdf or .docx)")
	f.StringVar(&p.answer, "answer", "", "the answer to it (.txt, .md, .pdf or .docx)")
	f.StringVarP(&p.outDir, "out", "o", "out", "directory to write the "+what+" to")
	f.StringVar(&p.formats, "format", "md,pdf,html", "formats to write, comma-separated: md, pdf, html, docx, xlsx, csv")
	f.BoolVar(&p.csvBOM, "csv-bom", false, "start CSV files with a UTF-8 byte-order mark, for Excel")
	_ = cmd.MarkFlagRequired("complaint")
	_ = cmd.MarkFlagRequired("answer")
	_ = cmd.MarkFlagFilename("complaint", "txt", "md", "pdf", "docx")
	_ = cmd.MarkFlagFilename("answer", "txt", "md", "pdf", "docx")
	_ = cmd.MarkFlagDirname("out")
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"md", "pdf", "html", "docx", "xlsx", "csv", "md,pdf,html", "docx,xlsx"}, cobra.ShellCompDirectiveNoFileComp
	})
}

// render parses both pleadings (taking them the other way round, with a
// note on errw, when each reads as the other), analyzes them and renders the named template
// (a templates/NAME.toml in the complaint's folder overrides the built-in)
// with the given option overrides, writing each format atomically to the
// output folder. It returns the analyzed case and the files written.
func (p *productFlags) render(errw io.Writer, name string, options map[string]any) (*generator.Case, []string, error) {
	fmts, err := parseFormats(p.formats)
	if err != nil {
		return nil, nil, &exitError{code: 2, msg: err.Error()}
	}
	cdoc, err := pleading.ParseFile(p.complaint)
	if err != nil {
		return nil, nil, err
	}
	adoc, err := pleading.ParseFile(p.answer)
	if err != nil {
		return nil, nil, err
	}
	caseDir := filepath.Dir(p.complaint)
	c, err := generator.Analyze(cdoc, adoc)
	if errors.Is(err, generator.ErrSwapped) {
		// Each file reads as the other: take them as they read.
		fmt.Fprintf(errw, "pleadkit: %s reads as an answer and %s as a complaint: using them that way\n", p.complaint, p.answer)
		c, err = generator.Analyze(adoc, cdoc)
		caseDir = filepath.Dir(p.answer)
	}
	if err != nil {
		return nil, nil, err
	}
	store, err := tmpl.Load(caseDir)
	if store == nil { // another template's error does not stop this one
		return nil, nil, err
	}
	t, err := store.Get(name)
	if err != nil {
		return nil, nil, err
	}
	if len(options) > 0 {
		if t, err = t.WithOptions(options); err != nil {
			return nil, nil, err
		}
	}
	outs, err := generator.RenderWith(t, c, fmts, generator.RenderOptions{Header: c.Header(), CSVBOM: p.csvBOM})
	if err != nil {
		return nil, nil, err
	}
	paths, err := generator.WriteOutputs(p.outDir, outs)
	if err != nil {
		return nil, nil, err
	}
	return c, paths, nil
}

// wordsOption turns a --*-words flag into a template option when it was given.
func wordsOption(cmd *cobra.Command, flag, option string, n int) (map[string]any, error) {
	if !cmd.Flags().Changed(flag) {
		return nil, nil
	}
	if n < 0 {
		return nil, &exitError{code: 2, msg: fmt.Sprintf("--%s must be 0 (whole text) or more", flag)}
	}
	return map[string]any{option: int64(n)}, nil
}

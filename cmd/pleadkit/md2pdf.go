package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pleadkit/pleadkit/generator/render"
	"github.com/spf13/cobra"
)

func newMd2pdfCmd() *cobra.Command {
	var (
		out, pageSize, title, header string
		landscape, asHTML            bool
		fontSize                     float64
	)
	cmd := &cobra.Command{
		Use:   "md2pdf IN.md",
		Short: "Convert a Markdown file to PDF (or HTML)",
		Long: `md2pdf converts any GitHub-flavored Markdown file to PDF the way pleadkit
renders its charts: Liberation Serif, tables with repeated header rows,
a running header (--header on the left, --title on the right) and a
"Page X of Y" footer. --html writes a standalone HTML page instead.

The output goes to -o (default: IN with .pdf or .html), written atomically;
"-" reads standard input or writes standard output. A PDF is dated with the
input's modification time, so the same file gives the same bytes;
SOURCE_DATE_EPOCH (seconds since 1970) overrides the date.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := args[0]
			size, err := render.ParsePageSize(pageSize)
			if err != nil {
				return err
			}
			var md []byte
			if in == "-" {
				md, err = io.ReadAll(cmd.InOrStdin())
			} else {
				md, err = os.ReadFile(in)
			}
			if err != nil {
				return fmt.Errorf("read %s: %w", in, err)
			}
			if out == "" {
				if in == "-" {
					return fmt.Errorf("-o is required when reading standard input")
				}
				ext := ".pdf"
				if asHTML {
					ext = ".html"
				}
				out = strings.TrimSuffix(in, filepath.Ext(in)) + ext
			}
			if in != "-" && out != "-" && sameFile(in, out) {
				return &exitError{code: 2, msg: fmt.Sprintf("md2pdf: -o %s is the input file itself; give another output file", out)}
			}
			docTitle := title
			if docTitle == "" && in != "-" {
				docTitle = strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
			}
			opts := []render.Option{
				render.WithPageSize(size.Name),
				render.WithFontSize(fontSize),
				render.WithHeader(header, title),
				render.WithTitle(docTitle),
			}
			if landscape {
				opts = append(opts, render.WithLandscape())
			}
			if _, ok := render.SourceDateEpoch(); !ok && in != "-" {
				// The input's modification time: the same file gives the same bytes.
				if st, err := os.Stat(in); err == nil {
					opts = append(opts, render.WithCreationDate(st.ModTime().UTC().Truncate(time.Second)))
				}
			}
			r := render.New(opts...)
			var buf bytes.Buffer
			if asHTML {
				err = r.HTML(&buf, md)
			} else {
				err = r.PDF(&buf, md)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", in, err)
			}
			if out == "-" {
				_, err = cmd.OutOrStdout().Write(buf.Bytes())
				return err
			}
			return writeFileAtomic(out, buf.Bytes())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&out, "output", "o", "", "output file (default IN with .pdf or .html; - for standard output)")
	f.BoolVar(&landscape, "landscape", false, "landscape pages")
	f.StringVar(&pageSize, "page-size", "letter", "paper size: letter, a4 or legal")
	f.Float64Var(&fontSize, "font-size", 11, "body text size in points")
	f.StringVar(&title, "title", "", "document title, shown at the right of the running header")
	f.StringVar(&header, "header", "", "text at the left of the running header (e.g. the case caption)")
	f.BoolVar(&asHTML, "html", false, "write HTML instead of PDF")
	return cmd
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so readers see the old file or the new one, never a part.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// sameFile reports whether a and b name one file (after symbolic links), or
// the same path when b does not exist yet.
func sameFile(a, b string) bool {
	sa, erra := os.Stat(a)
	sb, errb := os.Stat(b)
	if erra == nil && errb == nil {
		return os.SameFile(sa, sb)
	}
	aa, _ := filepath.Abs(a)
	ab, _ := filepath.Abs(b)
	return aa == ab
}

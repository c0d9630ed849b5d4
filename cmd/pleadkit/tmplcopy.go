package main

import (
	"fmt"
	"os"

	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/spf13/cobra"
)

// splitDirNames reads [DIR] [NAME...]: a first argument that is a folder
// is DIR (default: the current folder); the rest are names.
func splitDirNames(args []string) (string, []string) {
	if len(args) > 0 {
		if st, err := os.Stat(args[0]); err == nil && st.IsDir() {
			return args[0], args[1:]
		}
	}
	return ".", args
}

func newTemplatesInitCmd() *cobra.Command {
	var libraries bool
	cmd := &cobra.Command{
		Use:   "init [DIR] [NAME...]",
		Short: "Copy the built-in templates and partials (or only NAME) into DIR/templates/ to customize; never overwrites",
		Long: `Copy built-in files into DIR/templates/ (DIR: a case folder or a firm
folder; default the current folder) to customize them: every template and
partial, or only the templates, partials or libraries named. The claim-element
and defense libraries are copied only with --libraries or by name, since a
copy shadows every later built-in update of them. An existing file is never
overwritten. A first argument that is a folder is DIR.`,
		Example: `  pleadkit templates init cases/acme                 # every template and partial
  pleadkit templates init cases/acme response-chart  # one template
  pleadkit templates init firm banner                # the banner partial
  pleadkit templates init firm --libraries           # templates, partials and libraries`,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, names := splitDirNames(args)
			if len(names) == 0 {
				names = nil
			}
			res, err := tmpl.Init(dir, tmpl.InitOptions{Names: names, Libraries: libraries})
			for _, r := range res {
				if r.Skipped {
					fmt.Fprintf(cmd.OutOrStdout(), "kept    %s (exists)\n", r.Path)
				} else {
					fmt.Fprintf(cmd.OutOrStdout(), "created %s\n", r.Path)
				}
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&libraries, "libraries", false, "copy the claim-element and defense libraries too")
	return cmd
}

func newTemplatesDiffCmd() *cobra.Command {
	var quiet bool
	cmd := &cobra.Command{
		Use:   "diff [DIR] [NAME...]",
		Short: "Show how a case's or firm's copies of templates, partials and libraries differ from today's built-ins",
		Long: `Compare each template, partial and library a case folder or firm folder
(DIR, default the current folder) uses instead of a built-in — the case's
own over the firm's — with today's built-in of the same name, as a unified
diff; NAME limits it to those. A copy made by templates init that still
matches says "same as the built-in"; a file that replaces no built-in is
listed as the folder's own. Exit code 1 when any differs, like diff(1).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, names := splitDirNames(args)
			s, err := tmpl.LoadFor(dir, firmDir(cmd))
			if s == nil {
				return err
			}
			ds, err := s.Diffs(names)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			differ := 0
			for _, d := range ds {
				switch {
				case d.Builtin == "":
					fmt.Fprintf(w, "%s %s: %s is the folder's own (no built-in of that name)\n", d.Kind, d.Name, d.Origin)
				case d.Unified == "":
					if !quiet {
						fmt.Fprintf(w, "%s %s: %s is the same as the built-in\n", d.Kind, d.Name, d.Origin)
					}
				default:
					differ++
					fmt.Fprint(w, d.Unified)
				}
			}
			if len(ds) == 0 {
				fmt.Fprintf(w, "%s uses the built-ins only\n", dir)
			}
			if differ > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "do not list the copies that match the built-in")
	return cmd
}

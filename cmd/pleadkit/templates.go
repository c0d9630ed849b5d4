package main

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/pleadkit/pleadkit/generator/fields"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/pleadkit/pleadkit/templates"
	"github.com/spf13/cobra"
)

func newTemplatesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List, show, copy, compare and test the templates that render each product, and print the data they see",
	}
	list := &cobra.Command{
		Use:   "list [CASE]",
		Short: "List the built-in templates and a case's own, with where each comes from",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := ""
			if len(args) == 1 {
				dir = args[0]
			}
			s, loadErr := tmpl.LoadFor(dir, firmDir(cmd))
			if s == nil {
				return loadErr
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tFORMATS\tORIGIN\tDESCRIPTION")
			for _, t := range s.List() {
				fmt.Fprintf(tw, "%s\t%v\t%s\t%s\n", t.Name, t.Formats, t.Origin, t.Description)
			}
			broken := s.Broken()
			for _, n := range slices.Sorted(maps.Keys(broken)) {
				fmt.Fprintf(tw, "%s\t-\tBROKEN\t(see the error below; its product fails until it is fixed)\n", n)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			return loadErr // a broken template's errors, at their lines
		},
	}
	show := &cobra.Command{
		Use:   "show NAME [CASE]",
		Short: "Print a template's TOML source (the case's own if it overrides the built-in)",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := ""
			if len(args) == 2 {
				dir = args[1]
			}
			s, err := tmpl.Load(dir)
			if err != nil {
				return err
			}
			t, err := s.Get(args[0])
			if err != nil {
				return err
			}
			src, err := templateSource(t)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "# %s\n", t.Origin)
			_, err = cmd.OutOrStdout().Write(src)
			return err
		},
	}
	initCmd := newTemplatesInitCmd()
	fieldsCmd := &cobra.Command{
		Use:   "fields [TYPE]",
		Short: "Print every field and method a template can use, with its type and a line of doc (TYPE: one type, like Row or Class)",
		Long: `Print the data a template sees: the case (the dot at the top of every
template) and every type reachable from it, each field and method as a
template writes it (.Rows, .ClassText), its type and a line of doc; an
enumerated type (Class, Severity, Status) lists its values. With TYPE, only
that type (any case; joined.Row works too).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			types := fields.Types()
			if len(args) == 1 {
				t, err := fields.Lookup(args[0])
				if err != nil {
					return err
				}
				types = []fields.Type{t}
			}
			return fields.WriteText(cmd.OutOrStdout(), types)
		},
	}
	cmd.AddCommand(list, show, initCmd, fieldsCmd, newTemplatesTestCmd(), newTemplatesDiffCmd())
	return cmd
}

// templateSource reads the TOML a template came from: the embedded built-in or the case's file.
func templateSource(t *tmpl.Template) ([]byte, error) {
	if name, ok := strings.CutPrefix(t.Origin, "builtin:"); ok {
		return fs.ReadFile(templates.FS, name)
	}
	return os.ReadFile(t.Origin)
}

// Command pleadkit reads the pleadings of a civil case and renders the
// work product a trial team builds before depositions and motions.
package main

import (
	"fmt"
	"github.com/pleadkit/pleadkit/generator/render"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at link time with -ldflags "-X main.version=v1.2.3".
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the CLI with args and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if err := render.CheckSourceDateEpoch(); err != nil {
		fmt.Fprintln(stderr, "pleadkit:", err)
		return 2
	}
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		var ec exitCoder
		if asExitCoder(err, &ec) {
			if msg := err.Error(); msg != "" {
				fmt.Fprintln(stderr, "pleadkit:", msg)
			}
			return ec.ExitCode()
		}
		fmt.Fprintln(stderr, "pleadkit:", err)
		return 1
	}
	return 0
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "pleadkit",
		Short: "Response charts, claim-element matrices and defense checklists from pleadings",
		Long: `pleadkit reads the pleadings of a civil case (the complaint and the answer)
and renders a response chart, a claim-element matrix and a defense checklist
to Markdown, PDF and HTML from customizable templates.`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().String("templates", "", "the firm folder (its pleadkit.toml and templates/) to use between each case's templates and the built-ins (default: $"+firmEnv+", else the nearest folder above the case holding a pleadkit.toml)")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		// one constructor per subcommand, each in its own file
		newParseCmd(),
		newBuildCmd(),
		newBinderCmd(),
		newRenderCmd(),
		newAnalyzeCmd(),
		newCheckCmd(),
		newTemplatesCmd(),
		newWatchCmd(),
		newServeCmd(),
		newMd2pdfCmd(),
		newChartCmd(),
		newDefensesCmd(),
		newMatrixCmd(),
		newEvalCmd(),
	)
	return root
}

// buildVersion reports the version stamped at link time or recorded by the Go toolchain.
func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// firmEnv names the environment variable that gives the firm folder.
const firmEnv = "PLEADKIT_TEMPLATES"

// firmDir returns the firm folder given by --templates or, failing that,
// by PLEADKIT_TEMPLATES; "" means: look for pleadkit.toml above each case.
func firmDir(cmd *cobra.Command) string {
	if f := cmd.Flag("templates"); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	return os.Getenv(firmEnv)
}

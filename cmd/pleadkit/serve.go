package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/pleadkit/pleadkit/generator/serve"
	"github.com/spf13/cobra"
)

func newServeCmd() *cobra.Command {
	var addr, formats string
	var debounce time.Duration
	cmd := &cobra.Command{
		Use:   "serve [DIR...]",
		Short: "Show every case and product in the browser, rebuilt live as pleadings and templates change",
		Long: `serve builds every case under DIR (default: the current folder), then serves
a dashboard of the cases at http://127.0.0.1:1414/ and each product's HTML at
/case/NAME/PRODUCT, beside its findings and links to its PDF and other files.
When a pleading, case.toml, pleadkit.toml, template or library under DIR
changes, the cases it touches are rebuilt (only the products that changed)
and open pages reload themselves; a template or parse error replaces the page
with the error and its line until the file is fixed.

The server only reads and builds: it binds to the loopback address unless
--addr names another, serves no file outside the cases' output folders, and
runs no script from a pleading. Ctrl-C stops it.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			opts := build.Options{Version: buildVersion()}
			if cmd.Flags().Changed("format") {
				fmts, err := parseFormats(formats)
				if err != nil {
					return &exitError{code: 2, msg: err.Error()}
				}
				opts.Formats = fmts
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runServe(ctx, args, addr, opts, debounce, cmd.OutOrStdout(), cmd.ErrOrStderr(), nil)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:1414", "address to listen on; anything but a loopback address exposes your cases to the network")
	cmd.Flags().StringVar(&formats, "format", "", "formats to render, comma-separated (default: each template's own; keep html)")
	cmd.Flags().DurationVar(&debounce, "debounce", 60*time.Millisecond, "wait this long after the last change before rebuilding")
	return cmd
}

// runServe builds the cases under roots and serves them on addr until ctx is
// done. ready, when set, receives the address actually listened on.
func runServe(ctx context.Context, roots []string, addr string, opts build.Options, debounce time.Duration, out, errw io.Writer, ready func(string)) error {
	if warn := exposure(addr); warn != "" {
		fmt.Fprintln(errw, "pleadkit: warning:", warn)
	}
	logf := func(format string, args ...any) {
		fmt.Fprintf(out, "%s %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
	}
	srv, err := serve.New(serve.Config{Roots: roots, Options: opts, Debounce: debounce, Logf: logf})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w (is another pleadkit serve running? choose another --addr)", err)
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(out, "serving %v at http://%s/ (Ctrl-C to stop)\n", roots, ln.Addr())
	if ready != nil {
		ready(ln.Addr().String())
	}
	watchCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	watchErr := make(chan error, 1)
	go func() { watchErr <- srv.Run(watchCtx) }()
	serveErr := make(chan error, 1)
	go func() { serveErr <- hs.Serve(ln) }()
	select {
	case <-ctx.Done():
	case err := <-serveErr:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	case err := <-watchErr:
		if err != nil {
			return err
		}
	}
	shut, done := context.WithTimeout(context.Background(), 3*time.Second)
	defer done()
	_ = hs.Shutdown(shut) // open event streams end with their requests
	fmt.Fprintln(out, "stopped")
	return nil
}

// exposure returns a warning when addr listens beyond the loopback interface.
func exposure(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return ""
	}
	if host == "localhost" {
		return ""
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return ""
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		return fmt.Sprintf("--addr %s listens on every network interface: anyone who can reach this machine can read these cases", addr)
	}
	return fmt.Sprintf("--addr %s is not a loopback address: other machines may read these cases", addr)
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/pleadkit/pleadkit/generator/build"
	"github.com/spf13/cobra"
)

func newWatchCmd() *cobra.Command {
	var formats string
	var debounce time.Duration
	cmd := &cobra.Command{
		Use:   "watch DIR",
		Short: "Rebuild a case whenever a pleading, case.toml or a template in it changes",
		Long: `watch builds the case folder DIR, then watches it and its templates/ folder
and rebuilds what changed whenever a pleading, case.toml or a template is
written (changes are debounced, so an editor's several writes make one
build). Keep a PDF viewer open on DIR/out/ to see a template edit land.
Stop it with Ctrl-C.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if !build.IsCase(dir) {
				return fmt.Errorf("watch %s: not a case folder (no pleadings or case.toml in it)", dir)
			}
			opts := build.Options{Version: buildVersion()}
			if cmd.Flags().Changed("format") {
				fmts, err := parseFormats(formats)
				if err != nil {
					return &exitError{code: 2, msg: err.Error()}
				}
				opts.Formats = fmts
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			return watchCase(ctx, dir, opts, debounce, cmd.OutOrStdout(), cmd.ErrOrStderr(), nil)
		},
	}
	cmd.Flags().StringVar(&formats, "format", "", "formats to render, comma-separated: md, pdf, html, docx, xlsx, csv (default: each template's own)")
	cmd.Flags().DurationVar(&debounce, "debounce", 300*time.Millisecond, "wait this long after the last change before rebuilding")
	return cmd
}

// watchCase builds the case at dir, then rebuilds it after each relevant
// change (debounced) until ctx is done. built, when set, is called after each build.
func watchCase(ctx context.Context, dir string, opts build.Options, debounce time.Duration, out, errw io.Writer, built func(build.Result)) error {
	rebuild := func() {
		r := build.Case(dir, opts)
		stamp := time.Now().Format("15:04:05")
		switch {
		case r.Failed():
			for _, e := range r.Errors {
				fmt.Fprintf(errw, "%s pleadkit: %s\n", stamp, e)
			}
		case r.Skipped:
			fmt.Fprintf(out, "%s %s: up to date\n", stamp, r.Case)
		default:
			fmt.Fprintf(out, "%s %s: wrote %d files in %s\n", stamp, r.Case, len(r.Written), r.Duration.Round(time.Millisecond))
		}
		if built != nil {
			built(r)
		}
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer w.Close()
	if err := w.Add(dir); err != nil {
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	tdir := filepath.Join(dir, "templates")
	if info, err := os.Stat(tdir); err == nil && info.IsDir() {
		_ = w.Add(tdir)
	}
	rebuild()
	fmt.Fprintf(out, "watching %s (Ctrl-C to stop)\n", dir)
	var timer <-chan time.Time
	for {
		select {
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if relevant(dir, ev) {
				if ev.Name == tdir && ev.Op.Has(fsnotify.Create) {
					_ = w.Add(tdir)
				}
				timer = time.After(debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			fmt.Fprintln(errw, "pleadkit: watch:", err)
		case <-timer:
			timer = nil
			rebuild()
		case <-ctx.Done():
			return nil
		}
	}
}

// relevant reports whether a file event in a case folder can change its products.
func relevant(dir string, ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	name := filepath.Base(ev.Name)
	if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") {
		return false
	}
	if ev.Name == filepath.Join(dir, "templates") {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".pdf", ".docx", ".toml":
		return true
	}
	return false
}

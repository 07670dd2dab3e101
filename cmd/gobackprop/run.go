package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/gobackprop/gobackprop/capture"
	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/interp/mirror"
	"github.com/gobackprop/gobackprop/notebook"
	"github.com/gobackprop/gobackprop/runner"
)

func runNotebooks(args []string) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	out := fs.String("o", "", "where to write the executed notebook (one input notebook only)")
	outdir := fs.String("outdir", "", "directory for the executed notebooks (default: next to each input, NAME.out.ipynb)")
	timeout := fs.Duration("timeout", 0, "time limit of each cell, e.g. 2m (0: none)")
	allowErrors := fs.Bool("allow-errors", false, "run every cell even after one fails, and exit 0")
	quiet := fs.Bool("q", false, "do not print progress")
	inputs, err := parseInterleaved(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(inputs) == 0 || (*out != "" && len(inputs) > 1) {
		fmt.Fprint(os.Stderr, usage)
		return exitUsage
	}

	// Output of compiled code written to fd 1 and 2 belongs to the cell;
	// progress goes to the original stderr.
	capt, err := capture.Start(func(name, text string) { display.Current().Stream(name, text) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop:", err)
		return exitFail
	}
	logf := func(format string, a ...any) {
		if !*quiet {
			fmt.Fprintf(capt.Stderr, format, a...)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	status := exitOK
	for _, in := range inputs {
		dest := *out
		if dest == "" {
			base := strings.TrimSuffix(filepath.Base(in), ".ipynb") + ".out.ipynb"
			dir := filepath.Dir(in)
			if *outdir != "" {
				dir = *outdir
				base = filepath.Base(in)
			}
			dest = filepath.Join(dir, base)
		}
		nb, err := notebook.ReadFile(in)
		if err != nil {
			fmt.Fprintln(capt.Stderr, "gobackprop:", err)
			status = exitFail
			continue
		}
		// Each notebook runs as if alone: the types the last one declared
		// inside functions must not name the next one's values.
		mirror.ForgetLocalTypes()
		session, err := interp.New(interp.Options{Stdout: capt.Writer("stdout"), Stderr: capt.Writer("stderr"), Sync: capt.Sync})
		if err != nil {
			fmt.Fprintln(capt.Stderr, "gobackprop:", err)
			return exitFail
		}
		start := time.Now()
		err = runner.Run(ctx, nb, in, session, runner.Options{
			Timeout:     *timeout,
			AllowErrors: *allowErrors,
			Progress: func(i, total int, c *notebook.Cell) {
				if i == 1 {
					logf("running %s (%d code cells)\n", in, total)
				}
			},
		})
		if dir := filepath.Dir(dest); dir != "" {
			os.MkdirAll(dir, 0o755)
		}
		if werr := nb.WriteFile(dest); werr != nil {
			fmt.Fprintln(capt.Stderr, "gobackprop:", werr)
			return exitFail
		}
		var ce *runner.CellError
		if errors.As(err, &ce) {
			fmt.Fprintf(capt.Stderr, "gobackprop: %v\n(the executed notebook, with the error, is in %s)\n", err, dest)
			status = exitFail
			continue
		}
		if err != nil {
			fmt.Fprintln(capt.Stderr, "gobackprop:", err)
			status = exitFail
			continue
		}
		fmt.Fprintf(capt.Stderr, "executed %s in %v -> %s\n", in, time.Since(start).Round(time.Millisecond), dest)
	}
	return status
}

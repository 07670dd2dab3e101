package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/gobackprop/gobackprop/capture"
	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/kernel"
)

func runKernel(args []string) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	level := fs.String("log-level", "warn", "log level on stderr: debug, info, warn or error")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the kernel's run to this file (for measuring)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprint(os.Stderr, usage)
		return exitUsage
	}
	conn, err := kernel.ReadConnectionFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop:", err)
		return exitFail
	}

	// Everything written to fd 1 and 2 from now on belongs to the running
	// cell; the kernel's own log keeps the original stderr.
	capt, err := capture.Start(func(name, text string) { display.Current().Stream(name, text) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop:", err)
		return exitFail
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(*level)); err != nil {
		lv = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(capt.Stderr, &slog.HandlerOptions{Level: lv}))

	session, err := interp.New(interp.Options{Stdout: capt.Writer("stdout"), Stderr: capt.Writer("stderr"), Sync: capt.Sync})
	if err != nil {
		log.Error("cannot start the Go session", "err", err)
		return exitFail
	}
	k, err := kernel.New(conn, session, kernel.Info{
		Version: version,
		Banner:  "gobackprop " + version + " - Go cells for learning backpropagation (%help lists what is preloaded)",
	}, log)
	if err != nil {
		log.Error("cannot start the kernel", "err", err)
		return exitFail
	}

	// SIGINT interrupts the running cell, as in other kernels, instead of
	// ending the process (Go's default).
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for sig := range sigs {
			if sig == syscall.SIGTERM {
				cancel()
				return
			}
			k.Interrupt()
		}
	}()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			defer pprof.StopCPUProfile()
		}
	}
	if err := k.Run(ctx); err != nil {
		log.Error("kernel stopped", "err", err)
		return exitFail
	}
	return exitOK
}

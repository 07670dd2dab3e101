package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/gobackprop/gobackprop/autodiff"
	"github.com/gobackprop/gobackprop/kernel"
	"github.com/gobackprop/gobackprop/memlimit"
	"github.com/gobackprop/gobackprop/worker"
)

func runKernel(args []string) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	level := fs.String("log-level", "warn", "log level on stderr: debug, info, warn or error")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the kernel's run to this file (for measuring)")
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) != 1 {
		fmt.Fprint(os.Stderr, usage)
		return exitUsage
	}
	conn, err := kernel.ReadConnectionFile(pos[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop:", err)
		return exitFail
	}

	// The front only moves messages: on one processor its goroutine
	// hand-offs (socket reader to handler, worker pipe to the waiting
	// request) stay on one thread instead of waking a second that takes
	// the core the client or the worker needs (bench/latency.py: the
	// lean client's round trip 2.25x the conforming floor with the
	// default of two, 1.58x with one). The worker keeps every core.
	runtime.GOMAXPROCS(1)
	// The Go session runs in a worker process (package worker).
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(*level)); err != nil {
		lv = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lv}))
	// The worker's OpenBLAS runs one thread unless the kernelspec's env
	// asks for more (autodiff.BLASThreadsEnv says why).
	env := os.Environ()
	if _, set := os.LookupEnv(autodiff.BLASThreadsEnv); !set {
		env = append(env, autodiff.BLASThreadsEnv+"=1")
	}
	// It starts after the first kernel_info_reply (kernel.Warmer): a
	// client calls the kernel ready at that reply, and the worker's
	// start-up (its own process, the session's packages) would share the
	// processors with it. The first cell comes later, and waits for the
	// worker if it comes sooner.
	session := worker.Start(worker.Options{Log: log, Env: env, Deferred: true})
	defer session.Close()
	// The kernelspec's env may set the output one cell may send.
	outputLimit := 0
	if s := os.Getenv(kernel.EnvOutputLimit); s != "" {
		n, err := memlimit.Parse(s)
		if err != nil || n <= 0 || n > math.MaxInt32 {
			log.Warn("output limit ignored: want a size like 16MiB, up to 2GiB", "env", kernel.EnvOutputLimit, "value", s, "err", err)
		} else {
			outputLimit = int(n)
		}
	}
	k, err := kernel.New(conn, session, kernel.Info{
		Version:     version,
		Banner:      "gobackprop " + version + " - Go cells for learning backpropagation (%help lists what is preloaded)\nBLAS: " + autodiff.BLAS(),
		OutputLimit: outputLimit,
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
	// When the process that started the kernel dies (a Jupyter server
	// killed with SIGKILL), the kernel ends too, its worker first.
	worker.WatchParent(func() {
		log.Warn("the kernel's parent process died: shutting down")
		cancel()
		time.AfterFunc(5*time.Second, func() { session.Close(); os.Exit(exitFail) })
	})
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

// runWorker is the hidden command the kernel starts its session worker
// with (package worker).
func runWorker(args []string) int {
	if len(args) != 0 {
		fmt.Fprint(os.Stderr, usage)
		return exitUsage
	}
	return worker.Serve()
}

package grade

import (
	"fmt"
	"os"
	"os/signal"
	"slices"
	"syscall"

	"golang.org/x/sys/unix"
)

// OSIsolation reports whether this build can confine a worker by the
// operating system: only on Linux (see isolate_other.go).
const OSIsolation = true

// isolate prepares the worker's descriptors before anything else:
//
//   - the results channel moves from descriptor 1 to a new descriptor,
//     and descriptor 1 becomes a copy of 2, so that what a cell writes to
//     os.Stdout lands in the grader's log instead of among the results;
//   - standard input becomes /dev/null (the job has been read).
//
// It returns the results channel.
func isolate() (*os.File, error) {
	fd, err := syscall.Dup(1)
	if err != nil {
		return nil, fmt.Errorf("results channel: %w", err)
	}
	syscall.CloseOnExec(fd)
	results := os.NewFile(uintptr(fd), "results")
	if err := syscall.Dup3(2, 1, 0); err != nil {
		return nil, fmt.Errorf("results channel: %w", err)
	}
	if null, err := os.Open(os.DevNull); err == nil {
		syscall.Dup3(int(null.Fd()), 0, 0)
		null.Close()
	}
	return results, nil
}

// lockdown applies the layers that stay for the rest of the worker's life,
// once its session is ready and before the first cell: no core dumps or
// ptrace by the same user (PR_SET_DUMPABLE 0), rlimits, Landlock and
// seccomp. dir is the sandbox, readOnly what cells may read besides, off
// the layers not to apply (switchedOff). It returns the layers applied; a
// layer the kernel refuses is left out and said on standard error (the
// grader's log).
//
// /proc holds the worker's own memory (/proc/self/mem) and descriptors.
// Landlock keeps it out of reach but for the list of the worker's threads,
// which go-landlock's thread broadcast (libpsx, in a cgo build) reads just
// after the restriction, and after which no mount can change. Without
// Landlock, the worker's own /proc (see enterRoot) is unmounted instead.
func lockdown(dir string, readOnly, off []string) []string {
	var layers []string
	apply := func(layer string, f func() error) bool {
		if slices.Contains(off, layer) {
			return false
		}
		if err := f(); err != nil {
			fmt.Fprintf(os.Stderr, "gobackprop grade worker: %s: %v\n", layer, err)
			return false
		}
		layers = append(layers, layer)
		return true
	}
	if len(off) < len(Layers) { // not all off: a bare worker is the baseline
		unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0)
	}
	apply(LayerRlimits, setRlimits)
	if !apply(LayerLandlock, func() error { return restrictFiles(dir, readOnly) }) && os.Getpid() == 1 {
		unix.Unmount("/proc", unix.MNT_DETACH)
	}
	apply(LayerSeccomp, installSeccomp)
	return layers
}

// setRlimits caps file size (with SIGXFSZ ignored, so that the write
// fails instead of the process), processes and open files, and turns off
// core dumps.
func setRlimits() error {
	signal.Ignore(syscall.SIGXFSZ)
	for _, l := range []struct {
		res int
		max uint64
	}{
		{unix.RLIMIT_FSIZE, maxFileSize},
		{unix.RLIMIT_NPROC, maxProcs},
		{unix.RLIMIT_NOFILE, maxFiles},
		{unix.RLIMIT_CORE, 0},
	} {
		if err := unix.Setrlimit(l.res, &unix.Rlimit{Cur: l.max, Max: l.max}); err != nil {
			return fmt.Errorf("setrlimit(%d): %w", l.res, err)
		}
	}
	return nil
}

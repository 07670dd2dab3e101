package grade

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/gobackprop/gobackprop/datasets"
	"github.com/gobackprop/gobackprop/notebook"
)

// Layers of the worker's confinement by the operating system, as named
// in Result.Isolation (see the package documentation, "Isolation").
const (
	LayerUserNS   = "userns"   // a user namespace: the others without privileges
	LayerMountNS  = "mountns"  // a root of its own: tmpfs, no grader files
	LayerPIDNS    = "pidns"    // sees and signals only its own processes
	LayerNetNS    = "netns"    // no network
	LayerIPCNS    = "ipcns"    // no System V IPC with other processes
	LayerLandlock = "landlock" // files: the sandbox, and data sets read-only
	LayerSeccomp  = "seccomp"  // no programs, no signals to others, no sockets
	LayerRlimits  = "rlimits"  // file size, processes, open files
)

// Resource limits of the worker (LayerRlimits) besides its address space
// (package memlimit): each file a notebook writes in its sandbox, so a
// loop that writes forever fills neither the disk nor the grader's time;
// processes (threads count, and the Go runtime needs a few dozen); open
// files.
const (
	maxFileSize = 256 << 20
	maxProcs    = 512
	maxFiles    = 256
)

// IsolationEnv, in the grader's environment, switches layers off, to
// measure what they cost or to tell whether one is at fault: "off" (every
// layer) or a comma-separated list of "namespaces" (all five, which are
// made together), "landlock", "seccomp" and "rlimits". Result.Isolation
// then lacks them; with --require-isolation the grader refuses.
const IsolationEnv = "GOBACKPROP_ISOLATION"

// switchedOff returns the layers $GOBACKPROP_ISOLATION switches off, in
// the order of Layers, or an error naming a word it does not know: a
// misspelt layer must not leave the grader less confined than meant, nor
// more than said.
func switchedOff() ([]string, error) {
	v := strings.TrimSpace(os.Getenv(IsolationEnv))
	switch v {
	case "":
		return nil, nil
	case "off":
		return slices.Clone(Layers), nil
	}
	var off []string
	for _, w := range strings.Split(v, ",") {
		switch w = strings.TrimSpace(w); w {
		case "namespaces":
			off = append(off, LayerUserNS, LayerMountNS, LayerPIDNS, LayerNetNS, LayerIPCNS)
		case LayerLandlock, LayerSeccomp, LayerRlimits:
			off = append(off, w)
		default:
			return nil, fmt.Errorf("grade: $%s: unknown layer %q: want off, or a comma-separated list of namespaces, landlock, seccomp, rlimits", IsolationEnv, w)
		}
	}
	return sortLayers(off), nil
}

// Layers lists every layer, in the order a report names them.
var Layers = []string{LayerUserNS, LayerMountNS, LayerPIDNS, LayerNetNS, LayerIPCNS, LayerLandlock, LayerSeccomp, LayerRlimits}

// ErrIsolation is wrapped by the error of a grading run that requires
// isolation (Options.RequireIsolation) on a machine that does not offer
// every layer.
var ErrIsolation = errors.New("grade: isolation required")

// Isolation starts a worker with an empty notebook and returns the
// layers it was confined by: what this machine offers. A grader calls it
// once at start-up, to report, or to refuse to grade (RequireIsolation)
// before any submission runs.
func Isolation(ctx context.Context, opts Options) ([]string, error) {
	opts = opts.withDefaults()
	opts.RequireIsolation = false
	r, err := execute(ctx, notebook.New("gobackprop", "Go (gobackprop)", "go"), opts)
	if err != nil {
		return nil, err
	}
	return r.isolation, nil
}

// missing returns the layers of Layers not in have.
func missing(have []string) []string {
	var out []string
	for _, l := range Layers {
		if !slices.Contains(have, l) {
			out = append(out, l)
		}
	}
	return out
}

// RequireAll returns an error wrapping ErrIsolation, which names what is
// missing, if have lacks a layer of Layers. Outside Linux (OSIsolation
// false) it says that isolation is Linux-only.
func RequireAll(have []string) error {
	if !OSIsolation {
		return fmt.Errorf("%w, but isolation is Linux-only and this is %s: grade on Linux, or run with --require-isolation=false to grade unconfined (the restricted session and the limits only)",
			ErrIsolation, runtime.GOOS)
	}
	if m := missing(have); len(m) > 0 {
		return fmt.Errorf("%w, but this machine does not allow %s (see the worker's log; run without --require-isolation to grade less confined)",
			ErrIsolation, strings.Join(m, ", "))
	}
	return nil
}

// sortLayers puts layers in the order of Layers.
func sortLayers(layers []string) []string {
	out := []string{}
	for _, l := range Layers {
		if slices.Contains(layers, l) {
			out = append(out, l)
		}
	}
	return out
}

// dataDirs are the directories the worker may read besides its sandbox:
// where the data sets are ($GOBACKPROP_DATA, MNIST in the module cache).
var dataDirs = sync.OnceValue(func() []string {
	var dirs []string
	if d := os.Getenv(datasets.EnvData); d != "" {
		if abs, err := filepath.Abs(d); err == nil {
			dirs = append(dirs, abs)
		}
	}
	if d, err := datasets.MNISTDir(""); err == nil && !slices.Contains(dirs, d) {
		dirs = append(dirs, d)
	}
	return dirs
})

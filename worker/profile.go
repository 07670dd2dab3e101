package worker

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
)

// EnvHeapProfile names the environment variable that makes a worker write
// heap profiles, for finding what a long session keeps (bench/soak.py
// --heap-profiles): set to a directory, each SIGUSR1 the worker receives
// writes worker-PID-heap-N.pprof there, after a garbage collection, for
// `go tool pprof -sample_index=inuse_space -diff_base`, and the same as
// text with the runtime's memory statistics (worker-PID-heap-N.txt).
// Unset, the signal keeps its default meaning.
const EnvHeapProfile = "GOBACKPROP_HEAP_PROFILE"

// profileOnSignal starts writing heap profiles on SIGUSR1 if
// EnvHeapProfile names a directory. It must run before the session
// allocates what the profiles are to show.
func profileOnSignal() {
	dir := os.Getenv(EnvHeapProfile)
	if dir == "" || profileSignal == nil {
		return
	}
	// One sample a kilobyte allocated, not Go's 512 KB, so that a few
	// hundred bytes a cell show over a few thousand cells.
	runtime.MemProfileRate = 1 << 10
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, profileSignal)
	write := func(name string, debug int) {
		f, err := os.Create(name)
		if err == nil {
			err = pprof.Lookup("heap").WriteTo(f, debug)
			f.Close()
		}
		if err != nil {
			fmt.Fprintf(runtimeStderr, "gobackprop worker: %s: %v\n", EnvHeapProfile, err)
		}
	}
	go func() {
		for n := 1; ; n++ {
			<-sigs
			runtime.GC()
			name := filepath.Join(dir, fmt.Sprintf("worker-%d-heap-%d", os.Getpid(), n))
			write(name+".pprof", 0)
			write(name+".txt", 1) // with runtime.MemStats at its end
		}
	}()
}

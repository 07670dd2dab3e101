//go:build !windows

package worker

import (
	"os"
	"time"
)

// parentPoll is how often WatchParent looks at the parent.
const parentPoll = 250 * time.Millisecond

// WatchParent calls gone, once, from a goroutine of its own, when the
// process that started this one has died (the process is then
// re-parented, and its parent id changes).
//
// It polls getppid rather than asking Linux for a signal
// (PR_SET_PDEATHSIG): that signal comes when the *thread* that started
// the process exits, and a Jupyter manager may start kernels from a
// thread it later ends. One system call four times a second costs
// nothing measurable; the worker gets the signal as well (process.go),
// since its parent is the front, a Go process whose threads live on.
func WatchParent(gone func()) {
	ppid := os.Getppid()
	go func() {
		for range time.Tick(parentPoll) {
			if os.Getppid() != ppid {
				gone()
				return
			}
		}
	}()
}

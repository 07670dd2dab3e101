//go:build !windows

package worker

import (
	"os"
	"os/exec"
	"syscall"
)

// The worker's descriptors, as the front sets them up (process.go):
// 0 is /dev/null, 2 the Go runtime's own channel (crash reports), which
// the front reads, and these. Descriptor 1 starts as a copy of 2 and is
// then captured (Serve). On Windows the two pipes are inherited handles
// instead (pipes_windows.go).
const (
	fdRequests = 3 // frames from the front
	fdEvents   = 4 // frames to the front
)

// handPipes gives the worker its request and event pipes as descriptors
// 3 and 4 (fdRequests, fdEvents).
func handPipes(cmd *exec.Cmd, requests, events *os.File) {
	cmd.ExtraFiles = []*os.File{requests, events}
}

// childPipes returns the pipes handPipes gave this process, or
// errNoPipes. Programs a cell starts do not inherit them.
func childPipes() (requests, events *os.File, err error) {
	for _, fd := range []int{fdRequests, fdEvents} {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) != nil {
			return nil, nil, errNoPipes
		}
		syscall.CloseOnExec(fd)
	}
	return os.NewFile(fdRequests, "requests"), os.NewFile(fdEvents, "events"), nil
}

// noInherit keeps f from the programs a cell starts.
func noInherit(f *os.File) { syscall.CloseOnExec(int(f.Fd())) }

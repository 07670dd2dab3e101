//go:build !windows

package worker

import (
	"os"
	"syscall"
)

// profileSignal asks a worker for a heap profile (profile.go).
var profileSignal os.Signal = syscall.SIGUSR1

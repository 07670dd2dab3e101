//go:build !linux

package grade

import "os/exec"

// startWorker starts a command made by newCmd as it is: outside Linux
// there are no namespaces.
func startWorker(newCmd func() *exec.Cmd, _ bool) (*exec.Cmd, error) {
	cmd := newCmd()
	return cmd, cmd.Start()
}

// stopWorker stops the worker at a limit.
func stopWorker(cmd *exec.Cmd) { kill(cmd) }

// supervisedWork: only Linux's workers are supervised.
func supervisedWork() (int, bool) { return 0, false }

// kill stops the worker.
func kill(cmd *exec.Cmd) {
	if cmd.Process != nil {
		cmd.Process.Kill()
	}
}

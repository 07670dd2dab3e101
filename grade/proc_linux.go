package grade

import (
	"os/exec"
	"syscall"
)

// configure puts the worker in a process group of its own, so that kill
// reaches anything it started, and has the kernel kill it if the grader
// dies first.
func configure(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// kill stops the worker and its process group.
func kill(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Process.Kill()
	}
}

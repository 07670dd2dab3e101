package worker

import "syscall"

// sysProcAttr puts the worker in a process group of its own - a SIGINT
// meant for the kernel (a terminal's Ctrl-C) would end it, and kill
// reaches what it started - and has Linux kill it when the front dies.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killGroup(pid int) { syscall.Kill(-pid, syscall.SIGKILL) }

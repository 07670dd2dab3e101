//go:build !linux && !windows

package worker

import "syscall"

// sysProcAttr puts the worker in a process group of its own; outside
// Linux it learns of the front's death by polling (WatchParent).
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

func killGroup(pid int) { syscall.Kill(-pid, syscall.SIGKILL) }

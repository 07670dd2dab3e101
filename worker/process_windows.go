package worker

import "syscall"

// sysProcAttr gives the worker a process group of its own, so that a
// console's Ctrl-C meant for the kernel does not end it. It learns of the
// front's death by waiting on the front's process (WatchParent).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{CreationFlags: syscall.CREATE_NEW_PROCESS_GROUP}
}

// killGroup does nothing on Windows, which has no process groups to
// signal: the worker itself is killed, programs a cell started are not.
func killGroup(pid int) {}

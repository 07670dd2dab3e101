package worker

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// WatchParent calls gone, once, from a goroutine of its own, when the
// process that started this one has died. Windows does not re-parent an
// orphan, so its parent id never changes: the goroutine waits on the
// parent's process handle instead. If the parent no longer exists
// (OpenProcess: invalid parameter), gone is called at once.
//
// A parent that is there but cannot be watched is not a dead one: with
// no parent id (0: a process started from outside Windows' process
// tree, as a Linux Jupyter starts a kernel under Wine) or a handle
// refused (access denied: a parent of higher integrity), WatchParent
// watches nothing; the kernel then ends by its shutdown_request or by
// being killed, as every kernel can.
func WatchParent(gone func()) {
	ppid := os.Getppid()
	if ppid == 0 {
		return
	}
	h, err := windows.OpenProcess(windows.SYNCHRONIZE, false, uint32(ppid))
	if err != nil && !errors.Is(err, windows.ERROR_INVALID_PARAMETER) {
		return
	}
	go func() {
		if err == nil {
			windows.WaitForSingleObject(h, windows.INFINITE)
			windows.CloseHandle(h)
		}
		gone()
	}()
}

package worker

import (
	"os"

	"golang.org/x/sys/windows"
)

// WatchParent calls gone, once, from a goroutine of its own, when the
// process that started this one has died. Windows does not re-parent an
// orphan, so its parent id never changes: the goroutine waits on the
// parent's process handle instead. If the parent cannot be opened (it is
// already gone), gone is called at once.
func WatchParent(gone func()) {
	h, err := windows.OpenProcess(windows.SYNCHRONIZE, false, uint32(os.Getppid()))
	go func() {
		if err == nil {
			windows.WaitForSingleObject(h, windows.INFINITE)
			windows.CloseHandle(h)
		}
		gone()
	}()
}

package capture

import "golang.org/x/sys/unix"

// moveFd makes descriptor to a copy of from (dup3 without flags).
func moveFd(from, to int) error { return unix.Dup3(from, to, 0) }

// unread returns how many bytes wait in the pipe fd, unread by the pump.
func unread(fd uintptr) int {
	n, err := unix.IoctlGetInt(int(fd), unix.TIOCINQ)
	if err != nil {
		return 1 // unknown: assume there is something
	}
	return n
}

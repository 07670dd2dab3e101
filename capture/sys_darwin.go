package capture

import "golang.org/x/sys/unix"

// moveFd makes descriptor to a copy of from: macOS has dup2, not dup3.
func moveFd(from, to int) error { return unix.Dup2(from, to) }

// unread returns how many bytes wait in the pipe fd, unread by the pump.
// macOS reports them as the size of the pipe (x/sys has no FIONREAD for
// it).
func unread(fd uintptr) int {
	var st unix.Stat_t
	if err := unix.Fstat(int(fd), &st); err != nil {
		return 1 // unknown: assume there is something
	}
	return int(st.Size)
}

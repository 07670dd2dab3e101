//go:build linux && !amd64 && !arm64

package grade

// seccompNumbers reports that the worker has no seccomp filter for this
// architecture; the other limits still apply.
func seccompNumbers() (syscalls, bool) { return syscalls{}, false }

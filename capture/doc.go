// Package capture routes the process's standard output and error (file
// descriptors 1 and 2) to a function, so that everything a cell prints -
// through fmt, through os.Stdout, or from compiled code and C libraries
// writing to the descriptors directly - reaches the notebook, in order.
//
// # Sync
//
// Text written to a descriptor travels through a pipe before it is read.
// Sync writes a marker into each pipe and waits until the reader has seen
// it: everything written before the call has then been delivered. A
// session calls it at the end of every cell, so that a cell's output never
// arrives after the kernel reported the cell finished.
//
// # Another process's output
//
// Pipes does the same for a child process: it makes the pipes the child
// gets as its descriptors and pumps them in this process, which can read
// them even while the child is frozen or dying - the Go runtime writes its
// crash report to descriptor 2 of the child with every other goroutine
// stopped, and a pipe read inside the child would fill and block it.
//
// # Systems
//
// Linux and macOS (capture_unix.go): the system calls come from
// golang.org/x/sys/unix, and the two that differ (dup3 or dup2 to take
// over a descriptor; TIOCINQ, or a pipe's size on macOS, to count its
// unread bytes) are in sys_linux.go and sys_darwin.go.
//
// Windows (capture_windows.go) has no descriptors to take over: Start
// makes os.Stdout and os.Stderr, and the process's standard handles,
// pipes of its own. What Go code prints - fmt, log, os.Stdout and
// os.Stderr - arrives as on the other systems; what a C library writes
// through its C runtime's own copy of the handles does not. An anonymous
// pipe cannot be waited on, so a pump polls it (PeekNamedPipe), sleeping
// at most pollMax when idle: a Sync can take that much longer.
package capture

// Package worker runs the kernel's Go session in a process of its own, so
// that nothing a cell does can take the kernel down or freeze it.
//
// # Two processes
//
// The kernel process is the protocol front: sockets, signing, iopub,
// heartbeat, history (package kernel). It runs no user code. Remote
// implements kernel.Interpreter by sending each request to a worker
// process - the same binary started as "gobackprop worker", which calls
// Serve - and the worker runs the interp.Session. A Go fatal error
// (concurrent map writes, a stack overflow, out of memory) ends only the
// worker: Remote answers the running cell with Go's own message (ename
// WorkerDied), says the session was restarted and its variables are gone,
// and has already started a new worker. The first worker starts with the
// kernel, in parallel with its sockets, and a replacement starts as soon
// as one dies, so no cell waits for a session to come up.
//
// # Pipes
//
// The worker's descriptors (see child.go): 3 and 4 carry frames of
// package ipc, requests in and events out (outputs, input requests,
// replies). The worker captures its descriptor 1 and gives os.Stderr a
// pipe of its own (package capture, as the kernel did when it ran cells
// itself), so everything a cell prints becomes frames, in the order it
// was written. Descriptor 2 is left to the Go runtime and read by the
// front (capture.Pipes): a crash report, which the runtime writes there
// with every goroutine stopped, never fills a pipe that only the dying
// process could empty. What the runtime writes from the first line of a
// crash report on is held back from the cell (runtimeLog, bounded) and
// becomes the error.
//
// On Windows (pipes_windows.go) the two frame pipes are inherited handles
// whose values the worker reads from GOBACKPROP_WORKER_PIPES, and package
// capture takes os.Stdout, not descriptor 1; the rest is the same.
//
// # Interrupts and limits
//
// An interrupt is a frame the worker acts on at once; a worker that has
// not ended the cell interruptGrace later is killed and reported. The
// kernelspec's GOBACKPROP_MEMORY_LIMIT bounds each worker's memory
// (package memlimit): an allocation bomb ends the worker with "out of
// memory" or "memory limit exceeded", reported as above.
//
// # Parent death
//
// The worker dies with the front (Linux's parent-death signal, and
// WatchParent, which on Windows waits on the parent's process handle);
// the kernel command uses WatchParent to exit, after killing its worker,
// when the process that started it is gone.
package worker

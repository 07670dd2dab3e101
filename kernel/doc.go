// Package kernel speaks the Jupyter messaging protocol (version 5.3) over
// ZeroMQ, so that any Jupyter frontend - Notebook, Lab, VS Code, nbconvert,
// jupyter-console - can run cells in gobackprop.
//
// # Layers
//
// wire.go is the pure codec: identities, the <IDS|MSG> delimiter, the
// HMAC-SHA256 signature over the four JSON dicts, checked in constant time.
// It knows nothing of sockets, and Decode never panics on any input (see
// FuzzDecode).
//
// kernel.go binds the five sockets of a connection file and runs one
// goroutine per socket: shell and control requests are served
// concurrently, so an interrupt or a shutdown reaches a cell that is still
// running; heartbeat echoes on its own; iopub messages are sent one at a time
// under one lock, in the order they are published, so the status idle that
// closes a request really comes after the outputs of that request. Every
// socket listens through zmtpconn, which gives each ZMTP message one
// system call and keeps any one peer from crashing or stalling the kernel
// (frame limits, handshake deadlines, per-peer send queues); zmq4's own
// log goes to the kernel's log, never to a running cell's stderr.
//
// shell.go dispatches each request by type with one switch, and wraps it
// in status busy ... idle. The control channel takes only control
// requests (shutdown, interrupt, kernel_info); anything else there is
// answered with an error naming the channel it belongs on. The handlers
// live in files named after what they serve: execute.go, abort.go
// (stop_on_error, owned by the shell goroutine), iopub.go (a running
// cell's outputs, with stream text gathered for 50 ms per message and
// capped per cell, Info.OutputLimit), stdin.go (input replies matched to
// their prompt), editor.go (complete, inspect, is_complete), history.go
// and glob.go (its search patterns, in linear time).
//
// # Languages
//
// The kernel does not know Go. It runs cells through the small Interpreter
// interface, which package worker implements by running package interp's
// session (yaegi) in a worker process: nothing a cell does, a Go fatal
// error included, can end or freeze the process that serves the sockets.
package kernel

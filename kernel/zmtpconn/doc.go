// Package zmtpconn is a zmq4 transport that gives each ZMTP message one
// system call - reads go through a buffer, and the frames a socket writes
// are gathered and sent together when the last frame of a message is
// complete - and that keeps one peer from crashing the process or
// stalling the other peers, which plain zmq4 v0.17 does not.
//
// # Why
//
// zmq4 writes a ROUTER socket's message frame by frame, two writes per
// frame (its header, then its body), and reads every header and body with
// a read of its own. A Jupyter reply has seven frames: fourteen writes,
// fourteen TCP segments on loopback, each one waking the client's I/O
// thread. Measured on a two-core machine, that was a third of the time the
// kernel spent on a trivial cell's round trip. The sockets, their
// patterns and the ZMTP handshake stay zmq4's; only the bytes under them
// move in larger pieces.
//
// # How a message end is found
//
// A Conn follows the outgoing ZMTP 3 stream: the 64-byte greeting, then
// frames of a flags byte, a one- or eight-byte size and a body. It sends
// what it has gathered at the end of the greeting, after every command
// frame and after every message frame without the MORE flag - so nothing
// a peer waits for is ever held back. A stream it does not recognise (the
// greeting does not start as ZMTP's) is passed through unbuffered, and a
// frame body larger than 64 KiB is sent as it was written, without a copy.
//
// # What a peer cannot do
//
// Crash the process with a frame header (incoming.go). zmq4 allocates a
// frame's body from the size its header claims, before reading it: a
// header claiming 2^62 bytes panics in make. Every byte a Conn reads is
// checked against the ZMTP 3 grammar - the greeting's signature and
// version, then frame headers - and the byte that would complete a header
// over Options.MaxFrameSize or MaxMessageSize (256 MiB each by default),
// or a message of more than MaxFrames frames, or a command over 16 KiB,
// is never handed to zmq4: the connection is closed instead.
//
// Block the accept loop (admit.go). zmq4 runs each handshake inside its
// accept loop without a deadline, so one silent connection stopped every
// later one. The listener admits each connection on a goroutine of its
// own: it sends zmq4's greeting ahead of zmq4 (only the NULL mechanism,
// Jupyter's) and hands zmq4 only connections whose greeting and READY
// have arrived, within HandshakeTimeout (5 s) - zmq4's handshake then
// reads from the buffer and cannot block. A connection zmq4 gives up in
// its handshake, which zmq4 never closes, is closed by a watchdog.
//
// Stall the other peers (send.go). zmq4 writes to a PUB's subscribers one
// after the other from one goroutine, and a ROUTER's Send waits for its
// peer: one frontend that stops reading stopped output and replies for
// every client. A Conn's Write never waits: what the socket does not take
// at once is queued for that peer alone, up to SendHWM messages or
// SendBuffer bytes (1,000 and 64 MiB), past which that peer's messages
// are dropped whole until it catches up - as libzmq's PUB and ROUTER drop
// at their high-water mark. A peer that takes nothing for StallTimeout
// (10 s) is disconnected. A Conn that gives a peer up reports a net.Error
// that is not a timeout, the one kind of error that makes zmq4 remove the
// connection from its socket.
//
// # Use
//
// Endpoint turns a zmq4 endpoint such as tcp://127.0.0.1:5555 or
// ipc:///tmp/kernel-1 into one of this transport with the default
// Options, registering it with zmq4 on first use; Listen and Dial on the
// result work as on the original. NewTransport makes one with Options of
// its own (the kernel's gives it its logger).
package zmtpconn

// Package zmtpconn is a zmq4 transport that gives each ZMTP message one
// system call: reads go through a buffer, and the frames a socket writes
// are gathered and sent together when the last frame of a message is
// complete.
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
// # Use
//
// Endpoint turns a zmq4 endpoint such as tcp://127.0.0.1:5555 or
// ipc:///tmp/kernel-1 into one of this transport, registering it with
// zmq4 on first use; Listen and Dial on the result work as on the original.
package zmtpconn

package zmtpconn

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

const (
	greetingSize = 64       // ZMTP 3: signature, version, mechanism, as-server, filler
	flagMore     = 1 << 0   // more frames of this message follow
	flagLong     = 1 << 1   // the size is eight bytes, not one
	flagCommand  = 1 << 2   // a command frame (handshake), never part of a message
	maxGathered  = 64 << 10 // past this, a message is sent in pieces
	readBuffer   = 64 << 10
)

// Conn is a net.Conn that reads through a buffer, checking every frame
// header against its limits, and writes one ZMTP message at a time
// without ever blocking its caller on a slow peer (see the package
// documentation).
type Conn struct {
	net.Conn
	r    *bufio.Reader
	opts Options
	raw  syscall.RawConn // for writes that must not block; nil if c has no fd

	// Read side: only zmq4's one reader of the connection (or admission,
	// before zmq4 has it) touches these.
	in          incoming
	established atomic.Bool                // zmq4 finished its handshake: it reads past READY
	watchdog    atomic.Pointer[time.Timer] // closes a connection zmq4 abandoned in its handshake

	mu  sync.Mutex
	buf []byte
	err error // the first failure; every later write returns it
	out outgoing
	// sent is what admission already wrote of the greeting for zmq4: zmq4
	// writes the same bytes again, and they are checked and not resent.
	sent []byte
	send sendQueue
}

// New wraps c with the default Options.
func New(c net.Conn) *Conn { return newConn(c, DefaultOptions()) }

func newConn(c net.Conn, o Options) *Conn {
	conn := &Conn{
		Conn: c, r: bufio.NewReaderSize(c, readBuffer), opts: o,
		in:  newIncoming(o),
		out: outgoing{greetingLeft: greetingSize},
	}
	if sc, ok := c.(syscall.Conn); ok {
		conn.raw, _ = sc.SyscallConn()
	}
	return conn
}

// Read reads through the buffer. Bytes that would complete a malformed
// greeting or a frame header over the limits are never returned: the
// connection is closed and Read reports an error wrapping ErrRejected.
func (c *Conn) Read(p []byte) (int, error) {
	if !c.established.Load() && c.in.handshakeRead() {
		// zmq4 asks for more after the peer's READY: it kept the
		// connection.
		c.established.Store(true)
		if w := c.watchdog.Load(); w != nil {
			w.Stop()
		}
	}
	if c.in.err != nil {
		return 0, &peerError{c.in.err}
	}
	n, err := c.r.Read(p)
	k, bad := c.in.scan(p[:n])
	if bad != nil {
		c.opts.Log.Warn("zmtpconn: closing connection", "peer", c.RemoteAddr(), "err", bad)
		c.Close()
		return k, &peerError{bad}
	}
	return n, err
}

// Write gathers p and sends what is gathered when p completes a message,
// a command or the greeting. It reports len(p) once p is gathered; a
// failure to send is returned by the write that triggered the sending and
// by every write after it. Write never waits for the peer: what the peer
// is not ready to take waits in a bounded queue of its own (see send.go).
func (c *Conn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return 0, c.err
	}
	n := len(p)
	for len(p) > 0 {
		take, boundary := c.out.advance(p)
		chunk := p[:take]
		p = p[take:]
		if len(c.sent) > 0 {
			// zmq4's greeting, already on its way: it must be the one
			// admission sent.
			if len(chunk) > len(c.sent) || !bytes.Equal(chunk, c.sent[:len(chunk)]) {
				c.fail(fmt.Errorf("zmtpconn: zmq4 greets with %q, admission sent %q: only the NULL mechanism is supported", chunk, c.sent))
				return 0, c.err
			}
			c.sent = c.sent[len(chunk):]
			continue
		}
		if len(c.buf)+len(chunk) > maxGathered {
			// A large frame: send what is gathered, and the frame's body
			// as it came rather than copied.
			if err := c.emit(c.buf); err != nil {
				return 0, err
			}
			c.buf = c.buf[:0]
			if len(chunk) > maxGathered {
				if err := c.emit(chunk); err != nil {
					return 0, err
				}
				chunk = nil
			}
		}
		c.buf = append(c.buf, chunk...)
		if boundary || c.out.passthrough {
			err := c.emit(c.buf)
			c.buf = c.buf[:0]
			c.send.endMessage()
			if err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

// Close closes the connection and forgets what was queued for the peer.
func (c *Conn) Close() error {
	c.mu.Lock()
	if c.err == nil {
		c.err = &peerError{net.ErrClosed}
	}
	c.send.clear()
	c.mu.Unlock()
	if w := c.watchdog.Load(); w != nil {
		w.Stop()
	}
	return c.Conn.Close()
}

// fail records err as the connection's failure and closes it, so that
// zmq4's reader of it stops too and the descriptor is released at once.
// c.mu is held.
func (c *Conn) fail(err error) {
	if c.err == nil {
		c.err = &peerError{err}
	}
	c.send.clear()
	c.Conn.Close()
}

// peerError is how a Conn reports a connection it gave up: a net.Error
// that is not a timeout, which is what makes zmq4 remove the connection
// from its socket (its Conn.checkIO forgets a connection on io.EOF or on a
// net.Error that is not a timeout; any other error leaves it listed).
type peerError struct{ err error }

func (e *peerError) Error() string   { return e.err.Error() }
func (e *peerError) Unwrap() error   { return e.err }
func (e *peerError) Timeout() bool   { return false }
func (e *peerError) Temporary() bool { return false }

var _ net.Error = (*peerError)(nil)

// outgoing follows the ZMTP stream a Conn writes, to find where messages
// end.
type outgoing struct {
	greetingLeft int
	passthrough  bool // not a ZMTP 3 stream: send everything as written

	header    [9]byte // flags and size of the frame being written
	headerLen int
	bodyLeft  uint64
	inBody    bool
	last      bool // the frame being written ends a message or is a command
}

// advance consumes up to len(p) bytes of the stream and reports how many
// it took and whether they end at a point where the peer must get what was
// written: the end of the greeting, of a command, or of a message.
func (o *outgoing) advance(p []byte) (int, bool) {
	switch {
	case o.passthrough:
		return len(p), true
	case o.greetingLeft > 0:
		if o.greetingLeft == greetingSize && p[0] != 0xff {
			// Not the ZMTP signature: nothing below applies.
			o.passthrough = true
			return len(p), true
		}
		take := min(o.greetingLeft, len(p))
		o.greetingLeft -= take
		return take, o.greetingLeft == 0
	case o.inBody:
		take := uint64(len(p))
		if take > o.bodyLeft {
			take = o.bodyLeft
		}
		o.bodyLeft -= take
		if o.bodyLeft > 0 {
			return int(take), false
		}
		o.inBody = false
		return int(take), o.last
	}
	// In a frame header: the flags byte, then one or eight size bytes.
	o.header[o.headerLen] = p[0]
	o.headerLen++
	flags := o.header[0]
	want := 2
	if flags&flagLong != 0 {
		want = 9
	}
	if o.headerLen < want {
		return 1, false
	}
	o.headerLen = 0
	if want == 2 {
		o.bodyLeft = uint64(o.header[1])
	} else {
		o.bodyLeft = binary.BigEndian.Uint64(o.header[1:9])
	}
	o.last = flags&flagMore == 0 || flags&flagCommand != 0
	o.inBody = o.bodyLeft > 0
	return 1, !o.inBody && o.last
}

package zmtpconn

import (
	"bufio"
	"encoding/binary"
	"net"
	"sync"
)

const (
	greetingSize = 64       // ZMTP 3: signature, version, mechanism, as-server, filler
	flagMore     = 1 << 0   // more frames of this message follow
	flagLong     = 1 << 1   // the size is eight bytes, not one
	flagCommand  = 1 << 2   // a command frame (handshake), never part of a message
	maxGathered  = 64 << 10 // past this, a message is sent in pieces
	readBuffer   = 64 << 10
)

// Conn is a net.Conn that reads through a buffer and writes one ZMTP
// message at a time (see the package documentation).
type Conn struct {
	net.Conn
	r *bufio.Reader

	mu  sync.Mutex
	buf []byte
	err error // the first failed write; every later write returns it
	out outgoing
}

// New wraps c.
func New(c net.Conn) *Conn {
	return &Conn{Conn: c, r: bufio.NewReaderSize(c, readBuffer), out: outgoing{greetingLeft: greetingSize}}
}

// Read reads through the buffer.
func (c *Conn) Read(p []byte) (int, error) { return c.r.Read(p) }

// Write gathers p and sends what is gathered when p completes a message,
// a command or the greeting. It reports len(p) once p is gathered; a
// failure to send is returned by the write that triggered the sending and
// by every write after it.
func (c *Conn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return 0, c.err
	}
	if c.out.passthrough {
		return c.Conn.Write(p)
	}
	n := len(p)
	for len(p) > 0 {
		take, boundary := c.out.advance(p)
		chunk := p[:take]
		p = p[take:]
		if len(c.buf)+len(chunk) > maxGathered {
			// A large frame: send what is gathered, and the frame's body
			// as it came rather than copied.
			if err := c.send(c.buf); err != nil {
				return 0, err
			}
			c.buf = c.buf[:0]
			if len(chunk) > maxGathered {
				if err := c.send(chunk); err != nil {
					return 0, err
				}
				chunk = nil
			}
		}
		c.buf = append(c.buf, chunk...)
		if boundary || c.out.passthrough {
			if err := c.send(c.buf); err != nil {
				return 0, err
			}
			c.buf = c.buf[:0]
		}
	}
	return n, nil
}

// send writes b whole to the connection; a failure sticks to c.
func (c *Conn) send(b []byte) error {
	for len(b) > 0 {
		n, err := c.Conn.Write(b)
		b = b[n:]
		if err != nil {
			c.err = err
			return err
		}
	}
	return nil
}

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

//go:build unix

package zmtpconn

import (
	"errors"
	"syscall"
)

// tryWrite writes what the socket takes of b without waiting: one write(2)
// on the non-blocking descriptor, as net.Conn.Write would make, but
// returning at once with a short count where net.Conn.Write would park
// until the peer reads. A connection without a descriptor (a net.Pipe in
// a test) is written to as usual.
func (c *Conn) tryWrite(b []byte) (int, error) {
	if c.raw == nil {
		return c.Conn.Write(b)
	}
	var n int
	var werr error
	if err := c.raw.Write(func(fd uintptr) bool {
		n, werr = syscall.Write(int(fd), b)
		return true // done either way: never wait for writability here
	}); err != nil {
		return 0, err
	}
	n = max(n, 0)
	if errors.Is(werr, syscall.EAGAIN) || errors.Is(werr, syscall.EINTR) {
		werr = nil
	}
	return n, werr
}

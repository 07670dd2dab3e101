//go:build !unix

package zmtpconn

import "time"

// tryWrite writes b with StallTimeout to be taken. Without unix's
// non-blocking write(2) a slow peer makes this wait, bounded.
func (c *Conn) tryWrite(b []byte) (int, error) {
	c.Conn.SetWriteDeadline(time.Now().Add(c.opts.StallTimeout))
	defer c.Conn.SetWriteDeadline(time.Time{})
	return c.Conn.Write(b)
}

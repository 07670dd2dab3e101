package zmtpconn

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"
)

// listener admits connections for zmq4. zmq4 runs each new connection's
// handshake inside its accept loop, with no deadline: one peer that
// connects and sends nothing stops every later connection to the port
// (and heartbeats with them). So the listener accepts on its own
// goroutine and admits each connection on one of the connection's own:
// it sends zmq4's greeting ahead of zmq4 and waits, up to
// HandshakeTimeout, until the peer's greeting and READY are in the read
// buffer. Only then does Accept hand the connection to zmq4, whose
// handshake then reads nothing from the network and cannot block.
type listener struct {
	net.Listener
	opts  Options
	ready chan *Conn
	done  chan struct{}
	once  sync.Once

	mu      sync.Mutex
	pending []*Conn // in their handshake, oldest first
}

func newListener(l net.Listener, o Options) *listener {
	ln := &listener{Listener: l, opts: o, ready: make(chan *Conn), done: make(chan struct{})}
	go ln.acceptLoop()
	return ln
}

// Accept returns the next admitted connection. A connection zmq4 then
// drops in its own handshake (a socket type it refuses, say) is not
// closed by zmq4: the watchdog started here closes it.
func (l *listener) Accept() (net.Conn, error) {
	select {
	case c := <-l.ready:
		c.watchdog.Store(time.AfterFunc(l.opts.HandshakeTimeout, func() {
			if !c.established.Load() {
				l.opts.Log.Info("zmtpconn: closing a connection zmq4 did not keep", "peer", c.RemoteAddr())
				c.Close()
			}
		}))
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

// Close stops accepting and closes the connections still in admission.
func (l *listener) Close() error {
	l.once.Do(func() { close(l.done) })
	err := l.Listener.Close()
	l.mu.Lock()
	for _, c := range l.pending {
		c.Close()
	}
	l.pending = nil
	l.mu.Unlock()
	return err
}

func (l *listener) acceptLoop() {
	var delay time.Duration
	for {
		nc, err := l.Listener.Accept()
		if err != nil {
			select {
			case <-l.done:
				return
			default:
			}
			if errors.Is(err, net.ErrClosed) {
				return
			}
			// Out of descriptors and the like: wait and retry, as
			// net/http's Serve does, rather than spin.
			delay = min(max(2*delay, 5*time.Millisecond), time.Second)
			l.opts.Log.Warn("zmtpconn: accept failed", "err", err, "retry_in", delay)
			select {
			case <-time.After(delay):
			case <-l.done:
				return
			}
			continue
		}
		delay = 0
		c := newConn(nc, l.opts)
		l.track(c)
		go l.admit(c)
	}
}

// track lists c as in admission; past MaxPending the oldest is closed, so
// that many silent connections cannot use up the process's descriptors.
func (l *listener) track(c *Conn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending = append(l.pending, c)
	if len(l.pending) > l.opts.MaxPending {
		l.opts.Log.Warn("zmtpconn: too many connections in their handshake; closing the oldest", "peer", l.pending[0].RemoteAddr())
		l.pending[0].Close()
		l.pending = l.pending[1:]
	}
}

func (l *listener) untrack(c *Conn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, p := range l.pending {
		if p == c {
			l.pending = append(l.pending[:i], l.pending[i+1:]...)
			return
		}
	}
}

func (l *listener) admit(c *Conn) {
	err := c.admit(time.Now().Add(l.opts.HandshakeTimeout))
	l.untrack(c)
	if err != nil {
		l.opts.Log.Info("zmtpconn: refused a connection", "peer", c.RemoteAddr(), "err", err)
		c.Close()
		return
	}
	select {
	case l.ready <- c:
	case <-l.done:
		c.Close()
	}
}

// nullGreeting is the greeting zmq4 sends with the NULL mechanism: the
// signature, version 3.0, "NULL", as-server 0, zero filler.
func nullGreeting() []byte {
	g := make([]byte, greetingSize)
	g[0], g[9], g[10] = 0xff, 0x7f, 3
	copy(g[12:32], "NULL")
	return g
}

// admit sends zmq4's greeting for it - libzmq peers send theirs in parts
// and wait for ours in between - then waits, until deadline, for the
// peer's greeting and first command to arrive whole and within the
// limits.
func (c *Conn) admit(deadline time.Time) error {
	c.Conn.SetDeadline(deadline)
	defer c.Conn.SetDeadline(time.Time{})
	g := nullGreeting()
	if _, err := c.Conn.Write(g); err != nil {
		return err
	}
	c.mu.Lock()
	c.sent = g
	c.mu.Unlock()
	for {
		buffered, _ := c.r.Peek(c.r.Buffered())
		check := c.in // a copy: zmq4's reads will scan these bytes again
		if _, err := check.scan(buffered); err != nil {
			return err
		}
		if check.greetingRead == greetingSize && !bytes.Equal(buffered[12:32], g[12:32]) {
			return fmt.Errorf("%w: security mechanism %q, want NULL", ErrRejected, bytes.TrimRight(buffered[12:32], "\x00"))
		}
		if check.handshakeRead() {
			return nil
		}
		if len(buffered) == readBuffer {
			return fmt.Errorf("%w: handshake over %d bytes", ErrRejected, readBuffer)
		}
		if _, err := c.r.Peek(len(buffered) + 1); err != nil {
			if isTimeout(err) {
				return fmt.Errorf("%w: no greeting and READY within %v", ErrRejected, c.opts.HandshakeTimeout)
			}
			return err
		}
	}
}

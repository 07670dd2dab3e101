package zmtpconn

import (
	"errors"
	"fmt"
	"time"
)

// flushChunk bounds one write of the queue's flusher, so that a peer that
// reads slowly but steadily is never taken for a stalled one: each chunk
// gets StallTimeout of its own.
const flushChunk = 256 << 10

// sendQueue holds what a peer was not ready to take. zmq4 writes to all
// the subscribers of a PUB socket from one goroutine, one after the other,
// and a ROUTER's Send waits for its peer's write: one peer that stops
// reading (a frontend suspended with SIGSTOP, a client that never reads
// its replies) would stop output and replies for everyone. So a write
// that the socket cannot take at once is queued and sent by a goroutine
// of the connection's own, and the queue is bounded as libzmq bounds a
// peer's pipe (its high-water mark): when it is full, whole messages are
// dropped for that peer alone. A peer that takes no byte for
// Options.StallTimeout is disconnected.
//
// All fields are guarded by the Conn's mu.
type sendQueue struct {
	pieces    []*piece
	bytes     int
	messages  int    // messages whose last piece is queued
	tail      *piece // the last piece queued of the message being written
	flushing  bool   // a flusher goroutine owns the socket's write side
	inMessage bool   // part of the message being written was sent or queued
	dropping  bool   // the message being written is dropped: the queue is full
	dropped   int    // messages dropped since the queue last emptied
}

// piece is part of a message, queued.
type piece struct {
	b      []byte
	last   bool // it ends its message
	queued bool // not yet taken by the flusher
}

func (q *sendQueue) endMessage() {
	if q.tail != nil && q.tail.queued {
		q.tail.last = true
		q.messages++
	}
	q.tail = nil
	q.inMessage, q.dropping = false, false
}

func (q *sendQueue) push(b []byte) {
	q.tail = &piece{b: append([]byte(nil), b...), queued: true}
	q.pieces = append(q.pieces, q.tail)
	q.bytes += len(b)
}

// pop takes the first piece off the queue, once it is sent.
func (q *sendQueue) pop() {
	p := q.pieces[0]
	q.pieces[0] = nil
	q.pieces = q.pieces[1:]
	q.bytes -= len(p.b)
	p.queued = false
	if p.last {
		q.messages--
	}
}

func (q *sendQueue) clear() {
	for _, p := range q.pieces {
		p.queued = false
	}
	q.pieces, q.bytes, q.messages = nil, 0, 0
}

// emit sends b, a piece of the message (or command, or greeting) being
// written, or queues it, or drops it with the rest of its message when
// the peer's queue is full. c.mu is held.
func (c *Conn) emit(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	q := &c.send
	if !q.inMessage {
		// Whether to drop is decided at a message's first piece only: a
		// message is never cut, which would corrupt the stream.
		q.inMessage = true
		q.dropping = q.flushing && (q.messages >= c.opts.SendHWM || q.bytes >= c.opts.SendBuffer)
		if q.dropping {
			if q.dropped == 0 {
				c.opts.Log.Warn("zmtpconn: peer is not reading; dropping messages for it until it does",
					"peer", c.RemoteAddr(), "queued_messages", q.messages, "queued_bytes", q.bytes)
			}
			q.dropped++
		}
	}
	switch {
	case q.dropping:
		return nil
	case q.flushing:
		q.push(b)
		return nil
	}
	n, err := c.tryWrite(b)
	if err != nil {
		c.fail(err)
		return c.err
	}
	if n < len(b) {
		q.push(b[n:])
		q.flushing = true
		go c.flush()
	}
	return nil
}

// flush sends the queue in order until it is empty, then hands the
// socket's write side back to emit.
func (c *Conn) flush() {
	for {
		c.mu.Lock()
		q := &c.send
		if c.err != nil {
			c.mu.Unlock()
			return
		}
		if len(q.pieces) == 0 {
			q.flushing = false
			if q.dropped > 0 {
				c.opts.Log.Info("zmtpconn: peer caught up", "peer", c.RemoteAddr(), "dropped_messages", q.dropped)
			}
			q.dropped = 0
			c.mu.Unlock()
			return
		}
		p := q.pieces[0]
		c.mu.Unlock()

		err := c.writeAll(p.b)

		c.mu.Lock()
		if err != nil {
			if errors.Is(err, errStalled) {
				c.opts.Log.Warn("zmtpconn: disconnecting a peer that read nothing", "peer", c.RemoteAddr(),
					"for", c.opts.StallTimeout, "queued_bytes", q.bytes)
			}
			c.fail(err)
			c.mu.Unlock()
			return
		}
		if p.queued { // else Close cleared the queue meanwhile
			q.pop()
		}
		c.mu.Unlock()
	}
}

var errStalled = errors.New("zmtpconn: peer stalled")

// writeAll writes b in chunks, each with StallTimeout to be taken.
func (c *Conn) writeAll(b []byte) error {
	defer c.Conn.SetWriteDeadline(time.Time{})
	for len(b) > 0 {
		chunk := b[:min(len(b), flushChunk)]
		c.Conn.SetWriteDeadline(time.Now().Add(c.opts.StallTimeout))
		n, err := c.Conn.Write(chunk)
		b = b[n:]
		if err != nil {
			if isTimeout(err) {
				return fmt.Errorf("%w: no byte taken in %v", errStalled, c.opts.StallTimeout)
			}
			return err
		}
	}
	return nil
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

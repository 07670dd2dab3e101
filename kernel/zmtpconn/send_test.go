package zmtpconn

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// tcpPair is a Conn with opts on one end of a loopback TCP connection and
// the raw other end, which reads only when told to.
func tcpPair(t *testing.T, o Options) (*Conn, *net.TCPConn) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	peer, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	c := newConn(s, o.withDefaults())
	t.Cleanup(func() { c.Close(); peer.Close() })
	return c, peer.(*net.TCPConn)
}

// writeMessage writes a two-frame message numbered n, with a body of size
// bytes, as zmq4 does: each header and body with a Write of its own.
func writeMessage(c *Conn, n, size int) error {
	seq := binary.BigEndian.AppendUint32(nil, uint32(n))
	body := bytes.Repeat([]byte{byte(n)}, size)
	for _, p := range [][]byte{{flagMore, 4}, seq, longHeader(0, uint64(size)), body} {
		if _, err := c.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// within runs f and fails the test if it has not returned after guard:
// Write must never wait for the peer.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(guard):
		t.Fatalf("%s: still blocked after %v", what, guard)
	}
}

// A peer that does not read loses whole messages past the high-water
// mark; when it reads again it gets an intact stream, in order.
func TestQueueDropsWholeMessages(t *testing.T) {
	c, peer := tcpPair(t, Options{SendHWM: 5, SendBuffer: 1 << 20, StallTimeout: time.Hour})
	const sent, size = 2000, 16 << 10 // 32 MB: more than loopback buffers hold
	within(t, "writing to a peer that does not read", func() {
		c.Write(greeting())
		for n := range sent {
			if err := writeMessage(c, n, size); err != nil {
				t.Errorf("message %d: %v", n, err)
				return
			}
		}
	})
	// Read until the queue is empty, then send one more: it is the last.
	got := make(chan []byte)
	go func() { b, _ := io.ReadAll(peer); got <- b }()
	within(t, "waiting for the queue to drain", func() {
		for {
			c.mu.Lock()
			flushing := c.send.flushing
			c.mu.Unlock()
			if !flushing {
				return
			}
			time.Sleep(time.Millisecond)
		}
	})
	writeMessage(c, sent, size)
	c.Close()
	stream := <-got

	// Every message arrives whole and in order, the last one included,
	// and some were dropped.
	in := newIncoming(DefaultOptions())
	if n, err := in.scan(stream); err != nil {
		t.Fatalf("the stream breaks after %d of %d bytes: %v", n, len(stream), err)
	}
	seqs := sequence(t, stream[greetingSize:])
	if len(seqs) == 0 || seqs[len(seqs)-1] != sent {
		t.Fatalf("got %d messages ending %v, want the last to be %d", len(seqs), seqs[max(0, len(seqs)-3):], sent)
	}
	if len(seqs) >= sent {
		t.Errorf("got all %d messages through a queue of 5, want some dropped", len(seqs))
	}
	for i := 1; i < len(seqs); i++ {
		if seqs[i] <= seqs[i-1] {
			t.Fatalf("message %d came after %d", seqs[i], seqs[i-1])
		}
	}
}

// sequence decodes the stream of writeMessage's messages into their
// numbers, checking each body.
func sequence(t *testing.T, s []byte) []int {
	t.Helper()
	var seqs []int
	for len(s) > 0 {
		if len(s) < 6+9 || s[0] != flagMore || s[1] != 4 {
			t.Fatalf("message %d: bad frame %q", len(seqs), s[:min(len(s), 16)])
		}
		n := int(binary.BigEndian.Uint32(s[2:6]))
		size := binary.BigEndian.Uint64(s[7:15])
		body := s[15 : 15+size]
		if !bytes.Equal(body, bytes.Repeat([]byte{byte(n)}, int(size))) {
			t.Fatalf("message %d: body is not its own", n)
		}
		seqs = append(seqs, n)
		s = s[15+size:]
	}
	return seqs
}

func TestStalledPeerIsDisconnected(t *testing.T) {
	c, _ := tcpPair(t, Options{StallTimeout: 200 * time.Millisecond})
	var err error
	within(t, "writing until the stalled peer is dropped", func() {
		c.Write(greeting())
		for n := 0; err == nil; n++ {
			err = writeMessage(c, n, 64<<10)
			time.Sleep(time.Millisecond)
		}
	})
	var ne net.Error
	if !errors.As(err, &ne) || ne.Timeout() {
		t.Fatalf("got %v, want a net.Error that is not a timeout (zmq4 forgets the connection only then)", err)
	}
}

// A PUB subscriber that stops reading does not stop the others.
func TestStalledSubscriberDoesNotStopOthers(t *testing.T) {
	tr, err := NewTransport(Options{StallTimeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	plain := freeEndpoint(t)
	pub := zmq4.NewPub(ctx, zmq4.WithLogger(discardLog()))
	defer pub.Close()
	if err := pub.Listen(tr.Endpoint(plain)); err != nil {
		t.Fatal(err)
	}
	// The stalled one: subscribes to everything, then never reads.
	stalled := dialRaw(t, plain)
	stalled.(*net.TCPConn).SetReadBuffer(4096)
	stalled.Write(cat(greeting(), ready("SUB"), []byte{0, 1, 1}))
	good := zmq4.NewSub(ctx, zmq4.WithLogger(discardLog()))
	defer good.Close()
	if err := good.Dial(plain); err != nil {
		t.Fatal(err)
	}
	good.SetOption(zmq4.OptionSubscribe, "")

	const n, size = 2000, 16 << 10 // 32 MB: more than loopback buffers hold
	end := make(chan error, 1)
	go func() {
		for {
			m, err := good.Recv()
			if err != nil {
				end <- err
				return
			}
			if string(m.Frames[0]) == "end" {
				end <- nil
				return
			}
		}
	}()
	body := make([]byte, size)
	for len(pubTopics(pub)) == 0 { // a PUB drops what comes before
		time.Sleep(time.Millisecond)
	}
	within(t, "publishing with a stalled subscriber", func() {
		for i := range n {
			pub.Send(zmq4.NewMsgFrom([]byte(fmt.Sprint(i)), body))
		}
	})
	// The reading subscriber may lose messages too if it is slower than
	// the publisher (the high-water mark is per peer): publish the end
	// until it arrives. Without per-peer queues the PUB's one writer is
	// stuck on the stalled peer and nothing arrives.
	deadline := time.After(guard)
	for {
		pub.Send(zmq4.NewMsgFrom([]byte("end")))
		select {
		case err := <-end:
			if err != nil {
				t.Fatal(err)
			}
			return
		case <-deadline:
			t.Fatalf("the reading subscriber got nothing more within %v", guard)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func pubTopics(s zmq4.Socket) []string { return s.(zmq4.Topics).Topics() }

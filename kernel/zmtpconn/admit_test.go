package zmtpconn

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// guard bounds a test that would otherwise hang; it measures nothing.
const guard = 20 * time.Second

// router starts a zmq4 ROUTER listening through a Transport with o.
func router(t *testing.T, o Options) (zmq4.Socket, string) {
	t.Helper()
	tr, err := NewTransport(o)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	plain := freeEndpoint(t)
	r := zmq4.NewRouter(ctx, zmq4.WithLogger(discardLog()))
	if err := r.Listen(tr.Endpoint(plain)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); cancel() })
	return r, plain
}

// roundTrip connects a new zmq4 DEALER to the ROUTER and has one message
// go there and back, within guard.
func roundTrip(t *testing.T, r zmq4.Socket, plain string) {
	t.Helper()
	done := make(chan error, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("d")), zmq4.WithLogger(discardLog()))
	defer d.Close()
	go func() {
		if err := d.Dial(plain); err != nil {
			done <- err
			return
		}
		if err := d.Send(zmq4.NewMsgString("ping")); err != nil {
			done <- err
			return
		}
		m, err := r.Recv()
		if err != nil {
			done <- err
			return
		}
		if err := r.Send(zmq4.NewMsgFrom(m.Frames[0], []byte("pong"))); err != nil {
			done <- err
			return
		}
		_, err = d.Recv()
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("round trip through a new connection: %v", err)
		}
	case <-time.After(guard):
		t.Fatalf("no round trip through a new connection within %v", guard)
	}
}

func dialRaw(t *testing.T, plain string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", strings.TrimPrefix(plain, "tcp://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// closedByPeer reports whether the kernel side closed c: reading it
// returns EOF (or a reset) before guard.
func closedByPeer(c net.Conn) error {
	c.SetReadDeadline(time.Now().Add(guard))
	_, err := io.Copy(io.Discard, c)
	if isTimeout(err) {
		return err
	}
	return nil
}

func TestIdleConnectionDoesNotBlockOthers(t *testing.T) {
	r, plain := router(t, Options{HandshakeTimeout: time.Hour})
	idle := dialRaw(t, plain)
	idle.Write(greeting()[:10]) // and then nothing, for an hour
	roundTrip(t, r, plain)
}

func TestBadConnectionsAreClosed(t *testing.T) {
	r, plain := router(t, Options{HandshakeTimeout: 300 * time.Millisecond})
	plainGreeting := greeting()
	withMechanism := func(m string) []byte {
		g := greeting()
		copy(g[12:32], make([]byte, 20))
		copy(g[12:], m)
		return g
	}
	for _, tc := range []struct{ name, send string }{
		{"not ZMTP", "GET / HTTP/1.1\r\n\r\n"},
		{"2^62 before READY", string(cat(plainGreeting, longHeader(flagCommand, 1<<62)))},
		{"30 GiB after READY", string(cat(plainGreeting, ready("DEALER"), longHeader(0, 30<<30)))},
		{"PLAIN mechanism", string(withMechanism("PLAIN"))},
		{"silent", ""},
		{"socket type zmq4 refuses", string(cat(plainGreeting, ready("PUB")))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := dialRaw(t, plain)
			c.Write([]byte(tc.send))
			if err := closedByPeer(c); err != nil {
				t.Fatalf("got %v, want the connection closed by the listener", err)
			}
		})
	}
	roundTrip(t, r, plain)
}

func TestOldestPendingIsClosedPastMaxPending(t *testing.T) {
	r, plain := router(t, Options{HandshakeTimeout: time.Hour, MaxPending: 2})
	first := dialRaw(t, plain)
	for range 2 {
		dialRaw(t, plain)
	}
	if err := closedByPeer(first); err != nil {
		t.Fatalf("the oldest of 3 pending connections: got %v, want it closed", err)
	}
	roundTrip(t, r, plain)
}

func TestAdmissionErrorsWrapErrRejected(t *testing.T) {
	client, server := net.Pipe()
	defer client.Close()
	go func() {
		io.ReadFull(client, make([]byte, greetingSize))
		client.Write([]byte("GET /"))
	}()
	c := newConn(server, DefaultOptions())
	if err := c.admit(time.Now().Add(guard)); !errors.Is(err, ErrRejected) {
		t.Fatalf("got %v, want an error wrapping ErrRejected", err)
	}
}

func discardLog() *log.Logger { return log.New(io.Discard, "", 0) }

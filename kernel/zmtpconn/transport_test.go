package zmtpconn

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func freeEndpoint(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "tcp://" + l.Addr().String()
}

func TestEndpoint(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"tcp://127.0.0.1:5555", "zmtpconn+tcp://127.0.0.1:5555"},
		{"ipc:///tmp/kernel-1", "zmtpconn+ipc:///tmp/kernel-1"},
		{"inproc://x", "inproc://x"},
		{"no scheme", "no scheme"},
	} {
		got, err := Endpoint(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Endpoint(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// pair starts a ROUTER listening through this transport and a plain zmq4
// DEALER connected to it.
func pair(t testing.TB, wrap bool) (router, dealer zmq4.Socket) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	plain := freeEndpoint(t)
	ep := plain
	if wrap {
		var err error
		if ep, err = Endpoint(plain); err != nil {
			t.Fatal(err)
		}
	}
	router = zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("router")))
	if err := router.Listen(ep); err != nil {
		t.Fatal(err)
	}
	dealer = zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("dealer")))
	if err := dealer.Dial(plain); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dealer.Close(); router.Close() })
	return router, dealer
}

// A zmq4 peer that does not use this package gets every frame of every
// message, in order, across a frame longer than the read buffer.
func TestRouterDealerThroughTransport(t *testing.T) {
	router, dealer := pair(t, true)
	big := strings.Repeat("b", 3*readBuffer)
	for i := 0; i < 20; i++ {
		req := []string{"<IDS|MSG>", "sig", fmt.Sprintf(`{"n":%d}`, i), "", big[:i*i*i]}
		if err := dealer.SendMulti(zmq4.NewMsgFromString(req)); err != nil {
			t.Fatal(err)
		}
		got, err := router.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Frames) != 1+len(req) || string(got.Frames[0]) != "dealer" {
			t.Fatalf("request %d: got %d frames from %q, want %d from dealer", i, len(got.Frames), got.Frames[0], 1+len(req))
		}
		for j, f := range req {
			if string(got.Frames[1+j]) != f {
				t.Fatalf("request %d frame %d: got %d bytes, want %d", i, j, len(got.Frames[1+j]), len(f))
			}
		}
		// The reply goes back through the ROUTER's per-frame writes.
		reply := append([][]byte{[]byte("dealer")}, got.Frames[1:]...)
		reply = append(reply, []byte(big))
		if err := router.SendMulti(zmq4.NewMsgFrom(reply...)); err != nil {
			t.Fatal(err)
		}
		back, err := dealer.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if len(back.Frames) != len(req)+1 || string(back.Frames[2]) != req[2] || len(back.Frames[len(req)]) != len(big) {
			t.Fatalf("reply %d: got %d frames, want %d with the request's and the big one", i, len(back.Frames), len(req)+1)
		}
	}
}

func TestPubSubThroughTransport(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	plain := freeEndpoint(t)
	ep, _ := Endpoint(plain)
	pub, sub := zmq4.NewPub(ctx), zmq4.NewSub(ctx)
	defer pub.Close()
	defer sub.Close()
	if err := pub.Listen(ep); err != nil {
		t.Fatal(err)
	}
	if err := sub.Dial(plain); err != nil {
		t.Fatal(err)
	}
	sub.SetOption(zmq4.OptionSubscribe, "")
	// A PUB drops what it sends before the subscription arrives: publish
	// until one gets through, then check that what follows is whole.
	deadline := time.Now().Add(10 * time.Second)
	got := make(chan zmq4.Msg, 1)
	go func() {
		for {
			m, err := sub.Recv()
			if err != nil {
				return
			}
			got <- m
		}
	}()
	for n := 0; ; n++ {
		pub.SendMulti(zmq4.NewMsgFromString([]string{"kernel.status", "<IDS|MSG>", fmt.Sprint(n)}))
		select {
		case m := <-got:
			if len(m.Frames) != 3 || string(m.Frames[0]) != "kernel.status" {
				t.Fatalf("got frames %q, want 3 starting with the topic", m.Frames)
			}
			return
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("no message reached the subscriber in 10 s")
		}
	}
}

// BenchmarkRoundTrip sends a seven-frame request from a DEALER and a
// seven-frame reply from a ROUTER, the shape of a Jupyter shell exchange,
// with the ROUTER on plain zmq4 TCP and on this transport.
func BenchmarkRoundTrip(b *testing.B) {
	for _, wrap := range []bool{false, true} {
		name := map[bool]string{false: "plain", true: "zmtpconn"}[wrap]
		b.Run(name, func(b *testing.B) {
			router, dealer := pair(b, wrap)
			frames := []string{"<IDS|MSG>", strings.Repeat("s", 64), strings.Repeat("h", 200), strings.Repeat("p", 200), "{}", `{"code":"1+1"}`}
			req := zmq4.NewMsgFromString(frames)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				dealer.SendMulti(req)
				m, err := router.Recv()
				if err != nil {
					b.Fatal(err)
				}
				router.SendMulti(zmq4.NewMsgFrom(m.Frames...))
				if _, err := dealer.Recv(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

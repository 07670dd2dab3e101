package zmtpconn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"net"
	"testing"
)

// recorder is a net.Conn that keeps each Write it gets as one piece.
type recorder struct {
	net.Conn // nil: only Write, Close and RemoteAddr are called
	writes   [][]byte
	fail     error
	closed   bool
}

func (r *recorder) Close() error         { r.closed = true; return nil }
func (r *recorder) RemoteAddr() net.Addr { return &net.TCPAddr{} }

func (r *recorder) Write(p []byte) (int, error) {
	if r.fail != nil {
		return 0, r.fail
	}
	r.writes = append(r.writes, append([]byte(nil), p...))
	return len(p), nil
}

func greeting() []byte {
	g := make([]byte, greetingSize)
	g[0], g[9], g[10] = 0xff, 0x7f, 3
	copy(g[12:], "NULL")
	return g
}

// frame encodes one ZMTP frame as zmq4 writes it: header, then body.
func frame(flags byte, body string) (header, b []byte) {
	if len(body) > 255 {
		header = make([]byte, 9)
		header[0] = flags | flagLong
		binary.BigEndian.PutUint64(header[1:], uint64(len(body)))
	} else {
		header = []byte{flags, byte(len(body))}
	}
	return header, []byte(body)
}

// writeFrames writes frames the way zmq4 does for a ROUTER socket: every
// header and every body with a Write of its own.
func writeFrames(t *testing.T, c *Conn, flags []byte, bodies ...string) []byte {
	t.Helper()
	var all []byte
	for i, body := range bodies {
		h, b := frame(flags[i], body)
		for _, p := range [][]byte{h, b} {
			if len(p) == 0 {
				continue
			}
			if n, err := c.Write(p); n != len(p) || err != nil {
				t.Fatalf("Write(%d bytes) = %d, %v", len(p), n, err)
			}
			all = append(all, p...)
		}
	}
	return all
}

func TestWritesGatherOneMessage(t *testing.T) {
	long := string(bytes.Repeat([]byte("x"), 300))
	for _, tc := range []struct {
		name   string
		flags  []byte
		bodies []string
		sends  int // underlying writes expected
	}{
		{"single frame", []byte{0}, []string{"hello"}, 1},
		{"jupyter reply", []byte{1, 1, 1, 1, 1, 1, 0}, []string{"id", "<IDS|MSG>", "sig", "{}", "{}", "{}", `{"status":"ok"}`}, 1},
		{"long frame in the middle", []byte{1, 1, 0}, []string{"topic", long, "end"}, 1},
		{"empty frames", []byte{1, 1, 0}, []string{"", "x", ""}, 1},
		{"two messages", []byte{1, 0, 1, 0}, []string{"a", "b", "c", "d"}, 2},
		{"command then message", []byte{flagCommand, 1, 0}, []string{"\x05READY", "a", "b"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{}
			c := New(r)
			c.Write(greeting())
			r.writes = nil
			want := writeFrames(t, c, tc.flags, tc.bodies...)
			if got := len(r.writes); got != tc.sends {
				t.Errorf("got %d writes to the connection, want %d", got, tc.sends)
			}
			if got := bytes.Join(r.writes, nil); !bytes.Equal(got, want) {
				t.Errorf("got bytes %q, want %q", got, want)
			}
		})
	}
}

func TestGreetingIsSentWhole(t *testing.T) {
	r := &recorder{}
	c := New(r)
	g := greeting()
	c.Write(g[:10]) // a peer may send the signature first
	if len(r.writes) != 0 {
		t.Fatalf("got %d writes after part of the greeting, want 0", len(r.writes))
	}
	c.Write(g[10:])
	if len(r.writes) != 1 || !bytes.Equal(r.writes[0], g) {
		t.Fatalf("got writes %q, want the greeting once", r.writes)
	}
}

func TestMessageInProgressIsHeld(t *testing.T) {
	r := &recorder{}
	c := New(r)
	c.Write(greeting())
	r.writes = nil
	writeFrames(t, c, []byte{1, 1}, "a", "b")
	if len(r.writes) != 0 {
		t.Fatalf("got %d writes before the last frame, want 0", len(r.writes))
	}
	writeFrames(t, c, []byte{0}, "c")
	if len(r.writes) != 1 {
		t.Fatalf("got %d writes after the last frame, want 1", len(r.writes))
	}
}

func TestLargeFrameIsNotCopied(t *testing.T) {
	r := &recorder{}
	c := New(r)
	c.Write(greeting())
	r.writes = nil
	big := string(bytes.Repeat([]byte("p"), 3*maxGathered))
	want := writeFrames(t, c, []byte{1, 0}, big, "end")
	// The big body goes out as it was written, not copied; what comes
	// before and after it is gathered as usual.
	if len(r.writes) != 3 || string(r.writes[1]) != big {
		t.Errorf("got %d writes, want 3: the header, the %d-byte body, the last frame", len(r.writes), len(big))
	}
	if got := bytes.Join(r.writes, nil); !bytes.Equal(got, want) {
		t.Errorf("got %d bytes, want the %d written", len(got), len(want))
	}
}

func TestNotZMTPIsPassedThrough(t *testing.T) {
	r := &recorder{}
	c := New(r)
	for _, p := range []string{"GET / HTTP/1.1\r\n", "Host: x\r\n"} {
		c.Write([]byte(p))
	}
	if len(r.writes) != 2 {
		t.Fatalf("got %d writes, want each passed through (2)", len(r.writes))
	}
}

func TestWriteErrorSticks(t *testing.T) {
	broken := errors.New("broken pipe")
	r := &recorder{}
	c := New(r)
	c.Write(greeting())
	r.fail = broken
	h, b := frame(0, "x")
	c.Write(h)
	if _, err := c.Write(b); !errors.Is(err, broken) {
		t.Fatalf("got %v from the write that ends a message, want %v", err, broken)
	}
	r.fail = nil
	if _, err := c.Write(h); !errors.Is(err, broken) {
		t.Fatalf("got %v from a later write, want %v", err, broken)
	}
}

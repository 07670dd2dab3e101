package zmtpconn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"testing"
)

// longHeader is the header of a frame of size bytes in the eight-byte form.
func longHeader(flags byte, size uint64) []byte {
	h := make([]byte, 9)
	h[0] = flags | flagLong
	binary.BigEndian.PutUint64(h[1:], size)
	return h
}

// ready is a READY command frame with the given socket type.
func ready(socketType string) []byte {
	body := append([]byte("\x05READY\x0bSocket-Type"), 0, 0, 0, byte(len(socketType)))
	body = append(body, socketType...)
	return append([]byte{flagCommand, byte(len(body))}, body...)
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func testLimits() Options {
	return Options{MaxFrameSize: 1000, MaxMessageSize: 1500, MaxFrames: 4}.withDefaults()
}

func TestIncomingScan(t *testing.T) {
	g := greeting()
	ok := cat(g, ready("DEALER"))
	for _, tc := range []struct {
		name   string
		stream []byte
		wantOK int // bytes accepted; len(stream) when all are
	}{
		{"greeting and READY", ok, len(ok)},
		{"a message", cat(ok, []byte{1, 3}, []byte("abc"), []byte{0, 0}), len(ok) + 7},
		{"frames at the limits", cat(ok, longHeader(1, 1000), make([]byte, 1000), []byte{0, 255}, make([]byte, 255)), len(ok) + 9 + 1000 + 2 + 255},
		{"limits count per message", cat(ok, longHeader(0, 1000), make([]byte, 1000), longHeader(0, 1000)), len(ok) + 1009 + 9},
		{"not ZMTP", []byte("GET / HTTP/1.1\r\n"), 0},
		{"ZMTP 1.0 signature", cat(g[:9], []byte{0x7e}), 9},
		{"ZMTP 2", cat(g[:10], []byte{1}), 10},
		{"2^62 before READY", cat(g, longHeader(flagCommand, 1<<62)), len(g) + 8},
		{"30 GiB after READY", cat(ok, longHeader(0, 30<<30)), len(ok) + 8},
		{"2^64-1", cat(ok, longHeader(0, 1<<64-1)), len(ok) + 8},
		{"frame one over", cat(ok, longHeader(0, 1001)), len(ok) + 8},
		{"message over", cat(ok, longHeader(1, 1000), make([]byte, 1000), longHeader(0, 501)), len(ok) + 1009 + 8},
		{"too many frames", cat(ok, []byte{1, 0, 1, 0, 1, 0, 1, 0, 0, 0}), len(ok) + 9},
		{"command too large", cat(g, longHeader(flagCommand, maxCommandSize+1)), len(g) + 8},
		{"command with MORE", cat(g, []byte{flagCommand | flagMore, 0}), len(g) + 1},
		{"command inside a message", cat(ok, []byte{1, 0, flagCommand, 0}), len(ok) + 3},
		{"reserved flags", cat(ok, []byte{0x80}), len(ok)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := newIncoming(testLimits())
			n, err := in.scan(tc.stream)
			if n != tc.wantOK {
				t.Errorf("got %d bytes accepted (err %v), want %d", n, err, tc.wantOK)
			}
			if (err != nil) != (tc.wantOK < len(tc.stream)) {
				t.Errorf("got err %v with %d of %d bytes accepted", err, n, len(tc.stream))
			}
			if err != nil && !errors.Is(err, ErrRejected) {
				t.Errorf("got %v, want an error wrapping ErrRejected", err)
			}
			// A refused stream stays refused.
			if err != nil {
				if n2, err2 := in.scan([]byte{0}); n2 != 0 || err2 == nil {
					t.Errorf("after a refusal, scan = %d, %v; want 0 and the error", n2, err2)
				}
			}
		})
	}
}

// Scanning a stream in pieces accepts exactly what scanning it whole
// does, wherever the pieces are cut - reads arrive cut anywhere.
func checkSplit(t *testing.T, o Options, stream []byte, cuts []byte) {
	whole := newIncoming(o)
	wantN, wantErr := whole.scan(stream)
	in := newIncoming(o)
	got, rest := 0, stream
	var err error
	for i := 0; len(rest) > 0 && err == nil; i++ {
		size := len(rest)
		if i < len(cuts) {
			size = min(size, int(cuts[i])+1)
		}
		var n int
		n, err = in.scan(rest[:size])
		got += n
		rest = rest[size:]
	}
	if got != wantN || (err == nil) != (wantErr == nil) {
		t.Fatalf("in pieces %v: got %d accepted, err %v; whole: %d, %v", cuts, got, err, wantN, wantErr)
	}
}

func TestIncomingSplit(t *testing.T) {
	ok := cat(greeting(), ready("SUB"))
	for _, stream := range [][]byte{
		cat(ok, longHeader(1, 900), make([]byte, 900), []byte{0, 3, 'a', 'b', 'c'}),
		cat(ok, longHeader(0, 30<<30)),
		cat(ok, []byte{1, 0, 1, 0, 1, 0, 1, 0, 0, 0}),
	} {
		for _, cuts := range [][]byte{{0}, {1, 2, 3}, {63, 0, 8, 8, 8}, {64, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}} {
			checkSplit(t, testLimits(), stream, cuts)
		}
	}
}

func FuzzIncoming(f *testing.F) {
	ok := cat(greeting(), ready("DEALER"))
	f.Add(ok, []byte{3, 70})
	f.Add(cat(ok, longHeader(0, 30<<30)), []byte{80})
	f.Add(cat(ok, longHeader(1, 999), make([]byte, 999), []byte{0, 0}), []byte{100, 3, 250})
	f.Fuzz(func(t *testing.T, stream, cuts []byte) {
		checkSplit(t, testLimits(), stream, cuts)
	})
}

// zmq4 reads a frame header in two io.ReadFull calls (two bytes, then
// seven more for a long size) and allocates right after: a Conn must fail
// the read that would complete a bad header, whatever its size.
func TestReadWithholdsBadHeader(t *testing.T) {
	ok := cat(greeting(), ready("DEALER"))
	for _, size := range []uint64{1 << 62, 30 << 30, 256<<20 + 1} {
		client, server := net.Pipe()
		go func() {
			client.Write(cat(ok, longHeader(0, size)))
			client.Close()
		}()
		c := New(server)
		if _, err := io.ReadFull(c, make([]byte, len(ok))); err != nil {
			t.Fatalf("size %d: reading the handshake: %v", size, err)
		}
		var hdr [2]byte
		var long [7]byte
		_, err := io.ReadFull(c, hdr[:])
		if err == nil {
			_, err = io.ReadFull(c, long[:])
		}
		var ne net.Error
		if !errors.Is(err, ErrRejected) || !errors.As(err, &ne) || ne.Timeout() {
			t.Errorf("size %d: got %v reading the header, want a non-timeout net.Error wrapping ErrRejected", size, err)
		}
	}
}

// The default limits admit what a notebook sends: a frame of 256 MiB is
// fine, one byte more is not.
func TestDefaultLimits(t *testing.T) {
	o := DefaultOptions()
	in := newIncoming(o)
	ok := cat(greeting(), ready("DEALER"))
	if n, err := in.scan(cat(ok, longHeader(0, 256<<20))); err != nil {
		t.Fatalf("a 256 MiB frame: got %v after %d bytes, want it accepted", err, n)
	}
	in = newIncoming(o)
	if _, err := in.scan(cat(ok, longHeader(0, 256<<20+1))); err == nil {
		t.Fatal("a frame of 256 MiB + 1: accepted, want refused")
	}
}

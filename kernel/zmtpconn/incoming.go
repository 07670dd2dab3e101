package zmtpconn

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// maxCommandSize bounds a command frame (READY, PING, ...). Commands carry
// a few hundred bytes of metadata; the bound also lets a whole READY fit
// the read buffer, which admission needs (see admit.go).
const maxCommandSize = 16 << 10

// ErrRejected is wrapped by every error a Conn reports for an inbound
// stream it refuses: a malformed greeting, a frame or message over the
// limits, a handshake that did not arrive in time.
var ErrRejected = errors.New("zmtpconn: connection rejected")

// incoming follows the ZMTP 3 stream a Conn reads and checks each frame
// header before zmq4 sees its last byte. zmq4 allocates a frame's whole
// body as soon as it has the header (make([]byte, size) with the size the
// peer claims), so a header claiming 2^62 bytes would crash the process;
// here it ends the connection instead.
type incoming struct {
	maxFrame, maxMessage uint64
	maxFrames            int

	greetingRead int
	header       [9]byte
	headerLen    int
	bodyLeft     uint64
	message      uint64 // body bytes of the message being read, so far
	frames       int    // frames of the message being read, so far
	done         int    // whole frames read since the greeting
	err          error  // sticky: the stream was refused
}

func newIncoming(o Options) incoming {
	return incoming{maxFrame: o.MaxFrameSize, maxMessage: o.MaxMessageSize, maxFrames: o.MaxFrames}
}

// scan checks p, the next bytes of the stream, and returns how many of
// them may be handed on: len(p), or, when p holds the byte that makes the
// greeting or a frame header unacceptable, the offset of that byte - so a
// reader never receives a whole bad header - and the error. After an
// error every scan returns 0 and the same error.
func (in *incoming) scan(p []byte) (int, error) {
	if in.err != nil {
		return 0, in.err
	}
	for i := 0; i < len(p); {
		switch {
		case in.greetingRead < greetingSize:
			if err := in.greetingByte(in.greetingRead, p[i]); err != nil {
				in.err = err
				return i, err
			}
			in.greetingRead++
			i++
		case in.bodyLeft > 0:
			take := min(in.bodyLeft, uint64(len(p)-i))
			in.bodyLeft -= take
			i += int(take)
			if in.bodyLeft == 0 {
				in.done++
			}
		default:
			if err := in.headerByte(p[i]); err != nil {
				in.err = err
				return i, err
			}
			i++
		}
	}
	return len(p), nil
}

// greetingByte checks what ZMTP 3 fixes in the greeting: the signature's
// first and last bytes (anything else is ZMTP 1.0 or not ZMTP at all) and
// a major version of at least 3, which zmq4 requires too.
func (in *incoming) greetingByte(at int, b byte) error {
	switch {
	case at == 0 && b != 0xff,
		at == 9 && b&1 == 0:
		return fmt.Errorf("%w: not a ZMTP 3 greeting (byte %d is %#x)", ErrRejected, at, b)
	case at == 10 && b < 3:
		return fmt.Errorf("%w: ZMTP version %d, want 3 or later", ErrRejected, b)
	}
	return nil
}

// headerByte takes one byte of a frame header and, when the header is
// complete, checks the frame against the limits.
func (in *incoming) headerByte(b byte) error {
	in.header[in.headerLen] = b
	in.headerLen++
	flags := in.header[0]
	want := 2
	if flags&flagLong != 0 {
		want = 9
	}
	if in.headerLen == 1 {
		if flags&^(flagMore|flagLong|flagCommand) != 0 {
			return fmt.Errorf("%w: reserved frame flags %#x set", ErrRejected, flags)
		}
		return nil
	}
	if in.headerLen < want {
		return nil
	}
	in.headerLen = 0
	size := uint64(in.header[1])
	if want == 9 {
		size = binary.BigEndian.Uint64(in.header[1:9])
	}
	if flags&flagCommand != 0 {
		if in.frames > 0 {
			return fmt.Errorf("%w: a command inside a message", ErrRejected)
		}
		if flags&flagMore != 0 {
			return fmt.Errorf("%w: a command with the MORE flag", ErrRejected)
		}
		if size > maxCommandSize {
			return fmt.Errorf("%w: command of %d bytes, limit %d", ErrRejected, size, maxCommandSize)
		}
	} else {
		if size > in.maxFrame {
			return fmt.Errorf("%w: frame of %d bytes, limit %d", ErrRejected, size, in.maxFrame)
		}
		// Overflow-free: both terms are at most maxMessage and maxFrame,
		// far below 2^63.
		if in.message+size > in.maxMessage {
			return fmt.Errorf("%w: message of more than %d bytes, limit %d", ErrRejected, in.message+size, in.maxMessage)
		}
		if in.frames+1 > in.maxFrames {
			return fmt.Errorf("%w: message of more than %d frames", ErrRejected, in.maxFrames)
		}
		in.message += size
		in.frames++
		if flags&flagMore == 0 {
			in.message, in.frames = 0, 0
		}
	}
	in.bodyLeft = size
	if size == 0 {
		in.done++
	}
	return nil
}

// handshakeRead reports whether the stream so far holds the greeting and
// one whole frame after it - all a ZMTP NULL handshake reads from the peer.
func (in *incoming) handshakeRead() bool { return in.done > 0 }

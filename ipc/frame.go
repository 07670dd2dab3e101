package ipc

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
)

// Frame is one message as a Reader returns it.
type Frame struct {
	Seq  uint64
	Type string
	Body []byte // the message's JSON encoding
}

// Decode unmarshals the frame's body into v.
func (f Frame) Decode(v any) error {
	if err := json.Unmarshal(f.Body, v); err != nil {
		return fmt.Errorf("ipc: %s frame: %w", f.Type, err)
	}
	return nil
}

// DefaultMaxFrame is the longest line a Reader accepts unless told
// otherwise: output travels in chunks far below it, a picture fits.
const DefaultMaxFrame = 64 << 20

// ErrTooLong is returned (once per line) for a line longer than the
// Reader's maximum; the Reader has skipped it and can go on.
var ErrTooLong = errors.New("ipc: frame longer than the maximum")

// Writer sends frames. It is safe for use by several goroutines: each
// frame is written with one Write call, under a lock, so frames never
// interleave.
type Writer struct {
	mu  sync.Mutex
	w   io.Writer
	key []byte
	seq uint64
	buf []byte
}

// NewWriter returns a Writer on w; with a non-empty key every frame is
// signed.
func NewWriter(w io.Writer, key []byte) *Writer {
	return &Writer{w: w, key: key}
}

// Send writes one frame of type typ whose body is the JSON encoding of v.
// typ must be a word without spaces.
func (w *Writer) Send(typ string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("ipc: encode %s: %w", typ, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seq++
	b := w.buf[:0]
	b = append(b, '\n')
	start := len(b)
	b = strconv.AppendUint(b, w.seq, 10)
	b = append(b, ' ')
	b = append(b, typ...)
	b = append(b, ' ')
	b = append(b, body...)
	if len(w.key) > 0 {
		sum := mac(w.key, b[start:])
		b = append(b[:start], append(append(sum, ' '), b[start:]...)...)
	}
	b = append(b, '\n')
	if cap(b) <= 64<<10 {
		w.buf = b // keep small buffers; a picture's should go
	}
	_, err = w.w.Write(b)
	return err
}

// mac is the hex HMAC-SHA256 of msg under key. The kernel's Jupyter
// codec (kernel.Signer) computes its own: a different protocol that uses
// the same primitive, kept apart so that neither's wire format follows a
// change to the other (see kernel.Signer).
func mac(key, msg []byte) []byte {
	h := hmac.New(sha256.New, key)
	h.Write(msg)
	var sum [sha256.Size]byte
	return hex.AppendEncode(nil, h.Sum(sum[:0]))
}

// Reader reads frames. It is for one goroutine.
type Reader struct {
	r        *bufio.Reader
	key      []byte
	max      int
	seq      uint64
	line     []byte
	rejected int
}

// NewReader returns a Reader on r. With a non-empty key it accepts only
// frames signed with it; max bounds a line (DefaultMaxFrame when zero or
// negative).
func NewReader(r io.Reader, key []byte, max int) *Reader {
	if max <= 0 {
		max = DefaultMaxFrame
	}
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), key: key, max: max}
}

// Rejected returns how many non-empty lines the Reader refused so far:
// malformed, too long, badly signed or out of sequence.
func (r *Reader) Rejected() int { return r.rejected }

// Next returns the next frame. Refused lines are counted and skipped;
// ErrTooLong is returned after a line over the maximum, and the reader
// can go on. At the end of the input it returns io.EOF.
func (r *Reader) Next() (Frame, error) {
	for {
		line, err := r.readLine()
		if err == ErrTooLong {
			r.rejected++
			return Frame{}, err
		}
		if len(line) > 0 {
			if f, ok := r.parse(line); ok {
				return f, nil
			}
			r.rejected++
		}
		if err != nil {
			return Frame{}, err
		}
	}
}

// readLine returns the next line without its newline. The returned slice
// is valid until the next call.
func (r *Reader) readLine() ([]byte, error) {
	r.line = r.line[:0]
	tooLong := false
	for {
		chunk, err := r.r.ReadSlice('\n')
		if !tooLong {
			if len(r.line)+len(chunk) > r.max+1 {
				tooLong = true
				r.line = r.line[:0]
			} else {
				r.line = append(r.line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil && (tooLong || len(r.line) == 0):
			return nil, err
		case tooLong:
			if cap(r.line) > 64<<10 {
				r.line = nil
			}
			return nil, ErrTooLong
		}
		line := bytes.TrimSuffix(r.line, []byte("\n"))
		if cap(r.line) > 1<<20 {
			r.line = nil // do not keep a picture's buffer for good
		}
		if err == io.EOF {
			return line, io.EOF // a last line without its newline
		}
		return line, err
	}
}

func (r *Reader) parse(line []byte) (Frame, bool) {
	if len(r.key) > 0 {
		sum, rest, ok := bytes.Cut(line, []byte(" "))
		if !ok || !hmac.Equal(mac(r.key, rest), sum) {
			return Frame{}, false
		}
		line = rest
	}
	seqText, rest, ok := bytes.Cut(line, []byte(" "))
	if !ok {
		return Frame{}, false
	}
	typ, body, ok := bytes.Cut(rest, []byte(" "))
	if !ok || len(typ) == 0 || !json.Valid(body) {
		return Frame{}, false
	}
	seq, err := strconv.ParseUint(string(seqText), 10, 64)
	if err != nil || seq <= r.seq {
		return Frame{}, false
	}
	r.seq = seq
	return Frame{Seq: seq, Type: string(typ), Body: append([]byte(nil), body...)}, true
}

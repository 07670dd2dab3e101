package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Frame struct {
	Type    byte
	Payload []byte
}

const (
	TypeText byte = 1
	TypePing byte = 2
	TypeEnd  byte = 9
)

var ErrBadType = errors.New("bad frame type")

func writeFrame(w *bufio.Writer, f Frame) error {
	if err := w.WriteByte(f.Type); err != nil {
		return err
	}
	var lenBuf [2]byte
	binary.BigEndian.PutUint16(lenBuf[:], uint16(len(f.Payload)))
	w.Write(lenBuf[:])
	_, err := w.Write(f.Payload)
	return err
}

func readFrame(r *bufio.Reader) (Frame, error) {
	t, err := r.ReadByte()
	if err != nil {
		return Frame{}, err
	}
	if t != TypeText && t != TypePing && t != TypeEnd {
		return Frame{}, fmt.Errorf("%w: %#02x", ErrBadType, t)
	}
	var lenBuf [2]byte
	if _, err := io.ReadFull(r, lenBuf[:]); err != nil {
		return Frame{}, fmt.Errorf("header: %w", err)
	}
	p := make([]byte, binary.BigEndian.Uint16(lenBuf[:]))
	if _, err := io.ReadFull(r, p); err != nil {
		return Frame{}, fmt.Errorf("payload: %w", err)
	}
	return Frame{t, p}, nil
}

func main() {
	var wire bytes.Buffer
	bw := bufio.NewWriter(&wire)
	msgs := []Frame{{TypeText, []byte("hello")}, {TypePing, nil}, {TypeText, []byte(strings.Repeat("ab", 3))}, {TypeEnd, nil}}
	for _, m := range msgs {
		writeFrame(bw, m)
	}
	fmt.Println("buffered:", bw.Buffered(), "wire:", wire.Len())
	bw.Flush()
	fmt.Printf("wire % x\n", wire.Bytes())

	br := bufio.NewReader(bytes.NewReader(wire.Bytes()))
	for {
		f, err := readFrame(br)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("type=%d len=%d %q\n", f.Type, len(f.Payload), f.Payload)
		if f.Type == TypeEnd {
			break
		}
	}
	truncated := wire.Bytes()[:10]
	br = bufio.NewReader(bytes.NewReader(truncated))
	for i := 0; i < 3; i++ {
		_, err := readFrame(br)
		fmt.Println(i, err, errors.Is(err, io.ErrUnexpectedEOF))
	}
	_, err := readFrame(bufio.NewReader(bytes.NewReader([]byte{0x7f})))
	fmt.Println(err, errors.Is(err, ErrBadType))

	var b bytes.Buffer
	b.WriteString("GET /x HTTP/1.0\r\nHost: a\r\n\r\nbody")
	line, _ := b.ReadString('\n')
	fmt.Printf("%q remaining=%d\n", line, b.Len())
	next, _ := b.ReadBytes('\n')
	fmt.Printf("%q\n", bytes.TrimSpace(next))
	b.Next(2)
	fmt.Printf("%q\n", b.String())
	b.Truncate(2)
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Printf("%q cap>=len:%v\n", b.String(), b.Cap() >= b.Len())
	peekR := bufio.NewReaderSize(strings.NewReader("peekaboo world"), 16)
	pk, _ := peekR.Peek(4)
	word, _ := peekR.ReadString(' ')
	fmt.Printf("%s|%s|%d\n", pk, word, peekR.Buffered())
	fmt.Println(bytes.HasPrefix(wire.Bytes(), []byte{1, 0, 5}), bytes.Index([]byte("chicken"), []byte("ken")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", ")))
}

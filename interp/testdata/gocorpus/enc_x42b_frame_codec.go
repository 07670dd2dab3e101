package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

const magic uint16 = 0xCAFE

type MsgType uint8

const (
	MsgPing MsgType = iota + 1
	MsgData
	MsgAck
)

func (t MsgType) String() string {
	switch t {
	case MsgPing:
		return "PING"
	case MsgData:
		return "DATA"
	case MsgAck:
		return "ACK"
	}
	return fmt.Sprintf("MsgType(%d)", uint8(t))
}

type Header struct {
	Magic   uint16
	Type    MsgType
	Flags   uint8
	Stream  uint32
	Length  uint32
	Reserve [2]byte
}

type Frame struct {
	Header
	Payload []byte
}

var ErrBadMagic = errors.New("bad magic")

type Encoder struct{ w io.Writer }

func (e *Encoder) Encode(t MsgType, stream uint32, payload []byte) error {
	h := Header{Magic: magic, Type: t, Stream: stream, Length: uint32(len(payload))}
	if err := binary.Write(e.w, binary.BigEndian, h); err != nil {
		return err
	}
	_, err := e.w.Write(payload)
	return err
}

type Decoder struct {
	r     io.Reader
	count int
}

func (d *Decoder) Decode() (*Frame, error) {
	var f Frame
	if err := binary.Read(d.r, binary.BigEndian, &f.Header); err != nil {
		return nil, err
	}
	if f.Magic != magic {
		return nil, fmt.Errorf("frame %d: %w %#04x", d.count, ErrBadMagic, f.Magic)
	}
	f.Payload = make([]byte, f.Length)
	if _, err := io.ReadFull(d.r, f.Payload); err != nil {
		return nil, fmt.Errorf("frame %d payload: %w", d.count, err)
	}
	d.count++
	return &f, nil
}

func main() {
	var wire bytes.Buffer
	enc := &Encoder{&wire}
	enc.Encode(MsgPing, 0, nil)
	enc.Encode(MsgData, 7, []byte("hello, frames"))
	enc.Encode(MsgAck, 7, binary.BigEndian.AppendUint64(nil, 13))
	enc.Encode(MsgType(9), 1, []byte{1, 2, 3})
	fmt.Println("header size:", binary.Size(Header{}), "total:", wire.Len())
	fmt.Print(hex.Dump(wire.Bytes()[:32]))

	dec := &Decoder{r: bytes.NewReader(wire.Bytes())}
	for {
		f, err := dec.Decode()
		if err == io.EOF {
			fmt.Println("EOF after", dec.count, "frames")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%-11v stream=%d len=%d payload=%q\n", f.Type, f.Stream, f.Length, f.Payload)
		if f.Type == MsgAck {
			fmt.Println("  acked bytes:", binary.BigEndian.Uint64(f.Payload))
		}
	}
	fmt.Printf("%+v\n", Header{Magic: magic, Type: MsgData, Length: 3})

	bad := bytes.Clone(wire.Bytes())
	bad[0] = 0xBE
	_, err := (&Decoder{r: bytes.NewReader(bad)}).Decode()
	fmt.Println(err, errors.Is(err, ErrBadMagic))
	_, err = (&Decoder{r: bytes.NewReader(wire.Bytes()[14:30])}).Decode()
	fmt.Println(err)
	_, err = (&Decoder{r: bytes.NewReader(wire.Bytes()[:3])}).Decode()
	fmt.Println(err)
}

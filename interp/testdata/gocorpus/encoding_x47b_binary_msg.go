package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint32
}

type Message struct {
	Header
	ID      uint64
	Payload []byte
}

const magic = 0xCAFEBABE

func (m *Message) Encode() []byte {
	var buf bytes.Buffer
	m.Magic = magic
	m.Length = uint32(len(m.Payload))
	binary.Write(&buf, binary.BigEndian, m.Header)
	binary.Write(&buf, binary.LittleEndian, m.ID)
	buf.Write(m.Payload)
	return buf.Bytes()
}

var ErrBadMagic = errors.New("bad magic")

func Decode(r io.Reader) (*Message, error) {
	var m Message
	if err := binary.Read(r, binary.BigEndian, &m.Header); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if m.Magic != magic {
		return nil, fmt.Errorf("got %#x: %w", m.Magic, ErrBadMagic)
	}
	if err := binary.Read(r, binary.LittleEndian, &m.ID); err != nil {
		return nil, fmt.Errorf("id: %w", err)
	}
	m.Payload = make([]byte, m.Length)
	if _, err := io.ReadFull(r, m.Payload); err != nil {
		return nil, fmt.Errorf("payload: %w", err)
	}
	return &m, nil
}

func main() {
	msgs := []Message{
		{Header: Header{Version: 1, Flags: 3}, ID: 42, Payload: []byte("hello")},
		{Header: Header{Version: 2}, ID: 1 << 40, Payload: []byte{}},
		{Header: Header{Version: 1, Flags: 0x8000}, ID: 7, Payload: []byte("binary\x00data")},
	}
	var stream bytes.Buffer
	for i := range msgs {
		b := msgs[i].Encode()
		fmt.Printf("msg %d: %d bytes % x\n", i, len(b), b[:12])
		stream.Write(b)
	}
	fmt.Println("binary.Size(Header) =", binary.Size(Header{}))
	for {
		m, err := Decode(&stream)
		if errors.Is(err, io.EOF) {
			fmt.Println("eof")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%+v payload=%q\n", m.Header, m.Payload)
	}
	bad := bytes.NewReader([]byte{0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0})
	_, err := Decode(bad)
	fmt.Println(err, errors.Is(err, ErrBadMagic))
	short := bytes.NewReader([]byte{0xCA, 0xFE})
	_, err = Decode(short)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	b := binary.BigEndian.AppendUint16(nil, 0xABCD)
	b = binary.LittleEndian.AppendUint32(b, 0x01020304)
	fmt.Printf("% x %d\n", b, binary.BigEndian.Uint16(b))
}

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

type Record struct {
	ID    uint32
	Temp  int16
	Humid uint8
	_     uint8
	Value float64
}

func encode(recs []Record) ([]byte, error) {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'S', 'E', 'N', 'S'}, Version: 2, Flags: 0x8001, Count: uint32(len(recs))}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		return nil, err
	}
	if err := binary.Write(&buf, binary.BigEndian, recs); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decode(data []byte) (Header, []Record, error) {
	r := bytes.NewReader(data)
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	if string(h.Magic[:]) != "SENS" {
		return h, nil, errors.New("bad magic")
	}
	recs := make([]Record, h.Count)
	if err := binary.Read(r, binary.BigEndian, recs); err != nil {
		return h, nil, fmt.Errorf("records: %w", err)
	}
	return h, recs, nil
}

func main() {
	recs := []Record{
		{ID: 1, Temp: -40, Humid: 10, Value: 3.5},
		{ID: 2, Temp: 215, Humid: 55, Value: -0.25},
		{ID: 0xdeadbeef, Temp: 32767, Humid: 255, Value: 1e10},
	}
	fmt.Println("header size:", binary.Size(Header{}), "record size:", binary.Size(Record{}))
	data, err := encode(recs)
	if err != nil {
		panic(err)
	}
	fmt.Printf("encoded %d bytes\n% x\n", len(data), data[:24])
	h, out, err := decode(data)
	fmt.Printf("%+v err=%v\n", h, err)
	for _, r := range out {
		fmt.Printf("%+v\n", r)
	}
	_, _, err = decode(data[:30])
	fmt.Println("short:", err, errors.Is(err, io.ErrUnexpectedEOF))
	bad := append([]byte("XXXX"), data[4:]...)
	_, _, err = decode(bad)
	fmt.Println("bad:", err)

	// varints
	var vb []byte
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -1 << 40} {
		vb = binary.AppendVarint(vb, v)
	}
	fmt.Printf("varints: % x\n", vb)
	for len(vb) > 0 {
		v, n := binary.Varint(vb)
		fmt.Print(v, "(", n, ") ")
		vb = vb[n:]
	}
	fmt.Println()
	u := binary.LittleEndian.AppendUint16(nil, 0xbeef)
	u = binary.BigEndian.AppendUint32(u, 0xcafebabe)
	fmt.Printf("%x %#x %#x\n", u, binary.LittleEndian.Uint16(u), binary.BigEndian.Uint32(u[2:]))
}

// Exercises: encoding/binary BigEndian/LittleEndian PutUint32/Uint16, binary.Write/Read of a struct, PutUvarint/Uvarint, AppendUvarint.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint8
	_       uint8
	Length  int32
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xCAFEBABE)
	binary.LittleEndian.PutUint32(b[4:], 0xCAFEBABE)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x %#x\n", binary.BigEndian.Uint16(b), binary.LittleEndian.Uint16(b))

	var buf bytes.Buffer
	h := Header{Magic: 0x7F454C46, Version: 2, Flags: 5, Length: -3}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%d bytes: % x\n", buf.Len(), buf.Bytes())
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v equal=%v\n", back, back == h)

	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []uint64{1, 127, 128, 300, 1 << 40} {
		n := binary.PutUvarint(vb, v)
		got, m := binary.Uvarint(vb[:n])
		fmt.Printf("%d -> % x -> %d (%d)\n", v, vb[:n], got, m)
	}
	fmt.Println(binary.AppendVarint(nil, -65), binary.Size(h))
}

// Exercises: encoding/hex Dump and EncodeToString, encoding/binary BigEndian/LittleEndian, binary.Write to bytes.Buffer, Uvarint
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
}

func main() {
	h := Header{Magic: 0xCAFEBABE, Version: 3, Flags: 0x8001, Length: -2}
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	var back Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v %v\n", back, back == h)
	b := make([]byte, 4)
	binary.LittleEndian.PutUint32(b, 0x01020304)
	fmt.Println(b, binary.BigEndian.Uint32(b))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
	raw, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("gopher!")))
}

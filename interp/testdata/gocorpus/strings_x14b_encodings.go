package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
	Offset  int64
}

func main() {
	h := Header{Magic: [4]byte{'G', 'B', 'P', '1'}, Version: 3, Flags: 0x8001, Length: 1024, Offset: -42}
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		panic(err)
	}
	fmt.Println(buf.Len(), hex.EncodeToString(buf.Bytes()))
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %v\n", back, back == h)
	fmt.Print(hex.Dump(buf.Bytes()[:12]))

	le := make([]byte, 8)
	binary.LittleEndian.PutUint32(le, 0xdeadbeef)
	binary.BigEndian.PutUint16(le[4:], 0x1234)
	fmt.Printf("% x\n", le)
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -5)
	u, n := binary.Uvarint(vb)
	s, _ := binary.Varint(vb[n:])
	fmt.Println(vb, u, s)

	msg := []byte("hello, gophers! ~~??")
	fmt.Println(base64.StdEncoding.EncodeToString(msg))
	fmt.Println(base64.URLEncoding.EncodeToString(msg))
	fmt.Println(base64.RawStdEncoding.EncodeToString(msg[:5]))
	dec, err := base64.StdEncoding.DecodeString("Z28gaXMgZnVu")
	fmt.Printf("%s %v\n", dec, err)
	_, err = base64.StdEncoding.DecodeString("@@@")
	fmt.Println(err)
	_, err = hex.DecodeString("abz")
	fmt.Println(err)
	fmt.Printf("crc32 %08x\n", crc32.ChecksumIEEE(msg))
}

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

type Packet struct {
	Header
	Payload []byte
}

var ErrChecksum = errors.New("checksum mismatch")

func (p *Packet) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	p.Length = uint32(len(p.Payload))
	if err := binary.Write(&buf, binary.BigEndian, p.Header); err != nil {
		return nil, err
	}
	buf.Write(p.Payload)
	sum := crc32.ChecksumIEEE(buf.Bytes())
	buf.Write(binary.LittleEndian.AppendUint32(nil, sum))
	return buf.Bytes(), nil
}

func (p *Packet) UnmarshalBinary(data []byte) error {
	if len(data) < 16 {
		return io.ErrUnexpectedEOF
	}
	body, tail := data[:len(data)-4], data[len(data)-4:]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(tail) {
		return ErrChecksum
	}
	r := bytes.NewReader(body)
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return err
	}
	p.Payload = make([]byte, p.Length)
	_, err := io.ReadFull(r, p.Payload)
	return err
}

func main() {
	p := Packet{Header{Magic: [4]byte{'G', 'O', 'P', 'K'}, Version: 3, Flags: 0x8001}, []byte("hello, wire")}
	data, _ := p.MarshalBinary()
	fmt.Println(len(data), hex.EncodeToString(data[:12]))
	fmt.Print(hex.Dump(data[:20]))

	var q Packet
	err := q.UnmarshalBinary(data)
	fmt.Printf("%v %s %+v\n", err, q.Payload, q.Header)
	data[14] ^= 0xFF
	fmt.Println(q.UnmarshalBinary(data), q.UnmarshalBinary(data[:5]))

	varint := binary.AppendUvarint(nil, 300)
	varint = binary.AppendVarint(varint, -5)
	u, n := binary.Uvarint(varint)
	s, m := binary.Varint(varint[n:])
	fmt.Println(varint, u, n, s, m)

	h := sha256.Sum256([]byte("abc"))
	fmt.Printf("%x\n", h[:8])
	hw := sha256.New()
	io.WriteString(hw, "a")
	io.WriteString(hw, "bc")
	fmt.Println(bytes.Equal(hw.Sum(nil), h[:]))

	f := fnv.New32a()
	f.Write([]byte("gopher"))
	fmt.Println(f.Sum32(), crc32.ChecksumIEEE([]byte("gopher")))

	enc := base64.StdEncoding.EncodeToString([]byte("any carnal pleas"))
	url := base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe})
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8=")
	_, bad := base64.StdEncoding.DecodeString("!!")
	fmt.Println(enc, url, string(dec), err, bad)
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.LittleEndian.Uint16(b), binary.Size(Header{}))
}

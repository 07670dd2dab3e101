package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

func checksum(data []byte) uint32 {
	h := fnv.New32a()
	h.Write(data)
	return h.Sum32()
}

func main() {
	msg := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("sha256 %x\n", sha256.Sum256(msg))
	fmt.Printf("md5    %x\n", md5.Sum(msg))
	fmt.Printf("crc32  %08x fnv32a %08x\n", crc32.ChecksumIEEE(msg), checksum(msg))

	enc := base64.StdEncoding.EncodeToString(msg[:20])
	url := base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xbf, 0x01})
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	fmt.Println(enc, url, raw)
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("not*valid")
	fmt.Println(err)

	h := hex.EncodeToString([]byte("Go!"))
	b, _ := hex.DecodeString("476f7068657221")
	fmt.Println(h, string(b))
	fmt.Print(hex.Dump([]byte("binary\x00\x01\x02data here!")))
	_, err = hex.DecodeString("abc")
	fmt.Println(err)

	var buf bytes.Buffer
	hdr := Header{[4]byte{'G', 'O', 'B', 'P'}, 2, 0x8001, uint32(len(msg))}
	binary.Write(&buf, binary.BigEndian, hdr)
	buf.Write(msg[:9])
	fmt.Printf("% x\n", buf.Bytes())
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%s v%d flags=%#04x len=%d\n", back.Magic[:], back.Version, back.Flags, back.Length)
	le := make([]byte, 8)
	binary.LittleEndian.PutUint64(le, 0x0102030405060708)
	fmt.Println(le, binary.BigEndian.Uint32(le[:4]), binary.LittleEndian.Uint16(le[6:]))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n, binary.Size(hdr))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.HasPrefix(msg, []byte("The")),
		bytes.Index(msg, []byte("fox")), string(bytes.Title(nil)), bytes.Fields([]byte(" a b  c ")))
}

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"os"
)

type Logger struct{ out io.Writer }

func (l *Logger) Log(s string) { fmt.Fprintln(l.out, "log:", s) }

func main() {
	var h hash.Hash = sha256.New()
	h.Write([]byte("abc"))
	fmt.Println(hex.EncodeToString(h.Sum(nil))[:16])
	hs := []hash.Hash{fnv.New32a(), crc32.NewIEEE()}
	for _, x := range hs {
		io.WriteString(x, "hello")
		fmt.Printf("%x ", x.Sum(nil))
	}
	fmt.Println()
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("gopher")), crc32.ChecksumIEEE([]byte("x")))
	buf := new(bytes.Buffer)
	binary.Write(buf, binary.BigEndian, uint16(513))
	binary.Write(buf, binary.LittleEndian, int32(-2))
	fmt.Println(buf.Bytes(), binary.BigEndian.Uint16(buf.Bytes()))
	l := &Logger{out: os.Stdout}
	l.Log("to stdout")
	var b bytes.Buffer
	l.out = &b
	l.Log("to buffer")
	l.out = os.Stdout
	l.Log("back: " + b.String())
}

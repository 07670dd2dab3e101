package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
)

func hexdump(data []byte, base int) string {
	var sb strings.Builder
	for off := 0; off < len(data); off += 16 {
		line := data[off:min(off+16, len(data))]
		fmt.Fprintf(&sb, "%08x  ", base+off)
		for i := 0; i < 16; i++ {
			if i < len(line) {
				fmt.Fprintf(&sb, "%02x ", line[i])
			} else {
				sb.WriteString("   ")
			}
			if i == 7 {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(" |")
		for _, b := range line {
			if b >= 0x20 && b < 0x7f {
				sb.WriteByte(b)
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteString("|\n")
	}
	fmt.Fprintf(&sb, "%08x\n", base+len(data))
	return sb.String()
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("\x7fELF")
	buf.Write([]byte{2, 1, 1, 0})
	buf.Write(make([]byte, 8))
	buf.WriteString("Hello, hexdump!\n\ttabbed\x00\xff\xfe")
	data := buf.Bytes()
	mine := hexdump(data, 0)
	fmt.Print(mine)
	std := hex.Dump(data)
	fmt.Println("matches encoding/hex:", mine[:len(mine)-9] == std[:len(std)])
	fmt.Print(std)

	enc := hex.EncodeToString(data[:8])
	fmt.Println(enc, strings.ToUpper(enc))
	dec, err := hex.DecodeString("cafe" + "babe")
	fmt.Printf("%v %#v %v\n", dec, dec, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Printf("[% x] [%X] [% X] [%q]\n", data[:4], data[:4], "hi", data[:4])
	fmt.Printf("[%8.3x] [%-8x|] [%#x] [%x]\n", "abcdef", 255, []byte{1, 2}, -255)
	fmt.Printf("[%08b] [%o] [%O] [%#o] [%U] [%#U]\n", 5, 64, 64, 8, 'é', '⌘')
	fmt.Printf("[%c] [%v] [%d] [%s]\n", []byte("AB"), []byte("AB"), []byte("AB"), []byte("AB"))
}

// Exercises: bytes.Buffer read/write, unicode/utf8 rune counting and decoding, invalid UTF-8, range over string bytes vs runes
package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "naïve café ☕"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range "aé☕" {
		fmt.Print(i, ":", string(r), "/", utf8.RuneLen(r), " ")
	}
	fmt.Println()
	bad := string([]byte{'a', 0xff, 'b'})
	for _, r := range bad {
		fmt.Printf("%U ", r)
	}
	fmt.Println(utf8.ValidString(bad))
	r, size := utf8.DecodeRuneInString("☕x")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	var buf bytes.Buffer
	buf.WriteString("héllo ")
	buf.WriteRune('世')
	buf.WriteByte('!')
	fmt.Println(buf.Len(), buf.String())
	first, _ := buf.ReadString(' ')
	fmt.Printf("%q %d\n", first, buf.Len())
	rr, n, _ := buf.ReadRune()
	fmt.Println(string(rr), n, buf.String())
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.ToUpper([]byte("abc")))
	enc := utf8.AppendRune(nil, 'é')
	fmt.Println(enc, len(enc))
}

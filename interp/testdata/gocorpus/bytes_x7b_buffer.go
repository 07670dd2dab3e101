// Exercises: bytes.Buffer Write/ReadString/ReadByte/UnreadByte/Next/Truncate, bytes.Fields/Split/Equal/Contains, bytes.NewReader.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("line one\nline two\n")
	b.Write([]byte("partial"))
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q err=%v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	b.Reset()
	b.WriteString("abcdef")
	c, _ := b.ReadByte()
	b.UnreadByte()
	fmt.Println(string(c), string(b.Next(3)), b.String(), b.Len())
	b.Truncate(1)
	fmt.Printf("%q\n", b.String())

	fields := bytes.Fields([]byte("  a  bb   ccc "))
	fmt.Printf("%q\n", fields)
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Count([]byte("cheese"), []byte("e")))
	r := bytes.NewReader([]byte("reader"))
	r.Seek(2, io.SeekStart)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest), r.Len(), r.Size())
}

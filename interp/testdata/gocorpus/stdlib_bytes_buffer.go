// Exercises: bytes.Buffer writing, reading, ReadString and Truncate.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("line one\n")
	buf.Write([]byte("line two\n"))
	fmt.Fprintf(&buf, "line %d\n", 3)
	buf.WriteByte('!')
	fmt.Println(buf.Len())
	first, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", first, err)
	b := make([]byte, 4)
	n, _ := buf.Read(b)
	fmt.Printf("%d %q\n", n, b[:n])
	fmt.Printf("%q\n", buf.String())
	buf.Truncate(3)
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	nb := bytes.NewBufferString("abc")
	c, _ := nb.ReadByte()
	nb.UnreadByte()
	fmt.Println(string(c), nb.String())
}

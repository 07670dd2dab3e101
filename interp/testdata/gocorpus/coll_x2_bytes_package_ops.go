// Exercises: the bytes package: Buffer writes/reads, Split, Fields, ToUpper, Equal, Contains, TrimSpace.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	first, _ := buf.ReadString(' ')
	fmt.Printf("%q %q\n", first, buf.String())
	b := []byte("  a,b,,c  ")
	trimmed := bytes.TrimSpace(b)
	parts := bytes.Split(trimmed, []byte(","))
	fmt.Println(len(parts))
	for _, p := range parts {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y\tz\n")))
	fmt.Println(string(bytes.ToUpper([]byte("shout"))), bytes.Equal([]byte("a"), []byte("a")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix([]byte("golang"), []byte("go")))
	joined := bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--"))
	fmt.Println(string(joined), string(bytes.Repeat([]byte("ab"), 3)))
	r := bytes.NewReader([]byte("reader"))
	p := make([]byte, 3)
	n, _ := r.Read(p)
	fmt.Println(n, string(p), r.Len())
	fmt.Println(string(bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky"))))
}

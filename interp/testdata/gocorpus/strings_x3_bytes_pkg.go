// Exercises: bytes package: Buffer reads, bytes.Equal, Fields, HasPrefix, Title-like transforms
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("alpha beta\ngamma\n")
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	rest := buf.Bytes()
	fmt.Println(bytes.HasPrefix(rest, []byte("gam")), bytes.Equal(rest, []byte("gamma\n")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y z ")))
	fmt.Println(string(bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("+"))))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.IndexByte([]byte("chess"), 's'))
}

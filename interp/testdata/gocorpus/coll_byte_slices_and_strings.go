// Exercises: converting between strings and byte slices; strings are immutable copies.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(s, string(b))
	b = append(b, " world"...)
	fmt.Println(string(b), len(b))
	fmt.Println(bytes.ToUpper(b)[0:5], string(bytes.ToUpper(b)))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len("héllo"), len(string(r)))
}

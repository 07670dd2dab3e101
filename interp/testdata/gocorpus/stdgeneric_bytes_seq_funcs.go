// Exercises: bytes.SplitSeq, bytes.Lines, bytes.FieldsSeq.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("k1=v1;k2=v2;k3")
	for kv := range bytes.SplitSeq(data, []byte(";")) {
		k, v, ok := bytes.Cut(kv, []byte("="))
		fmt.Printf("%s -> %s (%v)\n", k, v, ok)
	}
	count := 0
	for line := range bytes.Lines([]byte("a\nbb\n\nccc")) {
		count++
		fmt.Printf("%d:%q ", count, line)
	}
	fmt.Println()
	var words [][]byte
	for w := range bytes.FieldsSeq([]byte(" one two\tthree\n")) {
		words = append(words, w)
	}
	fmt.Printf("%s %d\n", bytes.Join(words, []byte("+")), len(words))
}

// Exercises: asserting an interface to another interface with a method not in the first.
package main

import (
	"fmt"
	"io"
	"strings"
)

func sizeOf(r io.Reader) string {
	if s, ok := r.(interface{ Len() int }); ok {
		return fmt.Sprintf("known length %d", s.Len())
	}
	if _, ok := r.(io.Seeker); ok {
		return "seekable"
	}
	return "unknown length"
}

type onceReader struct{ done bool }

func (o *onceReader) Read(p []byte) (int, error) {
	if o.done {
		return 0, io.EOF
	}
	o.done = true
	return copy(p, "x"), nil
}

func main() {
	fmt.Println(sizeOf(strings.NewReader("hello")))
	fmt.Println(sizeOf(&onceReader{}))
	fmt.Println(sizeOf(io.LimitReader(strings.NewReader("abc"), 2)))
}

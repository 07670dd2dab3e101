// Exercises: unrecovered runtime panic - assertion to an interface the dynamic type does not implement.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var r io.Reader = strings.NewReader("hello")
	b := make([]byte, 3)
	n, _ := r.Read(b)
	fmt.Println(n, string(b))
	_, isSeeker := r.(io.Seeker)
	fmt.Println("seeker:", isSeeker)
	w := r.(io.Writer)
	fmt.Println(w)
}

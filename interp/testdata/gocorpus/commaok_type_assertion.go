// Exercises: comma-ok type assertions to concrete and interface types never panic.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var x any = strings.NewReader("abc")
	r, ok := x.(io.Reader)
	fmt.Println(r != nil, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	w, ok := x.(io.Writer)
	fmt.Println(w == nil, ok)
	var nothing any
	n, ok := nothing.(int)
	fmt.Println(n, ok)
	sr, ok := x.(*strings.Reader)
	fmt.Println(sr.Len(), ok)
}

package main

import "fmt"

// Go 1.26: new(expr) allocates a variable initialised to expr. The session gives a pointer
// to the zero value instead.
func main() {
	p := new(42)
	s := new("svc")
	n := 7
	q := new(n * 2)
	fmt.Println(*p, *s, *q)
}

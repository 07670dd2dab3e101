// Exercises: %x %X %q %s on named string and byte-slice types.
package main

import "fmt"

type Name string
type Blob []byte
type ID uint32

func main() {
	n := Name("gopher")
	b := Blob("hi!")
	id := ID(48879)
	fmt.Printf("%s %q %x %X\n", n, n, n, n)
	fmt.Printf("%s %q %x % x\n", b, b, b, b)
	fmt.Printf("%d %x %#x %o %b\n", id, id, id, id, id)
	fmt.Printf("%v %v\n", b, []Name{"a", "b"})
	fmt.Printf("%08.3f|%-6d|%6s|%+d\n", 3.14159, 42, "ab", 5)
}

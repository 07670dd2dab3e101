package main

import "fmt"

// A constant DECLARED as a comparison is false (Go: true true true); the same comparison
// written inline in an expression is right. Inside a const group with typed constants it
// fails "constant definition loop" instead (see the corpus program const_x7a_bit_limits.go
// before its change, or x7a-probe/p37.go).
const limit = 10
const small = limit < 100
const ordered = "a" < "b"

func main() {
	const local = 1 < 2
	fmt.Println(small, ordered, local)
}

// Exercises: untyped constants shifted by variable counts in uint8, uint64 and named uint16 contexts
package main

import "fmt"

type Flags uint16

const one = 1

func main() {
	var x uint8 = 34
	n := uint(1)
	var mask uint64 = 1 << (n + 40)
	f := Flags(6)
	fmt.Println(x&(1<<n), mask, f&(one<<n) != 0, 1<<n)
}

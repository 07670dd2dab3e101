// Exercises: unrecovered runtime panic - makeslice with a negative length computed at runtime.
package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(buffer(4)))
	fmt.Println(len(buffer(0)))
	size := 2 - 5
	fmt.Println("allocating", size)
	fmt.Println(len(buffer(size)))
}

// Exercises: copy returns count, overlapping copy, copying into a shorter slice, string to bytes
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	copy(src[1:], src)
	fmt.Println(src)
	b := make([]byte, 4)
	n = copy(b, "gopher")
	fmt.Println(n, string(b), b)
	var empty []int
	fmt.Println(copy(empty, src), empty == nil)
}

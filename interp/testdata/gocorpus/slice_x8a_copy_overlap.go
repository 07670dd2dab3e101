// Exercises: built-in copy - returns count, handles overlap like memmove, copies from a string
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	fmt.Println("shift right:", n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println("shift left:", n, s)
	dst := make([]int, 2)
	n = copy(dst, []int{7, 8, 9})
	fmt.Println("copy limited by dst:", n, dst)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println("copy from string bytes:", n, b)
	var nilDst []int
	fmt.Println("copy into nil:", copy(nilDst, s))
	// Delete index 1 by copy and reslice.
	s = []int{10, 20, 30, 40}
	s = s[:1+copy(s[1:], s[2:])]
	fmt.Println("delete via copy:", s)
}

// Exercises: unrecovered runtime panic - converting a slice to an array of larger length.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	fmt.Println(a)
	p := (*[2]int)(s)
	p[0] = 100
	fmt.Println(s)
	short := s[:3]
	fmt.Println("converting length", len(short))
	b := [4]int(short)
	fmt.Println(b)
}

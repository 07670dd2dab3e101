// Exercises: make with length and capacity, zero-filled elements, reslicing beyond len up to cap, out-of-range reslice panics
package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	fmt.Println("made:", s, len(s), cap(s))
	s = s[:4]
	fmt.Println("extended within cap zero-filled:", s)
	s[3] = 7
	t := s[2:]
	fmt.Println("tail len/cap:", len(t), cap(t), t)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	u := s[:cap(s)+1]
	fmt.Println("unreachable", u)
}

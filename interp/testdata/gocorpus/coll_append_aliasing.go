// Exercises: append aliasing when capacity allows sharing the backing array.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	small := []int{1, 2, 3}
	c := append(small, 4)
	d := append(small, 5)
	fmt.Println(c, d)
	s := []int{0, 1, 2, 3, 4}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
}

// Exercises: append aliasing a shared backing array, capacity growth, full slice expression
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	c := append(base[:3:3], 3)
	d := append(base[:3:3], 4)
	fmt.Println(c, d)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
}

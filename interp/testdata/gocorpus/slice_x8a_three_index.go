// Exercises: full slice expressions - three-index slicing limits capacity so append reallocates instead of overwriting
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	two := base[1:3]
	fmt.Println("two-index len/cap:", len(two), cap(two))
	two = append(two, 99)
	fmt.Println("append clobbers base:", base)

	base = []int{0, 1, 2, 3, 4, 5}
	three := base[1:3:3]
	fmt.Println("three-index len/cap:", len(three), cap(three))
	three = append(three, 99)
	three[0] = -1
	fmt.Println("append past cap leaves base:", base, three)

	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[2:4:5]
	fmt.Println("array full slice:", s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println("reslice up to cap:", s)
	t := arr[:0:0]
	t = append(t, "z")
	fmt.Println("zero-cap slice append:", arr[0], t)
}

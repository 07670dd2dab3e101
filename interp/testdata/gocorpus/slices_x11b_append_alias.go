// Exercises: append aliasing two slices sharing an array, capacity growth detaching, full slice expressions a[lo:hi:max]
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])

	s := []int{0, 1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(s, t)

	u := s[1:3:3]
	fmt.Println(len(u), cap(u))
	u = append(u, 77)
	u[0] = -1
	fmt.Println(s, u)

	full := s[2:4:5]
	full = append(full, 50)
	fmt.Println(s, full, cap(full))
	full = append(full, 60)
	full[0] = 1000
	fmt.Println(s, full)

	arr := [5]string{"a", "b", "c", "d", "e"}
	sl := arr[1:2:4]
	sl = append(sl, "X")
	fmt.Println(arr, sl, len(sl), cap(sl))
}

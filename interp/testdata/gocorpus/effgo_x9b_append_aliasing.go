// Exercises: copy and append aliasing: slices sharing a backing array, append within capacity overwriting a neighbour, full slice expressions a[lo:hi:max] forcing a copy, copy's return value.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[1:3]
	b := base[2:5]
	fmt.Println(a, len(a), cap(a), b)
	a = append(a, 99) // within capacity: writes base[3], which b sees
	fmt.Println(base, b)
	b[0] = -2
	fmt.Println(a, base[2])

	c := base[1:3:3] // capacity capped: append must reallocate
	c = append(c, 100)
	c[0] = 111
	fmt.Println(c, base[:4], cap(base[2:4:6]))

	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst)
	n = copy(base[1:], base) // overlapping copy works like memmove
	fmt.Println(n, base)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:3]))

	var grow []int
	caps := map[int]bool{}
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		caps[cap(grow)] = true
	}
	x := grow[:2]
	y := append(x, 50)
	fmt.Println(grow[2], y[2], len(caps) > 1)
	s1 := make([]int, 0, 4)
	s2 := append(s1, 1)
	s3 := append(s1, 2)
	fmt.Println(s2[0], s3[0], len(s1))
}

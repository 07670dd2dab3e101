package main

import "fmt"

func appendAll(dst []int, xs ...int) []int {
	for _, x := range xs {
		dst = append(dst, x)
	}
	return dst
}

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prevCap := -1
	changes := 0
	for i := range 100 {
		s = append(s, i)
		if cap(s) != prevCap {
			changes++
			prevCap = cap(s)
		}
	}
	fmt.Println("len", len(s), "cap changes > 3:", changes > 3)

	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println("shared:", a[3], b[3], &a[0] == &b[0])

	base2 := make([]int, 3)
	c := append(base2, 1)
	d := append(base2, 2)
	fmt.Println("separate:", c[3], d[3], &c[0] == &d[0])

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)
	n = copy(src[1:], src)
	fmt.Println("overlap", n, src)

	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))

	x := appendAll(nil, 1, 2, 3)
	x = append(x, x...)
	fmt.Println(x)
	x = append(x[:2], x[4:]...)
	fmt.Println(x, len(x))

	y := append([]byte("abc"), "def"...)
	fmt.Println(string(y))

	var z []string
	fmt.Println(z == nil)
	z = append(z, []string{}...)
	fmt.Println(z == nil, len(z))

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
}

// Exercises: copy to grow a slice, copy return value, overlapping copy, copy from string to []byte, insert and delete by copy
package main

import "fmt"

func grow(s []int, n int) []int {
	if cap(s)-len(s) >= n {
		return s[:len(s)+n]
	}
	t := make([]int, len(s)+n, 2*(len(s)+n))
	copy(t, s)
	return t
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return s[:i+copy(s[i:], s[i+1:])]
}

func main() {
	s := []int{1, 2, 3}
	g := grow(s, 2)
	g[0] = 100
	fmt.Println(s, g, len(g), cap(g))

	buf := make([]int, 2)
	n := copy(buf, []int{7, 8, 9})
	fmt.Println(n, buf)

	o := []int{1, 2, 3, 4, 5}
	copy(o[1:], o)
	fmt.Println(o)

	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))

	x := []int{10, 20, 30}
	x = insert(x, 1, 15)
	x = insert(x, 4, 40)
	fmt.Println(x)
	x = remove(x, 0)
	x = remove(x, 2)
	fmt.Println(x, len(x))
}

// Exercises: copy and append aliasing puzzles: shared backing arrays, capacity growth, full slice expressions, copy overlap
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base), cap(a))
	safe := base[:3:3]
	c := append(safe, 7)
	d := append(safe, 8)
	fmt.Println(c[3], d[3])
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 100)
	fmt.Println(s, t, len(t), cap(t))
	n := copy(s[1:], s)
	fmt.Println(n, s)
	u := []int{1, 2, 3}
	v := u
	u = append(u, 4)
	u[0] = -1
	fmt.Println(v, u)
	m := map[string][]int{}
	m["k"] = append(m["k"], 1)
	row := m["k"]
	row[0] = 42
	fmt.Println(m)
	grid := make([][]int, 2)
	line := []int{0, 0}
	for i := range grid {
		grid[i] = line
	}
	grid[0][1] = 9
	fmt.Println(grid)
	var nilS []int
	fmt.Println(nilS == nil, len(append(nilS[:0:0], nilS...)), copy(nilS, []int{1}))
	str := "hello"
	bs := []byte(str)
	bs[0] = 'j'
	// (string(bs) beside copy(bs, ...) in one call would read bs in an
	// order the spec leaves open: gc copies first.)
	before := string(bs)
	copied := copy(bs, "ab")
	fmt.Println(str, before, copied, string(bs))
}

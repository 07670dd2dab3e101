// Exercises: append growth observed via len only, aliasing between slices sharing an array, copy, three-index slices, nil vs empty slices
package main

import "fmt"

func appendInt(x []int, y int) []int {
	var z []int
	zlen := len(x) + 1
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	z[len(x)] = y
	return z
}

func main() {
	var x []int
	for i := 0; i < 10; i++ {
		x = appendInt(x, i)
	}
	fmt.Println(len(x), x)
	months := []string{1: "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"}
	q2 := months[4:7]
	summer := months[6:8]
	fmt.Println(q2, summer, len(summer), cap(summer) >= 2)
	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5) // shares t's array
	fmt.Println(t, u, len(s))
	lim := s[0:3:3]
	v := append(lim, 6)
	v[0] = 9
	fmt.Println(s, v)
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, len(ns), len(es))
	fmt.Printf("%v %v %d\n", ns, es, copy(es, x))
	dst := make([]int, 4)
	n := copy(dst, x[7:])
	fmt.Println(n, dst)
	x = append(x[:2], x[5:]...)
	fmt.Println(x)
	y := append([]int(nil), x...)
	y[0] = -1
	fmt.Println(x[0], y[0])
}

package main

import "fmt"

type Grid [3]int

func (g Grid) Set(i, v int) Grid { g[i] = v; return g }

type S struct {
	A   [2]int
	Tag string
}

func mod(a [3]int) { a[0] = 99 }

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	p := &[3]int{1, 2, 3}
	for _, v := range p {
		p[2] = 50
		fmt.Print(v, " ")
	}
	fmt.Println()
	mod(arr)
	var i any = arr
	arr[0] = -1
	fmt.Println(arr, i.([3]int)[0])
	g := Grid{}
	g2 := g.Set(1, 5)
	fmt.Println(g, g2)
	a := S{[2]int{1, 2}, "a"}
	b := a
	b.A[0] = 9
	fmt.Println(a, b)
	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 7
	fmt.Println(m, v)
	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	ss := []S{a}
	for _, s := range ss {
		s.A[1] = 42
	}
	fmt.Println(ss)
	arrs := [][2]int{{1, 1}}
	x := arrs[0]
	x[0] = 8
	fmt.Println(arrs, x)
	ch := make(chan [2]int, 1)
	ch <- x
	x[1] = 9
	fmt.Println(<-ch)
}

package main

import "fmt"

type Grid [3][3]int

func (g Grid) Set(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func (g *Grid) SetInPlace(r, c, v int) {
	g[r][c] = v
}

func sum(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	a[0] = 100 // does not affect caller
	return s
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[0] = 99
	fmt.Println("a:", a, "b:", b)
	fmt.Println("sum:", sum(a), "a after:", a)

	s := a[1:4]
	t := s
	t[0] = -2
	fmt.Println("a:", a, "s:", s, "t:", t)
	fmt.Println("len/cap s:", len(s), cap(s))

	var g Grid
	g2 := g.Set(1, 1, 5)
	fmt.Println("g:", g)
	fmt.Println("g2:", g2)
	g.SetInPlace(0, 2, 7)
	fmt.Println("g:", g)
	fmt.Println("equal:", g == g2, g == g)

	p := &a
	p[4] = 50
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	// range over array copy
	arr := [3]string{"x", "y", "z"}
	for i, v := range arr {
		arr[2] = "changed"
		fmt.Printf("%d:%s ", i, v)
	}
	fmt.Println(arr)

	// range over pointer sees changes
	arr = [3]string{"x", "y", "z"}
	for i, v := range &arr {
		arr[2] = "changed"
		fmt.Printf("%d:%s ", i, v)
	}
	fmt.Println()

	m := map[[2]int]string{{0, 0}: "origin", {1, 2}: "pt"}
	fmt.Println(m[[2]int{1, 2}], len(m))
	fmt.Printf("%v %T\n", [...]int{3: 1, 1: 2}, [...]int{3: 1})
}

// Exercises: a composite literal among the values of :=, = and var next to constants, variables and calls.
package main

import "fmt"

type P struct{ X int }

func main() {
	a, b := []int{1}, 2
	fmt.Println(a, b)
	c, d := 2, []int{1}
	fmt.Println(c, d)
	e, f := map[string]int{"k": 1}, "s"
	fmt.Println(e, f)
	g, h := P{1}, 3.5
	fmt.Println(g, h)
	i, j := []int{1}, []int{2}
	fmt.Println(i, j)
	var k, l = []int{1}, 2
	fmt.Println(k, l)
	m, n := []int{1}, len("abc")
	fmt.Println(m, n)
	x := 7
	o, p := []int{1}, x
	fmt.Println(o, p)
}

var pkgA, pkgB = map[string]int{"z": 26}, 2.5

func init() {
	var q []int
	var z int
	q, z = []int{5}, 6
	fmt.Println(q, z, pkgA, pkgB)
}

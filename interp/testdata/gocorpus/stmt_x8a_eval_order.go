// Exercises: order of evaluation - operands and calls left to right, tuple assignment evaluates right side first, swap
package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	r := f("a", 1) + f("b", 2)*f("c", 3)
	fmt.Println("calls left to right:", trace, r)
	a, b := 1, 2
	a, b = b, a
	fmt.Println("swap:", a, b)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println("index evaluated before assignment:", i, s)
	x := []int{1, 2, 3}
	j := 0
	x[j], j = 7, 2
	fmt.Println("lhs index uses old j:", x, j)
	m := map[string]int{}
	trace = nil
	m[fmt.Sprint(f("key", 1))] = f("val", 2)
	fmt.Println("map assignment order:", trace, m)
	k := 1
	k, arr := k+1, [2]int{k, k}
	fmt.Println("rhs uses old k:", k, arr)
}

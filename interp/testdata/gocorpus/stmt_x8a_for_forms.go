// Exercises: for statement forms - three-clause, condition-only, range over int, per-iteration loop variables (Go 1.22)
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- per-iteration i")
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("condition-only:", n)
	total := 0
	for i := range 5 {
		total += i
	}
	fmt.Println("range over int:", total)
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		ptrs = append(ptrs, &v)
	}
	fmt.Println("distinct range vars:", *ptrs[0], *ptrs[1], *ptrs[2])
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println("<- shadowed in body")
	k := 0
	for ; ; k++ {
		if k == 4 {
			break
		}
	}
	fmt.Println("empty clauses:", k)
}

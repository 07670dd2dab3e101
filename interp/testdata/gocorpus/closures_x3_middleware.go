// Exercises: closures wrapping closures (decorators), slices of function values, variadic
package main

import "fmt"

type Handler func(int) int

func logging(name string, h Handler) Handler {
	return func(x int) int {
		r := h(x)
		fmt.Printf("%s(%d) = %d\n", name, x, r)
		return r
	}
}

func main() {
	double := logging("double", func(x int) int { return 2 * x })
	inc := logging("inc", func(x int) int { return x + 1 })
	chain := []Handler{double, inc, double}
	v := 3
	for _, h := range chain {
		v = h(v)
	}
	fmt.Println("result", v)
}

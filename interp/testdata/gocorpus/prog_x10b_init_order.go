// Exercises: package-level var initialization order by dependency, init functions, shadowing of package names
package main

import "fmt"

var (
	a = c + b // initialized after b and c
	b = f()
	c = 1
	d = trace("d", a*2)
)

var order []string

func trace(name string, v int) int {
	order = append(order, name)
	return v
}

func f() int { return trace("b", c+1) }

func init() { order = append(order, "init1") }
func init() { order = append(order, "init2") }

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(order)
	x := a
	{
		x := x * 10
		a := "shadow"
		fmt.Println(x, a)
	}
	fmt.Println(x, a)
}

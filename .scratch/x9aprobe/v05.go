// Exercises: func literal parameters shadowing main locals, and a closure param named like a later local
package main

import "fmt"

func main() {
	apply := func(x int, f func(x int) int) int { return f(x) }
	double := func(x int) int { return 2 * x }
	x := 10
	fmt.Println(apply(x, double), x)
	names := []string{"a", "b"}
	each := func(do func(i int, name string)) {
		for i, name := range names {
			do(i, name)
		}
	}
	each(func(i int, name string) { fmt.Print(i, name, " ") })
	i, name := 99, "z"
	fmt.Println(i, name)
}

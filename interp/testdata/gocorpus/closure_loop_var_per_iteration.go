// Exercises: Go 1.22 per-iteration loop variables captured by closures.
package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
	var names []func() string
	for _, s := range []string{"a", "b", "c"} {
		names = append(names, func() string { return s + s })
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

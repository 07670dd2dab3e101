// Exercises: anonymous functions capturing loop state, per-iteration loop variables (Go 1.22), squares generator closure, deferred closures in loops
package main

import "fmt"

func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func main() {
	f := squares()
	fmt.Println(f(), f(), f())
	g := squares()
	fmt.Println(g(), f())
	var rmdirs []func() string
	for _, d := range []string{"a", "b", "c"} {
		rmdirs = append(rmdirs, func() string { return "rm " + d })
	}
	for _, rm := range rmdirs {
		fmt.Print(rm(), "; ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, h := range fs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
	counter := 0
	inc := func() { counter++ }
	for range 5 {
		inc()
	}
	fmt.Println(counter)
	acc := make([]func(), 0)
	total := 0
	for i := range 4 {
		acc = append(acc, func() { total += i })
	}
	for _, a := range acc {
		a()
	}
	fmt.Println(total)
}

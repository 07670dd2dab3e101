// Exercises: Go 1.22 per-iteration loop variables changed by the body
// before a closure captures them, in 3-clause and range loops, with an
// inner loop that runs before the closure is made.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 8; i++ {
		if i%3 == 0 {
			i += 2
		}
		for j := 0; j < 2; j++ {
			i += j
		}
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for k, s := range []string{"a", "b", "c"} {
		s = s + s
		k *= 2
		gs = append(gs, func() string { return fmt.Sprint(k, s) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}

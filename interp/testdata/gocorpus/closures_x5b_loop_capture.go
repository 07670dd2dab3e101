// Exercises: closures capturing per-iteration loop variables (Go 1.22), closures over shared state, deferred closures in a loop
package main

import "fmt"

func makeSchedules() []func(int) float64 {
	var fs []func(int) float64
	for i, base := range []float64{0.1, 0.01, 0.001} {
		fs = append(fs, func(epoch int) float64 { return base / float64(1+i*epoch) })
	}
	return fs
}

func report() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("deferred ", i, "; ") }()
	}
}

func main() {
	for k, f := range makeSchedules() {
		fmt.Printf("schedule %d: %.4f %.4f\n", k, f(0), f(4))
	}
	var hooks []func() int
	total := 0
	for i := range 4 {
		hooks = append(hooks, func() int { total += i; return total })
	}
	for _, h := range hooks {
		fmt.Print(h(), " ")
	}
	fmt.Println("total", total)
	report()
	fmt.Println()
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	counter()
	fmt.Println("counter at", counter())
}

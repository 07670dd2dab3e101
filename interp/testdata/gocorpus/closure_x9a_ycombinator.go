// Exercises: Y combinator with recursive named function types, factorial and Fibonacci without named recursion
package main

import "fmt"

type Func func(int) int
type FuncFunc func(Func) Func
type RecursiveFunc func(RecursiveFunc) Func

func Y(f FuncFunc) Func {
	g := func(r RecursiveFunc) Func {
		return f(func(x int) int { return r(r)(x) })
	}
	return g(g)
}

func main() {
	fac := Y(func(self Func) Func {
		return func(n int) int {
			if n <= 1 {
				return 1
			}
			return n * self(n-1)
		}
	})
	fib := Y(func(self Func) Func {
		return func(n int) int {
			if n < 2 {
				return n
			}
			return self(n-1) + self(n-2)
		}
	})
	for i := 1; i <= 10; i++ {
		fmt.Printf("%d:%d/%d ", i, fac(i), fib(i))
	}
	fmt.Println()
	fmt.Printf("%T %T\n", fac, Y)
}

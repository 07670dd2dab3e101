// Exercises: function composition, generic Compose, currying, partial application, math funcs as values
package main

import (
	"fmt"
	"math"
	"strings"
)

func compose(f, g func(float64) float64) func(float64) float64 {
	return func(x float64) float64 { return f(g(x)) }
}

func Compose[A, B, C any](f func(B) C, g func(A) B) func(A) C {
	return func(a A) C { return f(g(a)) }
}

func add(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

func main() {
	sinAsin := compose(math.Sin, math.Asin)
	fmt.Printf("%.3f\n", sinAsin(0.5))
	shout := Compose(strings.ToUpper, strings.TrimSpace)
	fmt.Printf("%q\n", shout("  hello there "))
	length := Compose(func(s string) int { return len(s) }, shout)
	fmt.Println(length("  abc  "))
	fmt.Println(add(1)(2)(3))
	add10 := add(4)(6)
	fmt.Println(add10(5), add10(-10))
	fns := []func(float64) float64{math.Sqrt, math.Floor, compose(math.Ceil, math.Sqrt)}
	for _, f := range fns {
		fmt.Print(f(10), " ")
	}
	fmt.Println()
}

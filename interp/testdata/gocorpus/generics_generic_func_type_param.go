// Exercises: generic function type and a named generic func type.
package main

import "fmt"

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T] { return func(v T) bool { return !p(v) } }

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	odd := even.Not()
	fmt.Println(even(4), odd(4), odd(7))
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("hello"))
	h := Compose(lenThenDouble, func(f float64) string { return fmt.Sprintf("%.1f!", f) })
	fmt.Println(h("go"))
}

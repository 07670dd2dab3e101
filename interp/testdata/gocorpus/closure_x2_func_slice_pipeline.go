// Exercises: a slice of func(int) int applied as a pipeline, and a Compose helper.
package main

import "fmt"

type Op func(int) int

func Compose(ops ...Op) Op {
	return func(x int) int {
		for _, op := range ops {
			x = op(x)
		}
		return x
	}
}

func addN(n int) Op { return func(x int) int { return x + n } }
func mulN(n int) Op { return func(x int) int { return x * n } }

func main() {
	pipeline := []Op{addN(1), mulN(3), addN(-2), func(x int) int { return x * x }}
	for _, start := range []int{0, 1, 5} {
		x := start
		for i, op := range pipeline {
			x = op(x)
			fmt.Printf("step%d=%d ", i, x)
		}
		fmt.Println()
	}
	f := Compose(pipeline...)
	g := Compose(mulN(2), f)
	fmt.Println(f(2), g(2), Compose()(42))
	names := map[string]Op{"inc": addN(1), "dbl": mulN(2)}
	fmt.Println(names["inc"](names["dbl"](20)))
}

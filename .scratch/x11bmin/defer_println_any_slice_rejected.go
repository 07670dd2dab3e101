package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return "T" }

func main() {
	xs := []any{1, 2}
	// go: 100 2; gobackprop: CompileError: a deferred or go call that prints or encodes a value
	// of a type the cell declares is not supported (no value of T is involved)
	defer fmt.Println(xs...)
	xs[0] = 100
}

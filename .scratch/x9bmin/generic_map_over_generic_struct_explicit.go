// Go prints "[a!]"; the session: panic(*interp.cfgError) "1:40: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference" - explicit Map[Pair[string, int], string] (an internal yaegi error, not a message for a student).
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	ps := []Pair[string, int]{{"a", 1}}
	fmt.Println(Map[Pair[string, int], string](ps, func(p Pair[string, int]) string { return p.Key + "!" }))
}

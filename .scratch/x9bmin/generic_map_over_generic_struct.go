// Go prints "[a!]"; the session: CompileError "cannot use type func(main.Pair[string,int]) string as type func(main.Pair[string,int]) main.Pair[string,int]" - Map[T, U] infers U = T when T is an instance of a generic type.
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
	fmt.Println(Map(ps, func(p Pair[string, int]) string { return p.Key + "!" }))
}

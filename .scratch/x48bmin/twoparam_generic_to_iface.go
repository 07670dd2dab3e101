// From generics_x48b_either.go. Both styles: clear(ish) error.
// go run prints: {3 true}
// session: CompileError:  is not a type
// A value of a generic type with TWO type parameters and a method, converted
// to an interface (one type parameter works; no conversion works).
package main

import "fmt"

type Marker interface{ mark() }

type Left[L, R any] struct {
	A L
	B R
}

func (Left[L, R]) mark() {}

func main() {
	var e Marker = Left[int, bool]{3, true}
	fmt.Println(e)
}

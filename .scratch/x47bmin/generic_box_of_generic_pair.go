// Go prints: {x 1.5}
// Session (both styles): prints nothing, error "panic(*interp.cfgError):
// 3:394: CFG post-order panic: runtime error: invalid memory address or nil
// pointer dereference" (notebook: 1:21). A generic type instantiated with
// another generic instance (Box[Pair[string, float64]]) that has a method.
// Without the String method on Box, only the notebook style fails (1:21).
package main

import "fmt"

type Box[T any] struct{ val T }

func (b *Box[T]) String() string { return fmt.Sprint(b.val) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Wrap[T any](v T) *Box[T] { return &Box[T]{v} }

func main() {
	b := Wrap(Pair[string, float64]{"x", 1.5})
	fmt.Println(b)
}

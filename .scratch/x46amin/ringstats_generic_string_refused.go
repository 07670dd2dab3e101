// Go prints "[21.5C]". Session, both styles: clear error before running:
// CompileError: Window[Celsius], an instance of a generic type whose method String hands values of its
// type parameter to an interface (...) is not supported by gobackprop: write String as a generic function ...
// Note: the same method written with fmt.Sprint(w.data) instead of fmt.Sprintf("%v", w.data) is accepted
// and prints the right answer. From generics_x46a_ring_stats.go (Window[Celsius]).
package main

import "fmt"

type Window[T any] struct{ data []T }

func (w *Window[T]) String() string { return fmt.Sprintf("%v", w.data) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	w := &Window[Celsius]{data: []Celsius{21.5}}
	fmt.Println(w)
}

// Reduction of generics_x37b_stack.go (notebook style only): tool crash.
// A generic type instantiated only inside a function body of the
// declarations cell; calling that function from the next cell crashes.
// go run prints:   0
// session reports (notebook): InternalError: gobackprop could not run this cell
//   (runtime error: invalid memory address or nil pointer dereference); the
//   session goes on - please report this cell
// The whole program in one cell agrees with Go.

package main

import "fmt"

type Stack[T any] struct{ items []T }

func size() int {
	var st Stack[float64]
	return len(st.items)
}

func main() {
	fmt.Println(size())
}

// Second reduction of generics_x40b_list_reduce.go: the same failure with
// another package's generic type, so it is not about iter alone.
// Go prints: 7
// The session prints nothing and reports, in both styles:
//
//	CompileError: undefined selector sync/atomic.Pointer
package main

import (
	"fmt"
	"sync/atomic"
)

func Load[T, A any](p *atomic.Pointer[T], a A) A {
	return a
}

func main() {
	var p atomic.Pointer[string]
	f := Load[string, int]
	fmt.Println(f(&p, 7))
}

// From generics_x48b_either.go (its Match). Both styles: tool crash.
// go run prints: L1
// session: panic(*interp.cfgError): CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
//
// A type switch inside a generic function with cases Left[L, R] / Right[L, R].
package main

import "fmt"

type Left[L, R any] struct{ Value L }
type Right[L, R any] struct{ Value R }

func Match[L, R any](e any) string {
	switch v := e.(type) {
	case Left[L, R]:
		return fmt.Sprint("L", v.Value)
	case Right[L, R]:
		return fmt.Sprint("R", v.Value)
	}
	return "?"
}

func main() {
	fmt.Println(Match[int, string](Left[int, string]{1}))
}

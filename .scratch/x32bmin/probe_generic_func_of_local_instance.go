// Side probe (not a corpus program): found while reducing ds_x32b_lru_cache.go.
// A generic function instantiated with a generic type whose type argument is
// declared inside main.
// Go prints:      main.Box[main.key·1]
// Session (program and notebook styles): clear error
//
//	CompileError: type not found: Box[main.key]
package main

import "fmt"

type Box[T any] struct{ v T }

func Name[T any]() string { return fmt.Sprintf("%T", *new(T)) }

func main() {
	type key struct{ x int }
	fmt.Println(Name[Box[key]]())
}

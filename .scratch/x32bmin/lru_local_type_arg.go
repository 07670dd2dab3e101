// Reduction of ds_x32b_lru_cache.go (SILENT, both styles: program and notebook).
// %T of a generic type instantiated with a type declared inside main.
// Go prints:      main.Box[main.key·1]
// Session prints: main.Box[main.key]
package main

import "fmt"

type Box[T any] struct{ v T }

func main() {
	type key struct{ x int }
	fmt.Printf("%T\n", Box[key]{})
}

// Go prints 1: count[any](xs) with xs []any passes one argument; the session prints 2 (spread). A method or a func literal with ...any is right.
package main

import "fmt"

func count[T any](xs ...T) int { return len(xs) }

func main() {
	xs := []any{1, 2}
	fmt.Println(count[any](xs))
}

// Go prints "1 1 1": each call passes ONE argument (an any holding a []any, an empty []any, a nil []any); the session spreads them and prints "2 0 0".
package main

import "fmt"

func count(vals ...any) int { return len(vals) }

func main() {
	xs := []any{1, 2}
	fmt.Println(count(any(xs)), count([]any{}), count([]any(nil)))
}

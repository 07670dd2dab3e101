// Go prints "2 [[1 2] 3]": a []any among other arguments of a user ...any function is one element; the session flattens it ("3 [1 2 3]").
package main

import "fmt"

func count(vals ...any) { fmt.Println(len(vals), vals) }

func main() {
	xs := []any{1, 2}
	count(xs, 3)
}

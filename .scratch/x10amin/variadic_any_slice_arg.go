// Go prints "1 [[1 2]]": a []any passed (without ...) to a ...any parameter is ONE argument; the session spreads it ("2 [1 2]").
package main

import "fmt"

func count(vals ...any) { fmt.Println(len(vals), vals) }

func main() {
	xs := []any{1, 2}
	count(xs)
}

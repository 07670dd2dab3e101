// Go prints "1 [[1 2]]": append(dst, xs) with xs []any appends ONE element; the session spreads it ("2 [1 2]"). With a second argument it is right.
package main

import "fmt"

func main() {
	xs := []any{1, 2}
	ys := append([]any{}, xs)
	fmt.Println(len(ys), ys)
}

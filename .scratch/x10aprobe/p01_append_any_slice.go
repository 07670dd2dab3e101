package main

import "fmt"

func main() {
	xs := []any{1, 2}
	ys := append([]any{}, xs)
	fmt.Println(len(ys), ys)
	zs := append([]any{0}, xs, 3)
	fmt.Println(len(zs), zs)
}

package main

import "fmt"

func main() {
	xs := []any{1, 2}
	defer fmt.Println(xs...)
	xs[0] = 100
}

package main

import "fmt"

type C struct{ n int }

func (c C) String() string { return "C" } // a cell type with a method

func main() {
	xs := []any{1, 2}
	defer fmt.Println(xs...) // rejected, although xs holds no C; so is defer func(v ...any) { fmt.Println(v...) }(xs...)
	xs[0] = 9
	fmt.Println(C{}) // Go: C, then 9 2
}

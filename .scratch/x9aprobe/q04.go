// Exercises: runtime error messages recovered: index, nil map, type assertion, slice bounds
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("  error %T\n", e)
			}
		}
	}()
	f()
}

func main() {
	xs := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var x interface{} = "str"
	try("index", func() { _ = xs[i] })
	try("slice", func() { _ = xs[2:i] })
	try("nilmap", func() { m["a"] = 1 })
	try("assert", func() { _ = x.(int) })
	try("div", func() { fmt.Println(10 / (i - 5)) })
	var p *struct{ n int }
	try("nilptr", func() { fmt.Println(p.n) })
	try("custom", func() { panic(fmt.Errorf("wrapped %w", fmt.Errorf("inner"))) })
	try("array", func() { a := [3]int{}; fmt.Println(a[i%4]) })
}

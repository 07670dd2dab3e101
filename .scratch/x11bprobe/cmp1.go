package main

import (
	"fmt"
	"math"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func a() any { type T struct{ X int }; return T{1} }
func b() any { type T struct{ X int }; return T{1} }

func main() {
	try("slices", func() { var x, y any = []int{1}, []int{1}; fmt.Println(x == y) })
	try("mapkey", func() { m := map[any]int{}; m[[]int{1}] = 1; fmt.Println(len(m)) })
	try("funcs", func() { var x, y any = main, main; fmt.Println(x == y) })
	try("structslice", func() {
		type S struct{ L []int }
		var x, y any = S{}, S{}
		fmt.Println(x == y)
	})
	try("local types", func() { fmt.Println(a() == b(), fmt.Sprintf("%T %T", a(), b())) })
	try("minint", func() { x := int64(math.MinInt64); m := int64(-1); fmt.Println(x/m, x%m) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("send", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("assert", func() { var x any = "s"; fmt.Println(x.(int)) })
	try("index", func() { s := []int{1}; i := 5; fmt.Println(s[i]) })
	try("slice", func() { s := []int{1}; i := 5; fmt.Println(s[1:i]) })
	try("nilfunc", func() { var f func(); f() })
	try("conv", func() { s := make([]int, 2); _ = [3]int(s) })
}

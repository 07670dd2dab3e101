// Exercises: %T, %v and runtime.Error of recovered runtime panics: index, slice bounds, nil map, nil pointer, division, type assertion, closed channel, negative shift
package main

import (
	"fmt"
	"runtime"
)

type node struct{ next *node }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-8s %T %v %v\n", name, r, isRuntime, r)
	}()
	f()
}

func main() {
	xs := []int{1, 2}
	i, zero, neg := 5, 0, -1
	var m map[string]int
	var n *node
	var v any = "text"
	ch := make(chan int)
	close(ch)
	try("index", func() { _ = xs[i] })
	try("slice", func() { _ = xs[1:i] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = n.next })
	try("divide", func() { _ = 10 / zero })
	try("assert", func() { _ = v.(int) })
	try("closed", func() { ch <- 1 })
	try("shift", func() { _ = 1 << neg })
	try("custom", func() { panic(fmt.Errorf("mine %d", 1)) })
}

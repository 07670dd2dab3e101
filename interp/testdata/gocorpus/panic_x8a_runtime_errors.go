// Exercises: run-time panics recovered - index out of range, nil map write, nil dereference, divide by zero, slice bounds
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: runtime.Error=%v: %v\n", name, isRuntime, r)
	}()
	f()
}

type Node struct{ Next *Node }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var n *Node
	try("nil deref", func() { _ = n.Next })
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	j := 1
	try("slice bounds", func() { _ = s[2:j] })
	arr := [3]int{}
	k := -1 + zero
	try("array index", func() { _ = arr[k+3] })
	str := "abc"
	try("string index", func() { _ = str[i] })
}

package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%s: %v | runtime.Error=%v error=%v\n", name, r, isRT, isErr)
	}()
	f()
}

type P struct{ X int }

func main() {
	z := 0
	try("div", func() { _ = 1 / z })
	try("nilmap", func() { var m map[string]int; m["a"] = 1 })
	try("nilptr", func() { var p *P; _ = p.X })
	try("unhash", func() { m := map[any]int{}; m[[]int{}] = 1 })
	try("assert", func() { var x any = 1; _ = x.(string) })
	try("assert2", func() { var x any = P{}; _ = x.(fmt.Stringer) })
	try("custom", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	try("value", func() { panic(P{3}) })
	try("makeneg", func() { n := -1; _ = make([]int, n) })
	try("closednil", func() { var c chan int; close(c) })
}

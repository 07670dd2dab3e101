// Exercises: recovering several runtime panics and classifying them via the runtime.Error interface.
package main

import (
	"fmt"
	"runtime"
)

type shape interface{ Area() float64 }

func classify(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-10s runtime=%-5v error=%-5v %v\n", name, isRuntime, isErr, r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ X int }
	var s []int
	var i any = "str"
	var sh shape
	zero := 0
	classify("nil map", func() { m["a"] = 1 })
	classify("nil ptr", func() { p.X = 1 })
	classify("index", func() { _ = s[zero] })
	classify("assert", func() { _ = i.(int) })
	classify("nil iface", func() { sh.Area() })
	classify("div", func() { _ = 10 / zero })
	classify("custom", func() { panic("my own panic") })
	classify("errorf", func() { panic(fmt.Errorf("wrapped %d", 7)) })
	classify("no panic", func() {})
}

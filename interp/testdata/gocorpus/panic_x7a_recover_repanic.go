// Exercises: recover runtime errors (index, nil map, nil deref, div by zero, bad assertion) and print them; runtime.Error assertion; re-panic with wrapped value
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error: %v\n", name, re)
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

type boxed struct{ v any }

func layered() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("layered: %v", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(boxed{r})
		}()
		panic("inner")
	}()
	return nil
}

func main() {
	var xs []int
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	var v any = "str"
	try("index", func() { _ = xs[3] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("div", func() { _ = 10 / zero })
	try("assert", func() { _ = v.(int) })
	try("custom", func() { panic(errors.New("custom err")) })
	try("value", func() { panic(42) })
	lo, hi := 1, 0
	try("slice", func() { _ = xs[lo:hi] })
	fmt.Println(layered())
}

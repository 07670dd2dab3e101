// Exercises: names inside func types, interface method params, named results, and struct field keys matching later locals
package main

import "fmt"

type Person struct{ name string }

func main() {
	var cb func(s string) int
	cb = func(t string) int { return len(t) }
	var sh interface{ Area(scale float64) float64 }
	f := func() (n int) { n = 7; return }
	p := Person{name: "ann"}
	cfg := struct{ size int }{3}
	s := "str"
	scale := 2.0
	n := f()
	name := p.name
	size := cfg.size
	fmt.Println(cb(s), sh == nil, scale, n, name, size)
}

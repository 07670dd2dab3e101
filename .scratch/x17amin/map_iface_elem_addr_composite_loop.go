// go run:     a b
// gobackprop: b b   (SILENT, both styles)
// A fresh &FF{...} stored into a map[string]Interface inside a loop: every element ends up
// pointing at the last value. With map[string]*FF (no interface) it is right.
// Also wrong: mods = append(mods, &FF{n}) into a []M. Right: f := &FF{n}; mods[n] = f, and
// map[string]any (empty interface). So: &T{...} converted straight to a non-empty interface in a loop.
package main

import "fmt"

type FF struct{ name string }

type M interface{ Name() string }

func (f *FF) Name() string { return f.name }

func main() {
	mods := map[string]M{}
	for _, n := range []string{"a", "b"} {
		mods[n] = &FF{n}
	}
	fmt.Println(mods["a"].Name(), mods["b"].Name())
}

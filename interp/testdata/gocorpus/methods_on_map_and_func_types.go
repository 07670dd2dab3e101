// Exercises: methods on named map and func types.
package main

import (
	"fmt"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }
func (inv Inventory) Has(item string) bool   { return inv[item] > 0 }

type Transform func(string) string

func (t Transform) Then(next Transform) Transform {
	return func(s string) string { return next(t(s)) }
}

func (t Transform) Apply(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = t(x)
	}
	return out
}

func main() {
	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("apple", 2)
	fmt.Println(inv, inv.Has("apple"), inv.Has("pear"))
	t := Transform(strings.TrimSpace).Then(strings.ToUpper).Then(func(s string) string { return s + "!" })
	fmt.Println(t.Apply([]string{" hi ", "go  "}))
}

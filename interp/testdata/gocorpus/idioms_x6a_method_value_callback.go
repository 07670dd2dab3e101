// Exercises: method values as callbacks, bound receivers copied at evaluation, method expressions, sort.Slice with method value
package main

import (
	"fmt"
	"strings"
)

type Acc struct {
	name  string
	total int
}

func (a *Acc) Add(n int)       { a.total += n }
func (a Acc) Label() string    { return a.name + "=" + fmt.Sprint(a.total) }
func (a Acc) Scaled(k int) int { return a.total * k }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{name: "a"}
	each([]int{1, 2, 3, 4}, a.Add)
	fmt.Println(a.Label())
	label := a.Label
	a.total = 100
	fmt.Println(label(), a.Label())
	b := Acc{name: "b", total: 7}
	scaled := b.Scaled
	b.total = 1
	fmt.Println(scaled(3), b.Scaled(3))
	lab := Acc.Label
	add := (*Acc).Add
	add(&b, 10)
	fmt.Println(lab(b))
	fns := map[string]func() string{"a": a.Label, "b": b.Label}
	fmt.Println(fns["a"](), fns["b"]())
	up := strings.ToUpper
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, up("hal")))
}

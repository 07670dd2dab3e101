// Exercises: method values bind the receiver at evaluation (copy for value receivers); method expressions take it as first arg
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Value() int { return a.total }
func (a *Acc) Add(n int) { a.total += n }

func main() {
	a := Acc{1}
	val := a.Value
	add := a.Add
	add(5)
	fmt.Println("value method bound copy:", val(), "pointer method sees:", a.total)
	fv := Acc.Value
	fp := (*Acc).Add
	fp(&a, 10)
	fmt.Println("method expressions:", fv(a))
	fns := []func(int){a.Add, a.Add}
	for _, f := range fns {
		f(1)
	}
	fmt.Println("bound pointer receiver:", a.total)
	fmt.Printf("method expression type: %T\n", fv)
}

// Exercises: method values bind a copy of a value receiver; method expressions
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Get() int   { return a.total }
func (a *Acc) Add(n int) { a.total += n }

func main() {
	a := Acc{total: 1}
	get := a.Get
	add := a.Add
	add(10)
	add(5)
	fmt.Println(get(), a.Get(), a.total)
	f := Acc.Get
	g := (*Acc).Add
	g(&a, 100)
	fmt.Println(f(a))
}

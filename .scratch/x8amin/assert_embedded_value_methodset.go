// Exercises: asserting a struct value (embedding Inner by value, Inc on *Inner) to an interface needing Inc answers ok=false
package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Inc() { i.n++ }

type Incer interface{ Inc() }

type Outer struct{ *Inner }
type OuterV struct{ Inner }

func main() {
	o := Outer{&Inner{}}
	var i Incer = o
	i.Inc()
	fmt.Println(o.n)
	ov := &OuterV{}
	i = ov
	i.Inc()
	fmt.Println(ov.n)
	var x interface{} = OuterV{}
	_, ok := x.(Incer)
	fmt.Println(ok)
}

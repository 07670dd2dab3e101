// Exercises: method values and deferred method calls copy a value
// receiver when they are evaluated: through a pointer, from an embedded
// field, through an embedded pointer.
package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Show()    { fmt.Println("show", i.n) }
func (i Inner) Get() int { return i.n }

type Outer struct{ Inner }
type Wrapper struct{ *Inner }

func run() {
	var o Outer
	defer o.Show()
	o.n = 7
	w := Wrapper{&Inner{1}}
	defer w.Show()
	show := w.Show
	w.n = 2
	show()
	p := &Inner{10}
	defer p.Show()
	get := p.Get
	p.n = 20
	fmt.Println("get", get(), p.Get())
}

func main() {
	run()
	var o Outer
	g := o.Get
	o.n = 5
	fmt.Println(g(), o.Get())
}

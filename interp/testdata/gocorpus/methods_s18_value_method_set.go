// Exercises: a value whose pointer has an interface's methods, asserted to it from another interface and from any: comma-ok false, single-value panic with Go's message, pointers pass
package main

import "fmt"

type C struct{ n int }

func (c C) Get() int { return c.n }
func (c *C) Inc()    { c.n++ }
func (c *C) Reset()  { c.n = 0 }

type Getter interface{ Get() int }

type Incer interface {
	Inc()
	Reset()
}

type Inner struct{ n int }

func (i *Inner) Inc()   { i.n++ }
func (i *Inner) Reset() { i.n = 0 }

type Outer struct{ Inner }

func try(g Getter) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	inc := g.(Incer)
	inc.Inc()
	return fmt.Sprint("incremented to ", g.Get())
}

func main() {
	var g Getter = C{1}
	_, ok := g.(Incer)
	fmt.Println("value:", ok)
	g = &C{2}
	if inc, ok := g.(Incer); ok {
		inc.Inc()
		fmt.Println("pointer:", ok, g.Get())
	}
	fmt.Println(try(C{5}))
	fmt.Println(try(&C{5}))
	var x any = Outer{}
	_, ok = x.(Incer)
	fmt.Println("embedded value:", ok)
	x = &Outer{}
	_, ok = x.(Incer)
	fmt.Println("embedded pointer:", ok)
}

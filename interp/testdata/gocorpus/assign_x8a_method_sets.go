// Exercises: method sets - value receivers via pointers, pointer receivers only via addressable values or pointers in interfaces
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func main() {
	c := Counter{}
	c.Inc()
	fmt.Println("addressable value calls pointer method:", c.Get())
	var g Getter = c
	c.Inc()
	fmt.Println("interface holds a copy:", g.Get(), c.Get())
	var gp Getter = &c
	c.Inc()
	fmt.Println("pointer in interface sees updates:", gp.Get())
	var i Incer = &c
	i.Inc()
	fmt.Println("pointer satisfies pointer-method interface:", c.n)
	_, ok := g.(Incer)
	fmt.Println("value in interface is not an Incer:", ok)
	_, ok = gp.(Incer)
	fmt.Println("pointer in interface is an Incer:", ok)
}

// Exercises: interface embedding, satisfying a composed interface, asserting to a narrower one
package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Cell struct{ v int }

func (c *Cell) Get() int  { return c.v }
func (c *Cell) Set(v int) { c.v = v }

func bump(gs GetSetter) { gs.Set(gs.Get() + 1) }

func main() {
	c := &Cell{41}
	bump(c)
	var g Getter = c
	fmt.Println(g.Get())
	if s, ok := g.(Setter); ok {
		s.Set(7)
	}
	fmt.Println(c.Get())
	_, ok := g.(fmt.Stringer)
	fmt.Println(ok)
}

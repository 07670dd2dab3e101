package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Command interface {
	Do(c *Cart)
	Undo(c *Cart)
	fmt.Stringer
}

type Cart struct {
	Lines map[string]int
}

type AddItem struct {
	SKU string
	N   int
}

func (a AddItem) Do(c *Cart)     { c.Lines[a.SKU] += a.N }
func (a AddItem) Undo(c *Cart)   { c.Lines[a.SKU] -= a.N; c.clean(a.SKU) }
func (a AddItem) String() string { return fmt.Sprintf("add %d %s", a.N, a.SKU) }
func (c *Cart) clean(sku string) {
	if c.Lines[sku] <= 0 {
		delete(c.Lines, sku)
	}
}

type ClearCart struct{ saved map[string]int }

func (cc *ClearCart) Do(c *Cart) {
	cc.saved = c.Lines
	c.Lines = map[string]int{}
}
func (cc *ClearCart) Undo(c *Cart)   { c.Lines = cc.saved }
func (cc *ClearCart) String() string { return fmt.Sprintf("clear(%d saved)", len(cc.saved)) }

type Editor struct {
	cart       Cart
	undo, redo Stack[Command]
}

func (e *Editor) Run(c Command) {
	c.Do(&e.cart)
	e.undo.Push(c)
	e.redo = Stack[Command]{}
}

func (e *Editor) Undo() string {
	c, ok := e.undo.Pop()
	if !ok {
		return "nothing to undo"
	}
	c.Undo(&e.cart)
	e.redo.Push(c)
	return "undid " + c.String()
}

func (e *Editor) Redo() string {
	c, ok := e.redo.Pop()
	if !ok {
		return "nothing to redo"
	}
	c.Do(&e.cart)
	e.undo.Push(c)
	return "redid " + c.String()
}

func main() {
	e := &Editor{cart: Cart{Lines: map[string]int{}}}
	e.Run(AddItem{"apple", 3})
	e.Run(AddItem{"pear", 1})
	e.Run(AddItem{"apple", 2})
	fmt.Println(e.cart.Lines)
	e.Run(&ClearCart{})
	fmt.Println(e.cart.Lines, e.undo.Len())
	var out []string
	for i := 0; i < 3; i++ {
		out = append(out, e.Undo())
	}
	fmt.Println(strings.Join(out, " | "), e.cart.Lines)
	fmt.Println(e.Redo(), e.cart.Lines)
	e.Run(AddItem{"kiwi", 5})
	fmt.Println(e.Redo(), e.cart.Lines, e.redo.Len())
	for e.undo.Len() > 0 {
		e.Undo()
	}
	fmt.Println(e.Undo(), e.cart.Lines, len(e.cart.Lines))
}

package main

import "fmt"

type Counted[T any] struct {
	n  int
	xs []T
}

func (c *Counted[T]) Len() int { return c.n }

type Plain[T any] struct{ xs []T }

func (p *Plain[T]) Len() int { return len(p.xs) }

func main() {
	c := &Counted[int]{n: 1}
	p := &Plain[int]{xs: []int{1, 2, 3}}
	// go: 1 3
	// gobackprop: CompileError: undefined selector: n (and, with an interface slice of both,
	// panic: reflect.Set: value of type *struct { Xn int; Xxs []int } is not assignable to
	// type *struct { Xxs []int; Xn int }) - two generic types with a method of the same name,
	// instantiated with the same type argument; with Plain[string] it runs
	fmt.Println(c.Len(), p.Len())
}

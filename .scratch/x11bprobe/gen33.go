package main

import "fmt"

type Lener interface{ Len() int }

type Counted[T any] struct {
	n  int
	xs []T
}

func (c *Counted[T]) Len() int { return c.n * 100 }

type Plain[T any] struct {
	xs []T
	n  int
}

func (p *Plain[T]) Len() int { return len(p.xs) }

func main() {
	c := &Counted[int]{n: 1, xs: []int{1, 2}}
	p := &Plain[int]{xs: []int{1, 2, 3}, n: 7}
	fmt.Println(c.Len(), p.Len())
	ls := []Lener{c, p}
	fmt.Println(ls[0].Len(), ls[1].Len())
}

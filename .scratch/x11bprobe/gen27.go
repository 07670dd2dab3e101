package main

import "fmt"

type Container interface{ Len() int }

type Bag struct{ xs []int }

func (b *Bag) Len() int { return len(b.xs) }

type Set struct {
	m  map[int]bool
	xs []int
}

func (s *Set) Len() int { return len(s.xs) }

func main() {
	cs := []Container{&Bag{}, &Set{}}
	fmt.Println(len(cs), cs[0].Len(), cs[1].Len())
}

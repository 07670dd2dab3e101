// Exercises: tour-style exercise - equivalent binary trees compared via channels.
package main

import (
	"fmt"
	"math/rand"
)

type Tree struct {
	Left, Right *Tree
	Value       int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Value: v}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func New(k int, r *rand.Rand) (t *Tree) {
	for _, v := range r.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	if t != nil {
		walk(t.Left, ch)
		ch <- t.Value
		walk(t.Right, ch)
	}
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go func() { walk(t1, c1); close(c1) }()
	go func() { walk(t2, c2); close(c2) }()
	for v1 := range c1 {
		if v1 != <-c2 {
			return false
		}
	}
	return true
}

func main() {
	r := rand.New(rand.NewSource(42))
	ch := make(chan int)
	go walk(New(1, r), ch)
	fmt.Println(<-ch, <-ch, <-ch)
	fmt.Println(Same(New(1, r), New(1, r)), Same(New(1, r), New(2, r)))
}

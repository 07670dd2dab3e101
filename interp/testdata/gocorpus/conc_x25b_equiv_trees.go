package main

import (
	"fmt"
	"sort"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New builds a tree holding k, 2k, ..., 10k in a shuffled-but-fixed order.
func New(k int, order []int) *Tree {
	var t *Tree
	for _, i := range order {
		t = insert(t, (1+i)*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	o1 := []int{3, 1, 4, 0, 5, 9, 2, 6, 8, 7}
	o2 := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
	t1 := New(1, o1)
	fmt.Println(t1)
	ch := make(chan int)
	go Walk(t1, ch)
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	fmt.Println(got, sort.IntsAreSorted(got))
	fmt.Println(Same(New(1, o1), New(1, o2)))
	fmt.Println(Same(New(1, o1), New(2, o1)))
	fmt.Println(Same(New(3, o2), New(3, o1)))
	fmt.Println(New(2, []int{2, 0, 1}))
}

// Exercises: Josephus problem with container/ring, container/list, and the recurrence, compared
package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func byRing(n, k int) (order []int) {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	for r.Len() > 1 {
		r = r.Move(k - 1)
		order = append(order, r.Unlink(1).Value.(int))
	}
	return append(order, r.Value.(int))
}

func byList(n, k int) int {
	l := list.New()
	for i := 0; i < n; i++ {
		l.PushBack(i)
	}
	e := l.Front()
	for l.Len() > 1 {
		for i := 1; i < k; i++ {
			if e = e.Next(); e == nil {
				e = l.Front()
			}
		}
		next := e.Next()
		if next == nil {
			next = l.Front()
		}
		l.Remove(e)
		e = next
	}
	return l.Front().Value.(int)
}

func byFormula(n, k int) int {
	s := 0
	for m := 2; m <= n; m++ {
		s = (s + k) % m
	}
	return s
}

func main() {
	o := byRing(41, 3)
	fmt.Println(o[:10], "survivor", o[len(o)-1])
	for _, c := range [][2]int{{41, 3}, {7, 2}, {10, 4}, {100, 7}} {
		fmt.Println(c, byList(c[0], c[1]), byFormula(c[0], c[1]))
	}
}

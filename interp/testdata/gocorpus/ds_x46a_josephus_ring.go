package main

import (
	"container/ring"
	"fmt"
	"strings"
)

// CircularList is a hand-written circular singly linked list.
type CircularList[T any] struct {
	tail *cnode[T]
	size int
}

type cnode[T any] struct {
	val  T
	next *cnode[T]
}

func (c *CircularList[T]) Add(v T) {
	n := &cnode[T]{val: v}
	if c.tail == nil {
		n.next = n
	} else {
		n.next = c.tail.next
		c.tail.next = n
	}
	c.tail = n
	c.size++
}

// Eliminate removes every k-th element and returns the removal order.
func (c *CircularList[T]) Eliminate(k int) []T {
	var order []T
	prev := c.tail
	for c.size > 0 {
		for i := 1; i < k; i++ {
			prev = prev.next
		}
		victim := prev.next
		order = append(order, victim.val)
		if victim == prev {
			c.tail = nil
		} else {
			prev.next = victim.next
			if victim == c.tail {
				c.tail = prev
			}
		}
		c.size--
	}
	return order
}

func (c *CircularList[T]) String() string {
	if c.tail == nil {
		return "()"
	}
	var parts []string
	for n := c.tail.next; ; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
		if n == c.tail {
			break
		}
	}
	return "(" + strings.Join(parts, " ") + " ...)"
}

func josephusRing(n, k int) []int {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	var out []int
	for r.Len() > 1 {
		r = r.Move(k - 1)
		removed := r.Unlink(1)
		out = append(out, removed.Value.(int))
	}
	out = append(out, r.Value.(int))
	return out
}

func main() {
	var c CircularList[int]
	for i := 1; i <= 7; i++ {
		c.Add(i)
	}
	fmt.Println(c.String(), c.size)
	fmt.Println("hand-written:", c.Eliminate(3))
	fmt.Println("after:", c.String())
	fmt.Println("container/ring:", josephusRing(7, 3))

	var names CircularList[string]
	for _, s := range []string{"ada", "bo", "cy", "di"} {
		names.Add(s)
	}
	fmt.Printf("%v -> %q\n", names.String(), names.Eliminate(2))

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("ring sum:", sum)
	s := r.Unlink(2)
	var vals []string
	s.Do(func(v any) { vals = append(vals, fmt.Sprintf("%v", v)) })
	fmt.Println("unlinked:", vals, "remaining len:", r.Len())
}

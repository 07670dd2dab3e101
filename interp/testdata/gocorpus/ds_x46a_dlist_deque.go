package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type dnode[T any] struct {
	val        T
	prev, next *dnode[T]
}

type Deque[T any] struct {
	head, tail *dnode[T]
	n          int
}

var ErrEmpty = errors.New("deque: empty")

func (d *Deque[T]) PushFront(v T) {
	nd := &dnode[T]{val: v, next: d.head}
	if d.head != nil {
		d.head.prev = nd
	} else {
		d.tail = nd
	}
	d.head = nd
	d.n++
}

func (d *Deque[T]) PushBack(v T) {
	nd := &dnode[T]{val: v, prev: d.tail}
	if d.tail != nil {
		d.tail.next = nd
	} else {
		d.head = nd
	}
	d.tail = nd
	d.n++
}

func (d *Deque[T]) PopFront() (T, error) {
	var zero T
	if d.head == nil {
		return zero, ErrEmpty
	}
	nd := d.head
	d.head = nd.next
	if d.head == nil {
		d.tail = nil
	} else {
		d.head.prev = nil
	}
	d.n--
	return nd.val, nil
}

func (d *Deque[T]) PopBack() (T, error) {
	var zero T
	if d.tail == nil {
		return zero, ErrEmpty
	}
	nd := d.tail
	d.tail = nd.prev
	if d.tail == nil {
		d.head = nil
	} else {
		d.tail.next = nil
	}
	d.n--
	return nd.val, nil
}

func (d *Deque[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := d.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (d *Deque[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := d.tail; n != nil; n = n.prev {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (d *Deque[T]) String() string {
	var parts []string
	for v := range d.All() {
		parts = append(parts, fmt.Sprintf("%v", v))
	}
	return "<" + strings.Join(parts, "<->") + ">"
}

func slidingMax(nums []int, k int) []int {
	var dq Deque[int] // indices
	var out []int
	for i, x := range nums {
		for dq.n > 0 && dq.head.val <= i-k {
			dq.PopFront()
		}
		for dq.n > 0 && nums[dq.tail.val] < x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if i >= k-1 {
			out = append(out, nums[dq.head.val])
		}
	}
	return out
}

func main() {
	d := &Deque[int]{}
	for i := 1; i <= 3; i++ {
		d.PushBack(i * 10)
		d.PushFront(-i)
	}
	fmt.Println(d, "len", d.n)
	for v := range d.Backward() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Printf("front=%d back=%d rest=%v\n", f, b, d)
	for d.n > 0 {
		d.PopBack()
	}
	if _, err := d.PopFront(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))

}

// Exercises: circular doubly linked list with a sentinel node (no nil checks), lazy init, iteration both ways, splicing.
package main

import "fmt"

type elem struct {
	next, prev *elem
	v          int
}

type Ring struct {
	root elem // sentinel: root.next is the first element, root.prev the last
	n    int
}

func (r *Ring) lazyInit() {
	if r.root.next == nil {
		r.root.next = &r.root
		r.root.prev = &r.root
	}
}

func (r *Ring) insert(v int, at *elem) *elem {
	e := &elem{v: v, prev: at, next: at.next}
	at.next.prev = e
	at.next = e
	r.n++
	return e
}

func (r *Ring) PushBack(v int) *elem  { r.lazyInit(); return r.insert(v, r.root.prev) }
func (r *Ring) PushFront(v int) *elem { r.lazyInit(); return r.insert(v, &r.root) }

func (r *Ring) Remove(e *elem) int {
	e.prev.next = e.next
	e.next.prev = e.prev
	r.n--
	return e.v
}

func (r *Ring) Slice() []int {
	out := []int{}
	for e := r.root.next; e != nil && e != &r.root; e = e.next {
		out = append(out, e.v)
	}
	return out
}

func (r *Ring) Reverse() []int {
	out := []int{}
	for e := r.root.prev; e != nil && e != &r.root; e = e.prev {
		out = append(out, e.v)
	}
	return out
}

func main() {
	var r Ring
	fmt.Println(r.Slice(), r.n)
	mid := r.PushBack(2)
	r.PushBack(3)
	r.PushFront(1)
	r.insert(25, mid)
	fmt.Println(r.Slice(), r.Reverse(), r.n)
	fmt.Println(r.Remove(mid), r.Slice())
	for r.n > 0 {
		fmt.Print(r.Remove(r.root.next), " ")
	}
	fmt.Println(r.Slice(), r.root.next == &r.root)
}

// Exercises: doubly linked list with head/tail pointers, insert after (also at the tail), remove through pointers to links (head, middle, tail), forward and backward walks with a step func.
package main

import "fmt"

type DNode struct {
	Key        string
	Prev, Next *DNode
}
type DList struct {
	Head, Tail *DNode
	Len        int
}

func (d *DList) Append(k string) *DNode {
	if d.Tail == nil {
		d.Head = &DNode{Key: k}
		d.Tail, d.Len = d.Head, 1
		return d.Head
	}
	return d.InsertAfter(d.Tail, k)
}

func (d *DList) InsertAfter(at *DNode, k string) *DNode {
	n := &DNode{Key: k, Prev: at, Next: at.Next}
	back := &d.Tail // the link that points back at `at`
	if at.Next != nil {
		back = &at.Next.Prev
	}
	at.Next, *back = n, n
	d.Len++
	return n
}

func (d *DList) Remove(n *DNode) {
	fwd, back := &d.Head, &d.Tail
	if n.Prev != nil {
		fwd = &n.Prev.Next
	}
	if n.Next != nil {
		back = &n.Next.Prev
	}
	*fwd, *back = n.Next, n.Prev
	n.Prev, n.Next = nil, nil
	d.Len--
}

func (d *DList) Keys(backward bool) (out []string) {
	n, step := d.Head, func(n *DNode) *DNode { return n.Next }
	if backward {
		n, step = d.Tail, func(n *DNode) *DNode { return n.Prev }
	}
	for ; n != nil; n = step(n) {
		out = append(out, n.Key)
	}
	return out
}

func main() {
	var d DList
	a, c := d.Append("a"), d.Append("c")
	d.InsertAfter(a, "b")
	e := d.InsertAfter(c, "e")
	fmt.Println(d.Keys(false), d.Keys(true), d.Len)
	d.Remove(e)
	fmt.Println(d.Keys(false), d.Tail.Key, e.Prev == nil)
	d.Remove(a)
	d.Remove(d.Tail)
	fmt.Println(d.Keys(false), d.Keys(true), d.Len, d.Head.Prev == nil)
}

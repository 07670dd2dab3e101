// Package heap is the session's container/heap, interpreted by yaegi in
// place of the compiled one. Compiled heap code calling a cell's Pop
// method got from yaegi, from its second call on, a value in an
// interface that had lost its type (a []Node heap's Pop gave a value no
// type switch or %T could name), so the whole package runs interpreted:
// the heap's calls of the cell's methods are the interpreter's own.
//
// A heap is a tree kept in a slice: the children of element i are
// elements 2i+1 and 2i+2, and no element is less than its parent, so the
// minimum (by Less) is element 0.
package heap

import "sort"

// Interface is what a heap is built on: a sort.Interface whose Push adds
// an element at index Len() and whose Pop removes and returns element
// Len()-1.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init makes h a heap. It is O(n), n = h.Len(), and may be called again
// whenever the heap's order may have been broken.
func Init(h Interface) {
	n := h.Len()
	// Every element past n/2-1 is a leaf, already a heap of one.
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x to the heap in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element (by Less) in O(log n).
// Pop is equivalent to Remove(h, 0).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i in O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap's order after the element at index i changed,
// in O(log n); cheaper than Remove followed by Push of the new value.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element i towards the root while it is less than its
// parent.
func siftUp(h Interface, i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.Less(i, parent) {
			return
		}
		h.Swap(parent, i)
		i = parent
	}
}

// siftDown moves element i0 towards the leaves, among the first n
// elements, while a child is less than it. It reports whether it moved.
func siftDown(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0: the index overflowed
			break
		}
		least := left
		if right := left + 1; right < n && h.Less(right, left) {
			least = right
		}
		if !h.Less(least, i) {
			break
		}
		h.Swap(i, least)
		i = least
	}
	return i > i0
}

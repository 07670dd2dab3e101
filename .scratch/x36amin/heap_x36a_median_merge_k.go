// Reduction of heap_x36a_median_merge_k.go (IntHeap embeds sort.IntSlice for Len/Less/Swap).
// Go prints:      1
// Session prints: nothing; the run ends in a tool crash, in both styles:
//
//	panic(*interp.cfgError): gbp_container_heap.go:37:12: method not found: Len
//
// The same heap embedding a user-declared slice type with Len/Less/Swap works,
// and sort.Sort on a struct embedding sort.IntSlice works: it is container/heap
// with methods promoted from an embedded standard-library type.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap struct{ sort.IntSlice }

func (h *IntHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *IntHeap) Pop() any {
	v := h.IntSlice[len(h.IntSlice)-1]
	h.IntSlice = h.IntSlice[:len(h.IntSlice)-1]
	return v
}

func main() {
	h := &IntHeap{}
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Println(heap.Pop(h))
}

// Exercises: min-heap over a slice written by hand (sift up/down), heapsort by repeated pop, k smallest, a generic variant with a less func.
package main

import "fmt"

type MinHeap struct{ a []int }

func (h *MinHeap) Push(x int) {
	h.a = append(h.a, x)
	i := len(h.a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.a[p] <= h.a[i] {
			break
		}
		h.a[p], h.a[i] = h.a[i], h.a[p]
		i = p
	}
}

func (h *MinHeap) Pop() int {
	top, last := h.a[0], len(h.a)-1
	h.a[0] = h.a[last]
	h.a = h.a[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.a) && h.a[l] < h.a[m] {
			m = l
		}
		if r < len(h.a) && h.a[r] < h.a[m] {
			m = r
		}
		if m == i {
			return top
		}
		h.a[i], h.a[m] = h.a[m], h.a[i]
		i = m
	}
}

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	for i := len(h.items) - 1; i > 0 && h.less(h.items[i], h.items[(i-1)/2]); i = (i - 1) / 2 {
		h.items[i], h.items[(i-1)/2] = h.items[(i-1)/2], h.items[i]
	}
}

func main() {
	h := &MinHeap{}
	for _, x := range []int{9, 4, 7, 1, 8, 2, 2, 6} {
		h.Push(x)
	}
	fmt.Println("heap array:", h.a, "min:", h.a[0])
	var sorted []int
	for len(h.a) > 0 {
		sorted = append(sorted, h.Pop())
	}
	fmt.Println(sorted)
	words := &Heap[string]{less: func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b }}
	for _, w := range []string{"pear", "fig", "banana", "kiwi", "apple"} {
		words.Push(w)
	}
	fmt.Println(words.items[0], len(words.items))
}

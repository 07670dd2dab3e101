package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"sort"
)

// Heap is a generic binary heap ordered by less.
type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[T]) Peek() T { return h.data[0] }

func findKthLargest[T cmp.Ordered](nums []T, k int) T {
	h := NewHeap(func(a, b T) bool { return a < b })
	for _, n := range nums {
		h.Push(n)
		if h.Len() > k {
			h.Pop()
		}
	}
	return h.Peek()
}

type wordFreq struct {
	word string
	n    int
}

type freqHeap []wordFreq

func (f freqHeap) Len() int { return len(f) }
func (f freqHeap) Less(i, j int) bool {
	if f[i].n != f[j].n {
		return f[i].n > f[j].n
	}
	return f[i].word < f[j].word
}
func (f freqHeap) Swap(i, j int) { f[i], f[j] = f[j], f[i] }
func (f *freqHeap) Push(x any)   { *f = append(*f, x.(wordFreq)) }
func (f *freqHeap) Pop() any {
	old := *f
	x := old[len(old)-1]
	*f = old[:len(old)-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	cnt := map[string]int{}
	for _, w := range words {
		cnt[w]++
	}
	h := &freqHeap{}
	for w, n := range cnt {
		*h = append(*h, wordFreq{w, n})
	}
	heap.Init(h)
	var out []string
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(wordFreq).word)
	}
	return out
}

func main() {
	fmt.Println(findKthLargest([]int{3, 2, 1, 5, 6, 4}, 2))
	fmt.Println(findKthLargest([]int{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4))
	fmt.Println(findKthLargest([]string{"pear", "fig", "apple", "kiwi"}, 1))
	fmt.Printf("%.1f\n", findKthLargest([]float64{1.5, -2, 9.25, 3}, 3))
	fmt.Println(topKFrequent([]string{"i", "love", "leetcode", "i", "love", "coding"}, 2))
	fmt.Println(topKFrequent([]string{"the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"}, 4))
	h := NewHeap(func(a, b string) bool { return len(a) > len(b) })
	for _, s := range []string{"aa", "b", "cccc", "ddd"} {
		h.Push(s)
	}
	var order []string
	for h.Len() > 0 {
		order = append(order, h.Pop())
	}
	fmt.Println(order, sort.StringsAreSorted(order))
	fmt.Printf("%T\n", h)
}

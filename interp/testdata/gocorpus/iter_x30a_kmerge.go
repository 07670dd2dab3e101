package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"iter"
	"slices"
)

type source[T any] struct {
	head T
	next func() (T, bool)
	stop func()
}

type mergeHeap[T cmp.Ordered] []*source[T]

func (h mergeHeap[T]) Len() int           { return len(h) }
func (h mergeHeap[T]) Less(i, j int) bool { return h[i].head < h[j].head }
func (h mergeHeap[T]) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap[T]) Push(x any)        { *h = append(*h, x.(*source[T])) }
func (h *mergeHeap[T]) Pop() any {
	old := *h
	s := old[len(old)-1]
	*h = old[:len(old)-1]
	return s
}

// Merge combines sorted sequences into one sorted sequence.
func Merge[T cmp.Ordered](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		h := &mergeHeap[T]{}
		defer func() {
			for _, s := range *h {
				s.stop()
			}
		}()
		for _, seq := range seqs {
			next, stop := iter.Pull(seq)
			if v, ok := next(); ok {
				heap.Push(h, &source[T]{v, next, stop})
			} else {
				stop()
			}
		}
		for h.Len() > 0 {
			s := (*h)[0]
			if !yield(s.head) {
				return
			}
			if v, ok := s.next(); ok {
				s.head = v
				heap.Fix(h, 0)
			} else {
				s.stop()
				heap.Pop(h)
			}
		}
	}
}

func Multiples(k, limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := k; n <= limit; n += k {
			if !yield(n) {
				return
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 9, 16})
	b := slices.Values([]int{2, 3, 5, 7, 11})
	c := slices.Values([]int{})
	fmt.Println(slices.Collect(Merge(a, b, c)))

	fmt.Println(slices.Collect(Merge(Multiples(3, 20), Multiples(5, 20), Multiples(7, 20))))

	words := Merge(
		slices.Values([]string{"apple", "kiwi", "zebra"}),
		slices.Values([]string{"banana", "cherry"}),
		slices.Values([]string{"mango"}),
	)
	for w := range words {
		fmt.Print(w, " ")
		if w == "kiwi" {
			break
		}
	}
	fmt.Println()

	n := 0
	for v := range Merge(Multiples(2, 1000), Multiples(3, 1000)) {
		if v > 30 {
			break
		}
		n++
	}
	fmt.Println("values <= 30:", n)
	fmt.Println(slices.Compact(slices.Collect(Merge(Multiples(2, 12), Multiples(3, 12)))))
}

package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

// Generalised Hamming numbers with container/heap, and a sliding window with container/list.

type minHeap []uint64

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(uint64)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// smooth returns the numbers up to limit whose prime factors are all in primes.
func smooth(primes []uint64, limit uint64) []uint64 {
	h := &minHeap{1}
	seen := map[uint64]bool{1: true}
	var out []uint64
	for h.Len() > 0 {
		x := heap.Pop(h).(uint64)
		out = append(out, x)
		for _, p := range primes {
			y := x * p
			if y <= limit && !seen[y] {
				seen[y] = true
				heap.Push(h, y)
			}
		}
	}
	return out
}

func maxWindowSum(xs []uint64, k int) uint64 {
	window := list.New()
	var sum, best uint64
	for _, x := range xs {
		window.PushBack(x)
		sum += x
		if window.Len() > k {
			front := window.Front()
			sum -= front.Value.(uint64)
			window.Remove(front)
		}
		best = max(best, sum)
	}
	return best
}

func main() {
	h5 := smooth([]uint64{2, 3, 5}, 100)
	fmt.Println("5-smooth up to 100:", len(h5))
	fmt.Println(h5[:20])
	fmt.Println("5-smooth up to 1e8:", len(smooth([]uint64{2, 3, 5}, 100_000_000)))
	fmt.Println("7-smooth up to 1e6:", len(smooth([]uint64{2, 3, 5, 7}, 1_000_000)))
	fmt.Println("best window of 3:", maxWindowSum(h5, 3))

	var h minHeap
	for _, v := range []uint64{9, 4, 7, 1} {
		heap.Push(&h, v)
	}
	for h.Len() > 0 {
		fmt.Print(heap.Pop(&h), " ")
	}
	fmt.Println()
}

package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type entry struct {
	word  string
	count int
}

type minHeap []entry

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(entry)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topK(counts map[string]int, k int) []entry {
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, entry{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]entry, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(entry)
	}
	return out
}

const text = `Sing, O goddess, the anger of Achilles son of Peleus, that brought
countless ills upon the Achaeans. Many a brave soul did it send hurrying down
to Hades, and many a hero did it yield a prey to dogs and vultures, for so
were the counsels of Jove fulfilled from the day on which the son of Atreus,
king of men, and great Achilles, first fell out with one another.`

func main() {
	stop := map[string]bool{"a": true, "the": true, "of": true, "and": true, "to": true, "it": true}
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?"))
		if w == "" || stop[w] {
			continue
		}
		counts[w]++
	}
	for k := 1; k <= 5; k += 2 {
		fmt.Printf("top %d: %v\n", k, topK(counts, k))
	}
	top := topK(counts, 4)
	maxLen := 0
	for _, e := range top {
		maxLen = max(maxLen, len(e.word))
	}
	for _, e := range top {
		fmt.Printf("%*s %s\n", maxLen, e.word, strings.Repeat("*", e.count))
	}
	fmt.Printf("%+v\n", top[0])
}

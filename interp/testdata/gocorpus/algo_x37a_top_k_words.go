package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

type minHeap []wordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topK(counts map[string]int, k int) []wordCount {
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, wordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]wordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(wordCount)
	}
	return out
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := make(map[string]int)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	fmt.Printf("%d words, %d distinct\n", total, len(counts))
	for i, wc := range topK(counts, 6) {
		bar := strings.Repeat("#", wc.count)
		fmt.Printf("%2d. %-8s %3d %5.1f%% %s\n", i+1, wc.word, wc.count, 100*float64(wc.count)/float64(total), bar)
	}
	longest := ""
	for w := range counts {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Printf("longest: %q (%d)\n", longest, len(longest))
}

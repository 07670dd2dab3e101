package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Hyp struct {
	Tokens []string
	LogP   float64
}

type MinHeap []Hyp

func (h MinHeap) Len() int           { return len(h) }
func (h MinHeap) Less(i, j int) bool { return h[i].LogP < h[j].LogP }
func (h MinHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinHeap) Push(x any)        { *h = append(*h, x.(Hyp)) }
func (h *MinHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

var probs = map[string]map[string]float64{
	"<s>":  {"the": 0.6, "a": 0.4},
	"the":  {"grad": 0.5, "loss": 0.3, "net": 0.2},
	"a":    {"grad": 0.2, "loss": 0.7, "net": 0.1},
	"grad": {"flows": 0.9, "</s>": 0.1},
	"loss": {"drops": 0.6, "</s>": 0.4},
	"net":  {"learns": 1.0},
}

func beam(width, steps int) []Hyp {
	beams := []Hyp{{[]string{"<s>"}, 0}}
	for range steps {
		h := &MinHeap{}
		for _, b := range beams {
			last := b.Tokens[len(b.Tokens)-1]
			next, ok := probs[last]
			if !ok {
				heap.Push(h, b)
				if h.Len() > width {
					heap.Pop(h)
				}
				continue
			}
			for _, w := range []string{"the", "a", "grad", "loss", "net", "flows", "drops", "learns", "</s>"} {
				p, ok := next[w]
				if !ok {
					continue
				}
				toks := append(append([]string{}, b.Tokens...), w)
				heap.Push(h, Hyp{toks, b.LogP + math.Log(p)})
				if h.Len() > width {
					heap.Pop(h)
				}
			}
		}
		beams = beams[:0]
		for h.Len() > 0 {
			beams = append(beams, heap.Pop(h).(Hyp))
		}
		for i, j := 0, len(beams)-1; i < j; i, j = i+1, j-1 {
			beams[i], beams[j] = beams[j], beams[i]
		}
	}
	return beams
}

func main() {
	for _, w := range []int{1, 2, 4} {
		fmt.Println("width", w)
		for _, b := range beam(w, 3) {
			fmt.Printf("  %-28s p=%.4f\n", strings.Join(b.Tokens[1:], " "), math.Exp(b.LogP))
		}
	}
}

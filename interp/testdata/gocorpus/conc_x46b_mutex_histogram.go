package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Histogram struct {
	mu   sync.Mutex
	bins map[int]int
	lo   float64
	w    float64
}

func (h *Histogram) Add(x float64) {
	b := int((x - h.lo) / h.w)
	if x < h.lo {
		b--
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.bins[b]++
}

func (h *Histogram) Print(scale int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	keys := make([]int, 0, len(h.bins))
	for k := range h.bins {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("[%5.1f,%5.1f) %5d %s\n", h.lo+float64(k)*h.w, h.lo+float64(k+1)*h.w, h.bins[k], strings.Repeat("*", h.bins[k]/scale))
	}
}

func main() {
	h := &Histogram{bins: map[int]int{}, lo: 0, w: 0.5}
	var samples atomic.Int64
	var wg sync.WaitGroup
	for g := 1; g <= 4; g++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 2026))
			for i := 0; i < 5000; i++ {
				// sum of 12 uniforms - 6 ~ N(0,1)
				s := -6.0
				for k := 0; k < 12; k++ {
					s += r.Float64()
				}
				h.Add(s)
				samples.Add(1)
			}
		}(uint64(g))
	}
	wg.Wait()
	fmt.Println("samples:", samples.Load())
	h.Print(100)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("bins used:", len(h.bins)) })
	}
}

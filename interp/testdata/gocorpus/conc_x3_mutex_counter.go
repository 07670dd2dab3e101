// Exercises: sync.Mutex embedded in a struct (promoted Lock/Unlock), a histogram updated by goroutines
package main

import (
	"fmt"
	"sync"
)

type Histogram struct {
	sync.Mutex
	buckets [4]int
}

func (h *Histogram) Observe(x float64) {
	b := min(int(x*4), 3)
	h.Lock()
	h.buckets[b]++
	h.Unlock()
}

func main() {
	var h Histogram
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				h.Observe(float64((w*25+i)%100) / 100)
			}
		}()
	}
	wg.Wait()
	fmt.Println(h.buckets)
}

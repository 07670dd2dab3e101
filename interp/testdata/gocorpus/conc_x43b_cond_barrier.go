package main

import (
	"fmt"
	"sort"
	"sync"
)

// Barrier is a reusable cyclic barrier built on sync.Cond.
type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Await blocks until all parties arrive; returns the generation passed.
func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.generation {
		b.cond.Wait()
	}
	return gen
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	grid := make([]int, workers)
	var mu sync.Mutex
	phaseLog := map[int][]string{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				grid[id] += (id + 1) * (p + 1)
				g := b.Await()
				mu.Lock()
				phaseLog[g] = append(phaseLog[g], fmt.Sprintf("w%d", id))
				mu.Unlock()
				b.Await()
			}
		}(w)
	}
	wg.Wait()
	keys := make([]int, 0, len(phaseLog))
	for k := range phaseLog {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		v := phaseLog[k]
		sort.Strings(v)
		fmt.Printf("gen %d: %v\n", k, v)
	}
	fmt.Println("grid:", grid, "generation:", b.generation)
}

package main

import (
	"fmt"
	"strings"
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
	const n = 4
	const phases = 3
	grid := make([][]int, phases+1)
	for i := range grid {
		grid[i] = make([]int, n)
	}
	for i := range n {
		grid[0][i] = i + 1
	}

	b := NewBarrier(n)
	var wg sync.WaitGroup
	for id := 0; id < n; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 1; p <= phases; p++ {
				left := grid[p-1][(id+n-1)%n]
				right := grid[p-1][(id+1)%n]
				grid[p][id] = left + right + grid[p-1][id]
				b.Await()
			}
		}()
	}
	wg.Wait()

	for p, row := range grid {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = fmt.Sprintf("%4d", v)
		}
		fmt.Printf("phase %d:%s\n", p, strings.Join(cells, ""))
	}
	fmt.Println("generations:", b.generation)
}

package main

import (
	"fmt"
	"strings"
	"sync"
)

// Resource-ordering solution: each philosopher picks up the lower-numbered
// fork first. Forks are channels of capacity one holding a token.
type Fork chan int

func NewFork(id int) Fork {
	f := make(Fork, 1)
	f <- id
	return f
}

type Table struct {
	forks []Fork
	mu    sync.Mutex
	eaten map[string]int
	uses  map[int]int
}

func (t *Table) philosopher(name string, seat, meals int, wg *sync.WaitGroup) {
	defer wg.Done()
	a, b := seat, (seat+1)%len(t.forks)
	if a > b {
		a, b = b, a
	}
	for m := 0; m < meals; m++ {
		first := <-t.forks[a]
		second := <-t.forks[b]
		t.mu.Lock()
		t.eaten[name]++
		t.uses[first]++
		t.uses[second]++
		t.mu.Unlock()
		t.forks[b] <- second
		t.forks[a] <- first
	}
}

func main() {
	names := strings.Fields("Plato Hume Locke Hegel Sartre")
	t := &Table{eaten: map[string]int{}, uses: map[int]int{}}
	for i := range names {
		t.forks = append(t.forks, NewFork(i))
	}
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go t.philosopher(n, i, 4+i%2, &wg)
	}
	wg.Wait()
	fmt.Println("meals:", t.eaten)
	fmt.Println("fork uses:", t.uses)
	sum := 0
	for _, u := range t.uses {
		sum += u
	}
	fmt.Println("total fork pickups:", sum)
	for i, f := range t.forks {
		fmt.Printf("fork %d back on table: %v\n", i, len(f) == 1)
	}
}

package main

import (
	"fmt"
	"sync"
)

type Report struct {
	ID    int
	Step  int
	Food  int
	Trail []int
}

type Colony struct {
	mu    sync.Mutex
	store int
}

func (c *Colony) Deposit(n int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.store += n
	return c.store
}

func forager(id int, field []int, steps int, out chan<- Report, col *Colony, wg *sync.WaitGroup) {
	defer wg.Done()
	pos := id % len(field)
	carried := 0
	var trail []int
	for s := 0; s < steps; s++ {
		trail = append(trail, pos)
		if field[pos] > 0 {
			carried++
		}
		pos = (pos*7 + id + s) % len(field)
	}
	col.Deposit(carried)
	out <- Report{ID: id, Step: steps, Food: carried, Trail: trail}
}

func main() {
	field := make([]int, 20)
	for i := range field {
		if i%3 == 0 || i%7 == 0 {
			field[i] = 1
		}
	}
	col := &Colony{}
	out := make(chan Report)
	var wg sync.WaitGroup
	for id := 1; id <= 6; id++ {
		wg.Add(1)
		go forager(id, field, 5+id, out, col, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	reports := make([]Report, 7)
	for r := range out {
		reports[r.ID] = r
	}
	total := 0
	for _, r := range reports[1:] {
		total += r.Food
		fmt.Printf("ant %d: %d steps, %d food, trail %v\n", r.ID, r.Step, r.Food, r.Trail)
	}
	fmt.Println("total", total, "store", col.store, total == col.store)
}

package main

import (
	"fmt"
	"sync"
)

type Cell struct {
	Rabbits, Foxes int
}

type Region struct {
	ID   int
	Cell Cell
}

type tick struct {
	gen    int
	result chan Region
}

func regionWorker(id int, start Cell, ticks <-chan tick, wg *sync.WaitGroup) {
	defer wg.Done()
	c := start
	for t := range ticks {
		born := c.Rabbits / 3
		eaten := min(c.Rabbits, c.Foxes*2)
		starved := 0
		if eaten < c.Foxes*2 {
			starved = (c.Foxes + 1) / 2
		}
		c.Rabbits = c.Rabbits + born - eaten
		c.Foxes = c.Foxes - starved + eaten/4
		if (t.gen+id)%5 == 0 {
			c.Rabbits += 4
		}
		t.result <- Region{id, c}
	}
}

func main() {
	starts := []Cell{{20, 2}, {8, 5}, {30, 1}, {0, 3}}
	chans := make([]chan tick, len(starts))
	var wg sync.WaitGroup
	for i, s := range starts {
		chans[i] = make(chan tick)
		wg.Add(1)
		go regionWorker(i, s, chans[i], &wg)
	}
	history := make(map[int][]Cell)
	for gen := 1; gen <= 8; gen++ {
		results := make(chan Region, len(chans))
		for _, ch := range chans {
			ch <- tick{gen, results}
		}
		snapshot := make([]Cell, len(chans))
		for range chans {
			r := <-results
			snapshot[r.ID] = r.Cell
		}
		history[gen] = snapshot
		tr, tf := 0, 0
		for _, c := range snapshot {
			tr += c.Rabbits
			tf += c.Foxes
		}
		fmt.Printf("gen %d: %v totals r=%d f=%d\n", gen, snapshot, tr, tf)
	}
	for _, ch := range chans {
		close(ch)
	}
	wg.Wait()
	fmt.Println(len(history), history[8])
}

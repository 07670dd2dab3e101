package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Fork struct {
	sync.Mutex
	id int
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, eaten *atomic.Int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		first, second := p.left, p.right
		if first.id > second.id {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		eaten.Add(1)
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Mill"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	host := make(chan struct{}, len(names)-1)
	var eaten atomic.Int64
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, host, &eaten, &wg)
	}
	wg.Wait()
	for _, p := range phils {
		fmt.Printf("%-6s ate %d meals (forks %d,%d)\n", p.name, p.meals, p.left.id, p.right.id)
	}
	fmt.Println("total meals:", eaten.Load())

	var once sync.Once
	var rw sync.RWMutex
	menu := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			once.Do(func() {
				rw.Lock()
				menu["soup"] = 10
				rw.Unlock()
			})
			rw.RLock()
			_ = menu["soup"]
			rw.RUnlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(menu)
}

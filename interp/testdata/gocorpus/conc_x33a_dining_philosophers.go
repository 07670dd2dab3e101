package main

import (
	"fmt"
	"sync"
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

func (p *Philosopher) dine(rounds int, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if first.id > second.id {
		first, second = second, first
	}
	for i := 0; i < rounds; i++ {
		first.Lock()
		second.Lock()
		p.meals++
		log <- fmt.Sprintf("%s eats with forks %d and %d", p.name, first.id, second.id)
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Sartre"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	ps := make([]*Philosopher, len(names))
	for i, n := range names {
		ps[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}

	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go p.dine(3, log, &wg)
	}
	wg.Wait()
	close(log)

	perLine := map[string]int{}
	total := 0
	for l := range log {
		perLine[l]++
		total++
	}
	fmt.Println("total meals logged:", total)
	for _, p := range ps {
		fmt.Printf("%-7s meals=%d left=%d right=%d\n", p.name, p.meals, p.left.id, p.right.id)
	}
	fmt.Println(perLine)
}

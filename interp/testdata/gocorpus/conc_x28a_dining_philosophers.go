package main

import (
	"fmt"
	"sync"
)

const (
	philosophers = 5
	meals        = 3
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	name        string
	left, right *Fork
	eaten       int
}

type event struct {
	who  string
	meal int
}

// Each philosopher picks up the lower-numbered fork first, avoiding deadlock.
func (p *Philosopher) dine(wg *sync.WaitGroup, host chan struct{}, log chan<- event) {
	defer wg.Done()
	for i := 0; i < meals; i++ {
		host <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		p.eaten++
		log <- event{p.name, p.eaten}
		p.right.Unlock()
		p.left.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, philosophers)
	for i := range forks {
		forks[i] = new(Fork)
	}
	table := make([]*Philosopher, philosophers)
	for i := range table {
		l, r := i, (i+1)%philosophers
		if l > r {
			l, r = r, l
		}
		table[i] = &Philosopher{id: i, name: names[i], left: forks[l], right: forks[r]}
	}

	host := make(chan struct{}, philosophers-1)
	log := make(chan event)
	var wg sync.WaitGroup
	for _, p := range table {
		wg.Add(1)
		go p.dine(&wg, host, log)
	}
	go func() {
		wg.Wait()
		close(log)
	}()

	perPhil := map[string][]int{}
	total := 0
	for e := range log {
		perPhil[e.who] = append(perPhil[e.who], e.meal)
		total++
	}
	for _, n := range names {
		fmt.Printf("%-10s ate meals %v\n", n, perPhil[n])
	}
	fmt.Println("total meals:", total)
	for _, p := range table {
		fmt.Printf("%d:%s:%d ", p.id, p.name, p.eaten)
	}
	fmt.Println()
	fmt.Printf("%T %d\n", table[0].left, cap(host))
}

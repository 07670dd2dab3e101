package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

type Waiter struct {
	seats chan struct{}
}

func (w *Waiter) Seat()  { w.seats <- struct{}{} }
func (w *Waiter) Leave() { <-w.seats }

func (p *Philosopher) dine(w *Waiter, rounds int, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		w.Seat()
		p.left.Lock()
		p.right.Lock()
		p.meals++
		log <- fmt.Sprintf("%s ate meal %d", p.name, p.meals)
		p.right.Unlock()
		p.left.Unlock()
		w.Leave()
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	waiter := &Waiter{seats: make(chan struct{}, len(names)-1)}
	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(waiter, 3, log, &wg)
	}
	wg.Wait()
	close(log)
	var lines []string
	for l := range log {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	total := 0
	for _, p := range phils {
		total += p.meals
	}
	fmt.Printf("total meals: %d (%.1f per philosopher)\n", total, float64(total)/float64(len(phils)))
}

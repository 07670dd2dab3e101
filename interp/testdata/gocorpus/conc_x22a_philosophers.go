package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Fork struct {
	sync.Mutex
	id   int
	uses int
}

type Philosopher struct {
	Name        string
	left, right *Fork
	meals       int
}

type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add(format string, a ...any) {
	l.mu.Lock()
	l.lines = append(l.lines, fmt.Sprintf(format, a...))
	l.mu.Unlock()
}

func (p *Philosopher) Dine(rounds int, log *Log, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if first.id > second.id {
		first, second = second, first
	}
	for i := 0; i < rounds; i++ {
		first.Lock()
		second.Lock()
		p.meals++
		first.uses++
		second.uses++
		log.Add("%s meal %d forks %d+%d", p.Name, p.meals, first.id, second.id)
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	names := strings.Fields("Plato Kant Hume Locke Marx")
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	ps := make([]*Philosopher, len(names))
	for i, n := range names {
		ps[i] = &Philosopher{Name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	var wg sync.WaitGroup
	log := &Log{}
	for i, p := range ps {
		wg.Add(1)
		go p.Dine(3+i%2, log, &wg)
	}
	wg.Wait()
	sort.Strings(log.lines)
	for _, l := range log.lines {
		fmt.Println(l)
	}
	total := 0
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.id, f.uses)
		total += f.uses
	}
	meals := map[string]int{}
	for _, p := range ps {
		meals[p.Name] = p.meals
	}
	fmt.Println(meals, total)
}

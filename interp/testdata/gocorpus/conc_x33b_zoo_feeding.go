package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Animal struct {
	Name    string
	Species string
	Food    string
	Portion int
}

type FeedLog struct {
	mu      sync.Mutex
	entries []string
}

func (l *FeedLog) Add(s string) {
	l.mu.Lock()
	l.entries = append(l.entries, s)
	l.mu.Unlock()
}

func (l *FeedLog) Sorted() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := append([]string(nil), l.entries...)
	sort.Strings(out)
	return out
}

type Pantry struct {
	mu    sync.Mutex
	stock map[string]int
}

func (p *Pantry) Take(food string, n int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stock[food] < n {
		return false
	}
	p.stock[food] -= n
	return true
}

func main() {
	animals := []Animal{
		{"Leo", "lion", "meat", 5},
		{"Nala", "lion", "meat", 4},
		{"Dumbo", "elephant", "hay", 20},
		{"Kiki", "parrot", "seeds", 1},
		{"Rafiki", "baboon", "fruit", 2},
		{"Zazu", "hornbill", "seeds", 1},
		{"Shere", "tiger", "meat", 6},
	}
	pantry := &Pantry{stock: map[string]int{"meat": 12, "hay": 50, "seeds": 5, "fruit": 1}}
	log := &FeedLog{}
	var fed, hungry atomic.Int32
	jobs := make(chan Animal)
	var wg sync.WaitGroup
	for k := 1; k <= 3; k++ {
		wg.Add(1)
		go func(keeper int) {
			defer wg.Done()
			for a := range jobs {
				if pantry.Take(a.Food, a.Portion) {
					fed.Add(1)
					log.Add(fmt.Sprintf("%s ate %d %s", a.Name, a.Portion, a.Food))
				} else {
					hungry.Add(1)
					log.Add(fmt.Sprintf("%s is hungry", a.Name))
				}
			}
		}(k)
	}
	for _, a := range animals {
		if a.Species == "lion" || a.Species == "tiger" {
			continue
		}
		jobs <- a
	}
	close(jobs)
	wg.Wait()
	for _, e := range log.Sorted() {
		fmt.Println(" ", e)
	}
	fmt.Println("fed:", fed.Load(), "hungry:", hungry.Load())

	// big cats are fed in order by a single keeper
	results := make(chan string)
	go func() {
		defer close(results)
		for _, a := range animals {
			if strings.Contains("lion tiger", a.Species) {
				ok := pantry.Take(a.Food, a.Portion)
				results <- fmt.Sprintf("%s:%v", a.Name, ok)
			}
		}
	}()
	var got []string
	for r := range results {
		got = append(got, r)
	}
	fmt.Println(got)
	fmt.Println(pantry.stock)

	sem := make(chan struct{}, 2)
	var maxSeen, cur atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			n := cur.Add(1)
			for {
				m := maxSeen.Load()
				if n <= m || maxSeen.CompareAndSwap(m, n) {
					break
				}
			}
			cur.Add(-1)
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrent <= 2:", maxSeen.Load() <= 2)
}

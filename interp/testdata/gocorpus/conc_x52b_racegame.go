package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
)

type Result struct {
	Runner string
	Steps  int
	Trace  []int
}

func race(name string, seed uint64, finish int, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	r := rand.New(rand.NewPCG(seed, seed*3+1))
	pos, steps := 0, 0
	var trace []int
	for pos < finish {
		pos += r.IntN(3) + 1
		steps++
		trace = append(trace, pos)
	}
	out <- Result{name, steps, trace}
}

func main() {
	runners := []string{"hare", "tortoise", "fox", "owl"}
	out := make(chan Result, len(runners))
	var wg sync.WaitGroup
	for i, n := range runners {
		wg.Add(1)
		go race(n, uint64(i+1), 15, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool {
		if results[i].Steps != results[j].Steps {
			return results[i].Steps < results[j].Steps
		}
		return results[i].Runner < results[j].Runner
	})
	for place, r := range results {
		fmt.Printf("%d. %-8s %2d steps %v\n", place+1, r.Runner, r.Steps, r.Trace)
	}
	var mu sync.Mutex
	bets := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			bets[runners[i%len(runners)]] += i
		}(i)
	}
	wg2.Wait()
	fmt.Println("bets:", bets)
}

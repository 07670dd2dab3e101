package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID   int
	Cost int
}

type Stats struct {
	mu       sync.Mutex
	done     []int
	maxConc  int32
	cur      atomic.Int32
	totalOps atomic.Int64
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	tasks := make([]Task, 12)
	for i := range tasks {
		tasks[i] = Task{i, 27 + i*13}
	}
	sem := make(chan struct{}, 3)
	st := &Stats{}
	results := make([]int, len(tasks))
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		sem <- struct{}{}
		go func(t Task) {
			defer wg.Done()
			defer func() { <-sem }()
			c := st.cur.Add(1)
			st.mu.Lock()
			if c > st.maxConc {
				st.maxConc = c
			}
			st.mu.Unlock()
			r := collatz(t.Cost)
			results[t.ID] = r
			st.totalOps.Add(int64(r))
			st.mu.Lock()
			st.done = append(st.done, t.ID)
			st.mu.Unlock()
			st.cur.Add(-1)
		}(t)
	}
	wg.Wait()
	sort.Ints(st.done)
	fmt.Println(results)
	fmt.Println(st.done, st.totalOps.Load(), st.maxConc <= 3, st.cur.Load())

	var once sync.Once
	var initCount int
	var wg2 sync.WaitGroup
	for range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { initCount++ })
		}()
	}
	wg2.Wait()
	fmt.Println("init:", initCount)

	ch := make(chan int, 4)
	for i := range 4 {
		ch <- i * i
	}
	close(ch)
	sum := 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("sum:", sum)
				return
			}
			sum += v
		}
	}
}

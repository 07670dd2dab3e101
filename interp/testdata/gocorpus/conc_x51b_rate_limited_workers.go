package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID     int
	Weight int
}

type Stats struct {
	processed atomic.Int64
	weight    atomic.Int64
	failed    atomic.Int32
}

func worker(id int, tasks <-chan Task, sem chan struct{}, st *Stats, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		sem <- struct{}{}
		func() {
			defer func() { <-sem }()
			defer func() {
				if r := recover(); r != nil {
					st.failed.Add(1)
					results <- fmt.Sprintf("task %02d failed: %v", t.ID, r)
				}
			}()
			if t.Weight%7 == 0 {
				panic(fmt.Errorf("weight %d rejected", t.Weight))
			}
			st.processed.Add(1)
			st.weight.Add(int64(t.Weight))
			results <- fmt.Sprintf("task %02d ok", t.ID)
		}()
	}
	_ = id
}

func main() {
	tasks := make(chan Task)
	results := make(chan string, 100)
	sem := make(chan struct{}, 2)
	var st Stats
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, tasks, sem, &st, results, &wg)
	}
	for i := 1; i <= 12; i++ {
		tasks <- Task{ID: i, Weight: i * 3}
	}
	close(tasks)
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	// sort for deterministic output
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && lines[j] < lines[j-1]; j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Printf("processed=%d weight=%d failed=%d\n", st.processed.Load(), st.weight.Load(), st.failed.Load())
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
	var counter int64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); atomic.AddInt64(&counter, 2) }()
	}
	wg2.Wait()
	fmt.Println("counter", atomic.LoadInt64(&counter))
}

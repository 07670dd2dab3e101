package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID   int
	Text string
}

type Result struct {
	ID     int
	Vowels int
	Upper  string
}

func process(t Task) Result {
	v := 0
	for _, r := range t.Text {
		if strings.ContainsRune("aeiouAEIOU", r) {
			v++
		}
	}
	return Result{t.ID, v, strings.ToUpper(t.Text)}
}

func main() {
	texts := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu")
	tasks := make(chan Task, len(texts))
	results := make(chan Result)
	quit := make(chan struct{})
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				select {
				case t, ok := <-tasks:
					if !ok {
						return
					}
					processed.Add(1)
					results <- process(t)
				case <-quit:
					return
				}
			}
		}(w)
	}
	for i, t := range texts {
		tasks <- Task{i, t}
	}
	close(tasks)
	go func() {
		wg.Wait()
		close(results)
	}()
	byID := map[int]Result{}
	for r := range results {
		byID[r.ID] = r
	}
	close(quit)
	total := 0
	for i := range texts {
		r := byID[i]
		total += r.Vowels
		fmt.Printf("%2d %-8s %d\n", r.ID, r.Upper, r.Vowels)
	}
	fmt.Println("total vowels", total, "processed", processed.Load())

	ping, pong := make(chan int), make(chan int)
	done := make(chan []int)
	go func() {
		var seen []int
		for v := range ping {
			seen = append(seen, v)
			pong <- v * 2
		}
		close(pong)
		done <- seen
	}()
	x := 1
	for i := 0; i < 6; i++ {
		ping <- x
		x = <-pong + 1
	}
	close(ping)
	_, open := <-pong
	fmt.Println(<-done, x, open)
	var counter int64
	var cwg sync.WaitGroup
	for i := 0; i < 50; i++ {
		cwg.Add(1)
		go func() { defer cwg.Done(); atomic.AddInt64(&counter, int64(i)) }()
	}
	cwg.Wait()
	fmt.Println(atomic.LoadInt64(&counter))
}

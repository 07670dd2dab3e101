package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

type indexed struct {
	i int
	s string
}

func fanOut(in <-chan indexed, n int, f func(string) string) <-chan indexed {
	out := make(chan indexed)
	var wg sync.WaitGroup
	wg.Add(n)
	for range n {
		go func() {
			defer wg.Done()
			for v := range in {
				out <- indexed{v.i, f(v.s)}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	lens := stage(gen(words...), func(s string) int { return len(s) })
	total := 0
	for n := range lens {
		total += n
	}
	fmt.Println("total letters:", total)

	src := make(chan indexed)
	go func() {
		for i, w := range words {
			src <- indexed{i, w}
		}
		close(src)
	}()
	res := make([]string, len(words))
	for r := range fanOut(src, 3, func(s string) string {
		return strings.ToUpper(s[:1]) + strings.Repeat(".", len(s)-1)
	}) {
		res[r.i] = r.s
	}
	fmt.Println(res)

	done := make(chan struct{})
	results := make(chan int, 10)
	var once sync.Once
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			select {
			case <-done:
				return
			case results <- id * id:
			}
			if id == 2 {
				once.Do(func() { close(done) })
			}
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum of squares <= 30:", sum <= 30, sum >= 4)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2, active)
}

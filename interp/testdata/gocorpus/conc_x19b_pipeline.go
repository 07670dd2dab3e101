package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	idx int
	out string
}

func gen(words ...string) <-chan result {
	ch := make(chan result)
	go func() {
		for i, w := range words {
			ch <- result{i, w}
		}
		close(ch)
	}()
	return ch
}

func stage(in <-chan result, f func(string) string) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for r := range in {
			out <- result{r.idx, f(r.out)}
		}
	}()
	return out
}

func fanOut(in <-chan result, workers int, f func(string) string) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				out <- result{r.idx, f(r.out)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	c := stage(gen(words...), strings.ToUpper)
	c = stage(c, func(s string) string { return s + "!" })
	for r := range c {
		fmt.Print(r.out, " ")
	}
	fmt.Println()

	parallel := fanOut(gen(words...), 3, func(s string) string {
		return fmt.Sprintf("%s(%d)", s, len(s))
	})
	ordered := make([]string, len(words))
	count := 0
	for r := range parallel {
		ordered[r.idx] = r.out
		count++
	}
	fmt.Println(count, ordered)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var wg sync.WaitGroup
	maxActive, active := 0, 0
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
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
	wg.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2, "active now:", active)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}

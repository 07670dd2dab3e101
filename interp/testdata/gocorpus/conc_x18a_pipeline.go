package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 100)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	wg.Wait()
	close(out)
	return out
}

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func main() {
	for v := range square(square(gen(1, 2, 3, 4))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for v := range merge(square(gen(1, 2, 3)), square(gen(4, 5, 6))) {
		sum += v
	}
	fmt.Println("sum of squares", sum)

	sm := SafeMap{m: map[string]int{}}
	text := "the quick brown fox jumps over the lazy dog the end"
	var wg sync.WaitGroup
	for _, w := range strings.Fields(text) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Inc(w)
		}()
	}
	wg.Wait()
	fmt.Println(sm.m)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
	sem := make(chan struct{}, 2)
	results := make([]string, 5)
	var wg2 sync.WaitGroup
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			results[i] = strings.Repeat(string(rune('a'+i)), i+1)
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println(results)
	timeout := make(chan bool, 1)
	data := make(chan int)
	timeout <- true
	select {
	case v := <-data:
		fmt.Println("data", v)
	case <-timeout:
		fmt.Println("timed out")
	}
}

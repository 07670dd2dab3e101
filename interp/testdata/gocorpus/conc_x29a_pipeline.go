package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func generate(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func pingPong(rounds int) []string {
	ping, pong := make(chan int), make(chan int)
	var log []string
	var mu sync.Mutex
	record := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	done := make(chan bool)
	go func() {
		for v := range ping {
			record(fmt.Sprintf("ping %d", v))
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			record(fmt.Sprintf("pong %d", v))
			if v >= rounds {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		done <- true
	}()
	ping <- 0
	<-done
	return log
}

func main() {
	done := make(chan struct{})
	in := generate(done, 1, 2, 3, 4, 5, 6)
	sum := 0
	for v := range merge(done, square(done, in), square(done, generate(done, 10, 20))) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	// cancel early
	d2 := make(chan struct{})
	first := <-square(d2, generate(d2, 7, 8, 9))
	close(d2)
	fmt.Println("first:", first)

	fmt.Println(strings.Join(pingPong(5), ", "))

	timeout := time.After(500 * time.Millisecond)
	results := make(chan string)
	go func() {
		results <- "fast result"
	}()
	select {
	case r := <-results:
		fmt.Println(r)
	case <-timeout:
		fmt.Println("timed out")
	}

	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	maxActive, active := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2, "final active:", active)
}

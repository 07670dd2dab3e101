package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func producer(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stats) Add(k string, n int) {
	s.mu.Lock()
	s.counts[k] += n
	s.mu.Unlock()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, ch) }()
	sum := 0
	for v := range ch {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range ch {
	}
	err := <-errc
	fmt.Println("sum", sum, err, errors.Is(err, context.Canceled))

	evens, odds := make(chan int), make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 6; i++ {
			if i%2 == 0 {
				evens <- i
			} else {
				odds <- i
			}
		}
		close(quit)
	}()
	var got []string
loop:
	for {
		select {
		case e := <-evens:
			got = append(got, fmt.Sprint("e", e))
		case o := <-odds:
			got = append(got, fmt.Sprint("o", o))
		case <-quit:
			break loop
		}
	}
	fmt.Println(got)

	st := &Stats{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			st.Add([]string{"a", "b", "c"}[i%3], i)
		})
	}
	wg.Wait()
	fmt.Println(st.counts)

	results := make(chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		go func() { results <- name + "!" }()
	}
	collected := map[string]bool{}
	for range 3 {
		collected[<-results] = true
	}
	fmt.Println(collected)
	ctx2 := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(ctx2.Value("user"), ctx2.Value("none"))
}

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func generate(ctx context.Context, limit int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; i <= limit; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func filter(in <-chan int, p int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%p != 0 {
				out <- v
			}
		}
	}()
	return out
}

func sieve(n int) []int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := generate(ctx, n)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			return primes
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
}

type result struct {
	idx int
	n   int
	err error
}

var errOdd = errors.New("odd input")

func collatz(n int) (int, error) {
	if n <= 0 {
		return 0, fmt.Errorf("collatz(%d): %w", n, errOdd)
	}
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps, nil
}

func main() {
	ps := sieve(60)
	fmt.Println(len(ps), ps)
	inputs := []int{27, 97, -1, 871, 6171, 0, 77031}
	results := make(chan result)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			s, err := collatz(n)
			results <- result{i, s, err}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	out := make([]result, len(inputs))
	for r := range results {
		out[r.idx] = r
	}
	for i, r := range out {
		if r.err != nil {
			fmt.Printf("%6d: error %v (is odd-input: %t)\n", inputs[i], r.err, errors.Is(r.err, errOdd))
			continue
		}
		fmt.Printf("%6d: %d steps\n", inputs[i], r.n)
	}
	var mu sync.Mutex
	var total int
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)
}

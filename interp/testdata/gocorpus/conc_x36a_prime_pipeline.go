package main

import (
	"context"
	"fmt"
	"sync"
)

func generate(ctx context.Context, limit int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 2; i <= limit; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filter(ctx context.Context, in <-chan int, p int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%p == 0 {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// firstPrimes runs the concurrent sieve and stops after n primes.
func firstPrimes(n int) []int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := generate(ctx, 10000)
	var primes []int
	for len(primes) < n {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = filter(ctx, ch, p)
	}
	return primes
}

func fanIn(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func producer(name string, n int) <-chan string {
	c := make(chan string, n)
	for i := range n {
		c <- fmt.Sprintf("%s%d", name, i)
	}
	close(c)
	return c
}

func main() {
	fmt.Println(firstPrimes(15))
	counts := map[byte]int{}
	total := 0
	for s := range fanIn(producer("a", 3), producer("b", 5), producer("c", 2)) {
		counts[s[0]]++
		total++
	}
	fmt.Println(counts, total)

	results := make(chan int, 1)
	quit := make(chan struct{})
	go func() {
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
		}
		results <- sum
		close(quit)
	}()
	<-quit
	select {
	case r := <-results:
		fmt.Println("sum:", r)
	default:
		fmt.Println("no result")
	}
	select {
	case r := <-results:
		fmt.Println("again:", r)
	default:
		fmt.Println("drained")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
}

package main

import (
	"context"
	"fmt"
)

// The classic concurrent prime sieve.
func generate(ctx context.Context, ch chan<- int) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-ctx.Done():
			return
		}
	}
}

func filter(ctx context.Context, in <-chan int, out chan<- int, prime int) {
	for {
		select {
		case i := <-in:
			if i%prime != 0 {
				select {
				case out <- i:
				case <-ctx.Done():
					return
				}
			}
		case <-ctx.Done():
			return
		}
	}
}

func primes(n int) []int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := make(chan int)
	go generate(ctx, ch)
	var out []int
	for i := 0; i < n; i++ {
		prime := <-ch
		out = append(out, prime)
		ch1 := make(chan int)
		go filter(ctx, ch, ch1, prime)
		ch = ch1
	}
	return out
}

func squares(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sum(in <-chan int) (total int) {
	for v := range in {
		total += v
	}
	return
}

func main() {
	ps := primes(25)
	fmt.Println(ps)
	fmt.Println("count:", len(ps), "last:", ps[len(ps)-1])

	done := make(chan struct{})
	fmt.Println("sum of squares:", sum(squares(done, ps[:10]...)))

	early := squares(done, 1, 2, 3, 4, 5)
	fmt.Println("first:", <-early, <-early)
	close(done)
	_, ok := <-early
	for ok {
		_, ok = <-early
	}
	fmt.Println("drained after cancel:", !ok)

	results := make(chan string, 3)
	for i, word := range []string{"alpha", "beta", "gamma"} {
		go func() { results <- fmt.Sprintf("%d=%s", i, word) }()
	}
	got := map[string]bool{}
	for range 3 {
		got[<-results] = true
	}
	fmt.Println(got)
}

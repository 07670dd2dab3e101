// Exercises: generators with channels and goroutines (primes sieve, fib), closed channels, range over chan
package main

import "fmt"

func count(from int, done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := from; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func filter(in <-chan int, p int, done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%p != 0 {
				select {
				case out <- n:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func fib(n int) <-chan int {
	ch := make(chan int, 4)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
		close(ch)
	}()
	return ch
}

func main() {
	done := make(chan struct{})
	ch := count(2, done)
	var primes []int
	for i := 0; i < 15; i++ {
		p := <-ch
		primes = append(primes, p)
		ch = filter(ch, p, done)
	}
	close(done)
	fmt.Println(primes)
	sum := 0
	for v := range fib(20) {
		sum += v
	}
	fmt.Println("fib sum", sum)
	v, ok := <-fib(0)
	fmt.Println(v, ok)
}

// Exercises: pipeline with cancellation by closing a done channel, stage goroutines returning early, draining after cancel
package main

import "fmt"

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func filter(done <-chan struct{}, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	stopped := make(chan bool)
	primes := counter(done)
	isOdd := func(n int) bool { return n%2 == 1 }
	div3 := func(n int) bool { return n%3 == 0 }
	out := filter(done, filter(done, primes, isOdd), div3)
	var got []int
	for v := range out {
		got = append(got, v)
		if len(got) == 6 {
			close(done)
			break
		}
	}
	go func() {
		for range out {
		}
		stopped <- true
	}()
	fmt.Println(got, <-stopped)
	_, ok := <-done
	fmt.Println("done closed:", !ok)
}

// Exercises: rate limiting modelled deterministically: a token bucket as a buffered channel refilled by a driver goroutine in lock step, bursts allowed up to capacity.
package main

import "fmt"

type bucket struct {
	tokens chan struct{}
}

func newBucket(capacity int) *bucket {
	b := &bucket{tokens: make(chan struct{}, capacity)}
	for range capacity {
		b.tokens <- struct{}{}
	}
	return b
}

func (b *bucket) tryTake() bool {
	select {
	case <-b.tokens:
		return true
	default:
		return false
	}
}

func (b *bucket) refill() {
	select {
	case b.tokens <- struct{}{}:
	default:
	}
}

func main() {
	b := newBucket(3)
	for tick, req := range []int{1, 2, 3, 4, 5, 6, 7, 8} {
		if tick%2 == 0 && tick > 0 {
			b.refill()
		}
		if b.tryTake() {
			fmt.Println("request", req, "served at tick", tick)
		} else {
			fmt.Println("request", req, "limited at tick", tick)
		}
	}
	ticks := make(chan int)
	done := make(chan bool)
	go func() {
		for t := range ticks {
			fmt.Println("handled at tick", t)
		}
		done <- true
	}()
	for t := range 3 {
		ticks <- t
	}
	close(ticks)
	<-done
	fmt.Println("tokens left", len(b.tokens), cap(b.tokens))
}

package main

import (
	"fmt"
	"strings"
	"sync"
)

type Shop struct {
	waiting chan int
	served  []int
	turned  []int
	mu      sync.Mutex
}

func (s *Shop) Arrive(customer int) {
	select {
	case s.waiting <- customer:
	default:
		s.mu.Lock()
		s.turned = append(s.turned, customer)
		s.mu.Unlock()
	}
}

func (s *Shop) Barber(done chan<- struct{}) {
	for c := range s.waiting {
		s.mu.Lock()
		s.served = append(s.served, c)
		s.mu.Unlock()
	}
	close(done)
}

func ints(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, ",")
}

func main() {
	// Barber is asleep until customers arrive; to keep output deterministic
	// customers arrive in bursts before the barber wakes up.
	shop := &Shop{waiting: make(chan int, 3)}
	for c := 1; c <= 5; c++ {
		shop.Arrive(c)
	}
	fmt.Println("turned away in burst 1:", ints(shop.turned))
	done := make(chan struct{})
	var drained sync.WaitGroup
	drained.Add(1)
	go func() {
		defer drained.Done()
		for len(shop.waiting) > 0 {
			c := <-shop.waiting
			shop.served = append(shop.served, c)
		}
	}()
	drained.Wait()
	for c := 6; c <= 9; c++ {
		shop.Arrive(c)
	}
	close(shop.waiting)
	go shop.Barber(done)
	<-done
	fmt.Println("served:", ints(shop.served))
	fmt.Println("turned away:", ints(shop.turned))
	fmt.Printf("%d served, %d turned away\n", len(shop.served), len(shop.turned))
}

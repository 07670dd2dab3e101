package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	sem     chan struct{}
}

func NewGroup(limit int) *Group { return &Group{sem: make(chan struct{}, limit)} }

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.sem <- struct{}{}
		defer func() { <-g.sem }()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	var active, peak atomic.Int32
	g := NewGroup(3)
	counts := make([]int, 8)
	for i := range 8 {
		g.Go(func() error {
			cur := active.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			defer active.Add(-1)
			lo, hi := i*1000, (i+1)*1000
			for n := lo; n < hi; n++ {
				if isPrime(n) {
					counts[i]++
				}
			}
			return nil
		})
	}
	fmt.Println(g.Wait(), counts, peak.Load() <= 3)

	g2 := NewGroup(2)
	for i := range 5 {
		g2.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d failed", i)
			}
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println(err, errors.Unwrap(err) == nil)

	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int64) {
			defer wg.Done()
			total.Add(n)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(total.Load())
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load())
}

package main

import (
	"errors"
	"fmt"
	"sort"
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
		g.sem <- struct{}{}
		defer func() { <-g.sem; g.wg.Done() }()
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
	var processed atomic.Int64
	results := make([]int, 20)
	g := NewGroup(4)
	for i := range 20 {
		g.Go(func() error {
			cur := active.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			defer active.Add(-1)
			cnt := 0
			for n := i * 100; n < (i+1)*100; n++ {
				if isPrime(n) {
					cnt++
				}
			}
			results[i] = cnt
			processed.Add(100)
			return nil
		})
	}
	fmt.Println("err:", g.Wait(), "processed:", processed.Load(), "peak<=4:", peak.Load() <= 4)
	fmt.Println(results)

	g2 := NewGroup(2)
	var mu sync.Mutex
	var failed []int
	for i := range 6 {
		g2.Go(func() error {
			if i%3 == 2 {
				mu.Lock()
				failed = append(failed, i)
				mu.Unlock()
				return fmt.Errorf("task %d: %w", i, errors.ErrUnsupported)
			}
			return nil
		})
	}
	err := g2.Wait()
	sort.Ints(failed)
	fmt.Println(err != nil, errors.Is(err, errors.ErrUnsupported), failed)

	chans := make([]chan string, 3)
	for i := range chans {
		chans[i] = make(chan string)
		go func(c chan<- string, id int) {
			for j := range 2 {
				c <- fmt.Sprintf("src%d-msg%d", id, j)
			}
			close(c)
		}(chans[i], i)
	}
	var all []string
	for _, c := range chans {
		for m := range c {
			all = append(all, m)
		}
	}
	fmt.Println(all)
}

package main

import (
	"errors"
	"fmt"
	"sync"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type ErrGroup struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *ErrGroup) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *ErrGroup) Wait() error {
	g.wg.Wait()
	return g.err
}

func fanOut(in []int, workers int) []int {
	out := make([]int, len(in))
	var wg sync.WaitGroup
	idx := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = in[i] * in[i]
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func main() {
	sem := make(Semaphore, 2)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "active:", active)
	var g ErrGroup
	bad := errors.New("task 3 failed")
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			if i == 3 {
				return bad
			}
			return nil
		})
	}
	fmt.Println(g.Wait())
	fmt.Println(fanOut([]int{1, 2, 3, 4, 5, 6}, 3))
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	doneCh := make(chan string)
	go func() {
		cond.L.Lock()
		for !ready {
			cond.Wait()
		}
		cond.L.Unlock()
		doneCh <- "woke"
	}()
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	fmt.Println(<-doneCh)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	_, loaded := m.LoadOrStore("b", 3)
	fmt.Println(v, ok, loaded)
	pingc, pongc := make(chan int), make(chan int)
	go func() {
		for v := range pingc {
			pongc <- v + 1
		}
		close(pongc)
	}()
	n := 0
	for i := 0; i < 5; i++ {
		pingc <- n
		n = <-pongc
	}
	close(pingc)
	_, open := <-pongc
	fmt.Println("ping-pong", n, open)
}

package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	n     int
	count int
	gen   int
	mu    sync.Mutex
	cond  *sync.Cond
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

type Counter struct {
	sync.Mutex
	vals map[string]int
}

func (c *Counter) Add(k string, d int) {
	c.Lock()
	c.vals[k] += d
	c.Unlock()
}

func main() {
	const workers = 4
	b := NewBarrier(workers)
	phases := make([][]int, 3)
	var pmu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for p := 0; p < 3; p++ {
				pmu.Lock()
				phases[p] = append(phases[p], id)
				pmu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	for i, ph := range phases {
		fmt.Println("phase", i, "arrivals", len(ph))
	}
	c := Counter{vals: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Add(fmt.Sprintf("k%d", i%4), i)
		}()
	}
	wg2.Wait()
	fmt.Println(c.vals)
	gen := func(done <-chan struct{}, vals ...int) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for _, v := range vals {
				select {
				case ch <- v:
				case <-done:
					return
				}
			}
		}()
		return ch
	}
	done := make(chan struct{})
	ch := gen(done, 1, 2, 3, 4, 5)
	fmt.Println(<-ch, <-ch)
	close(done)
	drained := 0
	for range ch {
		drained++
	}
	fmt.Println("drained at most 1:", drained <= 1)
	res := make([]int, 5)
	var wg3 sync.WaitGroup
	for i := range res {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			res[i] = i * i * i
		}()
	}
	wg3.Wait()
	fmt.Println(res)
}

package main

import (
	"fmt"
	"math"
	"sync"
)

type batch struct {
	id int
	xs []float64
}

type scored struct {
	id   int
	mean float64
	act  []float64
}

func producer(n, size int) <-chan batch {
	ch := make(chan batch)
	go func() {
		defer close(ch)
		for i := range n {
			xs := make([]float64, size)
			for j := range xs {
				xs[j] = float64((i*size+j)%7) - 3
			}
			ch <- batch{i, xs}
		}
	}()
	return ch
}

func activate(in <-chan batch, f func(float64) float64, workers int) <-chan scored {
	out := make(chan scored)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range in {
				act := make([]float64, len(b.xs))
				s := 0.0
				for i, x := range b.xs {
					act[i] = f(x)
					s += act[i]
				}
				out <- scored{b.id, s / float64(len(act)), act}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	results := activate(producer(10, 5), math.Tanh, 3)
	byID := make(map[int]scored)
	for r := range results {
		byID[r.id] = r
	}
	for i := range len(byID) {
		r := byID[i]
		fmt.Printf("batch %d mean %+.4f first %+.4f\n", r.id, r.mean, r.act[0])
	}
	var mu sync.Mutex
	total := 0.0
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			v := float64(k * k)
			mu.Lock()
			total += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init weights once") })
	}
}

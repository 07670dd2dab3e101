package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type GradStore struct {
	mu    sync.Mutex
	grads map[string]float64
	calls atomic.Int64
}

func (s *GradStore) Add(name string, g float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.grads[name] += g
	s.calls.Add(1)
}

func (s *GradStore) Snapshot() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.grads))
	for k, v := range s.grads {
		out = append(out, fmt.Sprintf("%s=%.3f", k, v))
	}
	sort.Strings(out)
	return out
}

func worker(id int, xs []float64, w, b float64, store *GradStore, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, x := range xs {
		y := 2*x + 1
		d := w*x + b - y
		store.Add("w", 2*d*x)
		store.Add("b", 2*d)
	}
	store.Add(fmt.Sprintf("worker%02d", id), float64(len(xs)))
}

func main() {
	xs := make([]float64, 32)
	for i := range xs {
		xs[i] = float64(i%8) * 0.25 // values are exact in binary
	}
	w, b := 0.5, 0.0
	for round := 0; round < 3; round++ {
		store := &GradStore{grads: map[string]float64{}}
		var wg sync.WaitGroup
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go worker(i, xs[i*8:(i+1)*8], w, b, store, &wg)
		}
		wg.Wait()
		fmt.Println(round, store.Snapshot(), store.calls.Load())
		w -= 0.01 * store.grads["w"] / 32
		b -= 0.01 * store.grads["b"] / 32
	}
	fmt.Printf("w=%.5f b=%.5f\n", w, b)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}

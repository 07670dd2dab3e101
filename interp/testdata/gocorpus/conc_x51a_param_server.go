package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type ParamServer struct {
	mu      sync.Mutex
	params  map[string][]float64
	updates map[string]int
}

func NewPS() *ParamServer {
	return &ParamServer{params: map[string][]float64{
		"W": {1, 1, 1},
		"b": {0},
	}, updates: map[string]int{}}
}

func (ps *ParamServer) Apply(name string, grad []float64, lr float64) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p := ps.params[name]
	for i := range p {
		p[i] -= lr * grad[i]
	}
	ps.updates[name]++
}

func (ps *ParamServer) Snapshot() string {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	keys := make([]string, 0, len(ps.params))
	for k := range ps.params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%.3f(%d) ", k, ps.params[k], ps.updates[k])
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	ps := NewPS()
	var wg sync.WaitGroup
	grads := make(chan [2][]float64, 8)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for step := 0; step < 5; step++ {
				gw := []float64{float64(id), 0.5, -0.5}
				gb := []float64{0.1}
				ps.Apply("W", gw, 0.01)
				ps.Apply("b", gb, 0.01)
				if step == 4 {
					grads <- [2][]float64{gw, gb}
				}
			}
		}(w)
	}
	wg.Wait()
	close(grads)
	n := 0
	for range grads {
		n++
	}
	fmt.Println("final grads received:", n)
	fmt.Println(ps.Snapshot())
}

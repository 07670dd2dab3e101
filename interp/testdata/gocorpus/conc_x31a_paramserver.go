package main

import (
	"fmt"
	"sort"
	"sync"
)

type Grad struct {
	Worker int
	G      []float64
	Loss   float64
}

type Worker struct {
	ID     int
	xs, ys []float64
	params chan []float64
}

// least squares on one shard
func (w *Worker) run(out chan<- Grad, wg *sync.WaitGroup) {
	defer wg.Done()
	for p := range w.params {
		g := make([]float64, 2)
		loss := 0.0
		for i, x := range w.xs {
			e := p[0]*x + p[1] - w.ys[i]
			loss += 0.5 * e * e
			g[0] += e * x
			g[1] += e
		}
		out <- Grad{w.ID, g, loss}
	}
}

func main() {
	shards := [][]float64{{-2, -1, 0}, {1, 2}, {0.5, 1.5, 2.5, -0.5}}
	total := 0
	grads := make(chan Grad)
	var wg sync.WaitGroup
	var workers []*Worker
	for id, xs := range shards {
		ys := make([]float64, len(xs))
		for i, x := range xs {
			ys[i] = 3*x - 1
		}
		total += len(xs)
		w := &Worker{ID: id, xs: xs, ys: ys, params: make(chan []float64, 1)}
		workers = append(workers, w)
		wg.Add(1)
		go w.run(grads, &wg)
	}
	params := []float64{0, 0}
	lr := 0.1
	var history []float64
	for step := 0; step < 80; step++ {
		for _, w := range workers {
			w.params <- append([]float64(nil), params...)
		}
		var got []Grad
		for range workers {
			got = append(got, <-grads)
		}
		sort.Slice(got, func(i, j int) bool { return got[i].Worker < got[j].Worker })
		loss := 0.0
		for _, g := range got {
			for i := range params {
				params[i] -= lr * g.G[i] / float64(total)
			}
			loss += g.Loss
		}
		history = append(history, loss/float64(total))
		if step%20 == 0 {
			fmt.Printf("step %2d loss %.5f order %v\n", step, history[step], []int{got[0].Worker, got[1].Worker, got[2].Worker})
		}
	}
	for _, w := range workers {
		close(w.params)
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		fmt.Println("workers stopped")
	case g := <-grads:
		fmt.Println("unexpected gradient", g)
	}
	fmt.Printf("w=%.4f b=%.4f final loss %.2e\n", params[0], params[1], history[len(history)-1])
}

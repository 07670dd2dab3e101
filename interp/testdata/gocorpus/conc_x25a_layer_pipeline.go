package main

import (
	"fmt"
	"math"
	"sync"
)

type msg struct {
	id int
	v  []float64
}

type stage func([]float64) []float64

func linear(w [][]float64, b []float64) stage {
	return func(x []float64) []float64 {
		out := make([]float64, len(w))
		for i := range w {
			out[i] = b[i]
			for j := range x {
				out[i] += w[i][j] * x[j]
			}
		}
		return out
	}
}

func act(f func(float64) float64) stage {
	return func(x []float64) []float64 {
		out := make([]float64, len(x))
		for i, v := range x {
			out[i] = f(v)
		}
		return out
	}
}

func run(in <-chan msg, s stage) <-chan msg {
	out := make(chan msg)
	go func() {
		defer close(out)
		for m := range in {
			out <- msg{m.id, s(m.v)}
		}
	}()
	return out
}

func main() {
	stages := []stage{
		linear([][]float64{{1, -1}, {0.5, 0.5}, {-1, 2}}, []float64{0, 0.1, -0.2}),
		act(func(x float64) float64 { return math.Max(0, x) }),
		linear([][]float64{{1, 1, 1}}, []float64{0.5}),
		act(math.Tanh),
	}
	src := make(chan msg)
	var c <-chan msg = src
	for _, s := range stages {
		c = run(c, s)
	}
	inputs := [][]float64{{1, 2}, {0, 0}, {-1, 3}, {2, -2}, {0.5, 0.5}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i, x := range inputs {
			src <- msg{i, x}
		}
		close(src)
	}()
	results := map[int]float64{}
	for m := range c {
		results[m.id] = m.v[0]
	}
	wg.Wait()
	for i := range inputs {
		fmt.Printf("x=%v -> %.5f\n", inputs[i], results[i])
	}
	fmt.Println(len(results))
}

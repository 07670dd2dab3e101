package main

import (
	"fmt"
	"math"
)

type batch struct {
	id int
	x  []float64
}

type result struct {
	id   int
	out  []float64
	grad []float64
}

func normalize(in <-chan batch) <-chan batch {
	out := make(chan batch)
	go func() {
		defer close(out)
		for b := range in {
			mean := 0.0
			for _, v := range b.x {
				mean += v
			}
			mean /= float64(len(b.x))
			y := make([]float64, len(b.x))
			for i, v := range b.x {
				y[i] = v - mean
			}
			out <- batch{b.id, y}
		}
	}()
	return out
}

func activate(in <-chan batch) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for b := range in {
			r := result{id: b.id, out: make([]float64, len(b.x)), grad: make([]float64, len(b.x))}
			for i, v := range b.x {
				t := math.Tanh(v)
				r.out[i] = t
				r.grad[i] = 1 - t*t
			}
			out <- r
		}
	}()
	return out
}

func main() {
	src := make(chan batch)
	done := make(chan struct{})
	go func() {
		defer close(src)
		for i := 0; i < 4; i++ {
			x := []float64{float64(i), float64(i * 2), -1, 0.5}
			select {
			case src <- batch{i, x}:
			case <-done:
				return
			}
		}
	}()
	results := activate(normalize(src))
	total := 0.0
	for r := range results {
		fmt.Printf("batch %d out=%.3f grad=%.3f\n", r.id, r.out, r.grad)
		for _, g := range r.grad {
			total += g
		}
	}
	close(done)
	fmt.Printf("sum of local gradients: %.4f\n", total)

	timeout := make(chan bool, 1)
	timeout <- true
	idle := make(chan int)
	select {
	case v := <-idle:
		fmt.Println("unexpected", v)
	case <-timeout:
		fmt.Println("no work pending")
	}
}

package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type Chunk struct {
	A, B float64
	N    int
}

type Partial struct {
	Index int
	Value float64
}

func simpson(f func(float64) float64, c Chunk) float64 {
	h := (c.B - c.A) / float64(c.N)
	s := f(c.A) + f(c.B)
	for i := 1; i < c.N; i++ {
		x := c.A + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

func parallelIntegrate(f func(float64) float64, a, b float64, chunks, n int) (float64, int64) {
	var evals atomic.Int64
	counted := func(x float64) float64 {
		evals.Add(1)
		return f(x)
	}
	parts := make([]float64, chunks)
	var wg sync.WaitGroup
	out := make(chan Partial, chunks)
	w := (b - a) / float64(chunks)
	for i := 0; i < chunks; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := Chunk{a + float64(i)*w, a + float64(i+1)*w, n}
			out <- Partial{i, simpson(counted, c)}
		}()
	}
	wg.Wait()
	close(out)
	for p := range out {
		parts[p.Index] = p.Value
	}
	sum := 0.0
	for _, p := range parts {
		sum += p
	}
	return sum, evals.Load()
}

func main() {
	var once sync.Once
	header := func() { fmt.Println("chunks  value              error      evals") }
	f := func(x float64) float64 { return 4 / (1 + x*x) }
	for _, chunks := range []int{1, 2, 4, 8} {
		once.Do(header)
		v, ev := parallelIntegrate(f, 0, 1, chunks, 8)
		fmt.Printf("%6d  %.15f  %.2e  %d\n", chunks, v, math.Abs(v-math.Pi), ev)
	}
	g := func(x float64) float64 { return math.Sin(x) * math.Sin(x) }
	v, _ := parallelIntegrate(g, 0, math.Pi, 6, 10)
	fmt.Printf("int sin^2 = %.10f (pi/2 = %.10f)\n", v, math.Pi/2)
}

package main

import (
	"fmt"
	"math"
	"math/rand"
)

func generate(seed int64, n int) <-chan float64 {
	out := make(chan float64, 16)
	go func() {
		defer close(out)
		r := rand.New(rand.NewSource(seed))
		for i := 0; i < n; i++ {
			out <- r.Float64()*10 - 5
		}
	}()
	return out
}

func transform(in <-chan float64, f func(float64) float64) <-chan float64 {
	out := make(chan float64)
	go func() {
		defer close(out)
		for x := range in {
			out <- f(x)
		}
	}()
	return out
}

type Summary struct {
	N                  int
	Mean, M2, Min, Max float64
}

func (s *Summary) Push(x float64) {
	s.N++
	if s.N == 1 {
		s.Min, s.Max = x, x
	}
	d := x - s.Mean
	s.Mean += d / float64(s.N)
	s.M2 += d * (x - s.Mean)
	s.Min, s.Max = math.Min(s.Min, x), math.Max(s.Max, x)
}

func (s Summary) String() string {
	return fmt.Sprintf("n=%d mean=%.5f sd=%.5f range=[%.4f, %.4f]", s.N, s.Mean, math.Sqrt(s.M2/float64(s.N-1)), s.Min, s.Max)
}

func summarize(in <-chan float64, done chan<- Summary) {
	var s Summary
	for x := range in {
		s.Push(x)
	}
	done <- s
}

func main() {
	stages := []struct {
		name string
		f    func(float64) float64
	}{
		{"identity", func(x float64) float64 { return x }},
		{"square", func(x float64) float64 { return x * x }},
		{"tanh", math.Tanh},
		{"abs", math.Abs},
	}
	results := make([]chan Summary, len(stages))
	for i, st := range stages {
		results[i] = make(chan Summary, 1)
		go summarize(transform(generate(int64(i+1), 5000), st.f), results[i])
	}
	for i, st := range stages {
		s := <-results[i]
		fmt.Printf("%-9s %v\n", st.name, s)
	}
	quit := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case ticks <- i * i:
			case <-quit:
				return
			}
		}
	}()
	total := 0
	for v := range ticks {
		total += v
		if v > 100 {
			close(quit)
			break
		}
	}
	fmt.Println("total", total)
}

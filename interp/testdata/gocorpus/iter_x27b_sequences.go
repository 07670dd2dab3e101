package main

import (
	"fmt"
	"iter"
	"math"
)

func Linspace(a, b float64, n int) iter.Seq2[int, float64] {
	return func(yield func(int, float64) bool) {
		for i := 0; i < n; i++ {
			x := a + (b-a)*float64(i)/float64(n-1)
			if !yield(i, x) {
				return
			}
		}
	}
}

func Partial(terms iter.Seq[float64]) iter.Seq[float64] {
	return func(yield func(float64) bool) {
		s := 0.0
		for t := range terms {
			s += t
			if !yield(s) {
				return
			}
		}
	}
}

func LeibnizTerms() iter.Seq[float64] {
	return func(yield func(float64) bool) {
		for k := 0; ; k++ {
			sign := 1.0
			if k%2 == 1 {
				sign = -1
			}
			if !yield(sign * 4 / float64(2*k+1)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	for i, x := range Linspace(0, math.Pi, 5) {
		fmt.Printf("x[%d]=%.4f sin=%.4f\n", i, x, math.Sin(x))
	}
	k := 0
	for s := range Take(Partial(LeibnizTerms()), 1000) {
		k++
		if k == 1 || k == 10 || k == 100 || k == 1000 {
			fmt.Printf("after %4d terms: %.8f (err %.2e)\n", k, s, math.Abs(s-math.Pi))
		}
	}
	next, stop := iter.Pull(Partial(LeibnizTerms()))
	defer stop()
	prev, _ := next()
	for i := 0; i < 5; i++ {
		cur, ok := next()
		if !ok {
			break
		}
		fmt.Printf("avg of consecutive partial sums: %.6f\n", (prev+cur)/2)
		prev = cur
	}
	total := 0.0
	for _, x := range Linspace(0, 1, 101) {
		if x > 0.5 {
			break
		}
		total += x
	}
	fmt.Printf("sum to 0.5: %.2f\n", total)
}

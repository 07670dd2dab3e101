package main

import (
	"context"
	"fmt"
	"math"
)

type Update struct {
	Iter     int
	Residual float64
}

func gaussSeidel(ctx context.Context, a [][]float64, b []float64, updates chan<- Update) []float64 {
	defer close(updates)
	x := make([]float64, len(b))
	for it := 1; ; it++ {
		for i := range a {
			s := b[i]
			for j := range a[i] {
				if j != i {
					s -= a[i][j] * x[j]
				}
			}
			x[i] = s / a[i][i]
		}
		res := 0.0
		for i := range a {
			r := -b[i]
			for j := range a[i] {
				r += a[i][j] * x[j]
			}
			res = math.Max(res, math.Abs(r))
		}
		select {
		case updates <- Update{it, res}:
		case <-ctx.Done():
			return x
		}
		if res < 1e-10 {
			return x
		}
	}
}

func main() {
	a := [][]float64{{4, -1, 0, 0}, {-1, 4, -1, 0}, {0, -1, 4, -1}, {0, 0, -1, 3}}
	b := []float64{15, 10, 10, 10}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	updates := make(chan Update)
	result := make(chan []float64, 1)
	go func() { result <- gaussSeidel(ctx, a, b, updates) }()
	count := 0
	for u := range updates {
		count++
		if u.Iter%4 == 1 {
			fmt.Printf("iter %2d residual %.3e\n", u.Iter, u.Residual)
		}
	}
	x := <-result
	fmt.Printf("converged in %d: x = %.6f\n", count, x)

	ctx2, cancel2 := context.WithCancel(context.Background())
	up2 := make(chan Update)
	go func() { result <- gaussSeidel(ctx2, a, b, up2) }()
	first := <-up2
	cancel2()
	for range up2 {
	}
	x2 := <-result
	fmt.Printf("cancelled after iter %d, len=%d, err=%v\n", first.Iter, len(x2), ctx2.Err())
}
